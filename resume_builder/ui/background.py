"""Work that takes tens to hundreds of milliseconds, run on Qt's thread pool, off the UI thread.

A :class:`LatestTask` runs a function on the global pool and hands its result back on the UI
thread; when a newer run starts before an older one ends, the older result is dropped. Used for
checks that follow the user's typing (the writing coach, the ATS reading on the Review step).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Carries a result from a pool thread to the UI thread (queued signals)."""

    finished = Signal(int, object)
    failed = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, job_id: int, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._job_id = job_id
        self._work = work
        self._relay = relay

    def run(self) -> None:
        """Run the work; report its result or the exception it raised."""
        try:
            result = self._work()
        except Exception as exc:  # noqa: BLE001 - reported to the owner, never lost
            log.exception("background work failed")
            self._emit(self._relay.failed, exc)
            return
        self._emit(self._relay.finished, result)

    def _emit(self, signal: Any, value: object) -> None:
        try:
            signal.emit(self._job_id, value)
        except RuntimeError:  # the owner was deleted while the work ran
            log.debug("background result dropped: its owner is gone")


class LatestTask(QObject):
    """Runs one function at a time in the background; only the newest run's outcome is reported.

    ``finished(result)`` and ``failed(exception)`` arrive on the UI thread.
    """

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        """Nothing runs until :meth:`start`."""
        super().__init__(parent)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_relay_finished)
        self._relay.failed.connect(self._on_relay_failed)
        self._latest = 0

    def start(self, work: Callable[[], Any]) -> None:
        """Run ``work()`` on the pool; any run still going is superseded (its result dropped)."""
        self._latest += 1
        QThreadPool.globalInstance().start(_Job(self._latest, work, self._relay))

    @Slot(int, object)
    def _on_relay_finished(self, job_id: int, result: object) -> None:
        if job_id == self._latest:
            self.finished.emit(result)

    @Slot(int, object)
    def _on_relay_failed(self, job_id: int, exc: object) -> None:
        if job_id == self._latest:
            self.failed.emit(exc)
