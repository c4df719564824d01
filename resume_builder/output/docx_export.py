"""A Word document with real headings and bullet lists, for employers who ask for .docx."""

from __future__ import annotations

import io

from resume_builder.models import Resume
from resume_builder.output.outline import build_outline

_PROPERTY_LIMIT = 255
"""Word's document properties (title, author) hold at most this many characters."""


def _property(text: str) -> str:
    """``text`` cut to fit a document property, with an ellipsis where it was cut."""
    if len(text) <= _PROPERTY_LIMIT:
        return text
    return text[: _PROPERTY_LIMIT - 1].rstrip() + "…"


def render_docx(resume: Resume) -> bytes:
    """The resume as .docx bytes: the name as the title, Heading 1 per section, List Bullet items."""
    import docx  # python-docx is only needed for this export
    from docx.shared import Pt

    outline = build_outline(resume)
    document = docx.Document()
    document.core_properties.title = _property(outline.title)
    document.core_properties.language = resume.settings.language
    document.core_properties.author = _property(outline.name)
    document.styles["Normal"].font.name = "Calibri"
    document.styles["Normal"].font.size = Pt(10.5)

    document.add_heading(outline.name or outline.title, level=0)
    if outline.label:
        document.add_paragraph(outline.label)
    if outline.contacts:
        document.add_paragraph(" | ".join(c.text for c in outline.contacts))
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
