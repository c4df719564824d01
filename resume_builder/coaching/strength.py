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
from resume_builder.messages import Messages
from resume_builder.steps import MIN_BULLETS, MIN_SKILLS, MIN_SUMMARY_WORDS, skill_count

if TYPE_CHECKING:
    from resume_builder.dataset import Catalogue
    from resume_builder.models import Resume, Volunteer, Work

__all__ = ["MIN_BULLETS", "MIN_SKILLS", "MIN_SUMMARY_WORDS", "resume_strength"]
# The thresholds are the step registry's, so the Coach and the step list agree on "done".
NUMBERS_SHARE = 1 / 3
"""At least this share of bullets (and at least two) should carry a figure."""

_DIGIT_RE = re.compile(r"\d")

MESSAGES = Messages(
    {
        "contact-done": {
            "en": "Name, email, phone and city are filled in",
            "es": "Nombre, correo electrónico, teléfono y ciudad completos",
        },
        "contact": {
            "en": "Add your {missing} to the contact details",
            "es": "Agregue su {missing} a los datos de contacto",
        },
        "name": {"en": "name", "es": "nombre"},
        "email": {"en": "email", "es": "correo electrónico"},
        "phone": {"en": "phone", "es": "teléfono"},
        "city": {"en": "city", "es": "ciudad"},
        "and": {"en": "{first} and {last}", "es": "{first} y {last}"},
        "summary-done": {
            "en": "A summary introduces you",
            "es": "El resumen profesional está escrito",
        },
        "summary-none": {
            "en": "Write a summary of two or three sentences",
            "es": "Escriba un resumen de dos o tres oraciones",
        },
        "summary-short": {
            "en": "Give your summary a little more ({words} words; aim for {minimum}+)",
            "es": "Amplíe un poco su resumen ({words} palabras; intente llegar a {minimum} o más)",
        },
        "experience-done": {
            "en": "A job with {minimum}+ bullets",
            "es": "Un empleo con {minimum} viñetas o más",
        },
        "experience-none": {
            "en": "Add a job with at least {minimum} bullets",
            "es": "Agregue un empleo con al menos {minimum} viñetas",
        },
        "experience-few": {
            "en": "Give your main job at least {minimum} bullets (it has {best})",
            "es": "Dé a su empleo principal al menos {minimum} viñetas (tiene {best})",
        },
        "numbers-done": {
            "en": "Bullets show results with numbers",
            "es": "Las viñetas muestran resultados con cifras",
        },
        "numbers": {
            "en": "Put a number in at least {needed} bullets (volume, time, accuracy); {count} "
            "have one",
            "es": "Ponga una cifra en al menos {needed} viñetas (volumen, tiempo, precisión); "
            "{count} la tienen",
        },
        "certifications-none": {
            "en": "List your certifications (or one you are working towards)",
            "es": "Indique sus certificaciones (o una que esté preparando)",
        },
        "certifications-expired": {
            "en": "Renew or update {names}",
            "es": "Renueve o actualice {names}",
        },
        "certifications-done": {
            "en": "Certifications are listed and current",
            "es": "Certificaciones indicadas y vigentes",
        },
        "skills-done": {"en": "{count} skills listed", "es": "{count} habilidades indicadas"},
        "skills-few": {
            "en": "List at least {minimum} skills (you have {count})",
            "es": "Indique al menos {minimum} habilidades (tiene {count})",
        },
        "education-done": {"en": "Education is listed", "es": "Formación indicada"},
        "education-none": {
            "en": "Add your education or training",
            "es": "Agregue su formación o capacitación",
        },
        "writing-done": {
            "en": "No writing problems found",
            "es": "No se encontraron problemas de redacción",
        },
        "writing/one": {
            "en": "Fix {count} writing problem (weak openings, tense, spelling, placeholders)",
            "es": "Corrija {count} problema de redacción (inicios débiles, tiempo verbal, "
            "ortografía, marcadores)",
        },
        "writing/other": {
            "en": "Fix {count} writing problems (weak openings, tense, spelling, placeholders)",
            "es": "Corrija {count} problemas de redacción (inicios débiles, tiempo verbal, "
            "ortografía, marcadores)",
        },
        "privacy-done": {
            "en": "No patient information found",
            "es": "No se encontró información de pacientes",
        },
        "privacy/one": {
            "en": "Remove what looks like patient information ({count} place)",
            "es": "Quite lo que parece información de pacientes ({count} lugar)",
        },
        "privacy/other": {
            "en": "Remove what looks like patient information ({count} places)",
            "es": "Quite lo que parece información de pacientes ({count} lugares)",
        },
    }
)


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
    lang: str = "en",
) -> StrengthReport:
    """Score ``resume`` and list what would raise the score.

    Args:
        resume: The resume.
        findings: The result of :func:`~resume_builder.coaching.review.lint_resume`, if the
            caller already has it (saves running the checks twice); ``None`` runs them.
        today: The date for certification expiry; ``None`` means today.
        catalogue: Passed to the checks when ``findings`` is ``None``.
        lang: The language of the checklist (the reader's).
    """
    if findings is None:
        from resume_builder.coaching.review import lint_resume

        findings = lint_resume(resume, catalogue=catalogue, today=today, lang=lang)
    today = today or date.today()
    items = [
        _contact(resume, lang),
        _summary(resume, lang),
        _experience(resume, lang),
        _numbers(resume, lang),
        _certifications(resume, today, lang),
        _skills(resume, lang),
        _education(resume, lang),
        _writing(findings, lang),
        _privacy(findings, lang),
    ]
    score = sum(i.weight for i in items if i.done)
    return StrengthReport(score=score, items=tuple(items))


