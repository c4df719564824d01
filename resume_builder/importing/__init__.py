"""Bring an existing resume in: our own PDFs, other PDFs, Word, plain text, LinkedIn, JSON Resume.

One module per source; each returns an :class:`ImportResult` (the resume, the source text and how
sure the reader is of each field). Nothing here touches Qt or the network.
"""

from __future__ import annotations

from pathlib import Path

from resume_builder.errors import ResumeFileError
from resume_builder.importing.result import FoundField, ImportResult

__all__ = ["FoundField", "ImportResult", "import_file"]


def import_file(path: Path | str) -> ImportResult:
    """Read ``path`` by its type; a problem is a :class:`ResumeFileError` worded for the user."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        from resume_builder.importing.pdf_reader import import_pdf

        return import_pdf(path)
    if suffix == ".docx":
        from resume_builder.importing.docx_reader import import_docx

        return import_docx(path)
    if suffix in (".txt", ".md"):
        from resume_builder.importing.text_reader import import_text_file

        return import_text_file(path)
    if suffix == ".zip":
        from resume_builder.importing.linkedin import import_linkedin

        return import_linkedin(path)
    if suffix == ".json":
        from resume_builder.importing.result import exact_fields
        from resume_builder.storage import load_resume

        resume = load_resume(path)
        return ImportResult(resume, "json", path.read_text("utf-8"), exact_fields(resume))
    if suffix == ".doc":
        raise ResumeFileError(
            path, "is an old Word file (.doc); save it as .docx in Word, then import that"
        )
    raise ResumeFileError(
        path,
        "is not a file type that can be imported (use PDF, .docx, .txt, LinkedIn .zip or .json)",
    )
