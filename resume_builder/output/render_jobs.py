"""Render jobs served in a worker process: typed requests and replies, and the loop serving them.

The app renders in a separate process (WeasyPrint's layout is pure Python and would stall typing
in a thread). This module is that process's side: it never imports Qt, so the spawned worker
loads only the core and WeasyPrint. :class:`resume_builder.ui.render_worker.RenderService` is the
app's side.

The worker imports WeasyPrint once, keeps its font set-up between renders, and writes light
untagged PDFs for the preview and thumbnails; exports keep the full tagged PDF/UA output.
"""

from __future__ import annotations

import gc
import io
import logging
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from resume_builder.errors import UserError
from resume_builder.models import Resume

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

    from resume_builder.output.pdf import ExportResult

logger = logging.getLogger(__name__)

Renderer = Callable[..., "ExportResult"]
"""``render(resume, template, paper, *, preview=..., fonts=...) -> ExportResult``; the app's is
:func:`resume_builder.output.exporting.render_pdf`, imported in the worker only (it pulls in Jinja2)."""


class RenderKind(StrEnum):
    """What a job asks for."""

    PDF = "pdf"
    """The whole document as PDF bytes."""
    THUMBNAIL = "thumbnail"
    """Page 1 as PNG bytes."""
    LETTER = "letter"
    """The resume's cover letter (the saved one, else a draft) as PDF bytes, in its design."""


@dataclass(frozen=True)
class RenderRequest:
    """One job for the worker."""

    job_id: int
    kind: RenderKind
    resume: dict[str, Any]
    """The resume as JSON Resume data (``Resume.to_json_dict()``)."""
    template: str | None = None
    paper: str | None = None
    width: int = 240
    """Thumbnail width in pixels."""
    preview: bool = False
    """Only for the screen: an untagged, uncompressed PDF that is quicker to make."""


@dataclass(frozen=True)
class RenderResult:
    """A finished job: the PDF or PNG bytes and a few facts about them."""

    job_id: int
    kind: RenderKind
    data: bytes
    """PDF bytes for ``PDF`` jobs, PNG bytes for ``THUMBNAIL`` jobs."""
    page_count: int
    render_ms: float
    """Time spent in the worker, from request received to bytes ready."""
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class RenderFailure:
    """A job that failed: a message for the user and the traceback for the log."""

    job_id: int
    message: str
    detail: str = ""


def serve(conn: Connection, renderer: Renderer | None = None, warm_up: bool = True) -> None:
    """Answer :class:`RenderRequest` s on ``conn`` until told to stop (``None``) or it closes."""
    from resume_builder.output.exporting import render_pdf
    from resume_builder.output.pdf import FontCache

    renderer = renderer or render_pdf
    logging.basicConfig(level=logging.WARNING, format="render-worker %(levelname)s: %(message)s")
    fonts = FontCache()
    try:
        if warm_up:
            try:  # fonts and caches ready before the first real request
                renderer(Resume(), None, None, preview=True, fonts=fonts)
            except Exception:  # noqa: BLE001 - a failed warm-up is reported per job instead
                logger.debug("warm-up failed", exc_info=True)
        _collect_garbage_only_between_jobs()
        while True:
            try:
                request = conn.recv()
            except (EOFError, OSError):
                return
            if request is None:
                return
            reply = run_job(renderer, request, fonts)
            try:
                conn.send(reply)
            except (EOFError, OSError):
                return
            gc.collect()  # the job's cycles, freed while the user reads the result
    finally:
        fonts.close()


def _collect_garbage_only_between_jobs() -> None:
    """Collect cyclic garbage only between jobs, never in the middle of a render.

    A layout makes tens of thousands of objects, so Python's automatic collector would otherwise
    stop renders at random for up to a fifth of their time (measured: p95 of a preview render
    402 ms with it, 256 ms collecting between jobs). What is alive after the warm-up (WeasyPrint's
    modules and caches) is frozen, so each collection looks only at the last job's objects
    (about 7 ms, after the reply is sent).
    """
    gc.collect()
    gc.freeze()
    gc.disable()


def run_job(
    renderer: Renderer, request: RenderRequest, fonts: Any = None
) -> RenderResult | RenderFailure:
    """Render one request; every failure comes back as a :class:`RenderFailure`, never raised."""
    started = time.perf_counter()
    try:
        resume = Resume.from_json_dict(request.resume)
        render = _render_letter if request.kind is RenderKind.LETTER else renderer
        result = render(
            resume, request.template, request.paper, preview=request.preview, fonts=fonts
        )
        if request.kind is RenderKind.THUMBNAIL:
            data = _first_page_png(result.pdf, request.width)
        else:
            data = result.pdf
    except Exception as exc:  # noqa: BLE001 - every failure goes back to the UI as text
        return RenderFailure(request.job_id, _plain_message(exc), traceback.format_exc())
    return RenderResult(
        job_id=request.job_id,
        kind=request.kind,
        data=data,
        page_count=int(result.page_count),
        render_ms=(time.perf_counter() - started) * 1000.0,
        warnings=tuple(str(w) for w in result.warnings),
    )


def _render_letter(resume: Resume, template: str | None, paper: str | None, **options: Any) -> Any:
    from resume_builder.letters import letter_for
    from resume_builder.output.letter_export import render_letter_pdf

    return render_letter_pdf(resume, letter_for(resume), template, paper, **options)


def _first_page_png(pdf: bytes, width: int) -> bytes:
    """Page 1 of ``pdf`` as a PNG ``width`` pixels wide (pypdfium2, in the worker)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        page = document[0]
        image = page.render(scale=width / page.get_width()).to_pil()
        buffer = io.BytesIO()
        image.save(buffer, format="PNG", optimize=False)
        return buffer.getvalue()
    finally:
        document.close()


def _plain_message(exc: BaseException) -> str:
    """User errors carry words written for people; anything else gets its type name too."""
    if isinstance(exc, UserError):
        return str(exc)
    text = str(exc).strip()
    name = type(exc).__name__
    return f"The resume could not be rendered ({name}: {text})" if text else f"{name} in renderer"
