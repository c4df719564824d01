"""A long-lived worker process that turns resumes into PDFs (and thumbnails) off the UI's GIL.

WeasyPrint's layout is pure Python: in a thread it would still stall typing, so rendering happens
in a separate process started with the "spawn" context. The worker imports WeasyPrint once and then
renders on request; the UI process never imports it.

The UI talks to the worker through :class:`RenderService`:

- every request gets a job id; requests that share a ``key`` (e.g. ``"preview"``) are coalesced,
  so only the newest one is rendered, and a result that is outdated before it arrives is dropped;
- one job is in flight at a time; a reader thread blocks on the result pipe and hands results
  to the UI thread as signals, so the event loop never waits;
- an exception in the worker comes back as a plain message (``failed``); a dead worker fails its
  job and is started again on the next request.
"""

from __future__ import annotations

import importlib
import io
import itertools
import logging
import multiprocessing
import threading
import time
import traceback
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot

logger = logging.getLogger(__name__)

DEFAULT_RENDERER = "resume_builder.exporting:render_pdf"
"""``module:function`` the worker calls as ``render(resume, template, paper) -> ExportResult``."""

KIND_PDF = "pdf"
KIND_THUMBNAIL = "thumbnail"
KINDS = (KIND_PDF, KIND_THUMBNAIL)

JOB_TIMEOUT_MS = 60_000
"""A render taking longer than this is taken as hung: the worker is restarted and the job fails."""

WORKER_DIED_MESSAGE = (
    "The PDF renderer stopped unexpectedly. It will restart with your next change."
)
WORKER_TIMEOUT_MESSAGE = "The PDF renderer took too long and was restarted."


@dataclass(frozen=True)
class RenderResult:
    """What a finished job carries back: the PDF or PNG bytes and a few facts about them."""

    job_id: int
    kind: str
    data: bytes
    """PDF bytes for ``"pdf"`` jobs, PNG bytes for ``"thumbnail"`` jobs."""
    page_count: int
    render_ms: float
    """Time spent in the worker, from request received to bytes ready."""
    warnings: tuple[str, ...] = ()


@dataclass
class _Job:
    job_id: int
    kind: str
    key: str | None
    priority: int
    message: dict[str, Any]
    sent_at: float = field(default=0.0)


# --------------------------------------------------------------------------------------------
# Worker side (runs in the child process; keep it free of Qt objects)
# --------------------------------------------------------------------------------------------


