"""Import in the window: pick a file (or paste text), read it, review it, then open or add it.

Reading is bounded (ten pages, a few megabytes) and takes well under a second, so it runs on
the UI thread; the review dialog decides what lands. Hooks in the main window call
:func:`import_resume`, :func:`import_pasted_text` and :func:`open_pdf`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from resume_builder.errors import UserError
from resume_builder.ui import dialogs

if TYPE_CHECKING:
    from resume_builder.importing import ImportResult
    from resume_builder.ui.main_window import MainWindow

IMPORT_FILTER = (
    "Resumes (*.pdf *.docx *.txt *.zip *.json);;PDF (*.pdf);;Word (*.docx);;Text (*.txt);;"
    "LinkedIn data export (*.zip);;JSON Resume (*.json)"
)


class PasteTextDialog(QDialog):
    """A box to paste a resume's text into."""

    def __init__(self, parent: QWidget | None) -> None:
        """An empty box and Read / Cancel."""
        super().__init__(parent)
        self.setWindowTitle("Paste your resume")
        self.resize(640, 560)
        label = QLabel("Paste the text of your resume (from a web page, an email or another app).")
        label.setWordWrap(True)
        self.text_edit = QPlainTextEdit()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton("Read it", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.text_edit)
        layout.addWidget(buttons)

    @classmethod
    def get_text(cls, parent: QWidget | None) -> tuple[str, bool]:
        """Show the dialog; returns ``(text, accepted)``."""
        dialog = cls(parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        text = dialog.text_edit.toPlainText()
        return text, accepted and bool(text.strip())


def install(window: MainWindow) -> None:
    """Add File > Import from Pasted Text after Import, and the embedded-data switch by Export.

    The switch is the resume's ``embed_data`` setting, saved with it: exported PDFs carry the
    resume's JSON (to reopen them exactly) unless it is off.
    """
    menu = window.menuBar().actions()[0].menu()
    paste = QAction("Import from Pasted &Text\u2026", window)
    actions = menu.actions()
    menu.insertAction(actions[actions.index(window.import_action) + 1], paste)
    paste.triggered.connect(lambda: import_pasted_text(window))
    window.import_text_action = paste

    embed = QAction("Let Exported PDFs Reopen for E&diting", window)
    embed.setCheckable(True)
    embed.setToolTip(
        "Exported PDFs carry this resume's data as an attached file, so opening the PDF in this "
        "app brings the resume back exactly. Turn off to leave it out."
    )
    actions = menu.actions()
    menu.insertAction(actions[actions.index(window.export_other_action) + 1], embed)
    window.embed_data_action = embed

    def sync() -> None:
        embed.setChecked(window.document.resume.settings.embed_data)
        embed.setEnabled(window.export_action.isEnabled())

    def toggled(checked: bool) -> None:
        if checked != window.document.resume.settings.embed_data:
            window.document.apply(
                "Include resume data in PDFs" if checked else "Leave resume data out of PDFs",
                lambda resume: setattr(resume.settings, "embed_data", checked),
            )

    embed.toggled.connect(toggled)
    window.document.resume_changed.connect(sync)
    window.export_action.changed.connect(sync)
    sync()


def get_import_path(parent: QWidget | None, folder: Path) -> tuple[Path | None, bool]:
    """Ask for a file to import; ``(None, False)`` when cancelled."""
    chosen, _ = QFileDialog.getOpenFileName(
        parent, "Import a resume (PDF, Word, text, LinkedIn)", str(folder), IMPORT_FILTER
    )
    return (Path(chosen), True) if chosen else (None, False)


def import_resume(window: MainWindow, path: Path | None = None) -> bool:
    """Import ``path`` (asks for a file when None) through the review; True if it landed."""
    if path is None:
        folder = window.document.path.parent if window.document.path else Path.home()
        path, accepted = get_import_path(window, folder)
        if not accepted or path is None:
            return False
    from resume_builder.importing import import_file  # the readers load on first import

    result = _read(window, lambda: import_file(path))
    return result is not None and _review(window, result, version_name=f"From {path.name}")


def import_pasted_text(window: MainWindow) -> bool:
    """Read pasted text through the review; True if it landed."""
    from resume_builder.importing.text_reader import import_text

    text, accepted = PasteTextDialog.get_text(window)
    if not accepted:
        return False
    result = _read(window, lambda: import_text(text))
    return result is not None and _review(window, result, version_name="Pasted text")


def open_pdf(window: MainWindow, path: Path) -> bool:
    """File > Open on a PDF: ours reopens exactly (Save then asks where); others are imported."""
    from resume_builder.importing import import_file

    result = _read(window, lambda: import_file(path))
    if result is None:
        return False
    if result.kind != "resume-pdf":
        return _review(window, result, version_name=f"From {path.name}")
    return window.open_imported(result.resume)


def _read(window: MainWindow, read) -> ImportResult | None:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return read()
    except UserError as exc:
        dialogs.show_error(window, "Could not import the resume", str(exc))
        return None
    finally:
        QApplication.restoreOverrideCursor()


def _review(window: MainWindow, result: ImportResult, *, version_name: str) -> bool:
    from resume_builder.importing.review import add_as_version
    from resume_builder.ui.import_review import ImportReviewDialog

    editing = window.is_editing()
    choice, accepted = ImportReviewDialog.review(
        window, result, can_add_version=editing, version_name=version_name
    )
    if not accepted or choice is None:
        return False
    if choice.version_name is None:
        return window.open_imported(choice.resume)
    try:
        merged = add_as_version(window.document.resume, choice.resume, choice.version_name)
    except UserError as exc:
        dialogs.show_error(window, "Could not add the version", str(exc))
        return False
    window.document.replace(f"Import as version \u201c{choice.version_name}\u201d", merged)
    return True
