"""Import in the window: pick a file (or paste text), read it, review it, then open or add it.

Reading is bounded (ten pages, a few megabytes) but can take a second on a slow machine, so it
runs on the thread pool (:class:`ImportJob`), with a progress dialog if it takes a moment; the
review dialog then decides what lands. Hooks in the main window call :func:`import_resume`,
:func:`import_pasted_text` and :func:`open_pdf`; each returns the running job (also kept as the
window's ``import_job``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from resume_builder.errors import UserError
from resume_builder.logs import record_unexpected
from resume_builder.ui import dialogs
from resume_builder.ui.background import LatestTask
from resume_builder.ui_text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from resume_builder.importing import ImportResult
    from resume_builder.ui.main_window import MainWindow

translate = QCoreApplication.translate

PROGRESS_DELAY_MS = 400
"""A read that ends sooner shows no progress dialog (no flash for a small file)."""

IMPORT_FILTER = QT_TRANSLATE_NOOP(
    "importing_ui",
    "Resumes (*.pdf *.docx *.txt *.zip *.json);;PDF (*.pdf);;Word (*.docx);;Text (*.txt);;"
    "LinkedIn data export (*.zip);;JSON Resume (*.json)",
)


class PasteTextDialog(QDialog):
    """A box to paste a resume's text into."""

    def __init__(self, parent: QWidget | None) -> None:
        """An empty box and Read / Cancel."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paste your resume"))
        self.resize(640, 560)
        label = QLabel(
            self.tr("Paste the text of your resume (from a web page, an email or another app).")
        )
        label.setWordWrap(True)
        self.text_edit = QPlainTextEdit()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("Read it"), QDialogButtonBox.ButtonRole.AcceptRole)
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
    assert isinstance(menu, QMenu)  # the File menu (PySide6's stubs type menu() as QObject)
    paste = QAction(translate("importing_ui", "Import from Pasted &Text\u2026"), window)
    actions = menu.actions()
    menu.insertAction(actions[actions.index(window.import_action) + 1], paste)
    paste.triggered.connect(lambda: import_pasted_text(window))
    window.import_text_action = paste

    embed = QAction(translate("importing_ui", "Let Exported PDFs Reopen for E&diting"), window)
    embed.setCheckable(True)
    embed.setToolTip(
        translate(
            "importing_ui",
            "Exported PDFs carry this resume's data as an attached file, so opening the PDF in "
            "this app brings the resume back exactly. Turn off to leave it out.",
        )
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
                translate("importing_ui", "Include resume data in PDFs")
                if checked
                else translate("importing_ui", "Leave resume data out of PDFs"),
                lambda resume: setattr(resume.settings, "embed_data", checked),
            )

    embed.toggled.connect(toggled)
    window.document.resume_changed.connect(sync)
    embed.destroyed.connect(lambda: _disconnect(window.document.resume_changed, sync))
    window.export_action.changed.connect(sync)
    sync()


def _disconnect(signal, slot) -> None:
    """Let go of a menu's slot: the document outlives the menu (a language switch rebuilds it)."""
    with contextlib.suppress(RuntimeError):  # at exit the document may be gone first
        signal.disconnect(slot)


def get_import_path(parent: QWidget | None, folder: Path) -> tuple[Path | None, bool]:
    """Ask for a file to import; ``(None, False)`` when cancelled."""
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        translate("importing_ui", "Import a resume (PDF, Word, text, LinkedIn)"),
        str(folder),
        translate("importing_ui", IMPORT_FILTER),
    )
    return (Path(chosen), True) if chosen else (None, False)


