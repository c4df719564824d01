"""Start the desktop app: the QApplication, the main window, and an optional file to open.

Only Qt and the light core modules load before the window shows; WeasyPrint loads in the render
worker process (STYLE habit 15). ``RESUME_BUILDER_QUIT_AFTER_SHOW=1`` makes the app write
``first-painted <unix time> <CPU seconds>`` to stdout and quit once the window has painted (with
the file given, once the editor showing it has painted): bench/bench_startup measures that.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from resume_builder.logs import log_to_file, record_unexpected

if TYPE_CHECKING:
    from resume_builder.ui.main_window import MainWindow

QUIT_AFTER_SHOW_ENV = "RESUME_BUILDER_QUIT_AFTER_SHOW"
GC_PAUSE_LIMIT_MS = 10_000
"""Python's garbage collector is off from start-up to the first paint, and at most this long."""


def run(path: str | None = None) -> int:
    """Run the app until its window closes; returns the exit code."""
    gc.disable()  # until the first paint (see _collect_garbage_again)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    log_to_file(logging.INFO)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Resume Builder")
    app.setOrganizationName("resume-builder")
    app.setApplicationDisplayName("Resume Builder")

    from resume_builder.ui import i18n, theme

    i18n.install()  # before any widget is built
    from resume_builder.ui.main_window import MainWindow

    theme.use_style(app)  # before the window's widgets are made, so none is polished twice

    quit_after_show = os.environ.get(QUIT_AFTER_SHOW_ENV) == "1"
    window = MainWindow(offer_recovery=not quit_after_show)
    # The render worker (it imports WeasyPrint) and the spelling word lists load once the window
    # has painted: started earlier, they compete with the window for the CPU (and Python's lock).
    window.render_service.defer_start()
    window.spelling.defer_loading()
    if quit_after_show:
        _OnFirstPaint(
            window.splitter if path else window, lambda *at: _report_and_close(window, *at)
        )
    else:
        _OnFirstPaint(window, lambda *_at: _after_first_paint(window))
    QTimer.singleShot(GC_PAUSE_LIMIT_MS, _collect_garbage_again)  # a window that never paints
    sys.excepthook = lambda kind, exc, tb: _show_unexpected(window, exc)
    window.show()
    if path:
        QTimer.singleShot(0, lambda: window.open_file(Path(path)))
    return app.exec()


class _OnFirstPaint(QObject):
    """Calls ``callback(unix time, CPU time)`` of the paint just after ``watched`` first paints."""

    def __init__(self, watched: QWidget, callback: Callable[[float, float], object]) -> None:
        super().__init__(watched)
        self._callback = callback
        self._done = False
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt virtual
        """Note the first paint; never consumes the event."""
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            at, cpu = time.time(), time.process_time()
            QTimer.singleShot(0, lambda: self._callback(at, cpu))
        return False


def _after_first_paint(window: MainWindow) -> None:
    _collect_garbage_again()
    window.render_service.start()
    window.spelling.start_loading()


def _collect_garbage_again() -> None:
    """Set aside what start-up made, and let Python's garbage collector run as usual from now.

    Start-up makes a few hundred thousand objects (modules, classes, widgets' wrappers) that live
    as long as the app. The collector, left on, went through them again and again while the
    window was being built (about 6% of the time to the first paint); frozen, they are never gone
    through again, which also shortens every later collection while the user types. The ~1,800
    objects start-up leaves unreachable (measured) stay: collecting them first took 40 ms.
    """
    if gc.isenabled():
        return
    gc.freeze()
    gc.enable()


def _report_and_close(window: QWidget, painted_at: float, cpu: float) -> None:
    sys.stdout.write(f"first-painted {painted_at:.6f} {cpu:.6f}\n")
    sys.stdout.flush()
    _collect_garbage_again()
    window.close()


def _show_unexpected(parent, exc: BaseException) -> None:
    """The app's last error boundary: a bug in any action is logged and shown, and the app goes on.

    Qt calls ``sys.excepthook`` for an exception a slot did not catch.
    """
    from pydantic import ValidationError
    from PySide6.QtCore import QCoreApplication

    from resume_builder.storage import field_path, plain_message
    from resume_builder.ui import dialogs

    if isinstance(exc, KeyboardInterrupt):
        return
    if isinstance(exc, ValidationError):  # an edit the model refused (too long ...): not kept
        first = exc.errors()[0]
        where = field_path(first["loc"])
        title = QCoreApplication.translate("app", "Change not kept")
        dialogs.show_error(parent, title, f"{where} {plain_message(first)}.")
        return
    dialogs.show_error(
        parent,
        QCoreApplication.translate("app", "Something went wrong"),
        record_unexpected(exc, "finish that action"),
        QCoreApplication.translate("app", "Your work is autosaved; save it to be safe."),
    )


if __name__ == "__main__":
    sys.exit(run(sys.argv[1] if len(sys.argv) > 1 else None))
