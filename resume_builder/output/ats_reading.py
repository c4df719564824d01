"""A PDF read the way resume parsers read it: text items, lines, sections and entries.

Browser-based parsers (the open-source OpenResume parser and the many built like it) take pdf.js
text items: one item per text run, with its position and font. Blank items are dropped, items on
one line closer than a typical character width are merged (a space is added only after ``: , . |``
or a bullet), and pages are simply concatenated, so a page's last line and the next page's first
line become one. A heading is a line of one item in bold capitals; entries inside a section split
where the gap between lines exceeds 1.4 x the usual gap, else at bold lines. This module does
the same with pypdfium2's characters (grouped into items by their PDF text object), so
:mod:`resume_builder.output.checking` can say what such a parser would extract.
"""

from __future__ import annotations

import ctypes
import re
from collections import Counter
from dataclasses import dataclass, field

BULLETS = "•⋅∙⦁●⬤⚬○▪■◦"
"""Characters parsers treat as bullet points."""
_SPACE_AFTER = set(":,|." + BULLETS)
_SPACE_BEFORE = set("|" + BULLETS)
_WORD_GAP_EM = 0.1
"""A gap between two glyphs wider than this (in ems) reads as a space, as in pdf.js/pdftotext."""
_LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}


@dataclass
class Item:
    """One text item: a run of text drawn together, with its box and font."""

    text: str
    x0: float
    x1: float
    y: float
    size: float
    bold: bool
    page: int


@dataclass
class Line:
    """Items read as one line (a page's last line also takes the next page's first)."""

    items: list[Item]

    @property
    def text(self) -> str:
        """The items' text, one space between items."""
        return " ".join(i.text for i in self.items)

    @property
    def y(self) -> float:
        """Where the line starts, as parsers measure gaps (the first item's baseline)."""
        return self.items[0].y

    @property
    def page(self) -> int:
        """The page the line starts on."""
        return self.items[0].page


@dataclass
class Section:
    """A heading (empty for the part before the first heading) and its lines."""

    title: str
    lines: list[Line] = field(default_factory=list)


@dataclass
class Reading:
    """A whole PDF as a parser reads it."""

    lines: list[Line]
    sections: list[Section]
    page_starts: list[tuple[int, str]]
    """Each later page's number and first line, which parsers run into the page before."""
    running_headers: list[str] = field(default_factory=list)
    """Later pages' first lines that sit above all their other text (a running header)."""


def read_pdf(pdf: bytes) -> Reading:
    """Read ``pdf``'s text items, lines, sections and entries as a pdf.js-based parser does."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    lines: list[Line] = []
    joins: list[tuple[int, str]] = []
    headers: list[str] = []
    try:
        for number in range(len(document)):
            page = document[number]
            textpage = page.get_textpage()
            try:
                page_lines = _page_lines(textpage, number + 1)
            finally:
                textpage.close()
                page.close()
            if lines and page_lines:
                # Pages are concatenated: the last item of a page has no end-of-line mark.
                first = page_lines.pop(0)
                joins.append((number + 1, first.text))
                if _is_running_header(first, number + 1, lines[0]):
                    headers.append(first.text)
                lines[-1] = Line(lines[-1].items + first.items)
            lines.extend(page_lines)
    finally:
        document.close()
    _merge_close_items(lines)
    return Reading(lines, _sections(lines), joins, headers)


def _is_running_header(line: Line, page: int, top: Line) -> bool:
    """A page's first line that names the page number ("Page 2", "Página 2") or repeats the name."""
    text = line.text
    number = re.search(rf"\b(?:page|página) {page}\b", text, re.IGNORECASE)
    return bool(number) or top.items[0].text in text


def is_heading(line: Line, index: int) -> bool:
    """A section heading: past the first two lines, one item, bold and all capitals."""
    if index < 2 or len(line.items) != 1:
        return False
    item = line.items[0]
    letters = [c for c in item.text if c.isalpha()]
    return item.bold and bool(letters) and all(c.isupper() for c in letters)


def split_entries(lines: list[Line]) -> list[list[Line]]:
    """Entries as parsers cut them: gaps over 1.4 x the usual line gap, else bold lines."""
    if not lines:
        return []
    gaps = [round(a.y - b.y) for a, b in zip(lines, lines[1:], strict=False)]
    usual = Counter(gaps).most_common(1)[0][0] if gaps else 0
    entries = _split(lines, lambda prev, line: round(prev.y - line.y) > usual * 1.4)
    if len(entries) == 1:
        entries = _split(lines, lambda prev, line: not prev.items[0].bold and line.items[0].bold)
    return entries


