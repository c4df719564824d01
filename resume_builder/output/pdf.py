"""HTML -> PDF with WeasyPrint (a :class:`PdfJob` -> an :class:`ExportResult`), own files only.

This is the only module that imports WeasyPrint, and only inside functions: the import takes most
of a second and the window must not wait for it. The URL fetcher handed to WeasyPrint serves files
under the templates folder (stylesheets, fonts, pictures) and ``data:`` URIs, and refuses
everything else: no network, no other files. A template that asks for a file of its own that is
missing is a :class:`~resume_builder.errors.TemplateError`; anything refused is reported back so
the caller can tell the user.
"""

from __future__ import annotations

import ctypes.util
import functools
import io
import logging
import mimetypes
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit
from urllib.request import url2pathname

from resume_builder.errors import ExportError, TemplateError
from resume_builder.output.fitting import FitResult, fit_html
from resume_builder.paths import templates_dir

if TYPE_CHECKING:
    from weasyprint.urls import URLFetcher, URLFetcherResponse

log = logging.getLogger(__name__)

_LOCAL_HOSTS = {"", "localhost"}
PDF_UA_VARIANT = "pdf/ua-1"
"""Variant written by default: tagged, with the document language and title (PDF/UA-1)."""
PDF_A_VARIANT = "pdf/a-3b"
"""Variant for archiving (PDF/A-3b), chosen with ``archival=True``."""
_EXTRA_TYPES = {
    ".ttf": "font/ttf",
    ".otf": "font/otf",
    ".woff": "font/woff",
    ".woff2": "font/woff2",
}


@functools.cache
def load_weasyprint() -> None:
    """Import WeasyPrint, on Linux without the library search that spawns processes.

    WeasyPrint asks cffi for each C library under every platform's spelling of its name, and cffi
    runs ``ctypes.util.find_library`` for each spelling that does not load as given; on Linux
    that starts ``ldconfig`` and gcc about fifty times (Kozea/WeasyPrint#1125), some 0.2 s of a
    0.5 s import. The Linux spellings (``libpango-1.0.so.0`` ...) load as given, so the search is
    switched off while WeasyPrint is imported; should that import fail, it is tried once more
    with the search.
    """
    if not sys.platform.startswith("linux") or "weasyprint" in sys.modules:
        import weasyprint  # noqa: F401

        return
    find_library = ctypes.util.find_library
    ctypes.util.find_library = _find_nothing
    try:
        import weasyprint  # noqa: F401
    except OSError:
        log.info("WeasyPrint's libraries did not load by their Linux names; searching for them")
    else:
        return
    finally:
        ctypes.util.find_library = find_library
    import weasyprint  # noqa: F401, F811


def _find_nothing(name: str) -> None:
    """``ctypes.util.find_library`` that never searches (see :func:`load_weasyprint`)."""
    return None


@dataclass(frozen=True)
class EmbeddedFile:
    """A file carried inside the PDF (PDF/A-3 associated file), such as the resume's JSON."""

    name: str
    data: bytes
    description: str
    relationship: str = "Source"


class FetchRefusedError(ValueError):
    """A resource outside the app's templates folder was asked for and not fetched."""


@dataclass
class PdfOutput:
    """A finished PDF, its page count and what the fetcher refused to load."""

    pdf: bytes
    page_count: int
    refused: list[str] = field(default_factory=list)
    served: list[str] = field(default_factory=list)


def resolve_local_url(url: str, root: Path) -> Path:
    """The file under ``root`` that a ``file:`` URL names, or :class:`FetchRefusedError`.

    Symbolic links and ``..`` are resolved first, so neither can lead outside ``root``.
    """
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        raise FetchRefusedError(f"not a valid address: {url}") from exc
    if parts.scheme.lower() != "file":
        raise FetchRefusedError(f"only the app's own files are read, not {parts.scheme}: addresses")
    if parts.netloc.lower() not in _LOCAL_HOSTS:
        raise FetchRefusedError(f"files on other computers are not read: {url}")
    path = Path(url2pathname(parts.path)).resolve()
    if not path.is_relative_to(Path(root).resolve()):
        raise FetchRefusedError(f"only files inside the app's templates folder are read: {path}")
    return path


