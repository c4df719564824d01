"""The log file: where tracebacks go, so that the user sees one plain line and we keep the detail.

Both the command line and the app send their log records here. An unexpected error is written
with its full traceback and the user is told, in one sentence, where to find it.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from resume_builder.paths import user_log_dir

LOG_NAME = "resume-builder.log"
_MAX_BYTES = 1_000_000
_BACKUPS = 2

log = logging.getLogger(__name__)


def log_file() -> Path:
    """The log file in the user's log folder."""
    return user_log_dir() / LOG_NAME


def log_to_file(level: int = logging.INFO) -> Path | None:
    """Send log records of ``level`` and above to the log file (once); returns its path.

    Returns ``None`` when the folder cannot be written (read-only home ...): logging is then
    left as it was, and the app still works.
    """
    root = logging.getLogger()
    try:
        path = log_file()
    except OSError:
        return None
    for handler in root.handlers:
        if isinstance(handler, _LogFileHandler):
            if Path(handler.baseFilename) == path.absolute():
                return path
            root.removeHandler(handler)  # the log folder moved (tests, portable installs)
            handler.close()
    handler = _LogFileHandler(path, maxBytes=_MAX_BYTES, backupCount=_BACKUPS, delay=True)
    handler.setLevel(level)
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s")
    )
    root.addHandler(handler)
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    return path


def record_unexpected(exc: BaseException, doing: str) -> str:
    """Log ``exc`` with its traceback and return one plain sentence for the user.

    ``doing`` says what was being done, e.g. "export the resume".
    """
    path = log_to_file()
    log.error("unexpected error while trying to %s", doing, exc_info=exc)
    where = f" The details are in {path}." if path else ""
    return f"Could not {doing}: an unexpected problem ({type(exc).__name__}).{where}"


class _LogFileHandler(logging.handlers.RotatingFileHandler):
    """The app's own log file handler, told apart from handlers others may install."""

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging API
        """A log that cannot be written (full disk) must not print a traceback of its own."""
