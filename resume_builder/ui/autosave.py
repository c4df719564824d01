"""Never lose work: a copy of unsaved changes shortly after an edit, offered back after a crash.

Each window of each running app (an *instance*) has its own pair of files in
``<user data dir>/autosave/``: ``autosave-<id>.json`` (the unsaved resume, the file it belongs to,
when) and ``session-<id>.lock``, a ``QLockFile`` held while the instance runs. A clean exit or a
save removes that instance's autosave and nobody else's; an autosave whose lock nobody holds (Qt
sees that the process holding it is gone) is work left by an instance that died, and is offered
back.

Autosave is a throttle, not a debounce: the first unsaved change starts the timer and later edits
do not restart it, so during continuous typing a copy is still written every ``DELAY_MS``.
"""

from __future__ import annotations

import itertools
import json
import logging
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, QTimer, Signal, Slot

from resume_builder.errors import ResumeFileError
from resume_builder.models import Resume, display_name
from resume_builder.paths import user_data_dir
from resume_builder.storage import atomic_write_bytes

if TYPE_CHECKING:
    from resume_builder.ui.document import ResumeDocument

logger = logging.getLogger(__name__)

AUTOSAVE_PATTERN = "autosave-*.json"
DELAY_MS = 2000
_instances = itertools.count(1)


@dataclass(frozen=True)
class Recovered:
    """Work found after a crash: the resume, the file it belonged to, and when it was saved."""

    resume: Resume
    path: Path | None
    saved_at: str
    file: Path

    def describe(self) -> str:
        """One line for the restore question."""
        name = display_name(self.resume.basics) or QCoreApplication.translate(
            "autosave", "An untitled resume"
        )
        where = f" ({self.path.name})" if self.path else ""
        return QCoreApplication.translate("autosave", "{name}, last changed {when}.").format(
            name=name + where, when=self.saved_at
        )


def autosave_dir() -> Path:
    """The folder for the autosave and the session lock."""
    folder = user_data_dir() / "autosave"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _session_lock(folder: Path, instance: str) -> QLockFile:
    lock = QLockFile(str(folder / f"session-{instance}.lock"))
    lock.setStaleLockTime(0)  # stale only when the process holding it is gone, never by age
    return lock


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
        self._instance = f"{os.getpid()}-{next(_instances)}"
        self._session: QLockFile | None = None
        self._recovered_lock: QLockFile | None = None
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
        """The autosave file of this instance."""
        return self.folder / f"autosave-{self._instance}.json"

    @property
    def is_pending(self) -> bool:
        """Whether a write is scheduled."""
        return self._timer.isActive()

    def find_recoverable(self) -> Recovered | None:
        """Unsaved work left by an instance that did not end cleanly, if any (call before start).

        The dead instance's session lock is taken over, so no other instance offers the same work;
        :meth:`forget` removes it once the user has answered.
        """
        legacy = self.folder / "autosave.json"  # the one shared file of earlier versions
        if legacy.is_file():
            legacy.replace(self.folder / "autosave-legacy.json")
            (self.folder / "session.lock").unlink(missing_ok=True)
        for file in sorted(self.folder.glob(AUTOSAVE_PATTERN)):
            instance = file.stem.removeprefix("autosave-")
            if instance == self._instance:
                continue
            lock = _session_lock(self.folder, instance)
            if not lock.tryLock(0):
                continue  # that instance is still running and owns it
            try:
                data: dict[str, Any] = json.loads(file.read_text(encoding="utf-8"))
                resume = Resume.from_json_dict(data["resume"])
            except (OSError, ValueError, KeyError, TypeError) as exc:
                logger.warning("autosave %s unreadable (%s); set aside", file, exc)
                file.replace(file.with_suffix(".unreadable"))
                lock.unlock()
                continue
            self._recovered_lock = lock
            path = Path(data["path"]) if data.get("path") else None
            return Recovered(resume, path, str(data.get("savedAt", "recently")), file)
        return None

    def forget(self, recovered: Recovered) -> None:
        """Remove recovered work once restored (it now lives in this instance) or declined."""
        recovered.file.unlink(missing_ok=True)
        if self._recovered_lock is not None:
            self._recovered_lock.unlock()
            self._recovered_lock = None

    def start(self) -> None:
        """Claim this instance's session lock and start autosaving."""
        self._active = True
        if self._session is not None:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self.failed.emit(self.tr("Autosave is off: {error}").format(error=exc.strerror or exc))
            return
        session = _session_lock(self.folder, self._instance)
        if session.tryLock(0):
            self._session = session
        else:
            self.failed.emit(self.tr("Autosave is off: its folder cannot be written."))

    def stop(self) -> None:
        """A clean exit: stop, remove this instance's autosave and release its lock."""
        self._timer.stop()
        self._active = False
        self.discard()
        if self._session is not None:
            self._session.unlock()
            self._session = None

    def discard(self) -> None:
        """Forget this instance's autosave (the work was saved or deliberately thrown away)."""
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
            self.failed.emit(
                self.tr("Autosave failed: {problem}. Save your resume to keep it safe.").format(
                    problem=exc.problem
                )
            )
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
