"""Loading and saving resume files: atomic writes, a backup of the previous version, clear errors.

A failed load never touches the file; a failed save leaves the previous file as it was. The
errors of reading a file (missing, a folder, too large, not JSON) also know their Spanish
(:meth:`~resume_builder.errors.UserError.in_language`).
"""

from __future__ import annotations

import errno
import glob
import json
import math
import os
import re
import stat
import tempfile
import time
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from resume_builder.errors import ResumeFileError
from resume_builder.messages import Messages
from resume_builder.models import FORMAT_VERSION, MAX_PHOTO_CHARS, MAX_TEXT_CHARS, Resume

BACKUP_SUFFIX = ".bak"
BACKUP_GENERATIONS = 3
"""``NAME.bak`` is the version before the last save, ``NAME.bak.2`` the one before that, and so on."""
MAX_FILE_BYTES = 5 * 1024 * 1024
"""A resume is a few kilobytes; a file this large is not one, and reading it would stall the app."""
MAX_DEPTH = 64
"""JSON Resume nests four levels deep; deeper data is refused before it can exhaust the stack."""
MAX_NUMBER_DIGITS = 30
"""Longer numbers are refused: nothing on a resume needs them, and Python cannot print huge ones."""
STALE_TEMP_SECONDS = 60
"""A temporary file this old beside a saved file is left from a save that was killed."""

MESSAGES = Messages(
    {
        "does-not-exist": {"en": "does not exist", "es": "no existe"},
        "link-loop": {
            "en": "is a link that points back to itself (a link loop)",
            "es": "es un enlace que apunta a sí mismo (un bucle de enlaces)",
        },
        "cannot-open": {
            "en": "could not be opened: {reason}",
            "es": "no se pudo abrir: {reason}",
        },
        "folder": {"en": "is a folder, not a file", "es": "es una carpeta, no un archivo"},
        "not-regular": {
            "en": "is not a regular file (a device or pipe cannot be read)",
            "es": "no es un archivo normal (no se puede leer un dispositivo ni una tubería)",
        },
        "too-large-size": {
            "en": "is too large ({size}; the limit is {limit})",
            "es": "es demasiado grande ({size}; el límite es {limit})",
        },
        "too-large": {
            "en": "is too large (the limit is {limit})",
            "es": "es demasiado grande (el límite es {limit})",
        },
        "not-text": {
            "en": "is not a text file (expected UTF-8 JSON)",
            "es": "no es un archivo de texto (se esperaba JSON en UTF-8)",
        },
        "not-json": {"en": "is not valid JSON: {detail}", "es": "no es JSON válido: {detail}"},
        "line-column": {
            "en": "line {line}, column {column}",
            "es": "línea {line}, columna {column}",
        },
        "too-deep": {
            "en": "is nested too deeply (more than {depth} levels of lists and objects)",
            "es": "tiene demasiados niveles anidados (más de {depth} niveles de listas y objetos)",
        },
        "not-object": {
            "en": "is not a resume: expected a JSON object at the top level",
            "es": "no es un currículum: se esperaba un objeto JSON en el nivel superior",
        },
    }
)

_BAD_CHAR_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def atomic_write_bytes(path: Path, data: bytes, *, backup: bool = False) -> None:
    """Write ``data`` to ``path`` so that readers see either the old file or the new one, whole.

    The bytes go to a temporary file in the target's folder, are flushed and synced, then replace
    the target with ``os.replace``. A symbolic link is followed: its target is written and the
    link stays. The file keeps its permissions. A hard-linked file is replaced by a new file, so
    its other names keep the previous content. Anything but a regular file (a folder, a device
    such as ``/dev/null``, a pipe) is refused. With ``backup`` the previous version becomes
    ``<name>.bak``, itself replaced atomically, and older backups move to ``.bak.2`` and
    ``.bak.3``. Any OS error (disk full, permission refused, missing folder) becomes a
    :class:`ResumeFileError`, and the target and its backups are left as they were.
    """
    path = Path(path)
    tmp_name: str | None = None
    try:
        target = Path(os.path.realpath(path)) if path.is_symlink() else path
        mode = _existing_mode(target)
        _remove_stale_temps(target)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fchmod(handle.fileno(), mode if mode is not None else _new_file_mode())
            os.fsync(handle.fileno())
        if backup and mode is not None:
            _rotate_backups(target)
        os.replace(tmp_name, target)
        tmp_name = None
        _fsync_folder(target.parent)
    except OSError as exc:
        raise ResumeFileError(path, f"could not be saved: {os_reason(exc)}") from exc
    finally:
        if tmp_name is not None:
            Path(tmp_name).unlink(missing_ok=True)


