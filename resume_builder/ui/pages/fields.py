"""Form building blocks: a field with its problem explained right under it.

The checks come from the core's ``validation`` module, so the form, ``resume-builder validate``
and the file format never disagree. Their messages and the date examples are the core's marked
text: the fields show them in the app's language (:func:`~resume_builder.ui.core_text.shown`).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from resume_builder.dates import EXAMPLES
from resume_builder.ui.core_text import shown
from resume_builder.ui.month_picker import MonthPicker
from resume_builder.ui.spell_check import mark_for_spelling
from resume_builder.ui.theme import problem_style, set_tone

_UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


class ErrorLabel(QLabel):
    """Red text under a field explaining what is wrong; hidden when nothing is.

    It keeps one line of space even while hidden, so a message appearing never moves the
    fields below it under the user's pointer; a message too long for the line ends in "…"
    and is shown whole as the label's tooltip.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        """Start hidden, one line tall."""
        super().__init__(parent)
        set_tone(self, "error")
        small = self.font()
        small.setPointSizeF(small.pointSizeF() * 0.95)
        self.setFont(small)
        self.setFixedHeight(self.fontMetrics().lineSpacing())
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.hide()

    def set_problem(self, problem: str | None) -> None:
        """Show ``problem`` (in the app's language) or hide the label."""
        problem = shown(problem) if problem else problem
        self.setText(problem or "")
        self.setToolTip(problem or "")
        self.setVisible(bool(problem))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt virtual
        """Draw the message on its one line, elided when it does not fit."""
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.width())
        painter.drawText(
            self.rect(), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text
        )


class LineField(QWidget):
    """A one-line field with its problem shown under it, spell-checked unless told not to be.

    Emits ``edited(str)`` only for the user's typing, never for :meth:`set_value`.
    """

    edited = Signal(str)

    def __init__(
        self, placeholder: str = "", parent: QWidget | None = None, *, spelling: bool = True
    ) -> None:
        """Build the edit and its error label (``spelling=False`` for names, addresses, dates)."""
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(shown(placeholder))
        self.edit.setClearButtonEnabled(True)
        mark_for_spelling(self.edit, spelling)
        self.error = ErrorLabel()
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        self.edit.textEdited.connect(self.edited)

    def value(self) -> str:
        """The text as typed."""
        return self.edit.text()

    def set_value(self, text: str | None) -> None:
        """Show ``text`` without emitting ``edited``; keeps the cursor if nothing changed."""
        text = text or ""
        if self.edit.text() != text:
            self.edit.setText(text)

    def set_problem(self, problem: str | None) -> None:
        """Explain a problem under the field (and mark the field), or clear it."""
        self.error.set_problem(problem)
        self.edit.setStyleSheet(problem_style() if problem else "")
        self.edit.setToolTip(self.error.toolTip())


class DateField(LineField):
    """A date typed as people write it, with a month picker beside it.

    A picked month goes through the same path as typing: the text changes and ``edited`` fires.
    """

    def __init__(self, placeholder: str = EXAMPLES, parent: QWidget | None = None) -> None:
        """Put the picker on the edit's row."""
        super().__init__(placeholder, parent, spelling=False)
        self.picker = MonthPicker()
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)  # LineField's column: edit over error
        layout.removeWidget(self.edit)
        self.row.addWidget(self.edit, 1)
        self.row.addWidget(self.picker)
        layout.insertLayout(0, self.row)
        self.picker.picked.connect(self._on_picker_picked)
        self.edit.textChanged.connect(self.picker.set_current)

    @Slot(str)
    def _on_picker_picked(self, text: str) -> None:
        self.edit.setText(text)
        self.edited.emit(text)


class EndDateField(DateField):
    """An end date with a "Present" check box for the entry that is still going on."""

    present_toggled = Signal(bool)

    def __init__(self, present_text: str = "", parent: QWidget | None = None) -> None:
        """Put the check box beside the date ("Present" unless ``present_text`` says otherwise)."""
        super().__init__(EXAMPLES, parent)
        self.present = QCheckBox(present_text or self.tr("Present"))
        self.row.addWidget(self.present)
        self.present.toggled.connect(self._on_present_toggled)
        self.present.clicked.connect(self.present_toggled)

    def set_present(self, present: bool) -> None:
        """Tick or untick "Present" without emitting."""
        self.present.blockSignals(True)
        self.present.setChecked(present)
        self.present.blockSignals(False)
        self._on_present_toggled(present)

    @Slot(bool)
    def _on_present_toggled(self, present: bool) -> None:
        self.edit.setEnabled(not present)
        self.picker.setEnabled(not present)
        self.edit.setPlaceholderText(self.tr("Present") if present else shown(EXAMPLES))
        if present:
            self.edit.clear()


class TextField(QWidget):
    """A multi-line field (summaries, descriptions) with its problem under it, spell-checked."""

    edited = Signal(str)

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        """Build the editor and its error label."""
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.edit = QPlainTextEdit()
        self.edit.setPlaceholderText(shown(placeholder))
        self.edit.setTabChangesFocus(True)
        mark_for_spelling(self.edit)
        self.error = ErrorLabel()
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        self._loading = False
        self.edit.textChanged.connect(self._on_edit_text_changed)

    def value(self) -> str:
        """The text as typed."""
        return self.edit.toPlainText()

    def set_value(self, text: str | None) -> None:
        """Show ``text`` without emitting ``edited``."""
        text = text or ""
        if self.edit.toPlainText() != text:
            self._loading = True
            self.edit.setPlainText(text)
            self._loading = False

    def set_problem(self, problem: str | None) -> None:
        """Explain a problem under the field, or clear it."""
        self.error.set_problem(problem)

    @Slot()
    def _on_edit_text_changed(self) -> None:
        if not self._loading:
            self.edited.emit(self.edit.toPlainText())


def snake_case(name: str) -> str:
    """A JSON Resume field name as the model spells it: ``expiryDate`` -> ``expiry_date``."""
    return re.sub(r"(?<!^)([A-Z])", r"_\1", name).lower()


def focus_field(widget: QWidget) -> None:
    """Put the keyboard focus in a form field (the edit inside our field wrappers)."""
    edit = getattr(widget, "edit", widget)
    edit.setFocus(Qt.FocusReason.OtherFocusReason)


def heading(text: str, intro: str = "") -> QWidget:
    """The title and one-line explanation at the top of each step."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 8)
    title = QLabel(text)
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    title.setFont(font)
    layout.addWidget(title)
    if intro:
        label = QLabel(intro)
        label.setWordWrap(True)
        set_tone(label, "muted")
        layout.addWidget(label)
    return box


class UndoKeyFilter(QObject):
    """Send Ctrl+Z / Ctrl+Y typed in a field of ``window`` to the window's Undo/Redo actions.

    A text field keeps its own private undo history and claims those keys; the document's
    history covers every edit across steps, so it must win. Install on the application.
    """

    def __init__(self, window: QWidget) -> None:
        """Route the keys for fields inside ``window`` only."""
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt virtual
        """Refuse the field's claim on the undo keys, so the window's shortcut fires."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QLineEdit | QPlainTextEdit)
            and watched.window() is self._window
            and any(event.matches(k) for k in _UNDO_KEYS)
        ):
            event.ignore()
            return True
        return False
