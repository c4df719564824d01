"""Plain text for pasting into online application forms: every field, no layout tricks."""

from __future__ import annotations

from resume_builder.models import Resume
from resume_builder.output.outline import build_outline


def render_text(resume: Resume) -> str:
    """The resume as plain text: name, contact lines, then sections with dashes for bullets."""
    outline = build_outline(resume)
    lines = [outline.name]
    if outline.label:
        lines.append(outline.label)
    lines.extend(c.text for c in outline.contacts)
    for section in outline.sections:
        lines += ["", section.title.upper(), "-" * len(section.title)]
        for entry in section.entries:
            heading = " | ".join(t for t in (entry.title, entry.subtitle, entry.dates) if t)
            if heading:
                lines.append(heading)
            lines.extend(entry.lines)
            lines.extend(f"- {bullet}" for bullet in entry.bullets)
    return "\n".join(lines).strip() + "\n"
