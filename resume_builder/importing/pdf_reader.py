"""PDF to a resume: our own PDFs exactly (from the embedded JSON), others from their text.

Characters are read with PDFium (pypdfium2) with their box, size and weight; they are put back
into lines and segments (a wide gap splits a line, as with a right-aligned date), a page with two
columns is read column by column, and the lines go to :mod:`~resume_builder.importing.mapping`.
There is no OCR: a scanned PDF without text is reported as such.
"""

from __future__ import annotations

import ctypes
import statistics
from dataclasses import dataclass
from pathlib import Path

from resume_builder.errors import ResumeFileError
from resume_builder.importing.embedded import read_embedded_resume
from resume_builder.importing.files import read_limited
from resume_builder.importing.headings import section_for
from resume_builder.importing.lines import SourceLine, clean_line
from resume_builder.importing.mapping import map_lines
from resume_builder.importing.result import ImportResult, exact_fields

MAX_PAGES = 10
"""A resume is one to three pages; only this many are read of a longer PDF."""
MAX_CHARS_PER_PAGE = 20_000
"""A full resume page holds about 5,000 characters; a page with more is read only this far."""


@dataclass
class _Char:
    """One character: its text, horizontal extent, baseline, size and weight."""

    text: str
    left: float
    right: float
    base: float
    size: float
    bold: bool
    space: bool
    """A space came before it in the content stream."""


@dataclass
class _Segment:
    """Characters of one line standing together (no wide gap inside)."""

    text: str
    left: float
    right: float
    bottom: float
    top: float
    size: float
    bold: bool


def import_pdf(path: Path) -> ImportResult:
    """Read a PDF file; raises :class:`ResumeFileError` for encrypted, broken or textless PDFs."""
    import pypdfium2

    data = read_limited(path)
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise ResumeFileError(path, "is not a PDF file")
    try:
        pdf = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise ResumeFileError(
                path,
                "is protected by a password; open it in your PDF reader, save a copy without "
                "the password, and import that",
            ) from exc
        raise ResumeFileError(path, "is damaged and cannot be read as a PDF") from exc
    try:
        embedded = read_embedded_resume(pdf, path)
        if embedded is not None:
            text = "\n".join(_page_text(pdf[i]) for i in range(min(len(pdf), MAX_PAGES)))
            return ImportResult(embedded, "resume-pdf", text, exact_fields(embedded))
        return _import_text_pdf(pdf, path)
    finally:
        pdf.close()


def _import_text_pdf(pdf, path: Path) -> ImportResult:
    notes: list[str] = []
    pages = len(pdf)
    if pages > MAX_PAGES:
        notes.append(
            f"The PDF has {pages} pages; only the first {MAX_PAGES} were read (a resume is "
            "rarely longer than three)."
        )
    lines: list[SourceLine] = []
    crowded = 0
    for index in range(min(pages, MAX_PAGES)):
        page = pdf[index]
        try:
            lines += _page_lines(page)
            crowded += _char_count(page) > MAX_CHARS_PER_PAGE
        finally:
            page.close()
    if crowded:
        notes.append(
            f"{crowded} page{'s have' if crowded > 1 else ' has'} far more text than a resume "
            f"page; only the first {MAX_CHARS_PER_PAGE:,} characters of each were read."
        )
    if not lines:
        raise ResumeFileError(
            path,
            "has no text to read: it looks like a scan or a picture of a resume. Import the "
            "Word file it came from, or paste the text instead",
        )
    source = "\n".join(("• " if line.bullet else "") + line.text for line in lines)
    result = map_lines(lines, "pdf", source)
    result.notes[:0] = notes
    return result


def _char_count(page) -> int:
    textpage = page.get_textpage()
    try:
        return textpage.count_chars()
    finally:
        textpage.close()


def _page_text(page) -> str:
    textpage = page.get_textpage()
    try:
        return textpage.get_text_bounded()
    finally:
        textpage.close()


def _page_lines(page) -> list[SourceLine]:
    """The page's lines in reading order, column by column."""
    segments = _segments(page)
    if not segments:
        return []
    width = page.get_width()
    gutter = _gutter(segments, width)
    if gutter is None:
        return _lines(segments)
    left = [s for s in segments if s.right <= gutter]
    right = [s for s in segments if s.left >= gutter]
    across = [s for s in segments if s.left < gutter < s.right]
    return _lines(across) + _lines(left) + _lines(right)


def _segments(page) -> list[_Segment]:
    import pypdfium2.raw as raw

    textpage = page.get_textpage()
    try:
        chars: list[_Char] = []
        space = False
        x, y = ctypes.c_double(), ctypes.c_double()
        name, flags = ctypes.create_string_buffer(128), ctypes.c_int()
        box = [ctypes.c_double() for _ in range(4)]
        for index in range(min(textpage.count_chars(), MAX_CHARS_PER_PAGE)):
            code = raw.FPDFText_GetUnicode(textpage, index)
            if code == 2 and chars:  # PDFium's mark for a hyphen where a line was broken
                last = chars[-1]
                chars.append(
                    _Char("-", last.right, last.right + 1, last.base, last.size, last.bold, False)
                )
                continue
            if code in (0, 0xFFFE, 0xFFFF) or chr(code).isspace():
                space = True
                continue
            if not raw.FPDFText_GetCharBox(textpage, index, *box):
                continue
            raw.FPDFText_GetCharOrigin(textpage, index, x, y)
            left, right = box[0].value, box[1].value
            size = raw.FPDFText_GetFontSize(textpage, index)
            bold = raw.FPDFText_GetFontWeight(textpage, index) >= 600 or _bold_font(
                textpage, index, name, flags
            )
            chars.append(_Char(chr(code), left, right, y.value, size, bold, space))
            space = False
    finally:
        textpage.close()
    return _group(chars)


