"""Resume -> PDF bytes or file: the entry points the window, the worker process and the CLI use.

``render_pdf`` is pure (resume in, bytes out) so the render worker can call it for the preview;
``export_pdf`` adds an atomic write so a failed export never leaves half a file behind. Both are
``prepare_pdf`` (resume -> HTML and options, a :class:`~resume_builder.output.pdf.PdfJob`) then
:func:`~resume_builder.output.pdf.make_pdf` (WeasyPrint, in a module that needs no resume model).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from resume_builder.errors import ExportError
from resume_builder.models import Resume
from resume_builder.output.fitting import FIT_OPTION
from resume_builder.output.pdf import ExportResult, PdfJob, make_pdf
from resume_builder.output.rendering import build_html
from resume_builder.storage import atomic_write_bytes

if TYPE_CHECKING:
    from resume_builder.output.pdf import FontCache
    from resume_builder.output.themes import Theme

log = logging.getLogger(__name__)


def render_pdf(
    resume: Resume,
    template: str | None = None,
    paper: str | None = None,
    *,
    fit_one_page: bool | None = None,
    tagged: bool = True,
    pdf_a: bool = False,
    embed_data: bool | None = None,
    preview: bool = False,
    fonts: FontCache | None = None,
) -> ExportResult:
    """Render ``resume`` to PDF bytes with ``template`` and ``paper`` (default: its settings).

    ``fit_one_page`` (default: the resume's ``template_options["fit_one_page"]``) tightens
    spacing and text size, never below 8.5 pt, until the resume fits one page; ``result.fit``
    says whether it could. The PDF is tagged for accessibility (PDF/UA-1) unless
    ``tagged=False``; ``pdf_a=True`` writes PDF/A-3b for archiving. ``embed_data`` (default: the
    resume's ``embed_data`` setting) attaches the resume as JSON so the PDF can be reopened.
    ``preview`` and ``fonts`` are for the live preview's worker (see
    :func:`resume_builder.output.pdf.html_to_pdf`); a preview never carries the attachment.

    Raises :class:`~resume_builder.errors.TemplateError` for an unknown or broken template and
    :class:`ExportError` when the PDF cannot be made.
    """
    job = prepare_pdf(
        resume,
        template,
        paper,
        fit_one_page=fit_one_page,
        tagged=tagged,
        pdf_a=pdf_a,
        embed_data=embed_data,
        preview=preview,
    )
    return make_pdf(job, fonts=fonts)


def prepare_pdf(
    resume: Resume,
    template: str | None = None,
    paper: str | None = None,
    *,
    fit_one_page: bool | None = None,
    tagged: bool = True,
    pdf_a: bool = False,
    embed_data: bool | None = None,
    preview: bool = False,
) -> PdfJob:
    """The :class:`PdfJob` for ``resume`` (options as in :func:`render_pdf`); no WeasyPrint."""
    from resume_builder.importing.embedded import resume_attachment

    rendered = build_html(resume, template, paper=paper)
    if fit_one_page is None:
        fit_one_page = resume.settings.template_options.get(FIT_OPTION) is True
    if embed_data is None:
        embed_data = resume.settings.embed_data
    return PdfJob(
        html=rendered.html,
        base_dir=rendered.theme.directory,
        fit_base_pt=base_font_pt(resume, rendered.theme) if fit_one_page else None,
        tagged=tagged,
        archival=pdf_a,
        attachments=(resume_attachment(resume),) if embed_data and not preview else (),
        preview=preview,
        warnings=tuple(rendered.warnings),
    )


def fit_to_one_page(
    resume: Resume, template: str | None = None, paper: str | None = None, **options: Any
) -> ExportResult:
    """Render ``resume`` fitted to one page; ``result.fit.fits`` is False when it cannot fit.

    ``options`` are :func:`render_pdf`'s (``tagged``, ``preview``, ``fonts``, ...).
    """
    return render_pdf(resume, template, paper, fit_one_page=True, **options)


def base_font_pt(resume: Resume, theme: Theme) -> float:
    """The text size the resume's options set in ``theme`` (fitting tightens from it)."""
    chosen = resume.settings.template_options if resume.settings.template == theme.id else {}
    size = theme.option_values(chosen).get("font_size", 10)
    return float(size) if isinstance(size, int | float) else 10.0


def export_pdf(
    resume: Resume,
    path: Path | str,
    template: str | None = None,
    paper: str | None = None,
    *,
    fit_one_page: bool | None = None,
    tagged: bool = True,
    pdf_a: bool = False,
    embed_data: bool | None = None,
    maker: Callable[[PdfJob], ExportResult] = make_pdf,
) -> ExportResult:
    """Render ``resume`` and write it to ``path`` atomically (options as in :func:`render_pdf`).

    ``maker`` makes the PDF from its :class:`PdfJob` (the CLI's is in another process).

    The file is either written whole or left as it was. A folder that does not exist, a refused
    permission or a full disk raise :class:`~resume_builder.errors.ResumeFileError` (from
    :func:`~resume_builder.storage.atomic_write_bytes`), worded for the user.
    """
    path = Path(path)
    if path.is_dir():
        raise ExportError(f"{path.name}: is a folder; choose a file name for the PDF.")
    if not path.parent.is_dir():
        raise ExportError(
            f"{path.name}: could not be saved: the folder {path.parent} does not exist."
        )
    job = prepare_pdf(
        resume,
        template,
        paper,
        fit_one_page=fit_one_page,
        tagged=tagged,
        pdf_a=pdf_a,
        embed_data=embed_data,
    )
    result = maker(job)
    atomic_write_bytes(path, result.pdf)
    log.info("Exported %s (%d pages)", path, result.page_count)
    return result
