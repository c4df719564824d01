"""A line of a source document with the layout hints the readers could recover."""

from __future__ import annotations

import re
from dataclasses import dataclass

BULLET_RE = re.compile(r"^\s*(?:[•●▪■◦○·∙‣⁃➢►▶✓✔❖◆♦*+\-–—o\ue000-\uf8ff]|\d{1,2}[.)]|[a-z][.)])\s+")
"""A list marker: any bullet glyph (Word's Symbol-font ones too), a dash or star, an "o", or a
number or letter with . or )."""
SPLIT_RE = re.compile(r"\s*(?:\t+|\s{3,}|\s[|•·◆♦]\s|\s[—–]\s|\s-\s)\s*")
"""What separates the parts of a line: tabs, wide gaps, bars, dots and spaced dashes."""


@dataclass
class SourceLine:
    """One line of text; readers fill what they know of its look."""

    text: str
    bullet: bool = False
    """It is a list item (a marker was seen, or Word said so)."""
    heading: bool = False
    """Its look says heading (a Word heading style, or larger type in a PDF)."""
    bold: bool = False
    indent: float = 0.0
    """How far it starts right of its column's left edge (points, or spaces for text)."""


def from_text(text: str) -> list[SourceLine]:
    """Plain text to lines: markers stripped into ``bullet``, leading spaces into ``indent``."""
    lines: list[SourceLine] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        stripped = raw.rstrip()
        if not stripped.strip():
            continue
        expanded = stripped.expandtabs(4)
        indent = float(len(expanded) - len(expanded.lstrip()))
        lines.append(clean_line(stripped.strip(), indent=indent))
    return lines


def clean_line(text: str, **hints: object) -> SourceLine:
    """A line with its list marker taken off and recorded."""
    match = BULLET_RE.match(text)
    bullet = bool(hints.pop("bullet", False))
    if match and len(text) > match.end() + 2:
        text, bullet = text[match.end() :], True
    return SourceLine(text.strip(), bullet=bullet, **hints)  # type: ignore[arg-type]
