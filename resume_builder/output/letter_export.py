"""Cover letter -> PDF, Word or plain text, in the design of the resume it goes with.

The PDF goes through the resume's pipeline (:func:`resume_builder.output.rendering.build_letter_html`,
then :func:`resume_builder.output.pdf.html_to_pdf`), tagged for PDF/UA, and is always fitted to one page
within the same readable bounds as "fit to one page" for resumes.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from resume_builder.errors import ExportError
from resume_builder.language import words
from resume_builder.letters import LetterView, letter_view
from resume_builder.models import CoverLetter, Resume
from resume_builder.output.exporting import base_font_pt
from resume_builder.output.fitting import fit_html
from resume_builder.output.outline import build_outline
from resume_builder.output.pdf import ExportResult, count_pages, html_to_pdf
from resume_builder.output.rendering import build_letter_html
from resume_builder.storage import atomic_write_bytes

if TYPE_CHECKING:
    from resume_builder.output.pdf import FontCache

LETTER_FORMATS = ("pdf", "docx", "txt")


def render_letter_pdf(
    resume: Resume,
    letter: CoverLetter,
    template: str | None = None,
    paper: str | None = None,
    *,
    preview: bool = False,
    fonts: FontCache | None = None,
) -> ExportResult:
    """The letter as a one-page PDF in ``template`` (default: the resume's own)."""
    rendered = build_letter_html(resume, letter_view(resume, letter), template, paper=paper)
    theme = rendered.theme
    base_pt = base_font_pt(resume, theme)
    html, fit = fit_html(rendered.html, base_pt, lambda h: count_pages(h, theme.directory))
    warnings = list(rendered.warnings)
    if not fit.fits:
        warnings.append(fit.message.replace("resume", "letter"))
    output = html_to_pdf(html, theme.directory, preview=preview, fonts=fonts)
    return ExportResult(pdf=output.pdf, page_count=output.page_count, warnings=warnings, fit=fit)


def letter_text(resume: Resume, letter: CoverLetter) -> str:
    """The letter as plain text: the resume's name and contact lines, then the letter."""
    outline = build_outline(resume)
    view = letter_view(resume, letter)
    blocks = [
        "\n".join([outline.name, *(c.text for c in outline.contacts)]).strip(),
        *_letter_blocks(view),
    ]
    return "\n\n".join(b for b in blocks if b).strip() + "\n"


def _letter_blocks(view: LetterView) -> list[str]:
    return [
        view.date,
        "\n".join(view.recipient),
        view.subject,
        view.greeting,
        *view.paragraphs,
        "\n".join(p for p in (view.sign_off, "", view.signature) if p is not None).strip(),
    ]


def letter_docx(resume: Resume, letter: CoverLetter) -> bytes:
    """The letter as .docx bytes: the name as the title, the contact line, then paragraphs."""
    import docx  # python-docx is only needed for this export
    from docx.shared import Pt

    outline = build_outline(resume)
    view = letter_view(resume, letter)
    kind = words(resume.settings.language).cover_letter
    document = docx.Document()
    document.core_properties.title = f"{outline.name} — {kind}" if outline.name else kind
    document.core_properties.language = resume.settings.language
    document.core_properties.author = outline.name
    document.styles["Normal"].font.name = "Calibri"
    document.styles["Normal"].font.size = Pt(11)
    document.add_heading(outline.name or kind, level=0)
    if outline.contacts:
        document.add_paragraph(" | ".join(c.text for c in outline.contacts))
    for block in _letter_blocks(view):
        if block:
            document.add_paragraph(block)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def export_letter(
    resume: Resume,
    letter: CoverLetter,
    path: Path | str,
    *,
    template: str | None = None,
    paper: str | None = None,
) -> ExportResult | None:
    """Write the letter to ``path`` as PDF, .docx or .txt (by its suffix), atomically.

    Returns the PDF result for a PDF (page count, warnings), else ``None``.
    """
    path = Path(path)
    out_format = path.suffix.lower().lstrip(".")
    if out_format not in LETTER_FORMATS:
        raise ExportError(
            f"{path.name}: a cover letter can be saved as .pdf, .docx or .txt, not .{out_format}"
        )
    if not path.parent.is_dir():
        raise ExportError(
            f"{path.name}: could not be saved: the folder {path.parent} does not exist."
        )
    if out_format == "txt":
        atomic_write_bytes(path, letter_text(resume, letter).encode("utf-8"))
        return None
    if out_format == "docx":
        atomic_write_bytes(path, letter_docx(resume, letter))
        return None
    result = render_letter_pdf(resume, letter, template, paper)
    atomic_write_bytes(path, result.pdf)
    return result
