"""The open resume: one owner for the model, its undo history, its file and its dirty flag.

Every edit in the app goes through :meth:`ResumeDocument.apply`, so undo, autosave and the
preview all hang off one signal (``resume_changed``). Edits work on a copy: the resume held by
the document is a snapshot that is never changed in place, which makes undo a matter of swapping
snapshots and lets a failed edit (a ValidationError) leave the document exactly as it was.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QUndoCommand, QUndoStack

from resume_builder.models import Resume
from resume_builder.storage import load_resume, save_resume

logger = logging.getLogger(__name__)


class _SnapshotCommand(QUndoCommand):
    """Swap between the resume before and after one edit; typing in one field merges."""

    def __init__(
        self,
        document: ResumeDocument,
        description: str,
        before: Resume,
        after: Resume,
        merge_key: str | None,
    ) -> None:
        super().__init__(description)
        self._document = document
        self._before = before
        self._after = after
        self._merge_key = merge_key

    def id(self) -> int:  # noqa: A003 - Qt virtual
        """Commands with the same merge key share an id, which is what lets Qt merge them."""
        if self._merge_key is None:
            return -1
        return hash(self._merge_key) & 0x7FFFFFFF

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt virtual
        """Fold a later edit of the same field into this one (one undo step per typing burst)."""
        if not isinstance(other, _SnapshotCommand) or other._merge_key != self._merge_key:
            return False
        self._after = other._after
        if self._after == self._before:
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        """Show the resume after the edit."""
        self._document._set_snapshot(self._after)

    def undo(self) -> None:
        """Show the resume before the edit."""
        self._document._set_snapshot(self._before)


class ResumeDocument(QObject):
    """Owns the current :class:`Resume`, a :class:`QUndoStack`, the file path and dirty state.

    Signals go up: ``resume_changed()`` after every change (edit, undo, load),
    ``dirty_changed(bool)`` and ``path_changed(object)`` (a ``Path`` or ``None``).
    """

    resume_changed = Signal()
    dirty_changed = Signal(bool)
    path_changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        """Start with an empty resume, no file and a clean undo history."""
        super().__init__(parent)
        self._resume = Resume()
        self._path: Path | None = None
        self._forced_dirty = False
        self._disk_stamp: tuple[int, int] | None = None
        self._undo_stack = QUndoStack(self)
        self._undo_stack.cleanChanged.connect(self._on_undo_stack_clean_changed)

    # -- read ----------------------------------------------------------------------------------

    @property
    def resume(self) -> Resume:
        """The current resume. Read-only: change it with :meth:`apply`."""
        return self._resume

    @property
    def undo_stack(self) -> QUndoStack:
        """The undo history (for Undo/Redo actions and their texts)."""
        return self._undo_stack

    @property
    def path(self) -> Path | None:
        """The file the resume was opened from or last saved to, if any."""
        return self._path

    @property
    def is_dirty(self) -> bool:
        """Whether there are changes not yet saved to :attr:`path`."""
        return self._forced_dirty or not self._undo_stack.isClean()

    # -- edit ----------------------------------------------------------------------------------

    def apply(
        self,
        description: str,
        mutate: Callable[[Resume], None],
        merge_key: str | None = None,
    ) -> None:
        """Change the resume as one undoable step.

        ``mutate`` receives a deep copy to change in place. If it raises (e.g. a pydantic
        ``ValidationError`` for a bad date) the document is untouched and the error propagates,
        so a form can show it next to the field. An edit that changes nothing is not recorded.

        Args:
            description: Shown in Edit > Undo, e.g. "Edit job title".
            mutate: Changes the copy.
            merge_key: Consecutive edits with the same key (typing in one field) undo together.
        """
        after = self._resume.model_copy(deep=True)
        mutate(after)
        if after == self._resume:
            return
        self._undo_stack.push(_SnapshotCommand(self, description, self._resume, after, merge_key))

    def replace(self, description: str, resume: Resume) -> None:
        """Swap in a whole new resume as one undoable step (e.g. switching tailored versions)."""
        if resume == self._resume:
            return
        after = resume.model_copy(deep=True)
        self._undo_stack.push(_SnapshotCommand(self, description, self._resume, after, None))

    def set_resume(
        self, resume: Resume, path: Path | str | None = None, *, dirty: bool = False
    ) -> None:
        """Replace the whole document (opened, imported, restored), clearing the undo history.

        ``dirty`` marks content that exists nowhere on disk yet, e.g. restored autosaved work.
        """
        self._undo_stack.clear()
        was_dirty = self.is_dirty
        self._forced_dirty = dirty
        self._resume = resume
        self._disk_stamp = None
        self._set_path(Path(path) if path is not None else None)
        self._undo_stack.setClean()
        self.resume_changed.emit()
        if was_dirty != self.is_dirty:
            self.dirty_changed.emit(self.is_dirty)

    def new(self, role_id: str | None = None, label: str | None = None) -> None:
        """Start an empty resume aimed at ``role_id`` with ``label`` as the headline."""
        resume = Resume()
        resume.settings.target_role = role_id
        resume.basics.label = label
        self.set_resume(resume)

    def load(self, path: Path | str) -> None:
        """Open a resume file; a :class:`ResumeFileError` leaves the document as it was."""
        resume = load_resume(Path(path))
        self.set_resume(resume, path)
        self._disk_stamp = _stamp(Path(path))

    def save(self, path: Path | str | None = None) -> Path:
        """Save to ``path`` (or the current path); raises ``ResumeFileError`` and stays dirty."""
        target = Path(path) if path is not None else self._path
        if target is None:
            raise ValueError("no file to save to; pass a path")
        save_resume(self._resume, target)
        was_dirty = self.is_dirty
        self._forced_dirty = False
        self._set_path(target)
        self._disk_stamp = _stamp(target)
        self._undo_stack.setClean()
        if was_dirty:
            self.dirty_changed.emit(False)
        logger.info("saved %s", target)
        return target

    def changed_on_disk(self) -> bool:
        """Whether the file at :attr:`path` changed since this document read or wrote it."""
        if self._path is None or self._disk_stamp is None:
            return False
        current = _stamp(self._path)
        return current is not None and current != self._disk_stamp

    # -- internals -----------------------------------------------------------------------------

    def _set_snapshot(self, resume: Resume) -> None:
        self._resume = resume
        self.resume_changed.emit()

    def _set_path(self, path: Path | None) -> None:
        if path != self._path:
            self._path = path
            self.path_changed.emit(path)

    @Slot(bool)
    def _on_undo_stack_clean_changed(self, clean: bool) -> None:
        if not self._forced_dirty:
            self.dirty_changed.emit(not clean)


def _stamp(path: Path) -> tuple[int, int] | None:
    """What tells a changed file apart: modification time and size (None if it is gone)."""
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size
