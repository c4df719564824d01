"""Tailored versions: list, make, copy, rename, delete and switch the resume's versions.

Each action runs a pure function from :mod:`resume_builder.versions` and puts its result in the
document through ``document.apply``, so every step is undoable. Version errors are shown, not
raised.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from resume_builder.errors import UserError
from resume_builder.logs import record_unexpected
from resume_builder.models import Resume
from resume_builder.ui import dialogs
from resume_builder.ui.accessibility import name_inputs
from resume_builder.ui.document import ResumeDocument
from resume_builder.ui.icons import set_icon
from resume_builder.versions import (
    delete_version,
    duplicate_version,
    new_version,
    rename_version,
    switch_version,
    version_names,
)

_NAME_ROLE = Qt.ItemDataRole.UserRole


MIN_DIALOG_WIDTH = 420
"""Wide enough for a version name and the title in the title bar."""


class VersionNameDialog(QDialog):
    """Ask for a version name and, when making a new version, an optional job posting."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        name: str = "",
        *,
        with_posting: bool = False,
    ) -> None:
        """Build the form; ``with_posting`` adds a box for the posting text."""
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(MIN_DIALOG_WIDTH)
        self._name_edit = QLineEdit(name, self)
        self._name_edit.setPlaceholderText(self.tr("e.g. the employer or the job title"))
        self._name_edit.selectAll()  # typing replaces the proposed name
        self._posting_edit: QPlainTextEdit | None = None
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Name:"), self._name_edit)
        if with_posting:
            self._posting_edit = QPlainTextEdit(self)
            self._posting_edit.setPlaceholderText(
                self.tr("Optional: paste the job posting it targets")
            )
            form.addRow(self.tr("&Posting:"), self._posting_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        name_inputs(self)
        self._name_edit.setFocus()

    def values(self) -> tuple[str, str | None]:
        """The name typed and the posting (``None`` when empty or not asked)."""
        posting = self._posting_edit.toPlainText().strip() if self._posting_edit else ""
        return self._name_edit.text().strip(), posting or None

    @classmethod
    def get_name(
        cls,
        parent: QWidget | None,
        title: str,
        name: str = "",
        *,
        with_posting: bool = False,
    ) -> tuple[tuple[str, str | None], bool]:
        """Show the dialog; returns ``((name, posting), accepted)``. Tests patch this."""
        dialog = cls(parent, title, name, with_posting=with_posting)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.values(), accepted


class VersionsPanel(QWidget):
    """The resume's tailored versions, the active one in bold.

    Signals:
        version_switched(str): the name of the version now active (after switch, new, delete).
    """

    version_switched = Signal(str)

    def __init__(self, document: ResumeDocument, parent: QWidget | None = None) -> None:
        """Build the panel over ``document``."""
        super().__init__(parent)
        self._document = document
        self._list = QListWidget(self)
        self._list.setToolTip(self.tr("Double-click a version to edit it"))
        self._new_button = QPushButton(self.tr("New\u2026"), self)
        self._duplicate_button = QPushButton(self.tr("Duplicate\u2026"), self)
        self._rename_button = QPushButton(self.tr("Rename\u2026"), self)
        self._delete_button = QPushButton(self.tr("Delete"), self)
        self._switch_button = QPushButton(self.tr("Edit this version"), self)
        set_icon(self._new_button, "plus")
        set_icon(self._duplicate_button, "copy")
        set_icon(self._delete_button, "trash-2")
        hint = QLabel(
            self.tr(
                "Keep one version per job posting. Contact details are shared by all versions."
            ),
            self,
        )
        hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Versions</b>"), self))
        layout.addWidget(hint)
        layout.addWidget(self._list, 1)
        row = QHBoxLayout()
        for button in (self._new_button, self._duplicate_button, self._rename_button):
            row.addWidget(button)
        layout.addLayout(row)
        row2 = QHBoxLayout()
        row2.addWidget(self._switch_button)
        row2.addWidget(self._delete_button)
        layout.addLayout(row2)

        self._new_button.clicked.connect(self._on_new_button_clicked)
        self._duplicate_button.clicked.connect(self._on_duplicate_button_clicked)
        self._rename_button.clicked.connect(self._on_rename_button_clicked)
        self._delete_button.clicked.connect(self._on_delete_button_clicked)
        self._switch_button.clicked.connect(self._on_switch_button_clicked)
        self._list.itemDoubleClicked.connect(self._on_list_item_double_clicked)
        self._list.currentItemChanged.connect(self._on_list_current_item_changed)
        self._document.resume_changed.connect(self._on_document_resume_changed)
        self._fill()

    # -- public --------------------------------------------------------------------------------

    def names(self) -> list[str]:
        """The version names as listed (the active one first)."""
        return [self._list.item(i).data(_NAME_ROLE) for i in range(self._list.count())]

    def selected_name(self) -> str:
        """The selected version, or the active one when nothing is selected."""
        item = self._list.currentItem()
        if item is None:
            return self._document.resume.settings.active_version
        return str(item.data(_NAME_ROLE))

    def select(self, name: str) -> None:
        """Select the version called ``name`` in the list."""
        for i in range(self._list.count()):
            if self._list.item(i).data(_NAME_ROLE) == name:
                self._list.setCurrentRow(i)
                return

    def new_version(self) -> None:
        """Ask for a name (and posting) and make a new version from the active one."""
        (name, posting), ok = VersionNameDialog.get_name(
            self, self.tr("New version"), "", with_posting=True
        )
        if ok:
            self._run(
                self.tr("New version {name}").format(name=name),
                lambda r: new_version(r, name, posting=posting),
            )

    def duplicate_version(self) -> None:
        """Ask for a name and copy the selected version under it."""
        source = self.selected_name()
        (name, _), ok = VersionNameDialog.get_name(
            self, self.tr("Duplicate version"), self.tr("{name} copy").format(name=source)
        )
        if ok:
            self._run(
                self.tr("Duplicate version {name}").format(name=source),
                lambda r: duplicate_version(r, source, name),
            )

    def rename_version(self) -> None:
        """Ask for a new name for the selected version."""
        old = self.selected_name()
        (name, _), ok = VersionNameDialog.get_name(self, self.tr("Rename version"), old)
        if ok:
            self._run(
                self.tr("Rename version {name}").format(name=old),
                lambda r: rename_version(r, old, name),
            )

    def delete_version(self) -> None:
        """Delete the selected version (undoable, so no confirmation)."""
        name = self.selected_name()
        self._run(
            self.tr("Delete version {name}").format(name=name), lambda r: delete_version(r, name)
        )

    def switch_version(self, name: str | None = None) -> None:
        """Make ``name`` (default: the selected version) the one being edited."""
        target = name or self.selected_name()
        self._run(
            self.tr("Switch to version {name}").format(name=target),
            lambda r: switch_version(r, target),
        )

    # -- internals -----------------------------------------------------------------------------

    def _run(self, description: str, action: Callable[[Resume], Resume]) -> None:
        before = self._document.resume.settings.active_version
        try:
            result = action(self._document.resume)
        except Exception as exc:  # noqa: BLE001 - the error boundary of the version actions
            message = str(exc) if isinstance(exc, UserError) else record_unexpected(exc, "do that")
            dialogs.show_error(self, self.tr("Versions"), message)
            return
        self._document.replace(description, result)
        after = self._document.resume.settings.active_version
        self.select(after)
        if after != before:
            self.version_switched.emit(after)

    def _fill(self) -> None:
        selected = self._list.currentItem().data(_NAME_ROLE) if self._list.currentItem() else None
        resume = self._document.resume
        active = resume.settings.active_version
        self._list.blockSignals(True)
        self._list.clear()
        for name in version_names(resume):
            shown = self.tr("{name}  (editing)").format(name=name) if name == active else name
            item = QListWidgetItem(shown)
            item.setData(_NAME_ROLE, name)
            if name == active:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            self._list.addItem(item)
        self._list.blockSignals(False)
        names = self.names()
        self.select(selected if selected in names else active)
        self._update_buttons()

    def _update_buttons(self) -> None:
        name = self.selected_name()
        self._delete_button.setEnabled(self._list.count() > 1)
        self._switch_button.setEnabled(name != self._document.resume.settings.active_version)

    @Slot()
    def _on_document_resume_changed(self) -> None:
        self._fill()

    @Slot()
    def _on_new_button_clicked(self) -> None:
        self.new_version()

    @Slot()
    def _on_duplicate_button_clicked(self) -> None:
        self.duplicate_version()

    @Slot()
    def _on_rename_button_clicked(self) -> None:
        self.rename_version()

    @Slot()
    def _on_delete_button_clicked(self) -> None:
        self.delete_version()

    @Slot()
    def _on_switch_button_clicked(self) -> None:
        self.switch_version()

    @Slot(QListWidgetItem)
    def _on_list_item_double_clicked(self, item: QListWidgetItem) -> None:
        self.switch_version(str(item.data(_NAME_ROLE)))

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_list_current_item_changed(self, _current, _previous) -> None:
        self._update_buttons()
