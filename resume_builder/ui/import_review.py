"""The review before an import lands.

The source text sits beside the fields found, each with how sure the reader is; the user fixes
values, unticks what is wrong, and chooses where the result goes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from resume_builder.importing.result import FoundField, ImportResult
from resume_builder.importing.review import ReviewError, apply_review
from resume_builder.models import Resume
from resume_builder.ui import tree_items
from resume_builder.ui.theme import colour, set_tone
from resume_builder.ui_text import QT_TRANSLATE_NOOP

_PATH = Qt.ItemDataRole.UserRole
_KEY = Qt.ItemDataRole.UserRole + 1
"""On a section row, its id; on a row folded from an entry and its one field, the entry's path
(unticking it drops the whole entry, editing it changes the field)."""
_SECTIONS = {
    "basics": QT_TRANSLATE_NOOP("ImportReviewDialog", "Name and contact"),
    "work": QT_TRANSLATE_NOOP("ImportReviewDialog", "Experience"),
    "education": QT_TRANSLATE_NOOP("ImportReviewDialog", "Education"),
    "certificates": QT_TRANSLATE_NOOP("ImportReviewDialog", "Certifications"),
    "skills": QT_TRANSLATE_NOOP("ImportReviewDialog", "Skills"),
    "languages": QT_TRANSLATE_NOOP("ImportReviewDialog", "Languages"),
}
_ENTRY_NAMES = {
    "work": QT_TRANSLATE_NOOP("ImportReviewDialog", "Job {number}"),
    "education": QT_TRANSLATE_NOOP("ImportReviewDialog", "School {number}"),
    "certificates": QT_TRANSLATE_NOOP("ImportReviewDialog", "Certification {number}"),
    "skills": QT_TRANSLATE_NOOP("ImportReviewDialog", "Skill {number}"),
    "languages": QT_TRANSLATE_NOOP("ImportReviewDialog", "Language {number}"),
}
_KINDS = {
    "resume-pdf": QT_TRANSLATE_NOOP(
        "ImportReviewDialog", "a PDF made by this app (restored exactly)"
    ),
    "pdf": QT_TRANSLATE_NOOP("ImportReviewDialog", "a PDF"),
    "docx": QT_TRANSLATE_NOOP("ImportReviewDialog", "a Word document"),
    "text": QT_TRANSLATE_NOOP("ImportReviewDialog", "plain text"),
    "linkedin": QT_TRANSLATE_NOOP("ImportReviewDialog", "a LinkedIn data export"),
    "json": QT_TRANSLATE_NOOP("ImportReviewDialog", "a JSON Resume file"),
}
_FIELD_LABELS = (
    QT_TRANSLATE_NOOP("ImportReviewDialog", "Name"),
    QT_TRANSLATE_NOOP("ImportReviewDialog", "Label"),
    QT_TRANSLATE_NOOP("ImportReviewDialog", "Email"),
    QT_TRANSLATE_NOOP("ImportReviewDialog", "Phone"),
    QT_TRANSLATE_NOOP("ImportReviewDialog", "Url"),
    QT_TRANSLATE_NOOP("ImportReviewDialog", "Summary"),
    QT_TRANSLATE_NOOP("ImportReviewDialog", "Location city"),
    QT_TRANSLATE_NOOP("ImportReviewDialog", "Location region"),
    QT_TRANSLATE_NOOP("ImportReviewDialog", "Location country code"),
    QT_TRANSLATE_NOOP("ImportReviewDialog", "Location postal code"),
    QT_TRANSLATE_NOOP("ImportReviewDialog", "Location address"),
    QT_TRANSLATE_NOOP("ImportReviewDialog", "Position"),
    QT_TRANSLATE_NOOP("ImportReviewDialog", "Start date"),
    QT_TRANSLATE_NOOP("ImportReviewDialog", "End date"),
    QT_TRANSLATE_NOOP("ImportReviewDialog", "Institution"),
    QT_TRANSLATE_NOOP("ImportReviewDialog", "Area"),
    QT_TRANSLATE_NOOP("ImportReviewDialog", "Study type"),
    QT_TRANSLATE_NOOP("ImportReviewDialog", "Score"),
    QT_TRANSLATE_NOOP("ImportReviewDialog", "Issuer"),
    QT_TRANSLATE_NOOP("ImportReviewDialog", "Date"),
    QT_TRANSLATE_NOOP("ImportReviewDialog", "Language"),
    QT_TRANSLATE_NOOP("ImportReviewDialog", "Fluency"),
    QT_TRANSLATE_NOOP("ImportReviewDialog", "Level"),
    QT_TRANSLATE_NOOP("ImportReviewDialog", "Keywords"),
    QT_TRANSLATE_NOOP("ImportReviewDialog", "Courses"),
    QT_TRANSLATE_NOOP("ImportReviewDialog", "Description"),
)
"""Field labels as :func:`_field_label` makes them from JSON keys, listed for translation."""


@dataclass(frozen=True)
class ReviewChoice:
    """What the user accepted: the resume, and the version name when it goes into the open one."""

    resume: Resume
    version_name: str | None = None


class ImportReviewDialog(QDialog):
    """Source text on the left, found fields on the right (tick to keep, double-click to fix)."""

    def __init__(
        self,
        parent: QWidget | None,
        result: ImportResult,
        *,
        can_add_version: bool = False,
        version_name: str = "Imported",
    ) -> None:
        """Show ``result``; offer "add as a new version" when a resume is open."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check what was read"))
        self.resize(1100, 700)
        self._result = result
        self._choice: ReviewChoice | None = None
        self._merges: list[tuple[str, str]] = []

        unsure = len(result.unsure())
        source = self.tr(_KINDS.get(result.kind, result.kind))
        count = len(result.fields)
        read = (
            self.tr("Read from {source}: %n fields, {unsure} to check (highlighted).", "", count)
            if unsure
            else self.tr("Read from {source}: %n fields.", "", count)
        )
        intro = QLabel(
            read.format(source=source, unsure=unsure)
            + self.tr(" Untick anything wrong, double-click a value to fix it.")
        )
        intro.setWordWrap(True)
        self.notes_label = QLabel("\n".join(result.notes))
        self.notes_label.setWordWrap(True)
        set_tone(self.notes_label, "warning")
        self.notes_label.setVisible(bool(result.notes))

        self.source_view = QPlainTextEdit(result.source_text)
        self.source_view.setReadOnly(True)
        self.source_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Field"), self.tr("Value"), self.tr("Sure")])
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.setAlternatingRowColors(True)
        self._fill(result.fields)

        left, right = QWidget(), QWidget()
        left_layout, right_layout = QVBoxLayout(left), QVBoxLayout(right)
        left_layout.addWidget(QLabel(self.tr("<b>What the file says</b>")))
        left_layout.addWidget(self.source_view)
        right_layout.addWidget(QLabel(self.tr("<b>What will be imported</b>")))
        right_layout.addWidget(self.tree)
        self.merge_button = QPushButton(self.tr("Merge into the one above"))
        self.merge_button.setToolTip(
            self.tr(
                "When the reader split one job (or school) in two: join the chosen one into the "
                "one above it, keeping the values above and adding the missing ones and the "
                "bullets."
            )
        )
        self.merge_button.setEnabled(False)
        right_layout.addWidget(self.merge_button, 0, Qt.AlignmentFlag.AlignRight)
        for layout in (left_layout, right_layout):
            layout.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([420, 680])

        self.new_radio = QRadioButton(self.tr("Start a new resume from it"))
        self.version_radio = QRadioButton(
            self.tr("Add it to the open resume as a new version named")
        )
        self.version_edit = QLineEdit(version_name)
        group = QButtonGroup(self)
        group.addButton(self.new_radio)
        group.addButton(self.version_radio)
        self.new_radio.setChecked(True)
        where = QHBoxLayout()
        where.addWidget(self.new_radio)
        where.addSpacing(16)
        where.addWidget(self.version_radio)
        where.addWidget(self.version_edit, 1)
        for widget in (self.new_radio, self.version_radio, self.version_edit):
            widget.setVisible(can_add_version)
        self.version_edit.setEnabled(False)

        self.error_label = QLabel()
        set_tone(self.error_label, "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start_button = self.buttons.addButton(
            self.tr("Start editing"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.notes_label)
        layout.addWidget(splitter, 1)
        layout.addLayout(where)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.version_radio.toggled.connect(self.version_edit.setEnabled)
        self.tree.currentItemChanged.connect(self._on_tree_current_item_changed)
        self.merge_button.clicked.connect(self._on_merge_button_clicked)

    @classmethod
    def review(
        cls,
        parent: QWidget | None,
        result: ImportResult,
        *,
        can_add_version: bool = False,
        version_name: str = "Imported",
    ) -> tuple[ReviewChoice | None, bool]:
        """Show the dialog; returns ``(choice, accepted)``."""
        dialog = cls(parent, result, can_add_version=can_add_version, version_name=version_name)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.choice(), accepted and dialog.choice() is not None

    def choice(self) -> ReviewChoice | None:
        """What was accepted (None until the user starts editing with valid values)."""
        return self._choice

    def field_item(self, path: str) -> QTreeWidgetItem | None:
        """The row of the field or entry at ``path`` (e.g. ``work[0]`` or ``basics.email``)."""
        for item in tree_items.all_items(self.tree):
            if path in (item.data(0, _PATH), item.parent() and item.data(0, _KEY)):
                return item
        return None

    def reviewed_resume(self) -> Resume:
        """The import with the user's fixes and drops applied (raises ``ReviewError``)."""
        changes: dict[str, str] = {}
        dropped: list[str] = []
        for item in tree_items.all_items(self.tree):
            path = item.data(0, _PATH)
            if not path:
                continue
            if item.checkState(0) == Qt.CheckState.Unchecked:
                parent = item.parent()
                parent_dropped = (
                    parent is not None
                    and parent.data(0, _PATH) is not None
                    and parent.checkState(0) == Qt.CheckState.Unchecked
                )
                if not parent_dropped:
                    dropped.append(item.data(0, _KEY) or path)
            elif item.childCount() == 0 and item.text(1) != item.data(1, _PATH):
                changes[path] = item.text(1)
        return apply_review(self._result.resume, changes, dropped, self._merges)

    # -- building ---------------------------------------------------------------------------------

    def _fill(self, fields: list[FoundField]) -> None:
        sections: dict[str, QTreeWidgetItem] = {}
        entries: dict[str, QTreeWidgetItem] = {}
        for found in fields:
            match = re.match(r"^(\w+)(\[\d+\])?", found.path)
            if match is None:
                continue
            section = match.group(1)
            parent = sections.get(section)
            if parent is None:
                title = _SECTIONS.get(section)
                parent = self._item(self.tree, self.tr(title) if title else section.title(), None)
                parent.setData(0, _KEY, section)
                sections[section] = parent
            if match.group(2):
                key = match.group(0)
                entry = entries.get(key)
                if entry is None:
                    number = int(match.group(2)[1:-1]) + 1
                    entry_name = _ENTRY_NAMES.get(
                        section, QT_TRANSLATE_NOOP("ImportReviewDialog", "Item {number}")
                    )
                    label = self.tr(entry_name).format(number=number)
                    entry = self._item(parent, label, key)
                    entries[key] = entry
                parent = entry
            name = found.path[len(match.group(0)) :].lstrip(".") or found.path
            leaf = self._item(parent, _field_label(name), found.path)
            leaf.setText(1, found.value)
            leaf.setData(1, _PATH, found.value)
            leaf.setFlags(leaf.flags() | Qt.ItemFlag.ItemIsEditable)
            self._mark(leaf, found.confidence, found.unsure)
        for entry in entries.values():
            children = tree_items.children(entry)
            named = [c for c in children if "date" not in str(c.data(0, _PATH)).lower()] or children
            summary = " \u00b7 ".join(c.text(1) for c in named[:2])
            entry.setText(1, summary)
            worst = min(_sure(c) for c in children)
            self._mark(entry, worst, worst < 0.7)
        order = list(_SECTIONS)
        items = self.tree.invisibleRootItem().takeChildren()
        items.sort(key=lambda i: order.index(i.data(0, _KEY)) if i.data(0, _KEY) in order else 99)
        self.tree.addTopLevelItems(items)
        for entry in entries.values():
            if entry.childCount() == 1:
                self._fold(entry)
        self.tree.expandAll()
        for entry in entries.values():
            if entry.childCount() > 4 and _sure(entry) >= 0.7:
                entry.setExpanded(False)
        self.tree.resizeColumnToContents(0)

    def _item(self, parent, label: str, path: str | None) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [label])
        item.setData(0, _PATH, path)
        item.setFlags(
            item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate
        )
        item.setCheckState(0, Qt.CheckState.Checked)
        return item

    def _fold(self, entry: QTreeWidgetItem) -> None:
        """Show an entry with one field (a skill's name) as one row."""
        child = entry.takeChild(0)
        assert child is not None  # called for entries with one field
        entry.setData(0, _KEY, entry.data(0, _PATH))
        entry.setData(0, _PATH, child.data(0, _PATH))
        entry.setText(1, child.text(1))
        entry.setData(1, _PATH, child.data(1, _PATH))
        entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsEditable)

    def _mark(self, item: QTreeWidgetItem, confidence: float, unsure: bool) -> None:
        item.setText(2, f"{confidence:.0%}")
        item.setData(2, _PATH, confidence)
        if unsure:
            for column in range(3):
                item.setBackground(column, colour("slot"))
                item.setForeground(column, colour("slot_text"))
            item.setToolTip(
                2, self.tr("The reader is unsure of this one: check it against the source.")
            )

    # -- slots ------------------------------------------------------------------------------------

    @Slot()
    def _on_buttons_accepted(self) -> None:
        try:
            resume = self.reviewed_resume()
        except ReviewError as exc:
            self.error_label.setText(self.tr("Fix this first: {error}").format(error=exc))
            self.error_label.show()
            return
        name = self.version_edit.text().strip() if self.version_radio.isChecked() else None
        fallback = self.tr("Imported") if name is not None else None
        self._choice = ReviewChoice(resume, name or fallback)
        self.accept()

    @Slot()
    def _on_merge_button_clicked(self) -> None:
        item = self.tree.currentItem()
        above = self._entry_above(item)
        if item is None or above is None:
            return
        source, target = _entry_path(item), _entry_path(above)
        if source is None or target is None:  # _entry_above pairs entries only
            return
        self._merges.append((source, target))
        above.setText(1, f"{above.text(1)} (+ {item.text(0)})")
        item.setHidden(True)
        self.tree.setCurrentItem(above)

    def _entry_above(self, item: QTreeWidgetItem | None) -> QTreeWidgetItem | None:
        """The visible entry just above ``item`` in its section, if ``item`` is an entry."""
        parent = item.parent() if item is not None else None
        if item is None or parent is None or parent.parent() is not None or not _entry_path(item):
            return None
        for index in range(parent.indexOfChild(item) - 1, -1, -1):
            sibling = parent.child(index)
            if sibling is not None and not sibling.isHidden():
                return sibling
        return None

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_tree_current_item_changed(self, current: QTreeWidgetItem | None, _previous) -> None:
        """Show where the chosen value came from in the source text."""
        self.merge_button.setEnabled(self._entry_above(current) is not None)
        if current is not None and current.childCount():
            current = current.child(0)
        if current is None or not current.text(1):
            return
        words = current.text(1).split()
        for length in (len(words), min(len(words), 4), 1):
            needle = " ".join(words[:length])
            self.source_view.moveCursor(QTextCursor.MoveOperation.Start)
            if needle and self.source_view.find(needle, QTextDocument.FindFlag(0)):
                return


def _field_label(name: str) -> str:
    """``startDate`` -> "Start date", ``highlights[2]`` -> "Bullet 3"."""
    match = re.match(r"^highlights\[(\d+)\]$", name)
    if match:
        bullet = QCoreApplication.translate("ImportReviewDialog", "Bullet {number}")
        return bullet.format(number=int(match.group(1)) + 1)
    name = re.sub(r"\[(\d+)\]", lambda m: f" {int(m.group(1)) + 1}", name).replace(".", " ")
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name).lower()
    return QCoreApplication.translate("ImportReviewDialog", words[:1].upper() + words[1:])


def _entry_path(item: QTreeWidgetItem) -> str | None:
    """``work[1]`` for a job's row (folded or not); None for sections and fields."""
    for value in (item.data(0, _KEY), item.data(0, _PATH)):
        if isinstance(value, str) and re.fullmatch(r"\w+\[\d+\]", value):
            return value
    return None


def _sure(item: QTreeWidgetItem) -> float:
    value = item.data(2, _PATH)
    return float(value) if value is not None else 1.0