def _bold_font(textpage, index: int, name, flags) -> bool:
    """Whether the character's font is a bold face, by its name ("Lato-Bold", "Arial,Bold")."""
    import pypdfium2.raw as raw

    length = raw.FPDFText_GetFontInfo(textpage, index, name, len(name), flags)
    text = name.value.decode("latin-1", "replace") if 0 < length <= len(name) else ""
    return any(word in text.lower() for word in ("bold", "black", "heavy", "semibold"))


def _group(chars: list[_Char]) -> list[_Segment]:
    """Characters into segments: same baseline, and no gap wider than about a space and a bit."""
    rows: list[list[_Char]] = []
    for char in sorted(chars, key=lambda c: (-round(c.base, 1), c.left)):
        if rows and abs(rows[-1][0].base - char.base) < max(rows[-1][0].size, 4) * 0.3:
            rows[-1].append(char)
        else:
            rows.append([char])
    segments: list[_Segment] = []
    for row in rows:
        row.sort(key=lambda c: c.left)
        current: list[_Char] = []
        text = ""
        for char in row:
            if current:
                gap = char.left - current[-1].right
                size = max(current[-1].size, 1)
                if gap > size * 1.2:
                    segments.append(_segment(current, text))
                    current, text = [], ""
                elif char.space or gap > size * 0.45:  # glyph boxes leave small gaps
                    text += " "
            current.append(char)
            text += char.text
        if current:
            segments.append(_segment(current, text))
    return segments


def _segment(chars: list[_Char], text: str) -> _Segment:
    return _Segment(
        text=text,
        left=min(c.left for c in chars),
        right=max(c.right for c in chars),
        bottom=min(c.base for c in chars),
        top=max(c.base + c.size * 0.7 for c in chars),
        size=statistics.median(c.size for c in chars),
        bold=sum(c.bold for c in chars) > len(chars) / 2,
    )


def _gutter(segments: list[_Segment], width: float) -> float | None:
    """An x between 20% and 80% of the page that (almost) no segment crosses: two columns."""
    best, best_score = None, 0
    for x in range(int(width * 0.2), int(width * 0.8), 2):
        crossing = sum(1 for s in segments if s.left < x < s.right)
        left = sum(1 for s in segments if s.right <= x)
        right = sum(1 for s in segments if s.left >= x)
        if crossing <= 3 and left >= 8 and right >= 8:
            score = min(left, right) - crossing * 10
            starts = sum(1 for s in segments if abs(s.left - x) < 40)
            if score > best_score and starts >= 5:
                best, best_score = x, score
    return best


def _lines(segments: list[_Segment]) -> list[SourceLine]:
    """Segments of one column into lines, top to bottom; parts joined with a tab."""
    if not segments:
        return []
    column_left = min(s.left for s in segments)
    body = statistics.median(s.size for s in segments)
    rows: list[list[_Segment]] = []
    for segment in sorted(segments, key=lambda s: (-s.top, s.left)):
        middle = (segment.top + segment.bottom) / 2
        if rows:
            first = rows[-1][0]
            if abs((first.top + first.bottom) / 2 - middle) < max(first.size, 4) * 0.5:
                rows[-1].append(segment)
                continue
        rows.append([segment])
    column_right = max(s.right for s in segments)
    lines: list[SourceLine] = []
    previous: list[_Segment] = []
    for row in rows:
        row.sort(key=lambda s: s.left)
        text = "\t".join(s.text for s in row)
        size = max(s.size for s in row)
        line = clean_line(
            text,
            bold=row[0].bold,
            heading=size > body * 1.15,
            indent=row[0].left - column_left,
        )
        if lines and not line.bullet and _wraps(previous, row, column_right):
            joint = "" if lines[-1].text.endswith("-") else " "
            lines[-1].text += joint + line.text
        else:
            lines.append(line)
        previous = row
    return lines


def _wraps(above: list[_Segment], row: list[_Segment], column_right: float) -> bool:
    """Whether ``row`` is the rest of the line above, pushed down because a word did not fit.

    That is: the line above is one left-aligned run that the row's first word would overflow, in
    the same type, and the row starts no further left than the text above did.
    """
    if not above or len(row) != 1 or any(len(s.text) > 2 for s in above[:-1]):
        return False  # only one run of text each (after a bullet glyph, if any)
    line, next_line = above[-1], row[0]
    if abs(line.size - next_line.size) > 0.5 or section_for(next_line.text) is not None:
        return False
    word = next_line.text.split(" ", 1)[0]
    per_char = (next_line.right - next_line.left) / max(len(next_line.text), 1)
    gap = line.top - next_line.top
    return (
        line.right + per_char * (len(word) + 1) > column_right - 2
        and 0 < gap < line.size * 1.8
        and next_line.left >= line.left - 3
    )