def backup_paths(path: Path) -> list[Path]:
    """The backups of ``path``, newest first (they need not all exist)."""
    first = path.with_name(path.name + BACKUP_SUFFIX)
    return [first] + [path.with_name(f"{first.name}.{n}") for n in range(2, BACKUP_GENERATIONS + 1)]


def save_resume(resume: Resume, path: Path) -> None:
    """Save ``resume`` as a JSON Resume file, atomically, keeping the previous version as ``.bak``."""
    text = json.dumps(resume.to_json_dict(), indent=2, ensure_ascii=False) + "\n"
    atomic_write_bytes(Path(path), text.encode("utf-8"), backup=True)


def read_regular_file(path: Path, *, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of ``path`` if it is a regular file of at most ``limit`` bytes.

    Devices (``/dev/zero``), pipes and sockets are refused without waiting on them: the file is
    opened non-blocking and checked before anything is read. Errors are :class:`ResumeFileError`.
    """
    path = Path(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise _open_error(path, exc) from exc
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise _error(path, "folder")
        if not stat.S_ISREG(info.st_mode):
            raise _error(path, "not-regular")
        if info.st_size > limit:
            raise _error(path, "too-large-size", size=_size(info.st_size), limit=_size(limit))
        chunks: list[bytes] = []
        remaining = limit + 1
        while remaining > 0:
            chunk = os.read(fd, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
    except OSError as exc:
        raise _open_error(path, exc) from exc
    finally:
        os.close(fd)
    if remaining <= 0:
        raise _error(path, "too-large", limit=_size(limit))
    return b"".join(chunks)


def load_resume(path: Path) -> Resume:
    """Read a JSON Resume file; any problem becomes one plain :class:`ResumeFileError`.

    The error names the file and where the problem is (line and column for broken JSON, the field
    path for a wrong value). The file is only read, never changed.
    """
    path = Path(path)
    data = _read_json(path)
    return resume_from_data(data, path)


def resume_from_data(data: Any, path: Path) -> Resume:
    """Validate parsed JSON as a resume, naming ``path`` in any error.

    Besides the model's own checks: no deeper nesting than :data:`MAX_DEPTH`, no text longer than
    :data:`MAX_TEXT_CHARS`, no control characters or broken (surrogate) characters, and every
    saved tailored version must itself make a valid resume.
    """
    if not isinstance(data, dict):
        raise _error(path, "not-object")
    _check_values(data, path)
    _check_format_version(data, path)
    try:
        resume = Resume.from_json_dict(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise ResumeFileError(path, plain_message(first), where=field_path(first["loc"])) from exc
    _check_versions(resume, path)
    return resume


def plain_message(error: Any) -> str:
    """A pydantic error (one item of ``errors()``) in plain words, without "Value error," etc."""
    kind, message = error["type"], error["msg"]
    ctx = error.get("ctx") or {}
    plain = {
        "string_type": "should be text in quotes",
        "list_type": "should be a list in [ ]",
        "dict_type": "should be an object in { }",
        "model_type": "should be an object in { }",
        "model_attributes_type": "should be an object in { }",
        "int_type": "should be a whole number",
        "int_parsing": "should be a whole number",
        "int_from_float": "should be a whole number",
        "bool_type": "should be true or false",
        "bool_parsing": "should be true or false",
        "missing": "is missing",
    }
    if kind == "string_too_long":
        return f"is too long (the limit is {ctx.get('max_length', MAX_TEXT_CHARS):,} characters)"
    if kind == "too_long":
        return f"has too many items (the limit is {ctx.get('max_length')})"
    if kind == "string_too_short":
        return "should not be empty"
    if kind in plain:
        return plain[kind]
    message = message.removeprefix("Value error, ").removeprefix("Assertion failed, ")
    return message.replace("Input should", "should", 1)


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
        errno.ELOOP: "a link in its path points back to itself (a link loop)",
        errno.ENOTDIR: "part of its path is not a folder",
        errno.EXDEV: "it is on a different disk than its link",
    }
    reason = reasons.get(exc.errno or 0)
    if reason is None:
        reason = exc.strerror.lower() if exc.strerror else "the system refused"
    return reason


def _error(
    path: Path,
    key: str,
    *,
    where: str | None = None,
    line: int | None = None,
    column: int | None = None,
    **values: object,
) -> ResumeFileError:
    """A reading error in English, with its other languages; ``where`` is a field path."""
    problems = MESSAGES.every(key, **values)
    if line is not None:
        wheres: dict[str, str | None] = {**MESSAGES.every("line-column", line=line, column=column)}
    else:
        wheres = dict.fromkeys(problems, where)
    return ResumeFileError(
        path,
        problems["en"],
        wheres["en"],
        translations={code: (text, wheres[code]) for code, text in problems.items()},
    )


def _open_error(path: Path, exc: OSError) -> ResumeFileError:
    if exc.errno == errno.ENOENT:
        return _error(path, "does-not-exist")
    if exc.errno == errno.ELOOP:
        return _error(path, "link-loop")
    return _error(path, "cannot-open", reason=os_reason(exc))


def _size(count: int) -> str:
    return f"{count / (1024 * 1024):.1f} MB" if count >= 1024 * 1024 else f"{count:,} bytes"


def _read_json(path: Path) -> Any:
    raw = read_regular_file(path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _error(path, "not-text") from exc
    try:
        return json.loads(
            text,
            parse_constant=_refuse_constant,
            parse_int=_bounded_int,
            parse_float=_bounded_float,
        )
    except json.JSONDecodeError as exc:
        raise _error(
            path, "not-json", line=exc.lineno, column=exc.colno, detail=exc.msg.lower()
        ) from exc
    except _NumberError as exc:
        raise _error(path, "not-json", detail=exc) from exc
    except RecursionError as exc:
        raise _error(path, "too-deep", depth=MAX_DEPTH) from exc


class _NumberError(ValueError):
    """A number JSON does not allow (NaN, Infinity) or that is too long to be a resume's."""


def _refuse_constant(name: str) -> Any:
    raise _NumberError(f"{name} is not a number JSON allows (put it in quotes or remove it)")


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_NUMBER_DIGITS:
        raise _NumberError(f"a number has more than {MAX_NUMBER_DIGITS} digits")
    return int(text)


def _bounded_float(text: str) -> float:
    value = float(text) if len(text) <= 2 * MAX_NUMBER_DIGITS else math.inf
    if not math.isfinite(value):
        raise _NumberError(f"the number {text[:20]}{'...' if len(text) > 20 else ''} is too large")
    return value


def _check_values(data: dict[str, Any], path: Path) -> None:
    """Refuse what no resume holds and later stages would choke on; one pass, no recursion."""
    stack: list[tuple[Any, tuple[int | str, ...]]] = [(data, ())]
    while stack:
        value, loc = stack.pop()
        if isinstance(value, dict | list):
            if len(loc) >= MAX_DEPTH:
                raise _error(path, "too-deep", where=field_path(loc[:1]), depth=MAX_DEPTH)
            items = value.items() if isinstance(value, dict) else enumerate(value)
            for key, item in items:
                if isinstance(key, str):
                    _check_text(key, loc, path)
                stack.append((item, (*loc, key)))
        elif isinstance(value, str):
            _check_text(value, loc, path)


def _check_text(text: str, loc: tuple[int | str, ...], path: Path) -> None:
    limit = MAX_PHOTO_CHARS if loc == ("basics", "image") else MAX_TEXT_CHARS
    if len(text) > limit:
        raise ResumeFileError(
            path,
            f"is too long ({len(text):,} characters; the limit is {limit:,})",
            where=field_path(loc),
        )
    bad = _BAD_CHAR_RE.search(text)
    if bad is None:
        return
    code = ord(bad.group())
    if 0xD800 <= code <= 0xDFFF:
        problem = f"holds a broken character (U+{code:04X}, half of a pair) that cannot be saved"
    else:
        problem = f"holds an invisible control character (U+{code:04X}); remove it"
    raise ResumeFileError(path, problem, where=field_path(loc))


def _check_versions(resume: Resume, path: Path) -> None:
    """Each saved tailored version must make a valid resume, or exporting it would fail later."""
    from resume_builder.versions import resume_for_version

    for index, version in enumerate(resume.settings.versions):
        where = f"meta.resumeBuilder.versions[{index}]"
        try:
            resume_for_version(resume, version.name)
        except ValidationError as exc:
            first = exc.errors()[0]
            raise ResumeFileError(
                path,
                f'the saved version "{version.name}" is not valid: '
                f"{field_path(first['loc'])} {plain_message(first)}",
                where=where,
            ) from exc
        except (TypeError, ValueError, AttributeError, KeyError) as exc:
            raise ResumeFileError(
                path, f'the saved version "{version.name}" is damaged and cannot be opened', where
            ) from exc


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


def _existing_mode(target: Path) -> int | None:
    """The permission bits of the file being replaced (``None`` for a new file).

    Raises ``ResumeFileError`` for anything that is not a regular file.
    """
    try:
        info = target.stat()
    except FileNotFoundError:
        return None
    if stat.S_ISDIR(info.st_mode):
        raise ResumeFileError(target, "could not be saved: that is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise ResumeFileError(
            target, "could not be saved: it is a device or pipe, not a file; choose a file name"
        )
    return stat.S_IMODE(info.st_mode)


def _new_file_mode() -> int:
    """The mode a new file gets from the user's umask (``mkstemp`` alone would give 0600)."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def _rotate_backups(target: Path) -> None:
    """Make the current file the newest backup, shifting older ones; each step is atomic.

    The current file is hard-linked (no copy, so it works on a full disk) or, where links are not
    supported, copied to a synced temporary file first, so a backup is never half written.
    """
    backups = backup_paths(target)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        os.unlink(tmp_name)
        try:
            os.link(target, tmp_name)
        except OSError:
            _copy_synced(target, Path(tmp_name))
        for older, newer in zip(reversed(backups[1:]), reversed(backups[:-1]), strict=True):
            if newer.is_file():
                os.replace(newer, older)
        os.replace(tmp_name, backups[0])
    finally:
        Path(tmp_name).unlink(missing_ok=True)


def _copy_synced(source: Path, dest: Path) -> None:
    with source.open("rb") as reader, dest.open("xb") as writer:
        while chunk := reader.read(1 << 20):
            writer.write(chunk)
        writer.flush()
        os.fsync(writer.fileno())
    os.chmod(dest, stat.S_IMODE(source.stat().st_mode))


def _remove_stale_temps(target: Path) -> None:
    """Delete temporary files left beside ``target`` by a save that was killed part way."""
    cutoff = time.time() - STALE_TEMP_SECONDS
    for leftover in target.parent.glob(f".{glob.escape(target.name)}.*.tmp"):
        try:
            if leftover.is_file() and leftover.lstat().st_mtime < cutoff:
                leftover.unlink()
        except OSError:
            pass  # another process's file, or already gone: not ours to worry about
