"""Export to PDF and print, with feedback while the worker renders and plain words when it fails.

Both render in the worker (the UI process never imports WeasyPrint) and return at once with a
job object whose signals report the outcome, so the window stays responsive throughout.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QIODevice,
    QObject,
    QRectF,
    QSize,
    Qt,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import QDesktopServices, QGuiApplication, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QProgressDialog, QWidget

from resume_builder.errors import ResumeFileError
from resume_builder.models import Resume, display_name
from resume_builder.storage import atomic_write_bytes
from resume_builder.ui.render_worker import RenderKind, RenderResult, RenderService

if TYPE_CHECKING:
    from resume_builder.ui.document import ResumeDocument

logger = logging.getLogger(__name__)

PRINT_DPI = 300
"""Pages are rasterised at most at this resolution: sharp on paper, modest in memory."""
PROGRESS_DELAY_MS = 500
"""The progress window only appears if the render takes longer than this."""


def _file_safe(text: str) -> str:
    text = re.sub(r'[\\/:*?"<>|\r\n\t]+', " ", text.strip())
    return re.sub(r"\s+", " ", text).strip(" .")


def suggested_file_name(resume: Resume, suffix: str = ".pdf") -> str:
    """A file name recruiters can file: "Maria Lopez - Resume.pdf".

    A tailored version adds its name ("Maria Lopez - Resume (Coder job).pdf"), so exports of
    two versions never overwrite each other.
    """
    name = _file_safe(resume.basics.name or "")
    stem = f"{name} - Resume" if name else "Resume"
    version = _file_safe(resume.settings.active_version or "")
    if resume.settings.versions and version:
        stem += f" ({version})"
    return stem + suffix


def suggested_export_path(document: ResumeDocument) -> Path:
    """Beside the resume file when there is one, otherwise in the user's documents folder."""
    path = getattr(document, "path", None)
    folder = Path(path).parent if path else _documents_folder()
    return folder / suggested_file_name(document.resume)


def open_folder(folder: Path) -> bool:
    """Show ``folder`` in the system's file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def _documents_folder() -> Path:
    from PySide6.QtCore import QStandardPaths

    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


class _RenderJob(QObject):
    """One PDF render in the worker, with a busy cursor and a delayed progress window."""

    failed = Signal(str)
    kind = RenderKind.PDF
    """What to render: the resume; a subclass may ask for the cover letter."""

    def __init__(
        self,
        parent: QWidget | None,
        document: ResumeDocument,
        render_service: RenderService,
        progress_text: str,
    ) -> None:
        super().__init__(parent)
        self._parent_widget = parent
        self._document = document
        self._service = render_service
        self._progress_text = progress_text
        self._job_id: int | None = None
        self._progress: QProgressDialog | None = None
        self._cursor_set = False
        self.message_box: QMessageBox | None = None
        """The last message shown to the user (tests read and close it)."""

    @property
    def is_running(self) -> bool:
        """Whether the worker is still rendering for this job."""
        return self._job_id is not None

    def start(self) -> None:
        """Ask the worker for the PDF and show that something is happening."""
        self._service.finished.connect(self._on_service_finished)
        self._service.failed.connect(self._on_service_failed)
        self._job_id = self._service.request(self.kind, self._document.resume.to_json_dict())
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self._cursor_set = True
        self._progress = QProgressDialog(
            self._progress_text, self.tr("Cancel"), 0, 0, self._parent_widget
        )
        self._progress.setWindowTitle(self.tr("Please wait"))
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(PROGRESS_DELAY_MS)
        self._progress.setAutoClose(False)
        self._progress.setAutoReset(False)
        self._progress.canceled.connect(self._on_progress_canceled)
        self._progress.setValue(0)

    def _end_feedback(self) -> None:
        self._job_id = None
        try:
            self._service.finished.disconnect(self._on_service_finished)
            self._service.failed.disconnect(self._on_service_failed)
        except (RuntimeError, TypeError):
            pass
        if self._cursor_set:
            QGuiApplication.restoreOverrideCursor()
            self._cursor_set = False
        if self._progress is not None:
            self._progress.canceled.disconnect(self._on_progress_canceled)
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

    def _show_message(
        self, icon: QMessageBox.Icon, title: str, text: str, detail: str = ""
    ) -> QMessageBox:
        """Window-modal but not blocking: the caller returns and tests can find the box."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self._parent_widget)
        if detail:
            box.setInformativeText(detail)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.message_box = box
        box.open()
        return box

    def _fail(self, text: str, detail: str = "") -> None:
        self._show_message(QMessageBox.Icon.Warning, self.tr("Something went wrong"), text, detail)
        self.failed.emit(f"{text} {detail}".strip())

    def _handle_pdf(self, result: RenderResult) -> None:
        raise NotImplementedError

    @Slot(int, object)
    def _on_service_finished(self, job_id: int, result: RenderResult) -> None:
        if job_id != self._job_id:
            return
        self._end_feedback()
        self._handle_pdf(result)

    @Slot(int, str)
    def _on_service_failed(self, job_id: int, message: str) -> None:
        if job_id != self._job_id:
            return
        self._end_feedback()
        self._fail(self.tr("The PDF could not be created."), message)

    @Slot()
    def _on_progress_canceled(self) -> None:
        logger.info("render for %s cancelled by the user", type(self).__name__)
        self._end_feedback()


