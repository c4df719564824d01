"""Dates as people type them on a resume: "03/2022", "3/22", "March 2022", "Mar 2022", "2022".

Resumes carry months and years, rarely days. :func:`parse_date` turns what the user typed into
the file's form (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) or raises ``ValueError`` with a plain
message; it never guesses a day or month that was not typed. Spanish month names are read too
("marzo 2022"), for people who use the app in Spanish. The messages are marked for translation
(context "dates"); the app shows them in its language.
"""

from __future__ import annotations

import re
from datetime import date

from resume_builder.language import SPANISH
from resume_builder.models import check_partial_date
from resume_builder.ui_text import QT_TRANSLATE_NOOP

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
EXAMPLES = QT_TRANSLATE_NOOP("dates", "e.g. 03/2022, March 2022 or 2022")

_NUMERIC_RE = re.compile(r"^(?P<m>\d{1,2})\s*[/.\-]\s*(?P<y>\d{2}|\d{4})$")
_WORDS_RE = re.compile(r"^(?P<m>[A-Za-z]+)\.?,?\s*(?:de\s+)?(?P<y>\d{2}|\d{4})$")
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
    # no Spanish name's first three letters are another month's in English
    for number, (month, mes) in enumerate(zip(MONTHS, SPANISH.long_months, strict=True), start=1):
        if (
            month.startswith(name)
            or mes.startswith(name)
            or (name in ("sept", "set") and number == 9)
        ):
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
        raise ValueError(
            QT_TRANSLATE_NOOP("dates", "Type a date, {examples}").fill(examples=EXAMPLES)
        )
    if _YEAR_RE.match(value) or _ISO_RE.match(value):
        return _checked(value, value)
    month: int | None
    if match := _NUMERIC_RE.match(value):
        month, year = int(match["m"]), _year(match["y"], today)
    elif match := _WORDS_RE.match(value):
        month, year = _month(match["m"]), _year(match["y"], today)
        if month is None:
            not_month = QT_TRANSLATE_NOOP("dates", "\u201c{word}\u201d is not a month ({examples})")
            raise ValueError(not_month.fill(word=match["m"], examples=EXAMPLES))
    else:
        unreadable = QT_TRANSLATE_NOOP(
            "dates", "\u201c{typed}\u201d is not a date this app can read ({examples})"
        )
        raise ValueError(unreadable.fill(typed=value, examples=EXAMPLES))
    if not 1 <= month <= 12:
        bad_month = QT_TRANSLATE_NOOP(
            "dates", "{month} is not a month: months go from 1 to 12 ({examples})"
        )
        raise ValueError(bad_month.fill(month=month, examples=EXAMPLES))
    return _checked(f"{year:04d}-{month:02d}", value)


def _checked(iso: str, typed: str) -> str:
    try:
        check_partial_date(iso)
    except ValueError as exc:
        problem = QT_TRANSLATE_NOOP("dates", "\u201c{typed}\u201d: {problem} ({examples})")
        raise ValueError(
            problem.fill(typed=typed, problem=exc.args[0], examples=EXAMPLES)
        ) from None
    return iso


def date_problem(text: str | None) -> str | None:
    """Why ``text`` cannot be read as a date (``None`` if it can, or is empty), as a sentence."""
    if not (text or "").strip():
        return None
    try:
        parse_date(text or "")
    except ValueError as exc:
        return QT_TRANSLATE_NOOP("dates", "{problem}.").fill(problem=exc.args[0])
    return None


def normalise_date(text: str | None) -> str | None:
    """``text`` in the file's form, or ``None`` when empty; ``ValueError`` when unreadable."""
    return parse_date(text) if text and text.strip() else None
