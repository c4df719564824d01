"""A PDF made in a child process forked before the resume is read, so WeasyPrint loads meanwhile.

A cold ``resume-builder export`` spends about a quarter of a second importing WeasyPrint, and
nearly as long reading the resume and building its HTML (pydantic, Jinja2). On a machine with
two cores the two need not wait for each other: the CLI forks a child first thing, the child
imports WeasyPrint while the parent reads the resume, and then makes the PDF from the
:class:`~resume_builder.output.pdf.PdfJob` the parent sends it (measured in
``bench/bench_export.py``). Where ``fork`` is missing or unsafe (Windows, macOS), the PDF is made
in the same process, exactly as before.
"""

from __future__ import annotations

import logging
import os
import pickle
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, NoReturn

from resume_builder.errors import ExportError

if TYPE_CHECKING:
    from resume_builder.output.pdf import ExportResult, PdfJob

log = logging.getLogger(__name__)

Maker = Callable[["PdfJob"], "ExportResult"]


@contextmanager
def pdf_maker() -> Iterator[Maker]:
    """A function that makes one PDF from a ``PdfJob``, in a child started now (Linux).

    Leaving the block ends the child, whether or not a PDF was asked for. Errors in the child
    (a broken template, a layout that cannot be made) are raised here as they were there.
    """
    if not sys.platform.startswith("linux"):
        from resume_builder.output.pdf import make_pdf

        yield make_pdf
        return
    job_read, job_write = os.pipe()
    reply_read, reply_write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child's coverage is not collected
        os.close(job_write)
        os.close(reply_read)
        _child(job_read, reply_write)
    os.close(job_read)
    os.close(reply_write)
    sent = False

    def make(job: PdfJob) -> ExportResult:
        nonlocal sent
        sent = True
        try:
            with os.fdopen(job_write, "wb") as sink:
                sink.write(pickle.dumps(job))
        except BrokenPipeError:  # the child stopped: its empty reply says so below
            log.info("the PDF renderer stopped before reading its job")
        with os.fdopen(reply_read, "rb") as source:
            data = source.read()
        reply = pickle.loads(data) if data else None
        if isinstance(reply, BaseException):
            raise reply
        if reply is None:
            raise ExportError("The PDF could not be made: its renderer stopped unexpectedly.")
        return reply

    try:
        yield make
    finally:
        if not sent:  # e.g. the resume could not be read: no PDF is wanted after all
            os.close(job_write)
            os.close(reply_read)
            os.kill(pid, signal.SIGTERM)
        os.waitpid(pid, 0)


def _child(job_read: int, reply_write: int) -> NoReturn:  # pragma: no cover - in the child
    """Import WeasyPrint, make the PDF of the one job read, send it back, and exit."""
    code = 1
    try:
        from resume_builder.output.pdf import load_weasyprint, make_pdf

        load_weasyprint()
        with os.fdopen(job_read, "rb") as source:
            data = source.read()
        if data:
            try:
                reply: object = make_pdf(pickle.loads(data))
            except Exception as exc:  # noqa: BLE001 - every failure goes back to the parent
                reply = _picklable(exc)
            with os.fdopen(reply_write, "wb") as sink:
                sink.write(pickle.dumps(reply))
        code = 0
    except BaseException:  # noqa: BLE001 - the parent reports a child that stopped
        log.exception("the PDF renderer failed")
    finally:
        logging.shutdown()
        os._exit(code)


def _picklable(exc: Exception) -> Exception:
    """``exc`` if it survives the trip to the parent, else an :class:`ExportError` saying it."""
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:  # noqa: BLE001 - any pickling failure
        return ExportError(f"The PDF could not be made: {type(exc).__name__}: {exc}")
    return exc