class ExportJob(_RenderJob):
    """Renders the PDF in the worker and writes it atomically to ``path``."""

    finished = Signal(object)
    """The ``Path`` written."""

    def __init__(
        self,
        parent: QWidget | None,
        document: ResumeDocument,
        render_service: RenderService,
        path: Path,
    ) -> None:
        """Prepare an export of the document's current resume to ``path``."""
        text = QCoreApplication.translate("ExportJob", "Creating your PDF\u2026")
        super().__init__(parent, document, render_service, text)
        self.path = path

    def _handle_pdf(self, result: RenderResult) -> None:
        try:
            atomic_write_bytes(self.path, result.data)
        except ResumeFileError as exc:
            reason = exc.problem.removeprefix("could not be saved: ").rstrip(".")
            self._fail(
                self.tr("The PDF could not be saved as \u201c{name}\u201d.").format(
                    name=self.path.name
                ),
                f"{reason[:1].upper()}{reason[1:]}.\n"
                + self.tr("Folder: {folder}").format(folder=self.path.parent),
            )
            return
        except OSError as exc:  # e.g. the path names a folder that vanished mid-way
            self._fail(
                self.tr("The PDF could not be saved as \u201c{name}\u201d.").format(
                    name=self.path.name
                ),
                str(exc),
            )
            return
        count = result.page_count
        pages = self.tr("1 page") if count == 1 else self.tr("%n pages", "", count)
        box = self._show_message(
            QMessageBox.Icon.Information,
            self.tr("PDF saved"),
            self.tr("Your resume was saved as \u201c{name}\u201d ({pages}).").format(
                name=self.path.name, pages=pages
            ),
            self.tr("Folder: {folder}").format(folder=self.path.parent),
        )
        open_button = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        open_button.clicked.connect(lambda: open_folder(self.path.parent))
        logger.info("exported %s (%d pages)", self.path, result.page_count)
        self.finished.emit(self.path)


class PrintJob(_RenderJob):
    """Renders the PDF in the worker, then paints its pages onto ``printer``."""

    finished = Signal(int)
    """Pages printed."""

    def __init__(
        self,
        parent: QWidget | None,
        document: ResumeDocument,
        render_service: RenderService,
        printer: QPrinter,
    ) -> None:
        """Prepare to print the document's current resume on ``printer`` (already set up)."""
        text = QCoreApplication.translate("PrintJob", "Preparing your resume for printing\u2026")
        super().__init__(parent, document, render_service, text)
        self.printer = printer

    def _handle_pdf(self, result: RenderResult) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # about 0.2 s a page
        try:
            pages = paint_pdf(result.data, self.printer)
        except RuntimeError as exc:
            self._fail(self.tr("The resume could not be printed."), str(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        logger.info("printed %d pages", pages)
        self.finished.emit(pages)


def paint_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Rasterise each page of ``pdf`` (at most ``PRINT_DPI``) onto ``printer``; return the pages.

    Raises:
        RuntimeError: the PDF cannot be read or the printer cannot be opened.
    """
    document = QPdfDocument()
    buffer = QBuffer(document)
    buffer.setData(pdf)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.error() != QPdfDocument.Error.None_ or document.pageCount() == 0:
        raise RuntimeError(
            QCoreApplication.translate("exporting_ui", "The rendered PDF could not be read.")
        )
    try:
        printer.setFullPage(True)
        painter = QPainter()
        if not painter.begin(printer):
            raise RuntimeError(
                QCoreApplication.translate(
                    "exporting_ui", "The printer could not be opened. Check that it is connected."
                )
            )
        try:
            dpi = min(printer.resolution(), PRINT_DPI)
            target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            for index in range(document.pageCount()):
                if index:
                    printer.newPage()
                points = document.pagePointSize(index)
                size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                image = document.render(index, size)
                scale = min(target.width() / size.width(), target.height() / size.height())
                width, height = size.width() * scale, size.height() * scale
                painter.drawImage(
                    QRectF(target.x() + (target.width() - width) / 2, target.y(), width, height),
                    image,
                )
        finally:
            painter.end()
        return document.pageCount()
    finally:
        document.close()


def prepare_printer(printer: QPrinter, resume: Resume) -> None:
    """Set the paper the resume was laid out for, portrait, and a document name for the queue."""
    page_id = (
        QPageSize.PageSizeId.A4 if resume.settings.paper == "a4" else QPageSize.PageSizeId.Letter
    )
    printer.setPageSize(QPageSize(page_id))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setDocName(display_name(resume.basics) or "Resume")


def export_pdf_with_feedback(
    parent: QWidget | None,
    document: ResumeDocument,
    render_service: RenderService,
    path: str | Path | None = None,
) -> ExportJob | None:
    """Ask where to save (unless ``path`` is given), then export the PDF in the worker.

    Returns the running job (its ``finished(Path)`` / ``failed(str)`` signals report the end),
    or ``None`` when the user cancels the file dialog.
    """
    if path is None:
        chosen, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("exporting_ui", "Export PDF"),
            str(suggested_export_path(document)),
            QCoreApplication.translate("exporting_ui", "PDF files (*.pdf)"),
        )
        if not chosen:
            return None
        path = chosen
    target = Path(path)
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    job = ExportJob(parent, document, render_service, target)
    job.start()
    return job


def print_resume(
    parent: QWidget | None,
    document: ResumeDocument,
    render_service: RenderService,
    printer: QPrinter | None = None,
) -> PrintJob | None:
    """Show the print dialog (unless a ``printer`` is given), then print the real PDF.

    The printer's page size is set to the resume's paper before the dialog, so the user sees
    (and may change) the right one.

    Returns the running job, or ``None`` when the user cancels the print dialog.
    """
    if printer is None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, document.resume)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(QCoreApplication.translate("exporting_ui", "Print resume"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
    else:
        prepare_printer(printer, document.resume)
    job = PrintJob(parent, document, render_service, printer)
    job.start()
    return job
