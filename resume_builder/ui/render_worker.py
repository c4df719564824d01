"""The app's side of the render worker: a queue of render jobs for a long-lived process.

WeasyPrint's layout is pure Python: in a thread it would still stall typing, so rendering happens
in a separate process started with the "spawn" context, which runs the Qt-free
:func:`resume_builder.output.render_jobs.serve`. The UI talks to it through :class:`RenderService`:

- every request gets a job id; requests that share a ``key`` (e.g. ``"preview"``) are coalesced,
  so only the newest one is rendered, and a result that is outdated before it arrives is dropped;
- a job nobody wants any more (thumbnails of a page that was closed) is cancelled;
- one job is in flight at a time; a reader thread blocks on the result pipe and hands results
  to the UI thread as signals, so the event loop never waits;
- an exception in the worker comes back as a plain message (``failed``); a dead worker fails its
  job and is started again on the next request.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot

from resume_builder.output.render_jobs import (
    Renderer,
    RenderFailure,
    RenderKind,
    RenderRequest,
    RenderResult,
    serve,
)
from resume_builder.ui_text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

logger = logging.getLogger(__name__)

JOB_TIMEOUT_MS = 60_000
"""A render taking longer than this is taken as hung: the worker is restarted and the job fails."""

WORKER_DIED_MESSAGE = QT_TRANSLATE_NOOP(
    "RenderService", "The PDF renderer stopped unexpectedly. It will restart with your next change."
)
WORKER_TIMEOUT_MESSAGE = QT_TRANSLATE_NOOP(
    "RenderService", "The PDF renderer took too long and was restarted."
)

READER_EXIT_WAIT_MS = 30_000
"""How long to wait for the reader thread once the worker is gone. It ends within milliseconds
when the pipe reports EOF, but on a busy machine that can take seconds; closing the pipe or
letting the service be deleted under a live reader crashed the process (seen under load)."""

__all__ = ["RenderKind", "RenderResult", "RenderService"]


@dataclass
class _Job:
    request: RenderRequest
    key: str | None
    priority: int
    sent_at: float = field(default=0.0)
    cancelled: bool = False
    """Cancelled while in flight: its reply, whenever it comes, is dropped."""

    @property
    def job_id(self) -> int:
        return self.request.job_id


# --------------------------------------------------------------------------------------------
# UI side
# --------------------------------------------------------------------------------------------


class _ResultReader(QObject):
    """Blocks on the result pipe in a daemon thread and hands each message over as a signal.

    A plain daemon thread rather than a ``QThread``: it never holds up interpreter exit, and Qt
    queues its signals to the receiver's (UI) thread all the same.
    """

    received = Signal(int, object)  # generation, RenderResult or RenderFailure
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
    jobs superseded by a newer request with the same ``key``, or cancelled, are dropped silently.
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
        renderer: Renderer | None = None,
    ) -> None:
        """Create the service; the worker starts on :meth:`start` or on the first request.

        ``renderer`` is a module-level function the worker can import (default: the app's
        :func:`resume_builder.output.exporting.render_pdf`).
        """
        super().__init__(parent)
        self._warm_up = warm_up
        self._renderer = renderer
        self._worker: _Worker | None = None
        self._generations = itertools.count(1)
        self._job_ids = itertools.count(1)
        self._pending: list[_Job] = []
        self._in_flight: _Job | None = None
        self._latest_by_key: dict[str, int] = {}
        self._shut_down = False
        self._deferred = False
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
    def queued_jobs(self) -> int:
        """How many jobs wait behind the one being rendered."""
        return len(self._pending)

    @property
    def is_busy(self) -> bool:
        """Whether a job is being rendered or waiting."""
        return self._in_flight is not None or bool(self._pending)

    def start(self) -> None:
        """Start the worker now (returns at once) so the first preview does not wait for imports.

        Also ends :meth:`defer_start`: requests queued meanwhile are sent.
        """
        self._deferred = False
        if self._worker is None and not self._shut_down:
            self._start_worker()
        self._send_next()

    def defer_start(self) -> None:
        """Queue requests but start no worker until :meth:`start`.

        The app defers it until its window has painted: the worker's imports (WeasyPrint) would
        otherwise compete with the window for the CPU.
        """
        self._deferred = True

    def request(
        self,
        kind: RenderKind | str,
        resume_json: dict[str, Any],
        template: str | None = None,
        paper: str | None = None,
        *,
        key: str | None = None,
        width: int = 240,
        priority: int = 0,
        preview: bool = False,
    ) -> int:
        """Queue a render and return its job id; the answer comes as ``finished`` or ``failed``.

        Args:
            kind: ``RenderKind.PDF`` for the whole document, ``THUMBNAIL`` for page 1 as PNG.
            resume_json: the resume as JSON Resume data (``Resume.to_json_dict()``).
            template: template id, or ``None`` for the resume's own setting.
            paper: ``"letter"`` or ``"a4"``, or ``None`` for the resume's own setting.
            key: requests with the same key replace each other; only the newest is rendered
                and reported. ``None`` means the job is never coalesced (exports).
            width: thumbnail width in pixels.
            priority: lower runs first (previews 0, thumbnails 1).
            preview: for the screen only: a quicker, untagged PDF (never for exports).
        """
        job_id = next(self._job_ids)
        request = RenderRequest(
            job_id, RenderKind(kind), resume_json, template, paper, width, preview
        )
        job = _Job(request, key, priority)
        if self._shut_down:
            closed = self.tr("The renderer has been closed.")
            QTimer.singleShot(0, lambda: self.failed.emit(job_id, closed))
            return job_id
        if key is not None:
            self._latest_by_key[key] = job_id
            self._pending = [j for j in self._pending if j.key != key]
        self._pending.append(job)
        self._send_next()
        return job_id

    def cancel(self, job_ids: Iterable[int]) -> None:
        """Forget jobs nobody waits for: queued ones never run, a running one is not reported."""
        ids = set(job_ids)
        self._pending = [j for j in self._pending if j.job_id not in ids]
        if self._in_flight is not None and self._in_flight.job_id in ids:
            self._in_flight.cancelled = True  # forgotten with the job, however it ends

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
        import multiprocessing  # not on the path that opens the window

        context = multiprocessing.get_context("spawn")
        parent_conn, child_conn = context.Pipe(duplex=True)
        process = context.Process(
            target=serve,
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
        worker.reader.wait(READER_EXIT_WAIT_MS)  # sees EOF now that the worker has gone
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
        worker.process.join(READER_EXIT_WAIT_MS / 1000)
        worker.reader.wait(READER_EXIT_WAIT_MS)
        worker.conn.close()

    def _send_next(self) -> None:
        if self._in_flight is not None or not self._pending or self._shut_down:
            return
        if self._worker is None and self._deferred:
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
                self._worker.conn.send(job.request)
            except (OSError, ValueError):
                logger.warning("render worker pipe broken; restarting it", exc_info=True)
                self._discard_worker()
                self._start_worker()
                self._worker.conn.send(job.request)
        except Exception as exc:  # noqa: BLE001 - e.g. no memory for a new process
            logger.exception("render worker could not be started")
            self._discard_worker()
            message = self.tr("The PDF renderer could not be started ({error}).").format(error=exc)
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
        if job.cancelled:
            return True
        return job.key is not None and self._latest_by_key.get(job.key) != job.job_id

    # -- slots --------------------------------------------------------------------------------

    @Slot(int, object)
    def _on_reader_received(self, generation: int, reply: RenderResult | RenderFailure) -> None:
        if self._worker is None or generation != self._worker.generation:
            return
        job = self._in_flight
        if job is None or reply.job_id != job.job_id:
            logger.debug("reply for unknown job %s ignored", reply.job_id)
            return
        self._finish_in_flight()
        stale = self._is_stale(job)
        if isinstance(reply, RenderFailure):
            logger.warning("render job %s failed: %s\n%s", job.job_id, reply.message, reply.detail)
            if not stale:
                self.failed.emit(job.job_id, reply.message)
        elif stale:
            logger.debug("job %s outdated or cancelled; result dropped", job.job_id)
        else:
            self.finished.emit(job.job_id, reply)
        self._send_next()

    @Slot(int)
    def _on_reader_closed(self, generation: int) -> None:
        if self._worker is None or generation != self._worker.generation or self._shut_down:
            return
        logger.warning("render worker (pid %s) exited unexpectedly", self.worker_pid)
        self._discard_worker()
        job = self._finish_in_flight()
        if job is not None and not self._is_stale(job):
            self.failed.emit(job.job_id, self.tr(WORKER_DIED_MESSAGE))
        self._send_next()  # restarts the worker only if something is waiting

    @Slot()
    def _on_watchdog_timeout(self) -> None:
        job = self._finish_in_flight()
        logger.warning("render job %s timed out; restarting the worker", job and job.job_id)
        self._discard_worker()
        if job is not None and not self._is_stale(job):
            self.failed.emit(job.job_id, self.tr(WORKER_TIMEOUT_MESSAGE))
        self._send_next()
