"""Resume -> PDF bytes or file: the entry points the window, the worker process and the CLI use.

``render_pdf`` is pure (resume in, bytes out) so the render worker can call it for the preview;
``export_pdf`` adds an atomic write so a failed export never leaves half a file behind. Both are
``prepare_pdf`` (resume -> HTML and options, a :class:`PdfJob`) then ``make_pdf`` (WeasyPrint).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from resume_builder.errors import ExportError
from resume_builder.models import Resume
from resume_builder.output.fitting import FIT_OPTION, FitResult, fit_html
from resume_builder.output.pdf import EmbeddedFile
from resume_builder.output.rendering import RenderedHtml, build_html
from resume_builder.storage import atomic_write_bytes

if TYPE_CHECKING:
    from resume_builder.output.pdf import FontCache

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ExportResult:
    """A rendered PDF with its page count and plain-language warnings for the user."""

    pdf: bytes
    page_count: int
    warnings: list[str] = field(default_factory=list)
    fit: FitResult | None = None
    """What "fit to one page" did, when it was asked for."""


@dataclass(frozen=True)
class PdfJob:
    """One PDF to make, as plain data: the resume's HTML and how to write it.

    :func:`prepare_pdf` makes it from a resume (the model and Jinja2 side); :func:`make_pdf`
    turns it into PDF bytes (the WeasyPrint side). Two halves, so the second can run in another
    process while the first is still at work (see :mod:`resume_builder.output.pdf_process`).
    """

    html: str
    base_dir: Path
    """The template's folder: the HTML's relative links resolve against it."""
    fit_base_pt: float | None = None
    """Fit to one page, tightening from this text size; ``None`` keeps the layout as it is."""
    tagged: bool = True
    archival: bool = False
    attachments: tuple[EmbeddedFile, ...] = ()
    preview: bool = False
    warnings: tuple[str, ...] = ()
    """Warnings found while building the HTML, for the user."""


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
        fit_base_pt=_base_font_pt(resume, rendered) if fit_one_page else None,
        tagged=tagged,
        archival=pdf_a,
        attachments=(resume_attachment(resume),) if embed_data and not preview else (),
        preview=preview,
        warnings=tuple(rendered.warnings),
    )


def make_pdf(job: PdfJob, fonts: FontCache | None = None) -> ExportResult:
    """Lay out and write the PDF that ``job`` describes (WeasyPrint loads here)."""
    from resume_builder.output.pdf import count_pages, html_to_pdf

    warnings = list(job.warnings)
    html, fit = job.html, None
    if job.fit_base_pt is not None:
        html, fit = fit_html(html, job.fit_base_pt, lambda h: count_pages(h, job.base_dir))
        if not fit.fits:
            warnings.append(fit.message)
    output = html_to_pdf(
        html,
        job.base_dir,
        tagged=job.tagged,
        archival=job.archival,
        attachments=job.attachments,
        preview=job.preview,
        fonts=fonts,
    )
    for url in output.refused:
        shown = url if len(url) <= 60 else url[:57] + "\u2026"
        warnings.append(
            f"{shown} was not included: the app works offline and only uses its own files."
        )
    return ExportResult(pdf=output.pdf, page_count=output.page_count, warnings=warnings, fit=fit)


def fit_to_one_page(
    resume: Resume, template: str | None = None, paper: str | None = None, **options: Any
) -> ExportResult:
    """Render ``resume`` fitted to one page; ``result.fit.fits`` is False when it cannot fit.

    ``options`` are :func:`render_pdf`'s (``tagged``, ``preview``, ``fonts``, ...).
    """
    return render_pdf(resume, template, paper, fit_one_page=True, **options)


def _base_font_pt(resume: Resume, rendered: RenderedHtml) -> float:
    """The text size the resume's template options set (fitting tightens from it)."""
    theme = rendered.theme
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
