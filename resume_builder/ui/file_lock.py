"""One writer per resume file: an instance that opens a file for editing holds a lock on it.

The lock is a ``QLockFile`` in ``<user data dir>/locks/``, named after the file's real path (so
a symlink and its target share one lock, and nothing is added beside the user's file). Qt frees
a lock whose process has died, so a crash never leaves a file locked.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QLockFile

from resume_builder.paths import user_data_dir


class ResumeLock:
    """A lock on one resume file; :meth:`acquire` says whether this instance may write it."""

    def __init__(self, path: Path | str) -> None:
        """Prepare the lock for ``path`` (nothing is locked until :meth:`acquire`)."""
        self.path = Path(path)
        key = hashlib.sha256(os.path.realpath(self.path).encode("utf-8", "surrogatepass"))
        folder = user_data_dir() / "locks"
        folder.mkdir(parents=True, exist_ok=True)
        self._lock = QLockFile(str(folder / f"{key.hexdigest()[:24]}.lock"))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone, never by age

    def acquire(self) -> bool:
        """Take the lock now if no other running instance holds it."""
        return self._lock.tryLock(0)

    def release(self) -> None:
        """Let other instances write the file."""
        self._lock.unlock()

    def same_file(self, path: Path | str) -> bool:
        """Whether ``path`` is the file this lock is for (through links)."""
        return os.path.realpath(self.path) == os.path.realpath(path)
