"""Opening ZIP-based files (.docx, LinkedIn exports) without trusting their sizes."""

from __future__ import annotations

import zipfile
from io import BytesIO
from pathlib import Path

from resume_builder.errors import ResumeFileError

MAX_ENTRIES = 2000
MAX_UNPACKED_BYTES = 60 * 1024 * 1024
MAX_RATIO = 150
"""Text compresses about 10 to 1; a part packed more than this is a ZIP bomb, not a document."""


def open_zip(data: bytes, path: Path, what: str) -> zipfile.ZipFile:
    """The archive in ``data``, refused if it would unpack to far more than a document needs."""
    try:
        archive = zipfile.ZipFile(BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ResumeFileError(path, f"is damaged or is not {what}") from exc
    total = sum(info.file_size for info in infos)
    packed = any(
        info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1)
        for info in infos
    )
    if len(infos) > MAX_ENTRIES or total > MAX_UNPACKED_BYTES or packed:
        raise ResumeFileError(
            path, f"unpacks to far more than {what} holds (a ZIP bomb?); it was not opened"
        )
    return archive


def read_member(archive: zipfile.ZipFile, name: str, limit: int = 5 * 1024 * 1024) -> bytes:
    """One member, read no further than ``limit`` bytes whatever its header claims."""
    with archive.open(name) as handle:
        return handle.read(limit)
