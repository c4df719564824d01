"""The user's own dictionary: words they told the spell checker are right (names, local terms).

One word a line in ``words.txt`` under the user's config folder, sorted, so the file is easy to
read and edit by hand. Saved atomically: a crash while adding a word never loses the list.
Every spelling check honours it (the app's underlines, the Coach, ``resume-builder lint``):
:func:`personal_words` rereads the file only when its size or time stamp changes.
"""

from __future__ import annotations

import logging
import os
from functools import lru_cache
from pathlib import Path

from resume_builder.paths import user_config_dir
from resume_builder.storage import atomic_write_bytes

log = logging.getLogger(__name__)

FILE_NAME = "words.txt"


def personal_words_file() -> Path:
    """Where the user's dictionary lives."""
    return user_config_dir() / FILE_NAME


def load_personal_words(path: Path | None = None) -> set[str]:
    """The user's words in lower case; an unreadable file counts as empty (and is logged)."""
    path = path or personal_words_file()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return set()
    except (OSError, UnicodeDecodeError):
        log.warning("could not read the personal dictionary %s", path, exc_info=True)
        return set()
    return {line.strip().lower() for line in text.splitlines() if line.strip()}


def save_personal_words(words: set[str], path: Path | None = None) -> None:
    """Write the user's words, one a line (raises ``ResumeFileError`` if the disk refuses)."""
    path = path or personal_words_file()
    text = "".join(f"{word}\n" for word in sorted(words))
    atomic_write_bytes(path, text.encode("utf-8"))


def personal_words() -> frozenset[str]:
    """The user's words as the file holds them now (one ``stat`` a call; read when it changed)."""
    path = personal_words_file()
    try:
        info = os.stat(path)
    except OSError:
        return frozenset()
    return _read(path, info.st_mtime_ns, info.st_size)


@lru_cache(maxsize=4)
def _read(path: Path, _mtime_ns: int, _size: int) -> frozenset[str]:
    return frozenset(load_personal_words(path))
