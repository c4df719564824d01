"""Dates as people type them on a resume: "03/2022", "3/22", "March 2022", "Mar 2022", "2022".

Resumes carry months and years, rarely days. :func:`parse_date` turns what the user typed into
the file's form (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) or raises ``ValueError`` with a plain
message; it never guesses a day or month that was not typed.
"""

from __future__ import annotations

import re
from datetime import date

from resume_builder.models import check_partial_date

MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
EXAMPLES = "e.g. 03/2022, March 2022 or 2022"

_NUMERIC_RE = re.compile(r"^(?P<m>\d{1,2})\s*[/.\-]\s*(?P<y>\d{2}|\d{4})$")
_WORDS_RE = re.compile(r"^(?P<m>[A-Za-z]+)\.?,?\s*(?P<y>\d{2}|\d{4})$")
_YEAR_RE = re.compile(r"^\d{4}$")
_ISO_RE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")


def _year(text: str, today: date) -> int:
    """A four-digit year; two digits mean the nearest past century year (up to 5 years ahead)."""
    year = int(text)
    if len(text) == 2:
        year += 2000 if year <= today.year % 100 + 5 else 1900
    return year


def _month(name: str) -> int | None:
    """1-12 for a month name or its abbreviation ("Sept", "Mar"); None if it is not one."""
    name = name.lower()
    if len(name) < 3:
        return None
    for number, month in enumerate(MONTHS, start=1):
        if month.startswith(name) or (name == "sept" and number == 9):
            return number
    return None


def parse_date(text: str, *, today: date | None = None) -> str:
    """The resume date typed as ``text``, in the file's form; ``ValueError`` if it is not one.

    Accepted: ``2022``, ``2022-03``, ``2022-03-15``, ``03/2022``, ``3/22``, ``3-2022``,
    ``March 2022``, ``Mar 2022``, ``Sept. 2021``.
    """
    today = today or date.today()
    value = text.strip()
    if not value:
        raise ValueError(f"Type a date, {EXAMPLES}")
    if _YEAR_RE.match(value) or _ISO_RE.match(value):
        return _checked(value, value)
    month: int | None
    if match := _NUMERIC_RE.match(value):
        month, year = int(match["m"]), _year(match["y"], today)
    elif match := _WORDS_RE.match(value):
        month, year = _month(match["m"]), _year(match["y"], today)
        if month is None:
            raise ValueError(f"\u201c{match['m']}\u201d is not a month ({EXAMPLES})")
    else:
        raise ValueError(f"\u201c{value}\u201d is not a date this app can read ({EXAMPLES})")
    if not 1 <= month <= 12:
        raise ValueError(f"{month} is not a month: months go from 1 to 12 ({EXAMPLES})")
    return _checked(f"{year:04d}-{month:02d}", value)


def _checked(iso: str, typed: str) -> str:
    try:
        check_partial_date(iso)
    except ValueError as exc:
        raise ValueError(f"\u201c{typed}\u201d: {exc} ({EXAMPLES})") from None
    return iso


def date_problem(text: str | None) -> str | None:
    """Why ``text`` cannot be read as a date (``None`` if it can, or is empty)."""
    if not (text or "").strip():
        return None
    try:
        parse_date(text or "")
    except ValueError as exc:
        message = str(exc)
        return message[:1].upper() + message[1:] + "."
    return None


def normalise_date(text: str | None) -> str | None:
    """``text`` in the file's form, or ``None`` when empty; ``ValueError`` when unreadable."""
    return parse_date(text) if text and text.strip() else None