def make_fetcher(root: Path | None = None) -> URLFetcher:
    """A WeasyPrint URL fetcher that serves only ``root`` (default: the templates folder).

    WeasyPrint 70 wants an *instance* of a ``URLFetcher`` subclass (it reads private attributes
    of it while rendering), so the class is built here, after the late import.
    """
    load_weasyprint()
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class LocalOnlyFetcher(URLFetcher):
        """Serves template files and ``data:`` URIs; refuses and records everything else."""

        def __init__(self, root: Path) -> None:
            super().__init__(timeout=1, allowed_protocols={"file", "data"})
            self.root = Path(root).resolve()
            self.refused: list[str] = []
            self.missing: list[str] = []
            self.served: list[str] = []

        def fetch(self, url: str, headers: Any = None) -> URLFetcherResponse:
            scheme = url.split(":", 1)[0].lower() if ":" in url else ""
            if scheme == "data":
                return super().fetch(url, headers)
            try:
                path = resolve_local_url(url, self.root)
            except FetchRefusedError:
                self.refused.append(url)
                log.info("Refused to fetch %s", _short(url))
                raise
            if not path.is_file():
                self.missing.append(str(path.relative_to(self.root)))
                raise FileNotFoundError(f"{path} is missing")
            mime = _EXTRA_TYPES.get(path.suffix.lower()) or mimetypes.guess_type(path.name)[0]
            self.served.append(str(path.relative_to(self.root)))
            return URLFetcherResponse(
                path.as_uri(),
                body=path.read_bytes(),
                headers={"Content-Type": mime or "application/octet-stream"},
            )

    return LocalOnlyFetcher(root if root is not None else templates_dir())


def html_to_pdf(
    html: str,
    base_dir: Path,
    *,
    root: Path | None = None,
    tagged: bool = True,
    archival: bool = False,
    attachments: tuple[EmbeddedFile, ...] = (),
    preview: bool = False,
    fonts: FontCache | None = None,
) -> PdfOutput:
    """Lay out ``html`` (relative links resolve against ``base_dir``) and return the PDF.

    By default the PDF is tagged for screen readers and declares PDF/UA-1 (structure tree,
    document language, title shown in the window); this costs about 5% of the render time.
    ``archival=True`` writes PDF/A-3b for long-term archiving instead, still tagged unless
    ``tagged=False``. ``attachments`` are embedded as files of the PDF (associated files, as
    PDF/A-3 allows). ``preview=True`` writes a PDF only meant for the screen, quicker to make:
    untagged and uncompressed. ``fonts`` keeps WeasyPrint's font set-up between renders (a
    long-lived worker); without it each call sets fonts up and cleans them away. Raises
    :class:`TemplateError` when the template's own files (stylesheets, fonts) are missing, and
    :class:`ExportError` when WeasyPrint fails for another reason.
    """
    load_weasyprint()
    from weasyprint import HTML, Attachment

    fetcher = make_fetcher(root)
    font_config = fonts.config if fonts is not None else _new_font_config()
    base_url = Path(base_dir).resolve().as_uri() + "/"
    try:
        document = HTML(string=html, base_url=base_url, url_fetcher=fetcher).render(
            font_config=font_config
        )
        if fetcher.missing:
            raise _missing_error(fetcher.missing, base_dir)
        files = [
            Attachment(
                file_obj=io.BytesIO(f.data),
                url_fetcher=fetcher,
                name=f.name,
                description=f.description,
                relationship=f.relationship,
            )
            for f in attachments
        ]
        options = (
            {"uncompressed_pdf": True} if preview else pdf_options(tagged=tagged, archival=archival)
        )
        pdf = document.write_pdf(**options, attachments=files or None)
    except (TemplateError, ExportError):
        raise
    except Exception as exc:
        raise _layout_error(exc) from exc
    finally:
        if fonts is None:
            _clean_up(font_config)
    if pdf is None:  # pragma: no cover - write_pdf() without a target always returns bytes
        raise ExportError("The PDF could not be made: WeasyPrint returned nothing.")
    return PdfOutput(
        pdf=pdf,
        page_count=len(document.pages),
        refused=list(dict.fromkeys(fetcher.refused)),
        served=list(dict.fromkeys(fetcher.served)),
    )


@dataclass(frozen=True)
class ExportResult:
    """A rendered PDF with its page count and plain-language warnings for the user."""

    pdf: bytes
    page_count: int
    warnings: list[str] = field(default_factory=list)
    fit: FitResult | None = None
    """What "fit to one page" did, when it was asked for."""


