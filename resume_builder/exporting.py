"""Resume -> PDF bytes or file: the entry points the window, the worker process and the CLI use.

``render_pdf`` is pure (resume in, bytes out) so the render worker can call it for the preview;
``export_pdf`` adds an atomic write so a failed export never leaves half a file behind.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from resume_builder.errors import ExportError
from resume_builder.models import Resume
from resume_builder.rendering import build_html
from resume_builder.storage import atomic_write_bytes

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ExportResult:
    """A rendered PDF with its page count and plain-language warnings for the user."""

    pdf: bytes
    page_count: int
    warnings: list[str] = field(default_factory=list)


def render_pdf(
    resume: Resume, template: str | None = None, paper: str | None = None
) -> ExportResult:
    """Render ``resume`` to PDF bytes with ``template`` and ``paper`` (default: its settings).

    Raises :class:`~resume_builder.errors.TemplateError` for an unknown or broken template and
    :class:`ExportError` when the PDF cannot be made.
    """
    from resume_builder.pdf import html_to_pdf  # WeasyPrint loads only when a PDF is wanted

    rendered = build_html(resume, template, paper=paper)
    output = html_to_pdf(rendered.html, rendered.theme.directory)
    warnings = list(rendered.warnings)
    for url in output.refused:
        shown = url if len(url) <= 60 else url[:57] + "\u2026"
        warnings.append(
            f"{shown} was not included: the app works offline and only uses its own files."
        )
    return ExportResult(pdf=output.pdf, page_count=output.page_count, warnings=warnings)


def export_pdf(
    resume: Resume,
    path: Path | str,
    template: str | None = None,
    paper: str | None = None,
) -> ExportResult:
    """Render ``resume`` and write it to ``path`` atomically.

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
    result = render_pdf(resume, template=template, paper=paper)
    atomic_write_bytes(path, result.pdf)
    log.info("Exported %s (%d pages)", path, result.page_count)
    return result
