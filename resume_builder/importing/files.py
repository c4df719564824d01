"""Reading a file to import, safely: bounded size, plain errors naming the file."""

from __future__ import annotations

from pathlib import Path

from resume_builder.errors import ResumeFileError
from resume_builder.storage import os_reason

MAX_IMPORT_BYTES = 20 * 1024 * 1024
"""A resume, even a PDF with pictures, is well under this; larger files are refused unread."""


def read_limited(path: Path, limit: int = MAX_IMPORT_BYTES) -> bytes:
    """The bytes of ``path``, refusing folders, missing files and files over ``limit`` bytes."""
    path = Path(path)
    try:
        if not path.exists():
            raise ResumeFileError(path, "does not exist")
        if path.is_dir():
            raise ResumeFileError(path, "is a folder, not a file")
        if path.stat().st_size > limit:
            size = path.stat().st_size // (1024 * 1024)
            raise ResumeFileError(path, f"is too large to be a resume ({size} MB)")
        return path.read_bytes()
    except OSError as exc:
        raise ResumeFileError(path, f"could not be opened: {os_reason(exc)}") from exc
