"""Checks that go beyond the file format: things a valid file can still get wrong.

The model accepts any text in an email or phone field so that typing is never blocked; these
checks say, in plain words, what looks wrong and where. The CLI's ``validate`` prints them and the
app shows each message next to its field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from resume_builder.models import Resume

_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_PHONE_CHARS_RE = re.compile(r"^[0-9+().\-\s/x]+$", re.IGNORECASE)


@dataclass(frozen=True)
class Problem:
    """One thing to fix: where (a JSON Resume path such as ``work[0].endDate``) and what."""

    path: str
    message: str


def email_problem(text: str | None) -> str | None:
    """Explain what is wrong with an email address, or ``None`` if it looks fine or is empty."""
    if not text or not text.strip():
        return None
    if not _EMAIL_RE.match(text.strip()):
        return "This does not look like an email address (for example name@example.com)."
    return None


def phone_problem(text: str | None) -> str | None:
    """Explain what is wrong with a phone number, or ``None`` if it looks fine or is empty."""
    if not text or not text.strip():
        return None
    digits = sum(ch.isdigit() for ch in text)
    if not _PHONE_CHARS_RE.match(text.strip()):
        return "Use digits and + ( ) - . only, for example (555) 123-4567."
    if not 7 <= digits <= 15:
        return "A phone number has 7 to 15 digits."
    return None


def date_order_problem(start: str | None, end: str | None) -> str | None:
    """Explain an end date that comes before its start date (partial dates compare by prefix)."""
    if not start or not end:
        return None
    common = min(len(start), len(end))
    if end[:common] < start[:common]:
        return f"The end date ({end}) is before the start date ({start})."
    return None


def find_problems(resume: Resume) -> list[Problem]:
    """Every soft problem in ``resume``, in the order the sections appear in the file."""
    problems: list[Problem] = []
    if message := email_problem(resume.basics.email):
        problems.append(Problem("basics.email", message))
    if message := phone_problem(resume.basics.phone):
        problems.append(Problem("basics.phone", message))
    dated = {
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