def _worker_main(conn: Connection, renderer_path: str, warm_up: bool) -> None:
    """Serve render requests until told to stop (``None``) or the pipe closes."""
    logging.basicConfig(level=logging.WARNING, format="render-worker %(levelname)s: %(message)s")
    for noisy in ("weasyprint", "fontTools", "PIL"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    renderer: Any = None
    if warm_up:
        try:
            renderer = _load_renderer(renderer_path)
            _warm_up(renderer)
        except Exception:  # noqa: BLE001 - a failed warm-up is reported per job instead
            logger.debug("warm-up failed", exc_info=True)
            renderer = None
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        job_id = message["job"]
        started = time.perf_counter()
        try:
            if renderer is None:
                renderer = _load_renderer(renderer_path)
            payload = _handle(renderer, message)
            payload["render_ms"] = (time.perf_counter() - started) * 1000.0
            reply: tuple[Any, ...] = ("ok", job_id, payload)
        except Exception as exc:  # noqa: BLE001 - every failure goes back to the UI as text
            reply = ("error", job_id, _plain_message(exc), traceback.format_exc())
        try:
            conn.send(reply)
        except (EOFError, OSError):
            return


def _load_renderer(renderer_path: str) -> Any:
    module_name, _, func_name = renderer_path.partition(":")
    return getattr(importlib.import_module(module_name), func_name)


def _warm_up(renderer: Any) -> None:
    """Render an empty resume once so fonts and caches are ready before the first real request."""
    from resume_builder.models import Resume

    renderer(Resume(), None, None)


def _handle(renderer: Any, message: dict[str, Any]) -> dict[str, Any]:
    from resume_builder.models import Resume

    resume = Resume.from_json_dict(message["resume"])
    result = renderer(resume, message.get("template"), message.get("paper"))
    warnings = tuple(str(w) for w in getattr(result, "warnings", ()) or ())
    if message["kind"] == KIND_THUMBNAIL:
        data = _first_page_png(result.pdf, int(message.get("width") or 240))
    else:
        data = result.pdf
    return {"data": data, "page_count": int(result.page_count), "warnings": warnings}


def _first_page_png(pdf: bytes, width: int) -> bytes:
    """Page 1 of ``pdf`` as a PNG ``width`` pixels wide (pypdfium2, in the worker)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        page = document[0]
        scale = width / page.get_width()
        image = page.render(scale=scale).to_pil()
        buffer = io.BytesIO()
        image.save(buffer, format="PNG", optimize=False)
        return buffer.getvalue()
    finally:
        document.close()


def _plain_message(exc: BaseException) -> str:
    """User errors carry words written for people; anything else gets its type name too."""
    from resume_builder.errors import UserError

    if isinstance(exc, UserError):
        return str(exc)
    text = str(exc).strip()
    name = type(exc).__name__
    return f"The resume could not be rendered ({name}: {text})" if text else f"{name} in renderer"


# --------------------------------------------------------------------------------------------
# UI side
# --------------------------------------------------------------------------------------------


class _ResultReader(QObject):
    """Blocks on the result pipe in a daemon thread and hands each message over as a signal.

    A plain daemon thread rather than a ``QThread``: it never holds up interpreter exit, and Qt
    queues its signals to the receiver's (UI) thread all the same.
    """

    received = Signal(int, object)  # generation, message tuple
    closed = Signal(int)  # generation

    def __init__(self, conn: Connection, generation: int, parent: QObject) -> None:
        super().__init__(parent)
        self._conn = conn
        self._generation = generation
        self._thread = threading.Thread(
            target=self._run, name=f"render-reader-{generation}", daemon=True
        )

    def start(self) -> None:
        """Start reading."""
        self._thread.start()

    def wait(self, timeout_ms: int) -> bool:
        """Wait for the reader to see the pipe close; ``True`` if it has ended."""
        self._thread.join(timeout_ms / 1000.0)
        return not self._thread.is_alive()

    def _run(self) -> None:
        """Read until the worker's end of the pipe closes (exit or death)."""
        while True:
            try:
                message = self._conn.recv()
            except (EOFError, OSError):
                break
            except Exception:  # noqa: BLE001 - e.g. an unpicklable reply; keep reading
                logger.exception("unreadable reply from the render worker")
                continue
            if not self._emit(self.received, self._generation, message):
                return
        self._emit(self.closed, self._generation)

    @staticmethod
    def _emit(signal: Any, *args: Any) -> bool:
        try:
            signal.emit(*args)
        except RuntimeError:  # the service was deleted (app closing): nobody is listening
            return False
        return True


@dataclass
class _Worker:
    process: Any
    conn: Connection
    reader: _ResultReader
    generation: int


class RenderService(QObject):
    """Owns the render worker process and the queue of requests to it.

    Signals go up: ``finished(job_id, RenderResult)`` and ``failed(job_id, message)``. Results of
    jobs superseded by a newer request with the same ``key`` are dropped silently.
    """

    finished = Signal(int, object)
    failed = Signal(int, str)
    worker_started = Signal(int)
    """The pid of a newly started worker (first start or restart)."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        warm_up: bool = True,
        renderer: str = DEFAULT_RENDERER,
    ) -> None:
        """Create the service; the worker starts on :meth:`start` or on the first request."""
        super().__init__(parent)
        self._warm_up = warm_up
        self._renderer = renderer
        self._context = multiprocessing.get_context("spawn")
        self._worker: _Worker | None = None
        self._generations = itertools.count(1)
        self._job_ids = itertools.count(1)
        self._pending: list[_Job] = []
        self._in_flight: _Job | None = None
        self._latest_by_key: dict[str, int] = {}
        self._shut_down = False
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(self._on_watchdog_timeout)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    # -- public -------------------------------------------------------------------------------

    @property
    def worker_pid(self) -> int | None:
        """Process id of the running worker, or ``None`` when none is running."""
        return self._worker.process.pid if self._worker is not None else None

    @property
    def is_busy(self) -> bool:
        """Whether a job is being rendered or waiting."""
        return self._in_flight is not None or bool(self._pending)

    def start(self) -> None:
        """Start the worker now (returns at once) so the first preview does not wait for imports."""
        if self._worker is None and not self._shut_down:
            self._start_worker()

    def request(
        self,
        kind: str,
        resume_json: dict[str, Any],
        template: str | None = None,
        paper: str | None = None,
        *,
        key: str | None = None,
        width: int = 240,
        priority: int = 0,
    ) -> int:
        """Queue a render and return its job id; the answer comes as ``finished`` or ``failed``.

        Args:
            kind: ``"pdf"`` for the whole document, ``"thumbnail"`` for page 1 as PNG.
            resume_json: the resume as JSON Resume data (``Resume.to_json_dict()``).
            template: template id, or ``None`` for the resume's own setting.
            paper: ``"letter"`` or ``"a4"``, or ``None`` for the resume's own setting.
            key: requests with the same key replace each other; only the newest is rendered
                and reported. ``None`` means the job is never coalesced (exports).
            width: thumbnail width in pixels.
            priority: lower runs first (previews 0, thumbnails 1).
        """
        if kind not in KINDS:
            raise ValueError(f"unknown render kind {kind!r}")
        job_id = next(self._job_ids)
        message = {
            "job": job_id,
            "kind": kind,
            "resume": resume_json,
            "template": template,
            "paper": paper,
            "width": width,
        }
        job = _Job(job_id, kind, key, priority, message)
        if self._shut_down:
            QTimer.singleShot(0, lambda: self.failed.emit(job_id, "The renderer has been closed."))
            return job_id
        if key is not None:
            self._latest_by_key[key] = job_id
            self._pending = [j for j in self._pending if j.key != key]
        self._pending.append(job)
        self._send_next()
        return job_id

    def is_latest(self, job_id: int, key: str) -> bool:
        """Whether ``job_id`` is the newest request made with ``key``."""
        return self._latest_by_key.get(key) == job_id

    @Slot()
    def shutdown(self, timeout: float = 3.0) -> None:
        """Stop the worker and fail nothing further; safe to call more than once."""
        self._shut_down = True
        self._pending.clear()
        self._in_flight = None
        self._watchdog.stop()
        self._stop_worker(timeout)

    # -- worker lifecycle ---------------------------------------------------------------------

    def _start_worker(self) -> None:
        parent_conn, child_conn = self._context.Pipe(duplex=True)
        process = self._context.Process(
            target=_worker_main,
            args=(child_conn, self._renderer, self._warm_up),
            name="resume-builder-render",
            daemon=True,
        )
        process.start()
        child_conn.close()  # so the reader sees EOF when the worker dies
        generation = next(self._generations)
        reader = _ResultReader(parent_conn, generation, self)
        queued = Qt.ConnectionType.QueuedConnection  # always delivered in the UI thread
        reader.received.connect(self._on_reader_received, queued)
        reader.closed.connect(self._on_reader_closed, queued)
        reader.start()
        self._worker = _Worker(process, parent_conn, reader, generation)
        logger.info("render worker started (pid %s)", process.pid)
        self.worker_started.emit(process.pid)

    def _stop_worker(self, timeout: float) -> None:
        worker, self._worker = self._worker, None
        if worker is None:
            return
        try:
            worker.conn.send(None)
        except (OSError, ValueError):
            pass
        worker.process.join(timeout)
        if worker.process.is_alive():
            worker.process.kill()
            worker.process.join(timeout)
        worker.reader.wait(int(timeout * 1000))  # sees EOF now that the worker has gone
        worker.conn.close()
        if not worker.process.is_alive():
            worker.process.close()

    def _discard_worker(self) -> None:
        """Forget a dead or hung worker; killing it closes the pipe and ends its reader."""
        worker, self._worker = self._worker, None
        if worker is None:
            return
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join(1.0)
        worker.reader.wait(2000)
        worker.conn.close()

    def _send_next(self) -> None:
        if self._in_flight is not None or not self._pending or self._shut_down:
            return
        self._pending.sort(key=lambda j: (j.priority, j.job_id))
        job = self._pending.pop(0)
        if self._worker is not None and not self._worker.process.is_alive():
            self._discard_worker()
        try:
            if self._worker is None:
                self._start_worker()
            assert self._worker is not None
            try:
                self._worker.conn.send(job.message)
            except (OSError, ValueError):
                logger.warning("render worker pipe broken; restarting it", exc_info=True)
                self._discard_worker()
                self._start_worker()
                self._worker.conn.send(job.message)
        except Exception as exc:  # noqa: BLE001 - e.g. no memory for a new process
            logger.exception("render worker could not be started")
            self._discard_worker()
            message = f"The PDF renderer could not be started ({exc})."
            QTimer.singleShot(0, lambda: self.failed.emit(job.job_id, message))
            return
        job.sent_at = time.perf_counter()
        self._in_flight = job
        self._watchdog.start(JOB_TIMEOUT_MS)

    def _finish_in_flight(self) -> _Job | None:
        job, self._in_flight = self._in_flight, None
        self._watchdog.stop()
        return job

    def _is_stale(self, job: _Job) -> bool:
        return job.key is not None and self._latest_by_key.get(job.key) != job.job_id

    # -- slots --------------------------------------------------------------------------------

    @Slot(int, object)
    def _on_reader_received(self, generation: int, message: tuple[Any, ...]) -> None:
        if self._worker is None or generation != self._worker.generation:
            return
        job = self._in_flight
        if job is None or message[1] != job.job_id:
            logger.debug("reply for unknown job %s ignored", message[1])
            return
        self._finish_in_flight()
        stale = self._is_stale(job)
        if message[0] == "ok":
            payload = message[2]
            if stale:
                logger.debug("job %s outdated; result dropped", job.job_id)
            else:
                result = RenderResult(
                    job_id=job.job_id,
                    kind=job.kind,
                    data=payload["data"],
                    page_count=payload["page_count"],
                    render_ms=payload["render_ms"],
                    warnings=tuple(payload.get("warnings", ())),
                )
                self.finished.emit(job.job_id, result)
        else:
            logger.warning("render job %s failed: %s\n%s", job.job_id, message[2], message[3])
            if not stale:
                self.failed.emit(job.job_id, message[2])
        self._send_next()

    @Slot(int)
    def _on_reader_closed(self, generation: int) -> None:
        if self._worker is None or generation != self._worker.generation or self._shut_down:
            return
        logger.warning("render worker (pid %s) exited unexpectedly", self.worker_pid)
        self._discard_worker()
        job = self._finish_in_flight()
        if job is not None and not self._is_stale(job):
            self.failed.emit(job.job_id, WORKER_DIED_MESSAGE)
        self._send_next()  # restarts the worker only if something is waiting

    @Slot()
    def _on_watchdog_timeout(self) -> None:
        job = self._finish_in_flight()
        logger.warning("render job %s timed out; restarting the worker", job and job.job_id)
        self._discard_worker()
        if job is not None and not self._is_stale(job):
            self.failed.emit(job.job_id, WORKER_TIMEOUT_MESSAGE)
        self._send_next()
