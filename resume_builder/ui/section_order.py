"""The resume's sections in the user's order, each shown or hidden: drag, buttons or Alt+Up/Down.

The order and the hidden sections live in ``meta.resumeBuilder`` (``section_order``,
``hidden_sections``); every move or tick is one undoable document edit, and the list follows the
document back (undo, opening a file) through ``resume_changed``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData, Qt, Signal, Slot
from PySide6.QtGui import QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from resume_builder.language import words
from resume_builder.models import SECTION_IDS, Resume, SectionId
from resume_builder.ui.icons import set_icon
from resume_builder.ui.theme import set_tone

if TYPE_CHECKING:
    from resume_builder.ui.document import ResumeDocument

_ITEM_MIME = "application/x-qabstractitemmodeldatalist"


def full_order(resume: Resume) -> list[SectionId]:
    """Every section, shown or hidden, in the user's order (unknown ones last, as rendering does)."""
    order = list(dict.fromkeys(resume.settings.section_order))
    return order + [s for s in SECTION_IDS if s not in order]


class _SectionList(QListWidget):
    """A list whose items move by drag and drop or Alt+Up/Down, reporting ``moved(from, to)``.

    The move is reported rather than done here, so the document stays the one place the order
    changes (and the list is redrawn from it).
    """

    moved = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        """Accept drops of its own items only."""
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt virtual
        """Report the dragged section's new row; Qt's own move would bypass the document."""
        mime: QMimeData = event.mimeData()
        if event.source() not in (self, None) or not mime.hasFormat(_ITEM_MIME):
            event.ignore()
            return
        source = self.currentRow()
        pos = event.position().toPoint()
        index = self.indexAt(pos)
        if index.isValid():
            target = index.row() + (pos.y() > self.visualRect(index).center().y())
        else:
            target = self.count()
        if source > -1 and target > source:
            target -= 1  # the row above the gap moved up by one when the item left
        event.setDropAction(Qt.DropAction.IgnoreAction)  # nothing for the drag to delete
        event.accept()
        if source > -1 and target != source:
            self.moved.emit(source, target)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt virtual
        """Alt+Up / Alt+Down move the current section."""
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(event.key()))
        row = self.currentRow()
        if step and event.modifiers() == Qt.KeyboardModifier.AltModifier and row > -1:
            if 0 <= row + step < self.count():
                self.moved.emit(row, row + step)
            event.accept()
            return
        super().keyPressEvent(event)


class SectionOrderBox(QGroupBox):
    """Sections in resume order with a tick for shown; moves and ticks are document edits."""

    def __init__(self, document: ResumeDocument, parent: QWidget | None = None) -> None:
        """Build the list and its buttons from the document."""
        super().__init__(QCoreApplication.translate("SectionOrderBox", "Sections"), parent)
        self._document = document
        note = QLabel(
            self.tr(
                "Drag a section, or select it and press Alt+Up / Alt+Down, to change where it "
                "appears. Untick a section to leave it out of the resume."
            )
        )
        note.setWordWrap(True)
        set_tone(note, "muted")
        self.list = _SectionList(self)
        self.list.setAccessibleName(self.tr("Sections in resume order"))
        self.list.setAccessibleDescription(
            self.tr(
                "Ticked sections appear on the resume. Alt+Up and Alt+Down move the selected "
                "section."
            )
        )
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        set_icon(self.up_button, "arrow-up")
        set_icon(self.down_button, "arrow-down")
        buttons = QVBoxLayout()
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(row)

        self._shown_state: tuple[object, ...] | None = None
        self._sync_from_document()
        self.list.moved.connect(self._on_list_moved)
        self.list.itemChanged.connect(self._on_list_item_changed)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.up_button.clicked.connect(self._on_up_button_clicked)
        self.down_button.clicked.connect(self._on_down_button_clicked)
        document.resume_changed.connect(self._sync_from_document)

    def section_ids(self) -> list[SectionId]:
        """The sections as the list shows them, top to bottom."""
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    # -- document -> list ---------------------------------------------------------------------

    @Slot()
    def _sync_from_document(self) -> None:
        resume = self._document.resume
        state = (
            tuple(full_order(resume)),
            tuple(resume.settings.hidden_sections),
            resume.settings.language,
        )
        if state == self._shown_state:
            return  # most edits are typing elsewhere: rebuilding the list per keystroke crashed
        self._shown_state = state
        titles = words(resume.settings.language).section_titles
        hidden = set(resume.settings.hidden_sections)
        current = self.list.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self.list.blockSignals(True)
        self.list.clear()
        for section_id in full_order(resume):
            item = QListWidgetItem(titles[section_id])
            item.setData(Qt.ItemDataRole.UserRole, section_id)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsDragEnabled
            )
            shown = section_id not in hidden
            item.setCheckState(Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked)
            item.setToolTip(
                self.tr("On the resume") if shown else self.tr("Left out of the resume")
            )
            self.list.addItem(item)
            if section_id == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._update_buttons()

    # -- list -> document ---------------------------------------------------------------------

    def move_section(self, source: int, target: int) -> None:
        """Move the section at row ``source`` to row ``target`` as one undoable edit."""
        order = self.section_ids()
        section_id = order.pop(source)
        order.insert(target, section_id)
        title = self.list.item(source).text()

        def mutate(resume: Resume) -> None:
            resume.settings.section_order = order

        self._document.apply(self.tr("Move {section}").format(section=title), mutate)
        self.list.setCurrentRow(target)

    @Slot(int, int)
    def _on_list_moved(self, source: int, target: int) -> None:
        self.move_section(source, target)

    @Slot(QListWidgetItem)
    def _on_list_item_changed(self, item: QListWidgetItem) -> None:
        section_id = item.data(Qt.ItemDataRole.UserRole)
        shown = item.checkState() == Qt.CheckState.Checked

        def mutate(resume: Resume) -> None:
            hidden = [s for s in resume.settings.hidden_sections if s != section_id]
            resume.settings.hidden_sections = hidden if shown else [*hidden, section_id]

        action = self.tr("Show {section}") if shown else self.tr("Hide {section}")
        self._document.apply(action.format(section=item.text()), mutate)

    @Slot()
    def _on_up_button_clicked(self) -> None:
        row = self.list.currentRow()
        if row > 0:
            self.move_section(row, row - 1)

    @Slot()
    def _on_down_button_clicked(self) -> None:
        row = self.list.currentRow()
        if -1 < row < self.list.count() - 1:
            self.move_section(row, row + 1)

    @Slot()
    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(-1 < row < self.list.count() - 1)
