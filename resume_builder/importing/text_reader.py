"""Plain text (a .txt file or text pasted in the app) to a resume."""

from __future__ import annotations

from pathlib import Path

from resume_builder.errors import ResumeFileError
from resume_builder.importing.files import read_limited
from resume_builder.importing.lines import from_text
from resume_builder.importing.mapping import map_lines
from resume_builder.importing.result import ImportResult

MAX_TEXT_BYTES = 1024 * 1024


def import_text(text: str) -> ImportResult:
    """Read resume text as people type or paste it."""
    return map_lines(from_text(text), "text", text)


def import_text_file(path: Path) -> ImportResult:
    """Read a text file (UTF-8, or Windows-1252 as a fallback)."""
    raw = read_limited(path, MAX_TEXT_BYTES)
    if b"\x00" in raw[:4096]:
        raise ResumeFileError(path, "is not a text file")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    return import_text(text)
