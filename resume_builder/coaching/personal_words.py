"""The user's own dictionary: words they told the spell checker are right (names, local terms).

One word a line in ``words.txt`` under the user's config folder, sorted, so the file is easy to
read and edit by hand. Saved atomically: a crash while adding a word never loses the list.
"""

from __future__ import annotations

import logging
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