@dataclass(frozen=True)
class PdfJob:
    """One PDF to make, as plain data: the resume's HTML and how to write it.

    :func:`~resume_builder.output.exporting.prepare_pdf` makes it from a resume (the model and Jinja2 side); :func:`make_pdf`
    turns it into PDF bytes (the WeasyPrint side). Two halves, so the second can run in another
    process while the first is still at work (see :mod:`resume_builder.output.pdf_process`). Here, with :func:`make_pdf`, because this
    module needs no resume model: a process that only makes PDFs never loads pydantic.
    """

    html: str
    base_dir: Path
    """The template's folder: the HTML's relative links resolve against it."""
    fit_base_pt: float | None = None
    """Fit to one page, tightening from this text size; ``None`` keeps the layout as it is."""
    tagged: bool = True
    archival: bool = False
    attachments: tuple[EmbeddedFile, ...] = ()
    preview: bool = False
    warnings: tuple[str, ...] = ()
    """Warnings found while building the HTML, for the user."""


def make_pdf(job: PdfJob, fonts: FontCache | None = None) -> ExportResult:
    """Lay out and write the PDF that ``job`` describes (WeasyPrint loads here)."""
    warnings = list(job.warnings)
    html, fit = job.html, None
    if job.fit_base_pt is not None:
        html, fit = fit_html(html, job.fit_base_pt, lambda h: count_pages(h, job.base_dir))
        if not fit.fits:
            warnings.append(fit.message)
    output = html_to_pdf(
        html,
        job.base_dir,
        tagged=job.tagged,
        archival=job.archival,
        attachments=job.attachments,
        preview=job.preview,
        fonts=fonts,
    )
    for url in output.refused:
        shown = url if len(url) <= 60 else url[:57] + "\u2026"
        warnings.append(
            f"{shown} was not included: the app works offline and only uses its own files."
        )
    return ExportResult(pdf=output.pdf, page_count=output.page_count, warnings=warnings, fit=fit)


class FontCache:
    """WeasyPrint's font configuration kept across renders by a long-lived process.

    Setting fonts up again for every render costs a noticeable share of a preview; a worker
    keeps one of these for its life and calls :meth:`close` when it stops.
    """

    def __init__(self) -> None:
        """Set up fonts once (imports WeasyPrint)."""
        self.config = _new_font_config()

    def close(self) -> None:
        """Remove the font files WeasyPrint copied to a temporary folder."""
        _clean_up(self.config)


def _new_font_config() -> Any:
    load_weasyprint()
    from weasyprint.text.fonts import FontConfiguration

    return FontConfiguration()


def _clean_up(font_config: Any) -> None:
    # WeasyPrint copies @font-face files (2 MB for Lato) to a temporary folder that only its
    # __del__ removes; in a short CLI process that never runs, so clean up once written.
    font_config.__del__()


def pdf_options(*, tagged: bool = True, archival: bool = False) -> dict[str, Any]:
    """WeasyPrint ``write_pdf`` options for an accessible (and optionally archival) PDF."""
    if archival:
        return {"pdf_variant": PDF_A_VARIANT, "pdf_tags": tagged}
    if tagged:
        return {"pdf_variant": PDF_UA_VARIANT}
    return {}


def count_pages(html: str, base_dir: Path, *, root: Path | None = None) -> int:
    """How many pages ``html`` lays out to, without writing a PDF (used to fit one page)."""
    load_weasyprint()
    from weasyprint import HTML

    fetcher = make_fetcher(root)
    font_config = _new_font_config()
    base_url = Path(base_dir).resolve().as_uri() + "/"
    try:
        document = HTML(string=html, base_url=base_url, url_fetcher=fetcher).render(
            font_config=font_config
        )
        if fetcher.missing:
            raise _missing_error(fetcher.missing, base_dir)
        return len(document.pages)
    except (TemplateError, ExportError):
        raise
    except Exception as exc:
        raise _layout_error(exc) from exc
    finally:
        _clean_up(font_config)


def _layout_error(exc: Exception) -> ExportError:
    """WeasyPrint's failure as a plain :class:`ExportError`; the traceback goes to the log.

    Its ``AssertionError`` (and other errors without a message) come from content that cannot be
    placed on any page, such as a name longer than the sidebar is tall.
    """
    log.error("WeasyPrint failed", exc_info=exc)
    reason = str(exc).strip()
    if isinstance(exc, AssertionError | RecursionError) or not reason:
        reason = (
            "some content does not fit on a page (often a very long name, headline or word). "
            "Shorten it or choose another template"
        )
    return ExportError(f"The PDF could not be made: {reason}.")


def _missing_error(missing: list[str], base_dir: Path) -> TemplateError:
    names = ", ".join(dict.fromkeys(missing))
    return TemplateError(
        f'The template "{Path(base_dir).name}" is incomplete: it needs {names}, which '
        "could not be found in the app's templates folder. Reinstalling the app restores it."
    )


def _short(url: str) -> str:
    return url if len(url) <= 80 else url[:77] + "..."
