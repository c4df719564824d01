"""Reading PDFs back for the tests: the one place that opens a PDF (text, pages, fonts, catalog).

Text comes from poppler's ``pdftotext``, which reads every template cleanly (pypdf can interleave
NUL characters on some fonts); structure (pages, sizes, catalog, metadata) comes from pypdf.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

if TYPE_CHECKING:
    from pdfminer.layout import LTChar

_BIDI = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")

needs_poppler = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("pdftotext", "pdffonts", "qpdf")),
    reason="poppler-utils (pdftotext, pdffonts) and qpdf are needed to read PDFs back",
)
"""For tests that read text, fonts or structure with the command-line tools."""

Pdf = bytes | Path
"""A PDF as bytes in memory or as a file."""


def _bytes(pdf: Pdf) -> bytes:
    return pdf.read_bytes() if isinstance(pdf, Path) else pdf


def pdf_text(pdf: Pdf, *args: str, raw: bool = True) -> str:
    """The text of ``pdf``; ``raw`` keeps the order it is drawn in (``pdftotext -raw``)."""
    options = ["-raw", *args] if raw else list(args)
    out = subprocess.run(
        ["pdftotext", *options, "-enc", "UTF-8", "-", "-"],
        input=_bytes(pdf),
        capture_output=True,
        check=True,
    )
    return out.stdout.decode("utf-8")


def page_text(pdf: Pdf, number: int, *args: str, raw: bool = True) -> str:
    """The text of page ``number`` (from 1) alone."""
    return pdf_text(pdf, "-f", str(number), "-l", str(number), *args, raw=raw)


def reader(pdf: Pdf) -> PdfReader:
    """pypdf's view of ``pdf``, for its pages, catalog and metadata."""
    return PdfReader(pdf if isinstance(pdf, Path) else io.BytesIO(pdf))


def page_count(pdf: Pdf) -> int:
    """How many pages ``pdf`` has."""
    return len(reader(pdf).pages)


def page_sizes(pdf: Pdf) -> list[tuple[float, float]]:
    """(width, height) in points of every page."""
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader(pdf).pages]


def catalog(pdf: Pdf) -> DictionaryObject:
    """The document catalog (``/Root``): language, tagging, metadata stream, attachments."""
    root = reader(pdf).trailer["/Root"]
    assert isinstance(root, DictionaryObject)
    return root


def xmp(pdf: Pdf) -> str:
    """The XMP metadata stream as text."""
    return catalog(pdf)["/Metadata"].get_object().get_data().decode("utf-8")


def page_characters(pdf: Pdf) -> list[tuple[tuple[float, float, float, float], list[LTChar]]]:
    """Each page's box and the characters drawn on it, with their places and sizes (pdfminer)."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar, LTContainer

    def chars(item: object) -> list[LTChar]:
        if isinstance(item, LTChar):
            return [item]
        if isinstance(item, LTContainer):
            return [c for child in item for c in chars(child)]
        return []

    return [(page.bbox, chars(page)) for page in extract_pages(io.BytesIO(_bytes(pdf)))]


def attachments(pdf: Pdf) -> dict[str, bytes]:
    """The files attached to ``pdf``, by name (pdfium)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(_bytes(pdf))
    found = {}
    for index in range(document.count_attachments()):
        attachment = document.get_attachment(index)
        found[attachment.get_name()] = bytes(attachment.get_data())
    return found


def pdf_fonts(pdf: Pdf) -> list[tuple[str, bool]]:
    """(font name, embedded?) for every font in the PDF, from ``pdffonts``."""
    out = subprocess.run(["pdffonts", "-"], input=_bytes(pdf), capture_output=True, check=True)
    # name, type words..., encoding, emb, sub, uni, object, generation
    rows = out.stdout.decode("utf-8").splitlines()[2:]
    return [(row.split()[0], row.split()[-5] == "yes") for row in rows]


def qpdf_problems(pdf: Pdf) -> str:
    """What ``qpdf --check`` finds wrong with the file's structure ("" for a sound file)."""
    with tempfile.TemporaryDirectory() as folder:
        path = pdf if isinstance(pdf, Path) else Path(folder) / "check.pdf"
        if not isinstance(pdf, Path):
            path.write_bytes(pdf)  # qpdf reads files only
        out = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    return "" if out.returncode == 0 else out.stdout + out.stderr


def flat(text: str) -> str:
    """One line: bidi marks dropped, lines broken after a hyphen or slash joined, spaces folded."""
    text = _BIDI.sub("", text)
    text = re.sub(r"(?<=\w[-/])\n(?=\w)|(?<=:/)\n(?=/)", "", text)
    return re.sub(r"\s+", " ", text).strip()


def assert_in_order(text: str, needles: list[str]) -> None:
    """Each needle appears in ``text`` after the previous one (case-insensitive)."""
    haystack = flat(text).lower()
    position = 0
    for needle in needles:
        wanted = flat(needle).lower()
        found = haystack.find(wanted, position)
        assert found >= 0, f"{needle!r} not found after ...{haystack[position : position + 160]!r}"
        position = found + len(wanted)


def assert_ats_reads_in_order(pdf: bytes, needles: list[str]) -> None:
    """The resume ATS check's strict reading: pypdf, file order, only form differences folded."""
    from resume_builder.output.checking import extract_text, normalise

    # Join words broken after a hyphen at a line end, as check_pdf does.
    text = normalise(re.sub(r"(?<=\w[-/])[ \t]*\n(?=\w)", "", extract_text(pdf)))
    position = 0
    for needle in needles:
        found = text.find(normalise(needle), position)
        assert found >= 0, f"{needle!r} not read after ...{text[position : position + 200]!r}"
        position = found + len(normalise(needle))
