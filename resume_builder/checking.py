"""What an applicant tracking system will read: the PDF's text compared with the resume.

Simple parsers (pypdf, pdf.js ``getTextContent``) read a page's text in the order it is written
in the file, so that order must be the reading order. This check reads the PDF the same way and
says, in plain words, what a parser would miss or misread and how to fix it.
"""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass, field

from resume_builder.models import Resume
from resume_builder.outline import build_outline

_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
_LINE_END_BREAK_RE = re.compile(r"(?<=\w[-/])[ \t]*\n(?=\w)")
_DASHES = dict.fromkeys(map(ord, "‐‑‒–—―−"), "-")


@dataclass(frozen=True)
class AtsFinding:
    """One problem a parser would have, with what to do about it."""

    rule: str
    message: str
    fix: str


@dataclass(frozen=True)
class AtsReport:
    """The outcome of a check: passed when there are no findings."""

    findings: tuple[AtsFinding, ...] = field(default=())
    checked: int = 0

    @property
    def passed(self) -> bool:
        """True when a parser reads everything, in order."""
        return not self.findings

    def summary(self) -> str:
        """One sentence for the Review step and the CLI."""
        if self.passed:
            return f"An applicant tracking system reads all {self.checked} items, in order."
        count = len(self.findings)
        return (
            f"{count} problem{'s' if count != 1 else ''} an applicant tracking system would have."
        )


def extract_text(pdf: bytes) -> str:
    """The text of every page in the order it is written in the file, as simple parsers see it."""
    from pypdf import PdfReader  # only needed when checking

    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join((page.extract_text() or "") for page in reader.pages).replace("\x00", "")


def normalise(text: str) -> str:
    """Fold what differs only in form: ligatures, dash variants, spacing, Unicode composition."""
    for ligature, letters in _LIGATURES.items():
        text = text.replace(ligature, letters)
    text = unicodedata.normalize("NFC", text).translate(_DASHES)
    return " ".join(text.split())


def check_pdf(pdf: bytes, resume: Resume) -> AtsReport:
    """Compare the PDF's text with ``resume``: presence, order, name, contact, headings, glyphs."""
    raw = extract_text(pdf)
    # A line that ends in a hyphen or slash ("ICD-10-" / "PCS", "English/" / "Spanish") is one
    # word broken where the layout allowed; parsers join such lines, as people do.
    text = normalise(_LINE_END_BREAK_RE.sub("", raw))
    outline = build_outline(resume)
    findings: list[AtsFinding] = []

    if "\ufffd" in raw or "(cid:" in raw:
        findings.append(
            AtsFinding(
                "missing-glyphs",
                "Some characters come out as unreadable symbols.",
                "Use a template with bundled fonts, or replace unusual symbols in your text.",
            )
        )

    name = normalise(resume.basics.name or "")
    if name and not text.startswith(name):
        findings.append(
            AtsFinding(
                "name-first",
                f"The name does not read first, so a parser may not find '{name}'.",
                "Keep the name at the top of the template, on its own line.",
            )
        )
    first_heading = _first_heading_position(text, [s.title for s in outline.sections])
    for item in outline.contact:
        position = text.find(normalise(item))
        if position < 0 or (first_heading is not None and position > first_heading):
            findings.append(
                AtsFinding(
                    "contact-early",
                    f"The contact detail '{item}' does not read before the first section.",
                    "Put contact details in the header under the name.",
                )
            )
    if resume.basics.email and not _EMAIL_RE.search(text):
        findings.append(
            AtsFinding(
                "email",
                "No email address can be recovered from the text.",
                "Write the email address as plain text (name@example.com).",
            )
        )

    # Groups must read in order; the pieces inside a group (an entry's title, employer and
    # dates, or the contact line) may read in any order, as layouts differ there.
    groups: list[list[str]] = [[outline.name], list(outline.contact)]
    for section in outline.sections:
        groups.append([section.title])
        for entry in section.entries:
            groups.append([t for t in (entry.title, entry.subtitle, entry.dates) if t])
            groups.extend([line] for line in (*entry.lines, *entry.bullets))
    findings.extend(_order_findings(text, groups))
    return AtsReport(tuple(findings), checked=sum(len(g) for g in groups))


def _first_heading_position(text: str, titles: list[str]) -> int | None:
    positions = [p for p in (text.lower().find(t.lower()) for t in titles) if p >= 0]
    return min(positions) if positions else None


def _order_findings(text: str, groups: list[list[str]]) -> list[AtsFinding]:
    """Each group must read after the one before it, in words that are not run together."""
    findings = []
    folded = text.lower()
    position = 0
    for group in groups:
        group_end = position
        for piece in (normalise(p) for p in group if p and p.strip()):
            found = folded.find(piece.lower(), position)
            if found >= 0:
                group_end = max(group_end, found + len(piece))
            else:
                findings.append(_explain_missing(folded, piece))
        position = group_end
    return findings


def _explain_missing(folded: str, piece: str) -> AtsFinding:
    if folded.find(piece.lower()) >= 0:
        message = f"'{_short(piece)}' reads out of order."
        fix = "Use a single-column template or keep this item in the main column."
    elif _squashed(folded, piece):
        message = f"The words of '{_short(piece)}' run together or are split."
        fix = "Avoid tight letter spacing, hyphenation and tables; use normal word spacing."
    else:
        message = f"'{_short(piece)}' is missing from the text."
        fix = "Check that the section is visible and that the text is not inside an image."
    return AtsFinding("reading-order", message, fix)


def _squashed(folded_text: str, piece: str) -> bool:
    return piece.lower().replace(" ", "") in folded_text.replace(" ", "")


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
