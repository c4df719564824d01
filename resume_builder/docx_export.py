"""A Word document with real headings and bullet lists, for employers who ask for .docx."""

from __future__ import annotations

import io

from resume_builder.models import Resume
from resume_builder.outline import build_outline


def render_docx(resume: Resume) -> bytes:
    """The resume as .docx bytes: the name as the title, Heading 1 per section, List Bullet items."""
    import docx  # python-docx is only needed for this export
    from docx.shared import Pt

    outline = build_outline(resume)
    document = docx.Document()
    document.core_properties.title = f"{outline.name} — Resume" if outline.name else "Resume"
    document.core_properties.author = outline.name
    document.styles["Normal"].font.name = "Calibri"
    document.styles["Normal"].font.size = Pt(10.5)

    document.add_heading(outline.name or "Resume", level=0)
    if outline.label:
        document.add_paragraph(outline.label)
    if outline.contact:
        document.add_paragraph(" | ".join(outline.contact))
    for section in outline.sections:
        document.add_heading(section.title, level=1)
        for entry in section.entries:
            if entry.title or entry.subtitle or entry.dates:
                paragraph = document.add_paragraph()
                paragraph.add_run(entry.title).bold = True
                rest = " | ".join(t for t in (entry.subtitle, entry.dates) if t)
                if rest:
                    paragraph.add_run(f" | {rest}" if entry.title else rest)
            for line in entry.lines:
                document.add_paragraph(line)
            for bullet in entry.bullets:
                document.add_paragraph(bullet, style="List Bullet")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