def _split(lines: list[Line], starts_entry) -> list[list[Line]]:
    entries = [[lines[0]]]
    for prev, line in zip(lines, lines[1:], strict=False):
        if starts_entry(prev, line):
            entries.append([line])
        else:
            entries[-1].append(line)
    return entries


def _sections(lines: list[Line]) -> list[Section]:
    sections = [Section("")]
    for index, line in enumerate(lines):
        if is_heading(line, index):
            sections.append(Section(line.items[0].text))
        else:
            sections[-1].lines.append(line)
    return sections


@dataclass
class _Char:
    text: str
    x0: float
    x1: float
    y: float
    height: float
    run: int
    bold: bool


def _page_lines(textpage, page: int) -> list[Line]:
    """Characters -> items (one per text object, blank ends cut off) -> lines (pdf.js's EOL)."""
    import pypdfium2.raw as raw

    chars: list[_Char] = []
    font = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    runs: dict[int | None, int] = {}
    for index in range(textpage.count_chars()):
        if raw.FPDFText_IsGenerated(textpage.raw, index):
            continue
        code = raw.FPDFText_GetUnicode(textpage.raw, index)
        if code in (0, 0xFFFE) or chr(code) in "\r\n":
            continue
        left, bottom, right, top = textpage.get_charbox(index, loose=True)
        obj = ctypes.cast(raw.FPDFText_GetTextObject(textpage.raw, index), ctypes.c_void_p).value
        raw.FPDFText_GetFontInfo(textpage.raw, index, font, len(font), ctypes.byref(flags))
        bold = (
            b"bold" in font.value.lower() or raw.FPDFText_GetFontWeight(textpage.raw, index) >= 600
        )
        text = _LIGATURES.get(chr(code), chr(code))
        chars.append(
            _Char(text, left, right, bottom, top - bottom, runs.setdefault(obj, len(runs)), bold)
        )
    lines: list[list[_Char]] = []
    for char in chars:
        line = lines[-1] if lines else None
        if line is None or _new_line(line[-1], char):
            lines.append([char])
        else:
            line.append(char)
    result = []
    for line in lines:
        items = _items(line, page)
        if items:
            result.append(Line(items))
    return result


def _new_line(prev: _Char, char: _Char) -> bool:
    """pdf.js ends a line when the text moves down (or up) or jumps back to the left."""
    size = min(prev.height, char.height) or 1
    return abs(prev.y - char.y) > 0.5 * size or char.x0 < prev.x0 - size


def _items(chars: list[_Char], page: int) -> list[Item]:
    """Cut a line's characters into items at text-object changes; blank ends become blank items."""
    groups: list[list[_Char]] = []
    for char in chars:
        if groups and groups[-1][-1].run == char.run:
            groups[-1].append(char)
        else:
            groups.append([char])
    items = []
    for group in groups:
        while group and not group[0].text.strip():
            group = group[1:]
        while group and not group[-1].text.strip():
            group = group[:-1]
        if not group:
            continue  # blank items are dropped, as parsers do
        text = group[0].text
        for prev, char in zip(group, group[1:], strict=False):
            em = (char.height or 1) / 1.2
            if prev.text.strip() and char.text.strip() and char.x0 - prev.x1 > _WORD_GAP_EM * em:
                text += " "  # a visible gap with no space character (letter-spacing)
            text += char.text
        text = re.sub(r"\s+", " ", text)
        items.append(
            Item(
                text=text,
                x0=group[0].x0,
                x1=group[-1].x1,
                y=group[0].y,
                size=group[0].height / 1.2,
                bold=group[0].bold,
                page=page,
            )
        )
    return items


def _merge_close_items(lines: list[Line]) -> None:
    """Merge neighbouring items closer than a typical character width (OpenResume's rule)."""
    all_items = [i for line in lines for i in line.items]
    if not all_items:
        return
    common = Counter((round(i.size, 1), i.bold) for i in all_items).most_common(1)[0][0]
    typical = [i for i in all_items if (round(i.size, 1), i.bold) == common]
    width = sum(i.x1 - i.x0 for i in typical) / max(1, sum(len(i.text) for i in typical))
    for line in lines:
        items = line.items
        for index in range(len(items) - 1, 0, -1):
            left, right = items[index - 1], items[index]
            if right.x0 - left.x1 <= width:
                space = (left.text[-1] in _SPACE_AFTER and right.text[0] != " ") or (
                    left.text[-1] != " " and right.text[0] in _SPACE_BEFORE
                )
                left.text += (" " if space else "") + right.text
                left.x1 = max(left.x1, right.x1) if right.page == left.page else left.x1
                del items[index]
