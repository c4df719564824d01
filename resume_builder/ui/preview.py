"""The live preview: the real PDF, re-rendered by the worker shortly after each edit.

The pane shows exactly what export writes (same renderer, same bytes), so what the user sees is
what they send.

Timing, tuned with ``bench/bench_preview.py``: an edit is sent to the worker as soon as the event
loop is free (``DEBOUNCE_MS`` = 0 coalesces the edits of one pass, e.g. a file load; a longer
debounce only added its own length to every update, as the worker renders in its own process
and the UI never waits for it). One render is in flight for the pane at a time. Edits made while
it runs are coalesced into one follow-up render of the newest resume, sent as soon as the running
one is shown, so during typing the preview refreshes back to back, each time with everything
typed so far. ``render_now`` (a file opened)
supersedes the running render, whose result is then dropped, as the service drops any job
replaced by a newer request with the same key.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import (
    QBuffer,
    QEvent,
    QIODevice,
    QMargins,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QWheelEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from resume_builder.models import Resume
from resume_builder.ui.icons import set_icon
from resume_builder.ui.render_worker import RenderKind, RenderResult, RenderService
from resume_builder.ui.theme import set_tone

logger = logging.getLogger(__name__)

DEBOUNCE_MS = 0
"""Wait after an edit before rendering: none beyond the current pass of the event loop."""
_BOX_STYLE = (
    "QLabel { background: palette(base); border: 1px solid palette(placeholder-text);"
    " border-radius: 4px; padding: 6px 8px; margin: 0 6px; }"
)
"""A message box over the preview; its text takes the tone's colour (``set_tone``)."""
ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0)


