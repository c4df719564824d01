"""Background work: results come back on the UI thread, and a run may outlive its task."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThreadPool

from resume_builder.ui.background import LatestTask


def _pool_idle() -> bool:
    return QThreadPool.globalInstance().activeThreadCount() == 0


def test_only_the_newest_run_is_reported(qtbot) -> None:
    task = LatestTask()
    results: list[object] = []
    task.finished.connect(results.append)
    release = threading.Event()
    task.start(lambda: (release.wait(10), "old")[1])
    task.start(lambda: "new")
    qtbot.waitUntil(lambda: results == ["new"], timeout=10_000)
    release.set()
    qtbot.waitUntil(_pool_idle, timeout=10_000)
    QCoreApplication.processEvents()  # delivers what the finished runs posted
    assert results == ["new"]


def test_a_run_that_outlives_its_task_is_dropped_quietly(qtbot) -> None:
    """A window closed while its check runs: the result has nowhere to go, and nothing breaks."""
    owner = QObject()
    task = LatestTask(owner)
    results: list[object] = []
    task.finished.connect(results.append)
    release = threading.Event()
    task.start(lambda: (release.wait(10), "late")[1])
    shiboken6.delete(owner)  # deletes the task with it, as closing a window does
    assert not shiboken6.isValid(task)
    release.set()
    qtbot.waitUntil(_pool_idle, timeout=10_000)
    after = LatestTask()  # the relay still works for everyone else
    later: list[object] = []
    after.finished.connect(later.append)
    after.start(lambda: "next")
    qtbot.waitUntil(lambda: later == ["next"], timeout=10_000)
    assert results == []
