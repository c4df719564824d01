"""The resume carried inside every PDF we export, so that a PDF is never a dead end.

The PDF holds the JSON Resume document as an embedded file named ``resume.json`` with the PDF/A-3
relationship ``Source`` (the data the page was made from). Its version is the document's own
``meta.resumeBuilder.formatVersion``; a file from a newer app is refused by the usual loader.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from resume_builder.errors import ResumeFileError
from resume_builder.models import FORMAT_VERSION, Resume
from resume_builder.output.pdf import EmbeddedFile
from resume_builder.storage import resume_from_data

if TYPE_CHECKING:
    import pypdfium2

ATTACHMENT_NAME = "resume.json"
MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024
"""A resume's JSON is a few kilobytes; anything larger is not ours."""


def resume_attachment(resume: Resume) -> EmbeddedFile:
    """The JSON Resume file to embed in an exported PDF."""
    data = resume.to_json_dict()
    data.setdefault("meta", {}).setdefault("resumeBuilder", {})["formatVersion"] = FORMAT_VERSION
    text = json.dumps(data, indent=1, ensure_ascii=False)
    return EmbeddedFile(
        name=ATTACHMENT_NAME,
        data=text.encode("utf-8"),
        description=f"JSON Resume, resume-builder format {FORMAT_VERSION}: open to edit",
    )


def read_embedded_resume(pdf: pypdfium2.PdfDocument, path: Path) -> Resume | None:
    """The resume embedded by :func:`resume_attachment`, or None when the PDF carries none."""
    for index in range(pdf.count_attachments()):
        attachment = pdf.get_attachment(index)
        if attachment.get_name() != ATTACHMENT_NAME:
            continue
        raw = bytes(attachment.get_data())
        if len(raw) > MAX_ATTACHMENT_BYTES:
            raise ResumeFileError(path, "carries an attached resume too large to be one")
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise ResumeFileError(path, "carries an attached resume that is damaged") from exc
        return resume_from_data(data, path)
    return None
