"""Work that takes tens to hundreds of milliseconds, run on Qt's thread pool, off the UI thread.

A :class:`LatestTask` runs a function on the global pool and hands its result back on the UI
thread; when a newer run starts before an older one ends, the older result is dropped. Used for
checks that follow the user's typing (the writing coach, the ATS reading on the Review step) and
for reading an imported file.

Results travel through one relay object that lives as long as the app: a run can outlive the
task that started it (its window closed), and a pool thread emitting on an object that the UI
thread was deleting at that moment crashed the app. The relay finds the task by a number and
drops results for tasks that are gone.
"""

from __future__ import annotations

import itertools
import logging
import weakref
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Carries results from pool threads to the UI thread (queued signals); never deleted."""

    finished = Signal(int, int, object)  # task number, run number, result
    failed = Signal(int, int, object)  # task number, run number, exception

    def __init__(self) -> None:
        super().__init__()
        self.tasks: weakref.WeakValueDictionary[int, LatestTask] = weakref.WeakValueDictionary()
        self.finished.connect(self._on_finished)
        self.failed.connect(self._on_failed)

    def _task(self, task_number: int) -> LatestTask | None:
        task = self.tasks.get(task_number)
        return task if task is not None and shiboken6.isValid(task) else None

    @Slot(int, int, object)
    def _on_finished(self, task_number: int, run: int, result: object) -> None:
        task = self._task(task_number)
        if task is not None:
            task._on_run_finished(run, result)

    @Slot(int, int, object)
    def _on_failed(self, task_number: int, run: int, exc: object) -> None:
        task = self._task(task_number)
        if task is not None:
            task._on_run_failed(run, exc)


_relay: _Relay | None = None
_task_numbers = itertools.count(1)


def _shared_relay() -> _Relay:
    """The app's relay, made on first use (on the UI thread, where the first task is made)."""
    global _relay
    if _relay is None:
        _relay = _Relay()
    return _relay


class _Job(QRunnable):
    def __init__(self, task_number: int, run: int, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._task_number = task_number
        self._run = run
        self._work = work
        self._relay = relay

    def run(self) -> None:
        """Run the work; report its result or the exception it raised."""
        try:
            result = self._work()
        except Exception as exc:  # noqa: BLE001 - reported to the owner, never lost
            log.exception("background work failed")
            self._relay.failed.emit(self._task_number, self._run, exc)
            return
        self._relay.finished.emit(self._task_number, self._run, result)


class LatestTask(QObject):
    """Runs one function at a time in the background; only the newest run's outcome is reported.

    ``finished(result)`` and ``failed(exception)`` arrive on the UI thread.
    """

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        """Nothing runs until :meth:`start`."""
        super().__init__(parent)
        self._relay = _shared_relay()
        self._number = next(_task_numbers)
        self._relay.tasks[self._number] = self
        self._latest = 0

    def start(self, work: Callable[[], Any]) -> None:
        """Run ``work()`` on the pool; any run still going is superseded (its result dropped)."""
        self._latest += 1
        QThreadPool.globalInstance().start(_Job(self._number, self._latest, work, self._relay))

    def _on_run_finished(self, run: int, result: object) -> None:
        if run == self._latest:
            self.finished.emit(result)

    def _on_run_failed(self, run: int, exc: object) -> None:
        if run == self._latest:
            self.failed.emit(exc)
