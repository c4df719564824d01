"""A resume strength score (0-100) with the short checklist that explains it.

The score is the sum of the weights of the checklist items that are done, so the user can always
see exactly what would raise it. Items and weights (total 100):

contact 10, summary 10, experience 20, numbers 10, certifications 10, skills 10, education 10,
writing 10, privacy 10.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from resume_builder.coaching.certificates import expiry_day
from resume_builder.coaching.findings import Finding
from resume_builder.steps import MIN_BULLETS, MIN_SKILLS, MIN_SUMMARY_WORDS, skill_count

if TYPE_CHECKING:
    from resume_builder.dataset import Catalogue
    from resume_builder.models import Resume, Volunteer, Work

__all__ = ["MIN_BULLETS", "MIN_SKILLS", "MIN_SUMMARY_WORDS", "resume_strength"]
# The thresholds are the step registry's, so the Coach and the step list agree on "done".
NUMBERS_SHARE = 1 / 3
"""At least this share of bullets (and at least two) should carry a figure."""

_DIGIT_RE = re.compile(r"\d")


@dataclass(frozen=True)
class ChecklistItem:
    """One thing a strong resume has.

    Attributes:
        id: Stable id, e.g. ``"contact"``.
        done: Whether the resume has it.
        text: Plain words for the checklist, e.g. "Add at least 8 skills (you have 5)".
        weight: Points it adds to the score when done.
        path: Where to go to fix it (a JSON path or section id), for the UI to jump to.
    """

    id: str
    done: bool
    text: str
    weight: int
    path: str = ""


@dataclass(frozen=True)
class StrengthReport:
    """The score and the checklist behind it."""

    score: int
    items: tuple[ChecklistItem, ...]

    @property
    def to_do(self) -> tuple[ChecklistItem, ...]:
        """Items not done yet, heaviest first: what would raise the score most."""
        return tuple(sorted((i for i in self.items if not i.done), key=lambda i: -i.weight))

    def to_json(self) -> dict[str, object]:
        """Plain data for ``--json`` output."""
        return {
            "score": self.score,
            "items": [
                {"id": i.id, "done": i.done, "text": i.text, "weight": i.weight, "path": i.path}
                for i in self.items
            ],
        }


def resume_strength(
    resume: Resume,
    findings: Sequence[Finding] | None = None,
    *,
    today: date | None = None,
    catalogue: Catalogue | None = None,
) -> StrengthReport:
    """Score ``resume`` and list what would raise the score.

    Args:
        resume: The resume.
        findings: The result of :func:`~resume_builder.coaching.review.lint_resume`, if the
            caller already has it (saves running the checks twice); ``None`` runs them.
        today: The date for certification expiry; ``None`` means today.
        catalogue: Passed to the checks when ``findings`` is ``None``.
    """
    if findings is None:
        from resume_builder.coaching.review import lint_resume

        findings = lint_resume(resume, catalogue=catalogue, today=today)
    today = today or date.today()
    items = [
        _contact(resume),
        _summary(resume),
        _experience(resume),
        _numbers(resume),
        _certifications(resume, today),
        _skills(resume),
        _education(resume),
        _writing(findings),
        _privacy(findings),
    ]
    score = sum(i.weight for i in items if i.done)
    return StrengthReport(score=score, items=tuple(items))


def _contact(resume: Resume) -> ChecklistItem:
    basics = resume.basics
    location = basics.location
    parts = {
        "name": basics.name,
        "email": basics.email,
        "phone": basics.phone,
        "city": location.city if location else None,
    }
    missing = [k for k, v in parts.items() if not (v and v.strip())]
    if not missing:
        return ChecklistItem("contact", True, "Name, email, phone and city are filled in", 10)
    return ChecklistItem(
        "contact", False, f"Add your {_and(missing)} to the contact details", 10, "basics"
    )


def _summary(resume: Resume) -> ChecklistItem:
    words = len((resume.basics.summary or "").split())
    if words >= MIN_SUMMARY_WORDS:
        return ChecklistItem("summary", True, "A summary introduces you", 10)
    text = (
        "Write a summary of two or three sentences"
        if not words
        else f"Give your summary a little more ({words} words; aim for {MIN_SUMMARY_WORDS}+)"
    )
    return ChecklistItem("summary", False, text, 10, "basics.summary")


def _experience(resume: Resume) -> ChecklistItem:
    best = max((len([h for h in w.highlights if h.strip()]) for w in resume.work), default=0)
    if best >= MIN_BULLETS:
        return ChecklistItem("experience", True, f"A job with {MIN_BULLETS}+ bullets", 20)
    if not resume.work:
        return ChecklistItem("experience", False, "Add a job with at least 3 bullets", 20, "work")
    return ChecklistItem(
        "experience",
        False,
        f"Give your main job at least {MIN_BULLETS} bullets (it has {best})",
        20,
        "work",
    )


def _numbers(resume: Resume) -> ChecklistItem:
    entries: list[Work | Volunteer] = [*resume.work, *resume.volunteer]
    bullets = [h for w in entries for h in w.highlights if h.strip()]
    with_numbers = sum(1 for b in bullets if _DIGIT_RE.search(b) and "[N]" not in b)
    needed = max(2, -(-len(bullets) // 3))
    if bullets and with_numbers >= needed:
        return ChecklistItem("numbers", True, "Bullets show results with numbers", 10)
    return ChecklistItem(
        "numbers",
        False,
        f"Put a number in at least {needed} bullets (volume, time, accuracy); "
        f"{with_numbers} have one",
        10,
        "work",
    )


def _certifications(resume: Resume, today: date) -> ChecklistItem:
    certs = [c for c in resume.certificates if (c.name or "").strip()]
    if not certs:
        return ChecklistItem(
            "certifications",
            False,
            "List your certifications (or one you are working towards)",
            10,
            "certificates",
        )
    expired = [
        c.name or ""
        for c in certs
        if c.expiry_date and (day := expiry_day(c.expiry_date)) is not None and day < today
    ]
    if expired:
        return ChecklistItem(
            "certifications", False, f"Renew or update {_and(expired)}", 10, "certificates"
        )
    return ChecklistItem("certifications", True, "Certifications are listed and current", 10)


def _skills(resume: Resume) -> ChecklistItem:
    count = skill_count(resume)
    if count >= MIN_SKILLS:
        return ChecklistItem("skills", True, f"{count} skills listed", 10)
    return ChecklistItem(
        "skills", False, f"List at least {MIN_SKILLS} skills (you have {count})", 10, "skills"
    )


def _education(resume: Resume) -> ChecklistItem:
    if any((e.institution or e.area or e.study_type) for e in resume.education):
        return ChecklistItem("education", True, "Education is listed", 10)
    return ChecklistItem("education", False, "Add your education or training", 10, "education")


def _writing(findings: Sequence[Finding]) -> ChecklistItem:
    problems = [f for f in findings if f.kind in ("writing", "spelling") and f.severity != "tip"]
    if not problems:
        return ChecklistItem("writing", True, "No writing problems found", 10)
    count = len(problems)
    return ChecklistItem(
        "writing",
        False,
        f"Fix {count} writing problem{'s' if count != 1 else ''} (weak openings, tense, "
        "spelling, placeholders)",
        10,
        problems[0].path,
    )


def _privacy(findings: Sequence[Finding]) -> ChecklistItem:
    phi = [f for f in findings if f.kind == "privacy"]
    if not phi:
        return ChecklistItem("privacy", True, "No patient information found", 10)
    return ChecklistItem(
        "privacy",
        False,
        f"Remove what looks like patient information ({len(phi)} place"
        f"{'s' if len(phi) != 1 else ''})",
        10,
        phi[0].path,
    )


def _and(items: Sequence[str]) -> str:
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
