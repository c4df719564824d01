"""Never lose work: a copy of unsaved changes shortly after each edit, offered back after a crash.

Layout of ``<user data dir>/autosave/``: ``autosave.json`` (the unsaved resume, the file it
belongs to, when) and ``session.lock`` (the pid of the running app). A clean exit or a save
removes the autosave; finding one at start-up whose lock names no running process means the app
died with unsaved work.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from resume_builder.errors import ResumeFileError
from resume_builder.models import Resume, display_name
from resume_builder.paths import user_data_dir
from resume_builder.storage import atomic_write_bytes

if TYPE_CHECKING:
    from resume_builder.ui.document import ResumeDocument

logger = logging.getLogger(__name__)

AUTOSAVE_FILE = "autosave.json"
LOCK_FILE = "session.lock"
DELAY_MS = 2000


@dataclass(frozen=True)
class Recovered:
    """Work found after a crash: the resume, the file it belonged to, and when it was saved."""

    resume: Resume
    path: Path | None
    saved_at: str

    def describe(self) -> str:
        """One line for the restore question."""
        name = display_name(self.resume.basics) or "An untitled resume"
        where = f" ({self.path.name})" if self.path else ""
        return f"{name}{where}, last changed {self.saved_at}."


def autosave_dir() -> Path:
    """The folder for the autosave and the session lock."""
    folder = user_data_dir() / "autosave"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


class Autosave(QObject):
    """Writes the document's unsaved state at most ``DELAY_MS`` after an edit (atomic write).

    The delay runs from the first edit not yet written, and later edits do not restart it: a
    person typing without pause still has their work on disk every ``DELAY_MS``, so a crash loses
    at most the last two seconds of typing.

    ``failed(message)`` reports a write that did not work (full disk ...); the app keeps going
    and tries again after the next edit.
    """

    saved = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        document: ResumeDocument,
        folder: Path | None = None,
        delay_ms: int = DELAY_MS,
        parent: QObject | None = None,
    ) -> None:
        """Watch ``document``; nothing is written until :meth:`start`."""
        super().__init__(parent)
        self._document = document
        self._folder = folder
        self._active = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.write_now)
        document.resume_changed.connect(self._on_document_resume_changed)
        document.dirty_changed.connect(self._on_document_dirty_changed)

    @property
    def folder(self) -> Path:
        """Where the autosave and the lock live."""
        return self._folder if self._folder is not None else autosave_dir()

    @property
    def file(self) -> Path:
        """The autosave file."""
        return self.folder / AUTOSAVE_FILE

    @property
    def is_pending(self) -> bool:
        """Whether a write is scheduled."""
        return self._timer.isActive()

    def find_recoverable(self) -> Recovered | None:
        """Unsaved work left by a session that did not end cleanly, if any (call before start)."""
        if not self.file.is_file():
            return None
        lock = self.folder / LOCK_FILE
        try:
            pid = int(lock.read_text(encoding="utf-8").strip() or 0) if lock.is_file() else 0
        except (OSError, ValueError):
            pid = 0
        if pid and pid != os.getpid() and _pid_alive(pid):
            return None  # another copy of the app is running and owns it
        try:
            data: dict[str, Any] = json.loads(self.file.read_text(encoding="utf-8"))
            resume = Resume.from_json_dict(data["resume"])
        except (OSError, ValueError, KeyError, TypeError) as exc:
            logger.warning("autosave %s unreadable (%s); set aside", self.file, exc)
            self.file.replace(self.file.with_suffix(".unreadable.json"))
            return None
        path = Path(data["path"]) if data.get("path") else None
        return Recovered(resume, path, str(data.get("savedAt", "recently")))

    def start(self) -> None:
        """Claim the session (write the lock) and start autosaving."""
        self._active = True
        try:
            atomic_write_bytes(self.folder / LOCK_FILE, str(os.getpid()).encode())
        except ResumeFileError as exc:
            self.failed.emit(f"Autosave is off: {exc.problem}")

    def stop(self) -> None:
        """A clean exit: stop, remove the autosave and the lock."""
        self._timer.stop()
        self._active = False
        self.discard()
        (self.folder / LOCK_FILE).unlink(missing_ok=True)

    def discard(self) -> None:
        """Forget the autosave (the work was saved or deliberately thrown away)."""
        self._timer.stop()
        try:
            self.file.unlink(missing_ok=True)
        except OSError as exc:
            logger.warning("could not remove autosave: %s", exc)

    @Slot()
    def write_now(self) -> None:
        """Write the unsaved state now (also used before risky operations)."""
        self._timer.stop()
        if not self._active or not self._document.is_dirty:
            return
        path = self._document.path
        record = {
            "version": 1,
            "path": str(path) if path else None,
            "savedAt": datetime.now().strftime("%Y-%m-%d %H:%M"),
            "resume": self._document.resume.to_json_dict(),
        }
        try:
            atomic_write_bytes(self.file, json.dumps(record, ensure_ascii=False).encode("utf-8"))
        except ResumeFileError as exc:
            logger.warning("autosave failed: %s", exc)
            self.failed.emit(f"Autosave failed: {exc.problem}. Save your resume to keep it safe.")
            return
        self.saved.emit(self.file)

    def _schedule(self) -> None:
        """Start the delay unless it already runs for an earlier edit (a throttle, not a debounce)."""
        if self._active and not self._timer.isActive():
            self._timer.start()

    @Slot()
    def _on_document_resume_changed(self) -> None:
        # Not checking is_dirty here: during an undo-stack push the stack is not yet updated.
        self._schedule()

    @Slot(bool)
    def _on_document_dirty_changed(self, dirty: bool) -> None:
        if not dirty:
            self.discard()
        else:
            self._schedule()