def _contact(resume: Resume, lang: str) -> ChecklistItem:
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
        return ChecklistItem("contact", True, MESSAGES.text("contact-done", lang), 10)
    named = _and([MESSAGES.text(key, lang) for key in missing], lang)
    return ChecklistItem(
        "contact", False, MESSAGES.text("contact", lang, missing=named), 10, "basics"
    )


def _summary(resume: Resume, lang: str) -> ChecklistItem:
    words = len((resume.basics.summary or "").split())
    if words >= MIN_SUMMARY_WORDS:
        return ChecklistItem("summary", True, MESSAGES.text("summary-done", lang), 10)
    text = (
        MESSAGES.text("summary-none", lang)
        if not words
        else MESSAGES.text("summary-short", lang, words=words, minimum=MIN_SUMMARY_WORDS)
    )
    return ChecklistItem("summary", False, text, 10, "basics.summary")


def _experience(resume: Resume, lang: str) -> ChecklistItem:
    best = max((len([h for h in w.highlights if h.strip()]) for w in resume.work), default=0)
    if best >= MIN_BULLETS:
        text = MESSAGES.text("experience-done", lang, minimum=MIN_BULLETS)
        return ChecklistItem("experience", True, text, 20)
    if not resume.work:
        text = MESSAGES.text("experience-none", lang, minimum=MIN_BULLETS)
        return ChecklistItem("experience", False, text, 20, "work")
    return ChecklistItem(
        "experience",
        False,
        MESSAGES.text("experience-few", lang, minimum=MIN_BULLETS, best=best),
        20,
        "work",
    )


def _numbers(resume: Resume, lang: str) -> ChecklistItem:
    entries: list[Work | Volunteer] = [*resume.work, *resume.volunteer]
    bullets = [h for w in entries for h in w.highlights if h.strip()]
    with_numbers = sum(1 for b in bullets if _DIGIT_RE.search(b) and "[N]" not in b)
    needed = max(2, -(-len(bullets) // 3))
    if bullets and with_numbers >= needed:
        return ChecklistItem("numbers", True, MESSAGES.text("numbers-done", lang), 10)
    return ChecklistItem(
        "numbers",
        False,
        MESSAGES.text("numbers", lang, needed=needed, count=with_numbers),
        10,
        "work",
    )


def _certifications(resume: Resume, today: date, lang: str) -> ChecklistItem:
    certs = [c for c in resume.certificates if (c.name or "").strip()]
    if not certs:
        return ChecklistItem(
            "certifications",
            False,
            MESSAGES.text("certifications-none", lang),
            10,
            "certificates",
        )
    expired = [
        c.name or ""
        for c in certs
        if c.expiry_date and (day := expiry_day(c.expiry_date)) is not None and day < today
    ]
    if expired:
        text = MESSAGES.text("certifications-expired", lang, names=_and(expired, lang))
        return ChecklistItem("certifications", False, text, 10, "certificates")
    return ChecklistItem("certifications", True, MESSAGES.text("certifications-done", lang), 10)


def _skills(resume: Resume, lang: str) -> ChecklistItem:
    count = skill_count(resume)
    if count >= MIN_SKILLS:
        return ChecklistItem("skills", True, MESSAGES.text("skills-done", lang, count=count), 10)
    text = MESSAGES.text("skills-few", lang, minimum=MIN_SKILLS, count=count)
    return ChecklistItem("skills", False, text, 10, "skills")


def _education(resume: Resume, lang: str) -> ChecklistItem:
    if any((e.institution or e.area or e.study_type) for e in resume.education):
        return ChecklistItem("education", True, MESSAGES.text("education-done", lang), 10)
    text = MESSAGES.text("education-none", lang)
    return ChecklistItem("education", False, text, 10, "education")


def _writing(findings: Sequence[Finding], lang: str) -> ChecklistItem:
    problems = [f for f in findings if f.kind in ("writing", "spelling") and f.severity != "tip"]
    if not problems:
        return ChecklistItem("writing", True, MESSAGES.text("writing-done", lang), 10)
    text = MESSAGES.plural("writing", len(problems), lang)
    return ChecklistItem("writing", False, text, 10, problems[0].path)


def _privacy(findings: Sequence[Finding], lang: str) -> ChecklistItem:
    phi = [f for f in findings if f.kind == "privacy"]
    if not phi:
        return ChecklistItem("privacy", True, MESSAGES.text("privacy-done", lang), 10)
    text = MESSAGES.plural("privacy", len(phi), lang)
    return ChecklistItem("privacy", False, text, 10, phi[0].path)


def _and(items: Sequence[str], lang: str) -> str:
    """The items as "a, b and c", in the reader's language."""
    items = list(items)
    if len(items) == 1:
        return items[0]
    return MESSAGES.text("and", lang, first=", ".join(items[:-1]), last=items[-1])
