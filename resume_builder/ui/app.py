"""Start the desktop app: the QApplication, the main window, and an optional file to open.

Only Qt and the light core modules load before the window shows; WeasyPrint loads in the render
worker process (STYLE habit 15). ``RESUME_BUILDER_QUIT_AFTER_SHOW=1`` makes the app write
``first-shown <unix time>`` to stdout and quit once the window is on screen (bench/bench_startup).
"""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from resume_builder.logs import log_to_file, record_unexpected

QUIT_AFTER_SHOW_ENV = "RESUME_BUILDER_QUIT_AFTER_SHOW"


def run(path: str | None = None) -> int:
    """Run the app until its window closes; returns the exit code."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

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
    if quit_after_show:

        def report() -> None:
            sys.stdout.write(f"first-shown {time.time():.6f}\n")
            sys.stdout.flush()
            QTimer.singleShot(0, window.close)

        window.first_shown.connect(report)
    else:
        # Start the render worker (it imports WeasyPrint) once the window is up, so the
        # first preview does not wait for it and the window does not either.
        window.first_shown.connect(lambda: QTimer.singleShot(200, window.render_service.start))
    sys.excepthook = lambda kind, exc, tb: _show_unexpected(window, exc)
    window.show()
    if path:
        QTimer.singleShot(0, lambda: window.open_file(Path(path)))
    return app.exec()


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
