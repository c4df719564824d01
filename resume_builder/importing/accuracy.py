"""How many fields of a known resume an import got right, by kind (for bench/ and the tests).

Fields compared: name, email, phone, each job's title, employer, start and end date, each bullet,
each school, each certification's name, and each skill. Text is compared ignoring case, spacing
and punctuation at the ends; jobs, schools and certifications by position in the list.
"""

from __future__ import annotations

import re
from collections import Counter

from resume_builder.models import Resume


def _norm(value: object) -> str:
    text = re.sub(r"\s+", " ", str(value or "")).strip(" .,;:-–—").casefold()
    return text.replace("’", "'")


def field_scores(truth: Resume, found: Resume) -> Counter[str]:
    """``kind -> right`` and ``kind:total -> total`` counts (``accuracy`` turns them into shares)."""
    scores: Counter[str] = Counter()

    def check(kind: str, expected: object, got: object) -> None:
        if expected in (None, "", []):
            return
        scores[f"{kind}:total"] += 1
        scores[kind] += _norm(expected) == _norm(got)

    check("name", truth.basics.name, found.basics.name)
    check("email", truth.basics.email, found.basics.email)
    check(
        "phone",
        re.sub(r"\D", "", truth.basics.phone or ""),
        re.sub(r"\D", "", found.basics.phone or ""),
    )
    for index, job in enumerate(truth.work):
        other = found.work[index] if index < len(found.work) else None
        check("job title", job.position, other and other.position)
        check("employer", job.name, other and other.name)
        check("start date", job.start_date, other and other.start_date)
        check("end date", job.end_date or "present", other and (other.end_date or "present"))
        got = {_norm(b) for b in (other.highlights if other else [])}
        for bullet in job.highlights:
            scores["bullets:total"] += 1
            scores["bullets"] += _norm(bullet) in got
    for index, school in enumerate(truth.education):
        other_school = found.education[index] if index < len(found.education) else None
        check("school", school.institution, other_school and other_school.institution)
    names = {_norm(c.name) for c in found.certificates}
    for cert in truth.certificates:
        scores["certifications:total"] += 1
        scores["certifications"] += _norm(cert.name) in names
    skills = {_norm(s.name) for s in found.skills} | {
        _norm(k) for s in found.skills for k in s.keywords
    }
    for skill in truth.skills:
        for name in [skill.name, *skill.keywords] if skill.name else skill.keywords:
            scores["skills:total"] += 1
            scores["skills"] += _norm(name) in skills
    return scores


def accuracy(scores: Counter[str]) -> dict[str, float]:
    """Share right per kind, plus ``all``."""
    kinds = sorted(k.removesuffix(":total") for k in scores if k.endswith(":total"))
    shares = {k: scores[k] / scores[f"{k}:total"] for k in kinds}
    total = sum(scores[f"{k}:total"] for k in kinds)
    shares["all"] = sum(scores[k] for k in kinds) / total if total else 1.0
    return shares
