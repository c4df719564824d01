"""Editing list sections (jobs, schools, certifications ...): a list you can reorder, and a form.

The list is a Qt item model over the document's resume (STYLE habit 7); every change, including
add, remove and move, is one undoable :meth:`ResumeDocument.apply`. The form below the list edits
the selected entry field by field, and typing in one field undoes as one step.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ValidationError
from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QEvent,
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QKeyEvent, QTextCursor, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from resume_builder.dates import EXAMPLES, date_problem, normalise_date
from resume_builder.models import Resume
from resume_builder.slots import NUMBER_SLOT
from resume_builder.ui.core_text import shown
from resume_builder.ui.icons import set_icon
from resume_builder.ui.pages.fields import (
    DateField,
    EndDateField,
    LineField,
    TextField,
    focus_field,
    snake_case,
)
from resume_builder.ui.spell_check import mark_for_spelling
from resume_builder.ui.theme import colour, set_tone
from resume_builder.validation import date_order_problem, url_problem

if TYPE_CHECKING:
    from resume_builder.ui.document import ResumeDocument

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class FieldSpec:
    """One field of an entry form.

    ``kind`` is "text", "date", "end_date" (with a Present box), "multiline", "lines" (one item
    per line, e.g. courses), "csv" (comma-separated keywords), "bullets" (an editable bullet
    list) or "choice" (editable combo box over ``choices``: (stored value, label) pairs; free
    text is stored as typed). ``label`` and ``placeholder`` are shown translated: pass them
    through ``tr()``, or marked with ``QT_TRANSLATE_NOOP`` where no ``tr()`` is at hand.
    """

    name: str
    label: str
    kind: str = "text"
    placeholder: str = ""
    check: Callable[[str], str | None] | None = None
    choices: tuple[tuple[str, str], ...] = field(default_factory=tuple)


def _entries(resume: Resume, section: str) -> list[Any]:
    """The list behind ``section``: "work" or a dotted path such as "basics.profiles"."""
    target: Any = resume
    for part in section.split("."):
        target = getattr(target, part)
    return target


ROW_MIME = "application/x-resume-builder-row"
_NOT_WORDS = frozenset(
    {"url", "number", "username", "score", "reference"}
    | {"name", "institution", "location", "issuer", "organization", "awarder", "publisher"}
    | {"network"}
)
"""Fields whose text is not prose (links, numbers, and the names of employers, schools, places
and issuers, which no word list knows), so the spell checker leaves them alone."""


class DragToReorder(QAbstractListModel):
    """Rows that can be dragged to a new place; the move is one undoable document change.

    The base of the list models: :meth:`move_row` (the model's own) does the move, so a drag and
    the Move up / Move down buttons share one code path.
    """

    def move_row(self, row: int, target: int) -> None:
        """Move ``row`` so that it ends up at ``target``."""
        raise NotImplementedError

    def flags(self, index: _Index) -> Qt.ItemFlag:  # noqa: D102 - Qt virtual
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802, D102 - Qt virtual
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802, D102 - Qt virtual
        return [ROW_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802, D102
        data = QMimeData()
        if indexes:
            data.setData(ROW_MIME, QByteArray(str(indexes[0].row()).encode("ascii")))
        return data

    def dropMimeData(  # noqa: N802 - Qt virtual
        self, data: QMimeData, action: Qt.DropAction, row: int, _column: int, parent: _Index
    ) -> bool:
        """Move the dragged row to where it was dropped (between rows, or onto one)."""
        if action != Qt.DropAction.MoveAction or not data.hasFormat(ROW_MIME):
            return False
        source = int(bytes(data.data(ROW_MIME).data()).decode("ascii"))
        target = row if row >= 0 else (parent.row() if parent.isValid() else self.rowCount())
        if target > source:
            target -= 1  # dropping below itself: the row leaves a gap above
        if target != source:
            self.move_row(source, target)
        return False  # the move is done: the view must not remove the source row itself


class SectionListModel(DragToReorder):
    """The entries of one resume list section, one row each, described in a line."""

    moved = Signal(int)
    """A row was dragged to this row."""

    def __init__(
        self,
        document: ResumeDocument,
        section: str,
        describe: Callable[[Any], str],
        parent: QWidget | None = None,
    ) -> None:
        """Follow ``document``: rows are refreshed on every change."""
        super().__init__(parent)
        self._document = document
        self._section = section
        self._describe = describe
        self._count = len(self._items())
        document.resume_changed.connect(self._on_document_resume_changed)

    def _items(self) -> list[Any]:
        return _entries(self._document.resume, self._section)

    def move_row(self, row: int, target: int) -> None:
        """Move entry ``row`` to ``target`` (undoable)."""

        def mutate(resume: Resume) -> None:
            items = _entries(resume, self._section)
            items.insert(target, items.pop(row))

        self._document.apply(self.tr("Move entry"), mutate)
        self.moved.emit(target)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt virtual
        """Entries in the section (a flat list: children have none)."""
        return 0 if parent.isValid() else self._count

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The entry's one-line description, and the entry itself for ``UserRole``."""
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        items = self._items()
        if index.row() >= len(items):
            return None
        entry = items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._describe(entry)
        if role == Qt.ItemDataRole.UserRole:
            return entry
        return None

    @Slot()
    def _on_document_resume_changed(self) -> None:
        count = len(self._items())
        if count != self._count:
            self.beginResetModel()
            self._count = count
            self.endResetModel()
        elif count:
            self.dataChanged.emit(self.index(0), self.index(count - 1))


class BulletListModel(DragToReorder):
    """The bullets (highlights) of one entry, editable in place; ``[N]`` slots are highlighted."""

    moved = Signal(int)
    """A bullet was dragged to this row."""

    def __init__(self, document: ResumeDocument, section: str, name: str, parent=None) -> None:
        """Edit ``<section>[row].<name>``; call :meth:`set_row` to choose the entry."""
        super().__init__(parent)
        self._document = document
        self._section = section
        self._name = name
        self._row = -1
        self._count = 0
        document.resume_changed.connect(self._on_document_resume_changed)

    def set_row(self, row: int) -> None:
        """Show the bullets of entry ``row`` (-1 for none)."""
        self.beginResetModel()
        self._row = row
        self._count = len(self._bullets())
        self.endResetModel()

    def _bullets(self) -> list[str]:
        items = _entries(self._document.resume, self._section)
        if not 0 <= self._row < len(items):
            return []
        return list(getattr(items[self._row], self._name))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt virtual
        """Bullets of the chosen entry."""
        return 0 if parent.isValid() else self._count

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Bullets are edited in place, and dragged to reorder."""
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base

    def move_row(self, row: int, target: int) -> None:
        """Move bullet ``row`` to ``target`` (undoable)."""
        entry_row = self._row

        def mutate(resume: Resume) -> None:
            entry = _entries(resume, self._section)[entry_row]
            bullets = list(getattr(entry, self._name))
            bullets.insert(target, bullets.pop(row))
            setattr(entry, self._name, bullets)

        self._document.apply(self.tr("Move bullet"), mutate)
        self.moved.emit(target)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The bullet text; a yellow background and a hint while it still holds ``[N]``."""
        bullets = self._bullets()
        if not index.isValid() or not 0 <= index.row() < len(bullets):
            return None
        text = bullets[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return text
        if role == Qt.ItemDataRole.BackgroundRole and NUMBER_SLOT in text:
            return QBrush(colour("slot"))
        if role == Qt.ItemDataRole.ForegroundRole and NUMBER_SLOT in text:
            return QBrush(colour("slot_text"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if NUMBER_SLOT in text:
                tip = self.tr("Double-click and replace {slot} with your own number.")
                return tip.format(slot=NUMBER_SLOT)
            return self.tr("Double-click to edit.")
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Change one bullet through the document (undoable)."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row, entry_row, text = index.row(), self._row, str(value).strip()

        def mutate(resume: Resume) -> None:
            entry = _entries(resume, self._section)[entry_row]
            bullets = list(getattr(entry, self._name))
            if text:
                bullets[row] = text
            else:
                del bullets[row]
            setattr(entry, self._name, bullets)

        self._document.apply(self.tr("Edit bullet"), mutate)
        return True

    @Slot()
    def _on_document_resume_changed(self) -> None:
        count = len(self._bullets())
        if count != self._count:
            self.beginResetModel()
            self._count = count
            self.endResetModel()
        elif count:
            self.dataChanged.emit(self.index(0), self.index(count - 1))


class BulletTextEdit(QPlainTextEdit):
    """The editor of one bullet: a long bullet wraps over several lines instead of scrolling."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Wrap at word boundaries; Tab moves on, as in the other fields."""
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self.setAccessibleName(self.tr("Bullet"))
        self.setAccessibleDescription(self.tr("Enter saves the bullet, Escape cancels"))
        mark_for_spelling(self)


class SlotSelectingDelegate(QStyledItemDelegate):
    """Bullets are edited in a wrapping editor; one that holds ``[N]`` opens with it selected.

    Enter saves (a bullet is one paragraph), Escape cancels.
    """

    LINES = 3
    """The editor is at least this many lines tall, so a long bullet can be read whole."""

    def createEditor(self, parent: QWidget, _option, _index: _Index) -> QWidget:  # noqa: N802
        """A wrapping multi-line editor."""
        editor = BulletTextEdit(parent)
        editor.installEventFilter(self)
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:  # noqa: N802 - Qt virtual
        """Fill the editor, then select the number slot."""
        if not isinstance(editor, QPlainTextEdit):
            super().setEditorData(editor, index)
            return
        text = str(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.setPlainText(text)
        cursor = editor.textCursor()
        start = text.find(NUMBER_SLOT)
        if start >= 0:
            cursor.setPosition(start)
            cursor.setPosition(start + len(NUMBER_SLOT), QTextCursor.MoveMode.KeepAnchor)
        else:
            cursor.movePosition(QTextCursor.MoveOperation.End)
        editor.setTextCursor(cursor)

    def setModelData(self, editor: QWidget, model, index: _Index) -> None:  # noqa: N802
        """Store the bullet as one line."""
        if isinstance(editor, QPlainTextEdit):
            model.setData(index, " ".join(editor.toPlainText().split()))
        else:
            super().setModelData(editor, model, index)

    def updateEditorGeometry(self, editor: QWidget, option, _index: _Index) -> None:  # noqa: N802
        """As wide as the row, and tall enough for a few lines."""
        rect = option.rect
        lines = editor.fontMetrics().lineSpacing() * self.LINES + 10
        rect.setHeight(max(rect.height(), lines))
        editor.setGeometry(rect)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt virtual
        """Enter saves the bullet (the wrapping editor would otherwise start a new line)."""
        if (
            isinstance(editor, QPlainTextEdit)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
            return True
        return super().eventFilter(editor, event)


def allow_drag_to_reorder(view: QListView) -> None:
    """Let rows of ``view`` be dragged to a new place (its model is a :class:`DragToReorder`)."""
    view.setDragEnabled(True)
    view.setAcceptDrops(True)
    view.setDropIndicatorShown(True)
    view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
    view.setDefaultDropAction(Qt.DropAction.MoveAction)
    view.setDragDropOverwriteMode(False)


LIST_BUTTON_ICONS = ("plus", "trash-2", "arrow-up", "arrow-down")
"""Icons of the list buttons, in their order: add, remove, move up, move down."""


def list_buttons(*labels: str) -> tuple[QHBoxLayout, list[QPushButton]]:
    """A row of small buttons under a list.

    Each may shrink to its words (the style's 80 px floor is for dialog buttons): four of
    them, in Spanish, would otherwise be wider than the form column at 1440 px.
    """
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    buttons = [QPushButton(label) for label in labels]
    for index, (button, icon_name) in enumerate(zip(buttons, LIST_BUTTON_ICONS, strict=False)):
        set_icon(button, icon_name)
        if index >= 2:  # the arrows say "move" on their own, and the row fits a narrow column
            button.setToolTip(button.text())
            button.setAccessibleName(button.text())
            button.setText("")
    for button in buttons:
        style, text = button.style(), button.fontMetrics().horizontalAdvance(button.text())
        margins = style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
        frame = style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, button)
        button.setMinimumWidth(text + 2 * (margins + frame))
        row.addWidget(button)
    row.addStretch(1)
    return row, buttons


def move_item(items: list[Any], row: int, offset: int) -> int:
    """Move ``items[row]`` by ``offset`` in place; returns the new row."""
    target = max(0, min(len(items) - 1, row + offset))
    items.insert(target, items.pop(row))
    return target


class BulletEditor(QWidget):
    """The bullets of one job (or project): add, edit in place, remove, reorder."""

    def __init__(self, document: ResumeDocument, section: str, name: str, parent=None) -> None:
        """Edit ``<section>[row].<name>`` for the row given to :meth:`set_row`."""
        super().__init__(parent)
        self._document = document
        self._section = section
        self._name = name
        self.model = BulletListModel(document, section, name, self)
        self.view = QListView()
        self.view.setAccessibleName(self.tr("Bullets"))
        self.view.setAccessibleDescription(
            self.tr("Press F2 or double-click to edit a bullet; drag one to move it")
        )
        self.view.setModel(self.model)
        allow_drag_to_reorder(self.view)
        self.model.moved.connect(lambda row: self.view.setCurrentIndex(self.model.index(row)))
        self.view.setItemDelegate(SlotSelectingDelegate(self.view))
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setMinimumHeight(120)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        row, (self.add_button, self.remove_button, self.up_button, self.down_button) = list_buttons(
            self.tr("Add bullet"), self.tr("Remove"), self.tr("Move up"), self.tr("Move down")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(row)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))

    def set_row(self, row: int) -> None:
        """Show the bullets of entry ``row``."""
        self.model.set_row(row)
        self.setEnabled(row >= 0)

    def add_bullet(self, text: str, *, edit: bool = True) -> int:
        """Append ``text`` to the entry and open it for editing (``[N]`` selected)."""
        entry_row = self.model._row
        if entry_row < 0:
            return -1

        def mutate(resume: Resume) -> None:
            entry = _entries(resume, self._section)[entry_row]
            setattr(entry, self._name, [*getattr(entry, self._name), text])

        self._document.apply(self.tr("Add bullet"), mutate)
        new_row = self.model.rowCount() - 1
        index = self.model.index(new_row)
        self.view.setCurrentIndex(index)
        if edit:
            self.view.setFocus()
            self.view.edit(index)
        return new_row

    def _current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    @Slot()
    def _on_add_button_clicked(self) -> None:
        self.add_bullet("")

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        row, entry_row = self._current_row(), self.model._row
        if row < 0:
            return

        def mutate(resume: Resume) -> None:
            entry = _entries(resume, self._section)[entry_row]
            bullets = list(getattr(entry, self._name))
            del bullets[row]
            setattr(entry, self._name, bullets)

        self._document.apply(self.tr("Remove bullet"), mutate)

    def _move(self, offset: int) -> None:
        row, entry_row = self._current_row(), self.model._row
        if row < 0:
            return
        moved: list[int] = []

        def mutate(resume: Resume) -> None:
            entry = _entries(resume, self._section)[entry_row]
            bullets = list(getattr(entry, self._name))
            moved.append(move_item(bullets, row, offset))
            setattr(entry, self._name, bullets)

        self._document.apply(self.tr("Move bullet"), mutate)
        if moved:
            self.view.setCurrentIndex(self.model.index(moved[0]))


class EntryListEditor(QWidget):
    """A list section: the entries with Add / Remove / Move up / Move down, and a form below.

    Emits ``current_row_changed(int)`` when another entry is selected (the suggestions panel
    adds bullets to the selected job).
    """

    current_row_changed = Signal(int)

    def __init__(
        self,
        document: ResumeDocument,
        section: str,
        specs: list[FieldSpec],
        *,
        noun: str,
        describe: Callable[[Any], str],
        factory: Callable[[], BaseModel],
        parent: QWidget | None = None,
    ) -> None:
        """Build the list and the form for ``section`` (e.g. "work", "basics.profiles")."""
        super().__init__(parent)
        self._document = document
        self._section = section
        self._specs = specs
        noun = shown(noun)
        self._noun = noun
        self._factory = factory
        self._row = -1
        self.fields: dict[str, Any] = {}
        self.bullets: BulletEditor | None = None
        self._unreadable: dict[tuple[int, str], str] = {}
        """Dates typed that could not be read, by (row, field): shown again, never replaced."""
        self._present: dict[int, bool] = {}
        """The user's "Present" choice per row while the end date is empty."""

        self.model = SectionListModel(document, section, describe, self)
        self.view = QListView()
        self.view.setAccessibleName(_capital(self.tr("{noun} list").format(noun=noun)))
        self.view.setAccessibleDescription(
            self.tr("Select a {noun} to edit it in the form below; drag one to move it").format(
                noun=noun
            )
        )
        self.view.setModel(self.model)
        allow_drag_to_reorder(self.view)
        self.model.moved.connect(self._select)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setMaximumHeight(150)
        self.view.setMinimumHeight(72)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)  # long titles end in "..."
        buttons, (self.add_button, self.remove_button, self.up_button, self.down_button) = (
            list_buttons(
                self.tr("Add {noun}").format(noun=noun),
                self.tr("Remove"),
                self.tr("Move up"),
                self.tr("Move down"),
            )
        )
        self.empty_label = QLabel(
            self.tr("No {noun} yet. Click \u201cAdd {noun}\u201d to start.").format(noun=noun)
        )
        self.empty_label.setWordWrap(True)
        set_tone(self.empty_label, "muted")

        self.form_box = QGroupBox(_capital(self.tr("{noun} details").format(noun=noun)))
        form = QFormLayout(self.form_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in specs:
            widget = self._make_field(spec)
            self.fields[spec.name] = widget
            form.addRow(shown(spec.label), widget)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.form_box)

        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.view.selectionModel().currentChanged.connect(self._on_view_current_changed)
        self.model.modelReset.connect(self._on_model_reset)
        document.resume_changed.connect(self._on_document_resume_changed)
        self._select(0 if self.model.rowCount() else -1)

    # -- public -------------------------------------------------------------------------------

    @property
    def current_row(self) -> int:
        """The selected entry, or -1."""
        return self._row

    def entries(self) -> list[Any]:
        """The section's entries in the current resume."""
        return _entries(self._document.resume, self._section)

    def add_entry(self, entry: BaseModel | None = None) -> int:
        """Append ``entry`` (or a blank one), select it, and return its row."""
        entry = entry if entry is not None else self._factory()

        def mutate(resume: Resume) -> None:
            _entries(resume, self._section).append(entry)

        self._document.apply(self.tr("Add {noun}").format(noun=self._noun), mutate)
        row = len(self.entries()) - 1
        self._select(row)
        widget = self.fields.get(self._specs[0].name) if self._specs else None
        if isinstance(widget, LineField):
            widget.edit.setFocus()
        return row

    def remove_entry(self, row: int) -> None:
        """Remove entry ``row`` (undoable)."""
        if not 0 <= row < len(self.entries()):
            return

        def mutate(resume: Resume) -> None:
            del _entries(resume, self._section)[row]

        self._document.apply(self.tr("Remove {noun}").format(noun=self._noun), mutate)
        self._select(min(row, len(self.entries()) - 1))

    def focus_path(self, path: str) -> bool:
        """Select the entry a JSON ``path`` names (``work[1].highlights[0]``) and focus its field."""
        match = re.fullmatch(
            rf"{re.escape(self._section)}\[(\d+)\](?:\.(\w+)(?:\[(\d+)\])?)?.*", path
        )
        if match is None:
            if path != self._section:
                return False
            self.view.setFocus()
            return True
        row, name, item = int(match[1]), match[2], match[3]
        if not 0 <= row < len(self.entries()):
            return False
        self._select(row)
        widget = self.fields.get(snake_case(name or ""))
        if isinstance(widget, BulletEditor):
            index = widget.model.index(int(item) if item else 0)
            widget.view.setCurrentIndex(index)
            widget.view.setFocus()
            if NUMBER_SLOT in str(index.data() or ""):
                widget.view.edit(index)  # with [N] selected, ready to type the number
        elif widget is not None:
            focus_field(widget)
        else:
            self.view.setFocus()
        return True

    def move_entry(self, row: int, offset: int) -> None:
        """Move entry ``row`` up (-1) or down (+1) (undoable)."""
        if not 0 <= row < len(self.entries()):
            return
        moved: list[int] = []

        def mutate(resume: Resume) -> None:
            moved.append(move_item(_entries(resume, self._section), row, offset))

        self._document.apply(self.tr("Move {noun}").format(noun=self._noun), mutate)
        if moved:
            self._select(moved[0])

    # -- building -----------------------------------------------------------------------------

    def _make_field(self, spec: FieldSpec) -> QWidget:
        if spec.kind == "bullets":
            self.bullets = BulletEditor(self._document, self._section, spec.name)
            return self.bullets
        if spec.kind == "multiline":
            widget: Any = TextField(spec.placeholder)
            widget.edit.setFixedHeight(80)
        elif spec.kind == "end_date":
            widget = EndDateField()
            widget.present_toggled.connect(lambda on, s=spec: self._on_present_toggled(s, on))
        elif spec.kind == "choice":
            combo = QComboBox()
            combo.setEditable(True)
            for value, label in spec.choices:
                combo.addItem(label, value)
            combo.setCurrentIndex(-1)
            if (line_edit := combo.lineEdit()) is not None:  # always, as the combo is editable
                line_edit.setPlaceholderText(shown(spec.placeholder))
            combo.currentTextChanged.connect(
                lambda text, s=spec, c=combo: self._on_field_edited(s, _choice_value(c, text))
            )
            return combo
        elif spec.kind == "date":
            widget = DateField(spec.placeholder or EXAMPLES)
        else:
            widget = LineField(spec.placeholder, spelling=spec.name not in _NOT_WORDS)
        widget.edited.connect(lambda text, s=spec: self._on_field_edited(s, text))
        return widget

    # -- syncing ------------------------------------------------------------------------------

    def _select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self._set_row(row if 0 <= row < self.model.rowCount() else -1)

    def _set_row(self, row: int) -> None:
        changed = row != self._row
        self._row = row
        if self.bullets is not None:
            self.bullets.set_row(row)
        self._load_form(force=True)
        if changed:
            self.current_row_changed.emit(row)

    def _load_form(self, *, force: bool = False) -> None:
        has_entry = 0 <= self._row < len(self.entries())
        self.form_box.setEnabled(has_entry)
        self.form_box.setVisible(has_entry)
        self.empty_label.setVisible(not self.entries())
        self.view.setVisible(bool(self.entries()))
        self.remove_button.setEnabled(has_entry)
        self.up_button.setEnabled(has_entry and self._row > 0)
        self.down_button.setEnabled(has_entry and self._row < len(self.entries()) - 1)
        if not has_entry:
            return
        entry = self.entries()[self._row]
        for spec in self._specs:
            widget = self.fields[spec.name]
            value = getattr(entry, spec.name)
            if spec.kind == "bullets":
                continue
            if spec.kind == "choice":
                if _choice_value(widget, widget.currentText()) != (value or ""):
                    widget.blockSignals(True)
                    index = widget.findData(value) if value else -1
                    widget.setCurrentIndex(index)
                    if index < 0:
                        widget.setCurrentText(value or "")
                    widget.blockSignals(False)
                continue
            if spec.kind in ("lines", "csv"):
                current = _split(widget.value(), spec.kind)
                if force or current != list(value):
                    joiner = ", " if spec.kind == "csv" else "; "
                    widget.set_value(joiner.join(value))
                continue
            unreadable = self._unreadable.get((self._row, spec.name))
            if spec.kind == "end_date":
                start = getattr(entry, "start_date", None)
                if value is not None:
                    present = False
                elif force:
                    present = self._present.get(self._row, bool(start))
                else:  # undo or redo: the user's own choice, else leave the box as it is
                    present = self._present.get(self._row, widget.present.isChecked())
                if present != widget.present.isChecked():
                    widget.set_present(present)  # follows undo and redo too
            if spec.kind in ("date", "end_date"):
                if unreadable is not None:
                    widget.set_value(unreadable)  # what the user typed, with its message
                elif not (spec.kind == "end_date" and widget.present.isChecked()):
                    if force or not _same_date(widget.value(), value):
                        widget.set_value(value)
            elif force or (widget.value() or None) != value:
                widget.set_value(value)
            if force and hasattr(widget, "set_problem"):
                widget.set_problem(self._problem(spec, widget.value()))
        self._check_order()

    def _problem(self, spec: FieldSpec, text: str) -> str | None:
        if spec.kind in ("date", "end_date"):
            return date_problem(text)
        if spec.check is not None:
            return spec.check(text)
        if spec.name == "url":
            return url_problem(text)
        return None

    def _check_order(self) -> None:
        end = self.fields.get("end_date")
        if end is None or not 0 <= self._row < len(self.entries()):
            return
        entry = self.entries()[self._row]
        own = date_problem(end.value())
        order = date_order_problem(getattr(entry, "start_date", None), entry.end_date)
        end.set_problem(own or order)

    # -- slots --------------------------------------------------------------------------------

    def _on_field_edited(self, spec: FieldSpec, text: str) -> None:
        row = self._row
        if row < 0:
            return
        widget = self.fields[spec.name]
        problem = self._problem(spec, text)
        if spec.kind in ("date", "end_date") and problem:
            self._unreadable[(row, spec.name)] = text
            widget.set_problem(problem)
            return
        self._unreadable.pop((row, spec.name), None)
        value: Any
        if spec.kind in ("lines", "csv"):
            value = _split(text, spec.kind)
        elif spec.kind in ("date", "end_date"):
            value = normalise_date(text)
        else:
            value = text if text.strip() else None

        def mutate(resume: Resume) -> None:
            setattr(_entries(resume, self._section)[row], spec.name, value)

        try:
            self._document.apply(
                self.tr("Edit {field}").format(field=shown(spec.label).lower()),
                mutate,
                merge_key=f"{self._section}[{row}].{spec.name}",
            )
        except ValidationError as exc:
            problem = exc.errors()[0]["msg"].removeprefix("Value error, ")
        if hasattr(widget, "set_problem"):
            widget.set_problem(problem)
        self._check_order()

    def _on_present_toggled(self, spec: FieldSpec, present: bool) -> None:
        row = self._row
        if row < 0:
            return
        widget = self.fields[spec.name]
        self._present[row] = present
        self._unreadable.pop((row, spec.name), None)

        def mutate(resume: Resume) -> None:
            setattr(_entries(resume, self._section)[row], spec.name, None)

        self._document.apply(
            self.tr("Mark as current") if present else self.tr("Not current"), mutate
        )
        widget.set_problem(None)
        if not present:
            widget.edit.setFocus()

    @Slot(QModelIndex, QModelIndex)
    def _on_view_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and current.row() != self._row:
            self._set_row(current.row())

    @Slot()
    def _on_model_reset(self) -> None:
        count = self.model.rowCount()
        self._select(min(max(self._row, 0), count - 1) if count else -1)

    @Slot()
    def _on_document_resume_changed(self) -> None:
        self._load_form()

    @Slot()
    def _on_add_button_clicked(self) -> None:
        self.add_entry()

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        self.remove_entry(self._row)

    def _move(self, offset: int) -> None:
        self.move_entry(self._row, offset)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _same_date(typed: str, stored: str | None) -> bool | None:
    """Whether the typed text means the stored date (None: it cannot be read yet)."""
    try:
        return normalise_date(typed) == stored
    except ValueError:
        return None


def _choice_value(combo: QComboBox, text: str) -> str:
    """The stored value for the combo's text: a choice's id, or the free text typed."""
    index = combo.findText(text)
    return combo.itemData(index) if index >= 0 and text else text


def _split(text: str, kind: str) -> list[str]:
    separator = "," if kind == "csv" else ";"
    return [part.strip() for part in text.split(separator) if part.strip()]