class ImportJob(QObject):
    """Reads a resume on the thread pool, then hands the result to ``then`` on the UI thread.

    A window-modal progress dialog shows if the read takes a moment; Cancel drops the result.
    ``finished(landed)`` says whether the import changed the document.
    """

    finished = Signal(bool)

    def __init__(
        self,
        window: MainWindow,
        read: Callable[[], ImportResult],
        what: str,
        then: Callable[[ImportResult], bool],
    ) -> None:
        """Start reading at once; ``what`` names the source in the progress dialog."""
        super().__init__(window)
        self._window = window
        self._then = then
        self._done = False
        reading = self.tr("Reading {what}\u2026").format(what=what)
        self._progress = QProgressDialog(reading, self.tr("Cancel"), 0, 0, window)
        self._progress.setWindowTitle(self.tr("Import"))
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(PROGRESS_DELAY_MS)
        self._progress.setAutoClose(False)
        self._progress.setAutoReset(False)
        self._progress.canceled.connect(self._on_progress_canceled)
        self._progress.setValue(0)  # starts Qt's own clock: shown if the read outlasts the delay
        self._task = LatestTask(self)
        self._task.finished.connect(self._on_task_finished)
        self._task.failed.connect(self._on_task_failed)
        self._task.start(read)

    @property
    def is_done(self) -> bool:
        """Whether the job has ended (landed, refused, failed or cancelled)."""
        return self._done

    def _end(self, landed: bool) -> None:
        self._progress.reset()
        self._progress.deleteLater()
        self._done = True
        self.finished.emit(landed)

    @Slot(object)
    def _on_task_finished(self, result: ImportResult) -> None:
        if self._done:  # cancelled
            return
        self._progress.reset()
        self._end(self._then(result))

    @Slot(object)
    def _on_task_failed(self, exc: BaseException) -> None:
        if self._done:
            return
        self._progress.reset()
        message = str(exc) if isinstance(exc, UserError) else record_unexpected(exc, "import")
        dialogs.show_error(self._window, self.tr("Could not import the resume"), message)
        self._end(False)

    @Slot()
    def _on_progress_canceled(self) -> None:
        if not self._done:  # the read goes on in the background; its result is dropped
            self._end(False)


def _start(
    window: MainWindow,
    read: Callable[[], ImportResult],
    what: str,
    then: Callable[[ImportResult], bool],
) -> ImportJob:
    job = ImportJob(window, read, what, then)
    window.import_job = job
    return job


def import_resume(window: MainWindow, path: Path | None = None) -> ImportJob | None:
    """Import ``path`` (asks for a file when None) through the review; None if none was chosen."""
    if path is None:
        folder = window.document.path.parent if window.document.path else Path.home()
        path, accepted = get_import_path(window, folder)
        if not accepted or path is None:
            return None
    from resume_builder.importing import import_file  # the readers load on first import

    chosen = path
    name = translate("importing_ui", "From {name}").format(name=chosen.name)
    return _start(
        window,
        lambda: import_file(chosen),
        chosen.name,
        lambda result: _review(window, result, version_name=name),
    )


def import_pasted_text(window: MainWindow) -> ImportJob | None:
    """Read pasted text through the review; None if nothing was pasted."""
    from resume_builder.importing.text_reader import import_text

    text, accepted = PasteTextDialog.get_text(window)
    if not accepted:
        return None
    return _start(
        window,
        lambda: import_text(text),
        translate("importing_ui", "the pasted text"),
        lambda result: _review(
            window, result, version_name=translate("importing_ui", "Pasted text")
        ),
    )


def open_pdf(window: MainWindow, path: Path) -> ImportJob:
    """File > Open on a PDF: ours reopens exactly (Save then asks where); others are imported."""
    from resume_builder.importing import import_file

    def then(result: ImportResult) -> bool:
        if result.kind != "resume-pdf":
            name = translate("importing_ui", "From {name}").format(name=path.name)
            return _review(window, result, version_name=name)
        return window.open_imported(result.resume)

    return _start(window, lambda: import_file(path), path.name, then)


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
        dialogs.show_error(window, translate("importing_ui", "Could not add the version"), str(exc))
        return False
    description = translate("importing_ui", "Import as version \u201c{name}\u201d")
    window.document.replace(description.format(name=choice.version_name), merged)
    return True