class PreviewPane(QWidget):
    """Shows the resume as the PDF the worker renders, with zoom, page count and a status line.

    Call :meth:`schedule_render` after each edit. The pane emits ``rendered(ms)`` (request to
    display) when a new PDF is shown and ``render_failed(message)`` when a render fails; the error
    is also shown in the pane, above the last good PDF.
    """

    rendered = Signal(float)
    render_failed = Signal(str)

    def __init__(self, render_service: RenderService, parent: QWidget | None = None) -> None:
        """Build the pane; it renders nothing until the first :meth:`schedule_render`."""
        super().__init__(parent)
        self._service = render_service
        self._key = f"preview:{id(self)}"
        self._resume: Resume | None = None
        self._last_edit_at = 0.0
        self._job_id: int | None = None
        self._job_sent_at = 0.0
        self._job_edit_at = 0.0
        self._pending = False
        """The resume changed after the running render was sent: render again when it ends."""
        self._drop_running = False
        """``render_now`` superseded the running render: do not show its result."""
        self._pdf_bytes = b""
        self._kind = RenderKind.PDF
        """What the pane shows: the resume (``PDF``) or its cover letter (``LETTER``)."""
        self._buffer: QBuffer | None = None
        self.last_edit_latency_ms: float | None = None
        """Time from the newest edit included in the shown PDF to its display (for benchmarks)."""

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)

        self._document = QPdfDocument(self)
        self._view = QPdfView(self)
        self._view.setDocument(self._document)
        self._view.setPageMode(QPdfView.PageMode.MultiPage)
        self._view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        # Fit-to-width with a scroll bar that comes and goes can loop for ever (the bar takes
        # width, the page gets shorter, the bar goes, the page gets wider ...): keep it shown.
        self._view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self._view.setPageSpacing(12)
        self._view.setDocumentMargins(QMargins(12, 12, 12, 12))
        self._view.setStyleSheet("QPdfView { background: palette(dark); }")

        self._build_ui()
        self._connect_signals()
        self._show_placeholder(
            self.tr("The preview appears here as soon as the resume is rendered.")
        )

    # -- public -------------------------------------------------------------------------------

    @property
    def page_count(self) -> int:
        """Pages in the PDF on display (0 before the first render)."""
        return self._document.pageCount() if self._pdf_bytes else 0

    @property
    def pdf_bytes(self) -> bytes:
        """The PDF on display, exactly as the worker rendered it."""
        return self._pdf_bytes

    @property
    def status_text(self) -> str:
        """The status line, e.g. "Updated in 120 ms"."""
        return self._status.text()

    @property
    def error_text(self) -> str:
        """The render error on display, or "" when the last render worked."""
        return self._error.text() if not self._error.isHidden() else ""

    @property
    def notice_text(self) -> str:
        """Warnings from the last render (e.g. a missing template was replaced), or ""."""
        return self._notice.text() if not self._notice.isHidden() else ""

    @property
    def is_idle(self) -> bool:
        """Whether nothing more will show: no render running, due, or waiting for a pause."""
        return self._job_id is None and not self._pending and not self._debounce.isActive()

    @property
    def view(self) -> QPdfView:
        """The PDF view (for tests and for keeping scroll position)."""
        return self._view

    @property
    def zoom(self) -> float:
        """The zoom on screen (1.0 = actual size), also while fitting the width."""
        return self._effective_zoom()

    @Slot()
    def zoom_in(self) -> None:
        """One zoom step larger."""
        self._on_zoom_in_clicked()

    @Slot()
    def zoom_out(self) -> None:
        """One zoom step smaller."""
        self._on_zoom_out_clicked()

    @Slot()
    def fit_width(self) -> None:
        """Zoom so the page fills the width of the pane (and follows it)."""
        self._view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._update_zoom_controls()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt virtual
        """Ctrl+wheel over the page zooms, as in browsers and PDF readers."""
        if (
            watched is self._view.viewport()
            and isinstance(event, QWheelEvent)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            delta = event.angleDelta().y()
            if delta > 0:
                self.zoom_in()
            elif delta < 0:
                self.zoom_out()
            return True
        return super().eventFilter(watched, event)

    @Slot(object)
    def schedule_render(self, resume: Resume) -> None:
        """Render ``resume`` soon; call it on every change (see the module notes for timing)."""
        self._resume = resume
        self._last_edit_at = time.perf_counter()
        if self._job_id is not None:
            self._pending = True
            return
        self._debounce.start()

    def render_now(self, resume: Resume) -> None:
        """Render ``resume`` at once, dropping a render still running (e.g. a file was opened)."""
        self._resume = resume
        self._last_edit_at = time.perf_counter()
        if self._job_id is not None:
            self._drop_running = True
        self._flush()

    def show_letter(self, letter: bool) -> None:
        """Show the cover letter (``True``) or the resume in the pane, rendering it at once."""
        kind = RenderKind.LETTER if letter else RenderKind.PDF
        if kind is not self._kind:
            self._kind = kind
            if self._resume is not None:
                self.render_now(self._resume)

    # -- ui -----------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self._fit_button = QToolButton(self)
        self._fit_button.setText(self.tr("Fit width"))
        self._fit_button.setCheckable(True)
        self._fit_button.setChecked(True)
        self._fit_button.setToolTip(self.tr("Zoom so the page fills the width of the pane"))
        self._zoom_out = QToolButton(self)
        self._zoom_out.setText("\u2212")
        self._zoom_out.setToolTip(self.tr("Zoom out (Ctrl+minus, or Ctrl+wheel)"))
        self._zoom_out.setAccessibleName(self.tr("Zoom out"))
        self._zoom_in = QToolButton(self)
        self._zoom_in.setText("+")
        self._zoom_in.setToolTip(self.tr("Zoom in (Ctrl+plus, or Ctrl+wheel)"))
        self._zoom_in.setAccessibleName(self.tr("Zoom in"))
        set_icon(self._fit_button, "unfold-horizontal")
        self._fit_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        set_icon(self._zoom_out, "zoom-out")
        set_icon(self._zoom_in, "zoom-in")
        self._zoom_label = QLabel(self)
        self._zoom_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("000 %") + 4)
        self._zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._pages_label = QLabel(self)
        self._pages_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        toolbar = QHBoxLayout()
        toolbar.setContentsMargins(6, 4, 6, 4)
        toolbar.setSpacing(4)
        toolbar.addWidget(self._fit_button)
        toolbar.addSpacing(6)
        toolbar.addWidget(self._zoom_out)
        toolbar.addWidget(self._zoom_label)
        toolbar.addWidget(self._zoom_in)
        toolbar.addStretch(1)
        toolbar.addWidget(self._pages_label)

        self._error = QLabel(self)
        self._error.setWordWrap(True)
        self._error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._error.setStyleSheet(_BOX_STYLE)
        set_tone(self._error, "error")  # the scheme's own colours, readable in light and dark
        self._error.hide()

        self._notice = QLabel(self)
        self._notice.setWordWrap(True)
        self._notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._notice.setStyleSheet(_BOX_STYLE)
        set_tone(self._notice, "warning")
        self._notice.hide()

        self._placeholder = QLabel(self)
        self._placeholder.setWordWrap(True)
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setMargin(24)
        set_tone(self._placeholder, "muted")
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self._placeholder)
        self._stack.addWidget(self._view)

        self._status = QLabel(self)
        self._status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._status.setContentsMargins(8, 2, 8, 4)
        set_tone(self._status, "muted")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(toolbar)
        layout.addWidget(self._error)
        layout.addWidget(self._notice)
        layout.addWidget(self._stack, 1)
        layout.addWidget(self._status)
        self._update_zoom_controls()

    def _connect_signals(self) -> None:
        self._debounce.timeout.connect(self._on_debounce_timeout)
        self._service.finished.connect(self._on_service_finished)
        self._service.failed.connect(self._on_service_failed)
        self._fit_button.toggled.connect(self._on_fit_button_toggled)
        self._zoom_in.clicked.connect(self._on_zoom_in_clicked)
        self._zoom_out.clicked.connect(self._on_zoom_out_clicked)
        self._view.zoomFactorChanged.connect(self._on_view_zoom_changed)
        self._view.zoomModeChanged.connect(self._on_view_zoom_changed)
        self._view.viewport().installEventFilter(self)

    def _show_placeholder(self, text: str) -> None:
        self._placeholder.setText(text)
        self._stack.setCurrentWidget(self._placeholder)

    # -- rendering ----------------------------------------------------------------------------

    def _flush(self) -> None:
        """Send the newest resume to the worker, or mark it due if a render is running."""
        self._debounce.stop()
        if self._resume is None:
            return
        if self._job_id is not None:
            self._pending = True
            return
        self._pending = False
        self._drop_running = False
        self._job_edit_at = self._last_edit_at
        self._job_sent_at = time.perf_counter()
        self._job_id = self._service.request(
            self._kind, self._resume.to_json_dict(), key=self._key, preview=True
        )
        self._status.setText(self.tr("Rendering\u2026"))
        if not self._pdf_bytes:
            self._show_placeholder(self.tr("Rendering your resume\u2026"))

    def _end_job(self) -> bool:
        """Forget the running job; return whether its result should be shown."""
        self._job_id = None
        return not self._drop_running

    def _next_job(self) -> None:
        if self._pending:
            self._flush()

    def _show_pdf(self, data: bytes) -> None:
        """Load ``data`` into the document, keeping the scroll position and zoom."""
        vbar, hbar = self._view.verticalScrollBar(), self._view.horizontalScrollBar()
        position = (vbar.value(), hbar.value())
        buffer = QBuffer(self)
        buffer.setData(data)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._document.load(buffer)  # synchronous for a buffer that holds all the bytes
        error = self._document.error()
        old, self._buffer = self._buffer, buffer  # the document reads from it lazily: keep it
        if old is not None:
            old.close()
            old.deleteLater()
        if error != QPdfDocument.Error.None_:
            raise ValueError(
                self.tr("The rendered PDF could not be read ({error}).").format(error=error.name)
            )
        self._pdf_bytes = data
        self._stack.setCurrentWidget(self._view)
        vbar.setValue(position[0])
        hbar.setValue(position[1])

    # -- slots --------------------------------------------------------------------------------

    @Slot()
    def _on_debounce_timeout(self) -> None:
        self._flush()

    @Slot(int, object)
    def _on_service_finished(self, job_id: int, result: RenderResult) -> None:
        if job_id != self._job_id:
            return
        if not self._end_job():
            logger.debug("preview job %s superseded; result dropped", job_id)
            self._next_job()
            return
        try:
            self._show_pdf(result.data)
        except ValueError as exc:
            self._on_render_error(str(exc))
            self._next_job()
            return
        now = time.perf_counter()
        elapsed = (now - self._job_sent_at) * 1000.0
        self.last_edit_latency_ms = (now - self._job_edit_at) * 1000.0
        self._error.hide()
        self._error.clear()
        pages = self._document.pageCount()
        self._pages_label.setText(
            self.tr("1 page") if pages == 1 else self.tr("%n pages", "", pages)
        )
        self._status.setText(self.tr("Updated in {ms} ms").format(ms=f"{elapsed:.0f}"))
        self._update_zoom_controls()
        self._notice.setText("\n".join(result.warnings))
        self._notice.setVisible(bool(result.warnings))
        self.rendered.emit(elapsed)
        self._next_job()

    @Slot(int, str)
    def _on_service_failed(self, job_id: int, message: str) -> None:
        if job_id != self._job_id:
            return
        show = self._end_job()
        if show and not self._pending:  # an error in a version already edited again: skip it
            self._on_render_error(message)
        self._next_job()

    def _on_render_error(self, message: str) -> None:
        text = self.tr("The preview could not be updated. {message}").format(message=message)
        self._error.setText(text)
        self._error.show()
        self._status.setText(self.tr("Preview not updated"))
        if not self._pdf_bytes:
            self._show_placeholder(self.tr("No preview yet."))
        self.render_failed.emit(message)

    @Slot(bool)
    def _on_fit_button_toggled(self, checked: bool) -> None:
        if checked:
            self._view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        else:
            self._set_custom_zoom(self._effective_zoom())

    @Slot()
    def _on_zoom_in_clicked(self) -> None:
        current = self._effective_zoom()
        self._set_custom_zoom(next((z for z in ZOOM_STEPS if z > current + 0.01), ZOOM_STEPS[-1]))

    @Slot()
    def _on_zoom_out_clicked(self) -> None:
        current = self._effective_zoom()
        smaller = [z for z in ZOOM_STEPS if z < current - 0.01]
        self._set_custom_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])

    @Slot()
    def _on_view_zoom_changed(self) -> None:
        self._update_zoom_controls()

    # -- zoom helpers -------------------------------------------------------------------------

    def _set_custom_zoom(self, factor: float) -> None:
        self._view.setZoomMode(QPdfView.ZoomMode.Custom)
        self._view.setZoomFactor(factor)
        self._update_zoom_controls()

    def _effective_zoom(self) -> float:
        """The zoom on screen; in fit-to-width mode Qt keeps the old factor, so work it out."""
        if self._view.zoomMode() != QPdfView.ZoomMode.FitToWidth or not self._pdf_bytes:
            return self._view.zoomFactor()
        page_width = self._document.pagePointSize(0).width() * self._view.logicalDpiX() / 72.0
        margins = self._view.documentMargins()
        available = self._view.viewport().width() - margins.left() - margins.right()
        return available / page_width if page_width > 0 else 1.0

    def _update_zoom_controls(self) -> None:
        has_pdf = bool(self._pdf_bytes)
        for widget in (self._fit_button, self._zoom_in, self._zoom_out, self._zoom_label):
            widget.setEnabled(has_pdf)
        fit = self._view.zoomMode() == QPdfView.ZoomMode.FitToWidth
        # fitted to the width, the page never needs a sideways bar (one would flash on resizes)
        self._view.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff if fit else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        self._fit_button.blockSignals(True)
        self._fit_button.setChecked(fit)
        self._fit_button.blockSignals(False)
        self._zoom_label.setText(f"{self._effective_zoom() * 100:.0f} %" if has_pdf else "")
        self._zoom_label.setToolTip(self.tr("Zoom (fits the width)") if fit else self.tr("Zoom"))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt virtual
        """Keep the zoom figure right while fit-to-width follows the pane's width."""
        super().resizeEvent(event)
        self._update_zoom_controls()
