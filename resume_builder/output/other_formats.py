"""Exports besides the PDF: Word, plain text and JSON Resume, chosen by a format name."""

from __future__ import annotations

from pathlib import Path

from resume_builder.errors import ExportError
from resume_builder.models import Resume
from resume_builder.storage import atomic_write_bytes, save_resume

OTHER_FORMATS: dict[str, str] = {
    "docx": "Word document",
    "txt": "Plain text for online forms",
    "json": "JSON Resume",
}


def export_other_format(resume: Resume, path: Path, out_format: str) -> None:
    """Write ``resume`` to ``path`` as ``docx``, ``txt`` or ``json``, atomically."""
    if out_format == "json":
        save_resume(resume, Path(path))
    elif out_format == "txt":
        from resume_builder.output.text_export import render_text

        atomic_write_bytes(Path(path), render_text(resume).encode("utf-8"))
    elif out_format == "docx":
        from resume_builder.output.docx_export import render_docx

        atomic_write_bytes(Path(path), render_docx(resume))
    else:
        known = ", ".join(OTHER_FORMATS)
        raise ExportError(f'"{out_format}" is not an export format; use one of: pdf, {known}.')
