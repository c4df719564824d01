"""Every question and message the main window puts to the user, in one small, patchable place.

Tests replace these functions (see ``tests/conftest.py``) so no real modal ever opens; the app
code calls them and gets plain values back. Dialog classes follow the ``(value, accepted)`` class
method pattern for the same reason.
"""

from __future__ import annotations

import html
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from resume_builder.ui_text import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

RESUME_FILTER = QT_TRANSLATE_NOOP("dialogs", "Resume files (*.json);;All files (*)")
OPEN_FILTER = QT_TRANSLATE_NOOP("dialogs", "Resume files (*.json *.pdf);;All files (*)")
"""PDFs made by this app reopen exactly; other PDFs go through the import review."""


class SaveChoice(Enum):
    """The answer to "Save your changes?"."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class InUseChoice(Enum):
    """The answer to "This file is open in another window"."""

    READ_ONLY = "read_only"
    COPY = "copy"
    CANCEL = "cancel"


def ask_file_in_use(parent: QWidget | None, name: str) -> InUseChoice:
    """Another instance is editing ``name``: open it read-only, open a copy, or cancel."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("dialogs", "File in use"),
        translate(
            "dialogs",
            "{name} is open in another Resume Builder window. Only one window can change it at "
            "a time, so that neither loses the other's edits.",
        ).format(name=name),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    read_only = box.addButton(
        translate("dialogs", "Open read-only"), QMessageBox.ButtonRole.AcceptRole
    )
    copy = box.addButton(translate("dialogs", "Open a copy"), QMessageBox.ButtonRole.ActionRole)
    box.setDefaultButton(read_only)
    box.exec()
    if box.clickedButton() is read_only:
        return InUseChoice.READ_ONLY
    if box.clickedButton() is copy:
        return InUseChoice.COPY
    return InUseChoice.CANCEL


def ask_overwrite_changed(parent: QWidget | None, name: str) -> bool:
    """Ask whether to replace a file that another program changed since it was opened."""
    answer = QMessageBox.question(
        parent,
        translate("dialogs", "File changed on disk"),
        translate(
            "dialogs",
            "{name} was changed by another program since you opened it. Replace it with your "
            "version? (Choose No to keep it and save yours under another name.)",
        ).format(name=name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def show_error(parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
    """Tell the user something failed, in plain words; the app carries on."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    if detail:
        box.setInformativeText(detail)
    box.exec()


def about_html(app_title: str, credits: str) -> str:
    """The About text: what the app is, and the data credits the licences ask for."""
    return translate(
        "dialogs",
        "<h3>{title}</h3><p>An offline resume builder for health information professionals. "
        "Your resume never leaves this computer.</p>"
        "<p><b>Field data:</b> O*NET (CC BY 4.0), career pages, BLS.</p><p>{credits}</p>",
    ).format(title=app_title, credits=html.escape(credits))


def show_about(parent: QWidget | None, app_title: str, credits: str) -> None:
    """The About box, crediting O*NET (CC BY 4.0) and the dataset's other sources."""
    title = translate("dialogs", "About {title}").format(title=app_title)
    QMessageBox.about(parent, title, about_html(app_title, credits))


def save_changes_box(parent: QWidget | None, name: str) -> QMessageBox:
    """The Save / Discard / Cancel question, with Alt+S and Alt+D on its buttons."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("dialogs", "Save changes?"),
        translate("dialogs", "Do you want to save the changes to \u201c{name}\u201d?").format(
            name=name
        ),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setInformativeText(
        translate("dialogs", "If you don't save, your changes since the last save are lost.")
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.button(QMessageBox.StandardButton.Save).setText(translate("dialogs", "&Save"))
    box.button(QMessageBox.StandardButton.Discard).setText(translate("dialogs", "&Discard"))
    return box


def ask_save_changes(parent: QWidget | None, name: str) -> SaveChoice:
    """Ask whether to save ``name`` before it is closed: Save, Discard or Cancel."""
    answer = save_changes_box(parent, name).exec()
    if answer == QMessageBox.StandardButton.Save:
        return SaveChoice.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return SaveChoice.DISCARD
    return SaveChoice.CANCEL


def ask_restore(parent: QWidget | None, description: str) -> bool:
    """Offer to bring back work autosaved before the app closed unexpectedly."""
    answer = QMessageBox.question(
        parent,
        translate("dialogs", "Restore unsaved work?"),
        translate(
            "dialogs",
            "The app closed before your last changes were saved.\n\n{description}\n\n"
            "Do you want to restore them?",
        ).format(description=description),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


def get_open_path(parent: QWidget | None, title: str, folder: Path) -> tuple[Path | None, bool]:
    """Ask for a resume file to open; ``(None, False)`` when cancelled."""
    chosen, _ = QFileDialog.getOpenFileName(
        parent, title, str(folder), translate("dialogs", OPEN_FILTER)
    )
    return (Path(chosen), True) if chosen else (None, False)


def get_save_path(parent: QWidget | None, title: str, suggested: Path) -> tuple[Path | None, bool]:
    """Ask where to save; adds ``.json`` when the name has no suffix."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent, title, str(suggested), translate("dialogs", RESUME_FILTER)
    )
    if not chosen:
        return None, False
    path = Path(chosen)
    return (path if path.suffix else path.with_suffix(".json")), True


def get_export_path(
    parent: QWidget | None, suggested: Path, formats: dict[str, str]
) -> tuple[Path | None, bool]:
    """Ask where to export, offering ``formats`` (suffix -> description); adds the suffix."""
    filters = [f"{label} (*.{suffix})" for suffix, label in formats.items()]
    chosen, picked = QFileDialog.getSaveFileName(
        parent, translate("dialogs", "Export as"), str(suggested), ";;".join(filters)
    )
    if not chosen:
        return None, False
    path = Path(chosen)
    if path.suffix.lower().lstrip(".") not in formats:
        index = filters.index(picked) if picked in filters else 0
        path = path.with_name(f"{path.name}.{list(formats)[index]}")
    return path, True


class RolePickerDialog(QDialog):
    """Choose the job the new resume is aimed at (File > New)."""

    def __init__(self, parent: QWidget | None, roles: dict[str, str], current: str) -> None:
        """Offer ``roles`` (id -> title) with ``current`` selected."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("New resume"))
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("Which job is this resume for? Suggestions follow this choice."))
        label.setWordWrap(True)
        layout.addWidget(label)
        self.combo = QComboBox()
        for role_id, title in roles.items():
            self.combo.addItem(title, role_id)
        index = self.combo.findData(current)
        self.combo.setCurrentIndex(max(index, 0))
        layout.addWidget(self.combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
            Qt.Orientation.Horizontal,
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def get_role(
        cls, parent: QWidget | None, roles: dict[str, str], current: str
    ) -> tuple[str, bool]:
        """Show the dialog; returns ``(role_id, accepted)``."""
        dialog = cls(parent, roles, current)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.combo.currentData(), accepted
