"""Checks that go beyond the file format: things a valid file can still get wrong.

The model accepts any text in an email or phone field so that typing is never blocked; these
checks say, in plain words, what looks wrong and where. The CLI's ``validate`` prints them and the
app shows each message next to its field; the messages are marked for translation (context
"validation") and the app shows them in its language.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from resume_builder.models import (
    Education,
    Project,
    Resume,
    Volunteer,
    Work,
    check_partial_date,
)
from resume_builder.ui_text import QT_TRANSLATE_NOOP

_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
_PHONE_CHARS_RE = re.compile(r"^[0-9+().\-\s]+$")
_URL_RE = re.compile(r"^(https?://)?[\w.-]+\.[a-z]{2,}(/\S*)?$", re.IGNORECASE)


@dataclass(frozen=True)
class Problem:
    """One thing to fix: where (a JSON Resume path such as ``work[0].endDate``) and what."""

    path: str
    message: str


def email_problem(text: str | None) -> str | None:
    """Why ``text`` is not an email address (``None`` if it is, or is empty)."""
    text = (text or "").strip()
    if not text or _EMAIL_RE.match(text):
        return None
    if "@" not in text:
        return QT_TRANSLATE_NOOP(
            "validation", "An email address needs an @, e.g. maria.lopez@example.com."
        )
    return QT_TRANSLATE_NOOP(
        "validation", "This does not look like an email address, e.g. maria.lopez@example.com."
    )


def phone_problem(text: str | None) -> str | None:
    """Why ``text`` is not a phone number (``None`` if it is, or is empty)."""
    text = (text or "").strip()
    if not text:
        return None
    if not _PHONE_CHARS_RE.match(text):
        return QT_TRANSLATE_NOOP(
            "validation", "Use only digits, spaces, +, -, ( and ), e.g. (555) 123-4567."
        )
    digits = sum(c.isdigit() for c in text)
    if digits < 7:
        few = QT_TRANSLATE_NOOP(
            "validation", "A phone number has at least 7 digits; this has {digits}."
        )
        return few.fill(digits=digits)
    if digits > 15:
        many = QT_TRANSLATE_NOOP(
            "validation", "A phone number has at most 15 digits; this has {digits}."
        )
        return many.fill(digits=digits)
    return None


def url_problem(text: str | None) -> str | None:
    """Why ``text`` is not a web address (``None`` if it is, or is empty)."""
    text = (text or "").strip()
    if not text or _URL_RE.match(text):
        return None
    return QT_TRANSLATE_NOOP(
        "validation",
        "This does not look like a web address, e.g. https://www.linkedin.com/in/maria.",
    )


def date_problem(text: str | None) -> str | None:
    """Why ``text`` is not a resume date (YYYY, YYYY-MM or YYYY-MM-DD); ``None`` if fine."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        check_partial_date(text)
    except ValueError as exc:
        message = str(exc)
        return message[:1].upper() + message[1:] + "."
    return None


def date_order_problem(start: str | None, end: str | None) -> str | None:
    """Say so when an end date comes before its start date (compared at the shared precision)."""
    if not start or not end or date_problem(start) or date_problem(end):
        return None
    size = min(len(start), len(end))
    if end[:size] < start[:size]:
        before = QT_TRANSLATE_NOOP(
            "validation", "The end date ({end}) is before the start date ({start})."
        )
        return before.fill(end=end, start=start)
    return None


def find_problems(resume: Resume) -> list[Problem]:
    """Every soft problem in ``resume``, in the order the sections appear in the file."""
    problems: list[Problem] = []
    if message := email_problem(resume.basics.email):
        problems.append(Problem("basics.email", message))
    if message := phone_problem(resume.basics.phone):
        problems.append(Problem("basics.phone", message))
    if message := url_problem(resume.basics.url):
        problems.append(Problem("basics.url", message))
    dated: dict[str, Sequence[Work | Volunteer | Education | Project]] = {
        "work": resume.work,
        "volunteer": resume.volunteer,
        "education": resume.education,
        "projects": resume.projects,
    }
    for section, entries in dated.items():
        for index, entry in enumerate(entries):
            if message := date_order_problem(entry.start_date, entry.end_date):
                problems.append(Problem(f"{section}[{index}].endDate", message))
    for index, cert in enumerate(resume.certificates):
        if message := date_order_problem(cert.date, cert.expiry_date):
            problems.append(Problem(f"certificates[{index}].expiryDate", message))
    return problems
