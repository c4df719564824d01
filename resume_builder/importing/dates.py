"""Dates as people write them on resumes, in English and Spanish, to JSON Resume dates.

"03/2022", "Mar 2022", "March 2022 - Present", "2019 - 2021", "Summer 2020", "marzo de 2020 -
actualidad". A season is read as its first month (summer = June), which the review shows as unsure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12, "ene": 1, "abr": 4, "ago": 8, "dic": 12,
}  # fmt: skip
_SEASONS = {
    "spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12,
    "primavera": 3, "verano": 6, "otoño": 9, "otono": 9, "invierno": 12,
}  # fmt: skip
MONTH_WORDS = (*_MONTHS, *_SEASONS)
"""Month and season names (English and Spanish), for telling a date cut off at a line end."""
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_SEASON_RE = "|".join(sorted(_SEASONS, key=len, reverse=True))
_TOKEN = (
    rf"(?:(?:{_MONTH_RE})\.?,?\s+(?:de\s+|of\s+)?(?:19|20)\d{{2}}"
    rf"|(?:{_SEASON_RE})\s+(?:de\s+)?(?:19|20)\d{{2}}"
    r"|\d{1,2}[/.-](?:19|20)\d{2}"
    r"|(?:19|20)\d{2}-[01]\d(?!\d)"
    r"|(?:19|20)\d{2})"
)
_PRESENT = (
    r"(?:present|current|currently|now|today|ongoing|actualidad|actual|presente|la fecha|hoy)"
)
_SEP = r"\s*(?:-|–|—|to|until|through|thru|a|al|hasta)\s*"
RANGE_RE = re.compile(
    rf"(?<![\w/])(?P<start>{_TOKEN})(?:{_SEP}(?P<end>{_TOKEN}|{_PRESENT}))?(?![\w/])",
    re.IGNORECASE,
)
"""A date or a date range anywhere in a line."""


@dataclass(frozen=True)
class DateRange:
    """A start and end found in text; ``end`` None with ``present`` True means "to present"."""

    start: str | None
    end: str | None
    present: bool
    text: str
    season: bool = False

    @property
    def single(self) -> str | None:
        """The one date of a range that is a single date (e.g. a graduation)."""
        return self.start if self.end is None and not self.present else None


def parse_date(token: str) -> tuple[str | None, bool]:
    """One written date to ``YYYY`` or ``YYYY-MM``; the flag says it was a season."""
    text = token.strip().lower().replace(",", " ").replace(".", " ")
    words = [w for w in text.split() if w not in ("de", "of")]
    if len(words) == 2 and words[0] in _MONTHS:
        return f"{words[1]}-{_MONTHS[words[0]]:02d}", False
    if len(words) == 2 and words[0] in _SEASONS:
        return f"{words[1]}-{_SEASONS[words[0]]:02d}", True
    match = re.fullmatch(r"(\d{1,2})[/.-]((?:19|20)\d{2})", token.strip())
    if match and 1 <= int(match[1]) <= 12:
        return f"{match[2]}-{int(match[1]):02d}", False
    match = re.fullmatch(r"((?:19|20)\d{2})-([01]\d)", token.strip())
    if match and 1 <= int(match[2]) <= 12:
        return f"{match[1]}-{match[2]}", False
    if re.fullmatch(r"(?:19|20)\d{2}", token.strip()):
        return token.strip(), False
    return None, False


def find_range(line: str) -> DateRange | None:
    """The first date range (or single date) in ``line``, preferring a range."""
    matches = list(RANGE_RE.finditer(line))
    if not matches:
        return None
    match = next((m for m in matches if m["end"]), matches[0])
    start, season_a = parse_date(match["start"])
    end_text = match["end"]
    present = bool(end_text) and re.fullmatch(_PRESENT, end_text.strip(), re.IGNORECASE) is not None
    end, season_b = (None, False) if not end_text or present else parse_date(end_text)
    if start is None:
        return None
    return DateRange(start, end, present, match.group(0), season_a or season_b)
