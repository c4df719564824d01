"""Loading and saving resume files: atomic writes, a backup of the previous version, clear errors.

A failed load never touches the file; a failed save leaves the previous file as it was.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from resume_builder.errors import ResumeFileError
from resume_builder.models import FORMAT_VERSION, Resume

BACKUP_SUFFIX = ".bak"
MAX_FILE_BYTES = 10 * 1024 * 1024
"""A resume is a few kilobytes; a file this large is not one, and reading it would stall the app."""


def atomic_write_bytes(path: Path, data: bytes, *, backup: bool = False) -> None:
    """Write ``data`` to ``path`` so that readers see either the old file or the new one, whole.

    The bytes go to a temporary file in the same folder, are flushed and synced, then replace the
    target with ``os.replace``. With ``backup`` the previous version is copied to ``<name>.bak``
    first. Any OS error (disk full, permission refused, missing folder) becomes a
    :class:`ResumeFileError`, and the target is left as it was.
    """
    path = Path(path)
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if backup and path.is_file():
            shutil.copy2(path, path.with_name(path.name + BACKUP_SUFFIX))
        os.replace(tmp_name, path)
        tmp_name = None
        _fsync_folder(path.parent)
    except OSError as exc:
        raise ResumeFileError(path, f"could not be saved: {os_reason(exc)}") from exc
    finally:
        if tmp_name is not None:
            Path(tmp_name).unlink(missing_ok=True)


def save_resume(resume: Resume, path: Path) -> None:
    """Save ``resume`` as a JSON Resume file, atomically, keeping the previous version as ``.bak``."""
    text = json.dumps(resume.to_json_dict(), indent=2, ensure_ascii=False) + "\n"
    atomic_write_bytes(Path(path), text.encode("utf-8"), backup=True)


def load_resume(path: Path) -> Resume:
    """Read a JSON Resume file; any problem becomes one plain :class:`ResumeFileError`.

    The error names the file and where the problem is (line and column for broken JSON, the field
    path for a wrong value). The file is only read, never changed.
    """
    path = Path(path)
    data = _read_json(path)
    return resume_from_data(data, path)


def resume_from_data(data: Any, path: Path) -> Resume:
    """Validate parsed JSON as a resume, naming ``path`` in any error."""
    if not isinstance(data, dict):
        raise ResumeFileError(path, "is not a resume: expected a JSON object at the top level")
    _check_format_version(data, path)
    try:
        return Resume.from_json_dict(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise ResumeFileError(path, first["msg"], where=field_path(first["loc"])) from exc


def field_path(loc: tuple[int | str, ...]) -> str:
    """Turn a pydantic error location into a readable path such as ``work[2].startDate``."""
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "the whole file"


def os_reason(exc: OSError) -> str:
    """Say in plain words why the operating system refused."""
    reasons = {
        errno.ENOSPC: "the disk is full",
        errno.EDQUOT: "the disk quota is used up",
        errno.EACCES: "permission was refused",
        errno.EPERM: "permission was refused",
        errno.ENOENT: "the folder does not exist",
        errno.EROFS: "the disk is read-only",
        errno.EISDIR: "that is a folder, not a file",
        errno.ENAMETOOLONG: "the file name is too long",
    }
    return reasons.get(exc.errno or 0, exc.strerror or str(exc))


def _read_json(path: Path) -> Any:
    try:
        if not path.exists():
            raise ResumeFileError(path, "does not exist")
        if path.is_dir():
            raise ResumeFileError(path, "is a folder, not a resume file")
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ResumeFileError(path, "is too large to be a resume file")
        raw = path.read_bytes()
    except ResumeFileError:
        raise
    except OSError as exc:
        raise ResumeFileError(path, f"could not be opened: {os_reason(exc)}") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ResumeFileError(path, "is not a text file (expected UTF-8 JSON)") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise ResumeFileError(path, f"is not valid JSON: {exc.msg.lower()}", where=where) from exc


def _check_format_version(data: dict[str, Any], path: Path) -> None:
    settings = (
        (data.get("meta") or {}).get("resumeBuilder")
        if isinstance(data.get("meta"), dict)
        else None
    )
    version = settings.get("formatVersion") if isinstance(settings, dict) else None
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise ResumeFileError(
            path,
            f"was saved by a newer version of the app (format {version}; this app reads up to "
            f"{FORMAT_VERSION}). Update the app to open it.",
            where="meta.resumeBuilder.formatVersion",
        )


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable; some systems cannot open folders, which is fine."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
