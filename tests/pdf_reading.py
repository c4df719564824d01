"""Reading PDFs back as text for the rendering tests (poppler's pdftotext reads them cleanly)."""

from __future__ import annotations

import re
import subprocess

_BIDI = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def pdf_text(pdf: bytes, *args: str, raw: bool = True) -> str:
    """The text of ``pdf``; ``raw`` keeps the order it is drawn in (``pdftotext -raw``)."""
    options = ["-raw", *args] if raw else list(args)
    out = subprocess.run(
        ["pdftotext", *options, "-enc", "UTF-8", "-", "-"],
        input=pdf,
        capture_output=True,
        check=True,
    )
    return out.stdout.decode("utf-8")


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
