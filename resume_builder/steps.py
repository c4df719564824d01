"""The guided flow's steps, declared once: what each edits, when it is done, what helps with it.

The step list, the Review page, the side panel and the Coach's thresholds all read this registry,
so they cannot disagree about what "done" means. It is plain Python (no Qt): the UI maps each
step's ``page`` name to its page class.

A step is *done* when it has content and no open problem; an optional step without content is
neither done nor missing. Open problems are the step's own rules plus the Coach's errors and
warnings about fields on that step (patient information, an expired credential, misspellings),
each in plain words with the JSON path of the field it is about.

Titles and the steps' own messages are marked for translation (context "steps"): the core keeps
them in English and the UI shows them in the app's language.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from resume_builder.models import SECTION_IDS
from resume_builder.suggestions import NUMBER_SLOT
from resume_builder.ui_text import QT_TRANSLATE_NOOP
from resume_builder.validation import email_problem, phone_problem

if TYPE_CHECKING:
    from resume_builder.coaching.findings import Finding
    from resume_builder.models import Resume

MIN_SKILLS = 8
"""Skills (names and keywords, counted once each) a resume should list."""
MIN_BULLETS = 3
"""Bullets the main job should have."""
MIN_SUMMARY_WORDS = 15
"""Words a summary should have: two or three sentences."""

OPTIONAL_SECTIONS = tuple(SECTION_IDS[SECTION_IDS.index("volunteer") :])
"""The sections after skills (volunteer ... references), all edited on the More sections step."""


@dataclass(frozen=True)
class Problem:
    """One thing still to do, in plain words, and the field it is about.

    Attributes:
        step: Id of the step whose form holds the field.
        text: What to do, e.g. "Add a phone number"; the steps' own rules give a
            :class:`~resume_builder.ui_text.Message`, which the UI shows translated.
        path: JSON Resume path of the field (``work[0].highlights[2]``), or the section's.
        where: The field named in plain words ("Job 1, bullet 3"), or "".
    """

    step: str
    text: str
    path: str = ""
    where: str = ""


@dataclass(frozen=True)
class Step:
    """One step of the guided flow.

    Attributes:
        id: Stable id, e.g. ``"skills"``.
        title: Short title for the step list and the Next button.
        page: Name of the page class in ``resume_builder.ui.pages``.
        sections: JSON paths the step edits (a finding's path starting so belongs to it).
        optional: Never counted as missing when empty.
        suggestion_kind: What the suggestions tab offers on this step, if anything.
        side_tab: The side panel tab the step opens on ("suggestions", "tailor", "coaching",
            "versions") until the user picks another for it; "" hides the panel.
        has_content: Whether the user has written anything on the step.
        rule: The step's own open problems (without the Coach's findings).
    """

    id: str
    title: str
    page: str
    sections: tuple[str, ...]
    optional: bool
    suggestion_kind: str | None
    side_tab: str
    has_content: Callable[[Resume], bool]
    rule: Callable[[Resume], list[Problem]]


def skill_count(resume: Resume) -> int:
    """Distinct skills on the resume: every skill's name and keywords, ignoring case."""
    return len(
        {n.strip().lower() for s in resume.skills for n in (s.name, *s.keywords) if n and n.strip()}
    )


def _text(value: str | None) -> str:
    return (value or "").strip()


def _role(resume: Resume) -> list[Problem]:
    if resume.settings.target_role:
        return []
    return [
        Problem(
            "role",
            QT_TRANSLATE_NOOP("steps", "Choose the job you are applying for"),
            "meta.resumeBuilder",
        )
    ]


def _contact(resume: Resume) -> list[Problem]:
    basics = resume.basics
    out = []
    if not _text(basics.name):
        out.append(Problem("contact", QT_TRANSLATE_NOOP("steps", "Add your name"), "basics.name"))
    if not _text(basics.email):
        out.append(
            Problem("contact", QT_TRANSLATE_NOOP("steps", "Add an email address"), "basics.email")
        )
    elif problem := email_problem(basics.email or ""):
        text = QT_TRANSLATE_NOOP("steps", "Check the email address: {problem}").fill(
            problem=problem
        )
        out.append(Problem("contact", text, "basics.email"))
    if not _text(basics.phone):
        out.append(
            Problem("contact", QT_TRANSLATE_NOOP("steps", "Add a phone number"), "basics.phone")
        )
    elif problem := phone_problem(basics.phone or ""):
        text = QT_TRANSLATE_NOOP("steps", "Check the phone number: {problem}").fill(problem=problem)
        out.append(Problem("contact", text, "basics.phone"))
    if not (basics.location and _text(basics.location.city)):
        out.append(
            Problem("contact", QT_TRANSLATE_NOOP("steps", "Add your city"), "basics.location.city")
        )
    return out


def _summary(resume: Resume) -> list[Problem]:
    summary = _text(resume.basics.summary)
    path = "basics.summary"
    if not summary:
        return [
            Problem(
                "summary",
                QT_TRANSLATE_NOOP("steps", "Write a short summary (two or three sentences)"),
                path,
            )
        ]
    out = []
    words = len(summary.split())
    if words < MIN_SUMMARY_WORDS:
        out.append(
            Problem(
                "summary",
                QT_TRANSLATE_NOOP(
                    "steps", "Give your summary a little more ({words} words; aim for {minimum}+)"
                ).fill(words=words, minimum=MIN_SUMMARY_WORDS),
                path,
            )
        )
    if NUMBER_SLOT in summary:
        out.append(
            Problem(
                "summary",
                QT_TRANSLATE_NOOP("steps", "Replace {slot} in your summary").fill(slot=NUMBER_SLOT),
                path,
            )
        )
    return out


def _experience(resume: Resume) -> list[Problem]:
    if not resume.work:
        return [Problem("experience", QT_TRANSLATE_NOOP("steps", "Add at least one job"), "work")]
    out = []
    for i, job in enumerate(resume.work):
        path = f"work[{i}]"
        if not (_text(job.position) and _text(job.name)):
            out.append(
                Problem(
                    "experience",
                    QT_TRANSLATE_NOOP("steps", "Give the job a title and an employer"),
                    path,
                )
            )
        bullets = [h for h in job.highlights if h.strip()]
        if not bullets:
            out.append(
                Problem(
                    "experience",
                    QT_TRANSLATE_NOOP("steps", "Add bullets to the job"),
                    f"{path}.highlights",
                )
            )
        elif i == 0 and len(bullets) < MIN_BULLETS:
            out.append(
                Problem(
                    "experience",
                    QT_TRANSLATE_NOOP(
                        "steps", "Give your main job at least {minimum} bullets (it has {count})"
                    ).fill(count=len(bullets), minimum=MIN_BULLETS),
                    f"{path}.highlights",
                )
            )
        for j, bullet in enumerate(job.highlights):
            if NUMBER_SLOT in bullet:
                out.append(
                    Problem(
                        "experience",
                        QT_TRANSLATE_NOOP("steps", "Replace {slot} with your own number").fill(
                            slot=NUMBER_SLOT
                        ),
                        f"{path}.highlights[{j}]",
                    )
                )
    return out


def _education(resume: Resume) -> list[Problem]:
    if any(_text(e.institution) or _text(e.area) or _text(e.study_type) for e in resume.education):
        return []
    return [
        Problem(
            "education",
            QT_TRANSLATE_NOOP("steps", "Add your school or training program"),
            "education",
        )
    ]


def _skills(resume: Resume) -> list[Problem]:
    count = skill_count(resume)
    if count >= MIN_SKILLS:
        return []
    text = QT_TRANSLATE_NOOP("steps", "Add at least {minimum} skills ({count} so far)").fill(
        count=count, minimum=MIN_SKILLS
    )
    return [Problem("skills", text, "skills")]


def _none(_resume: Resume) -> list[Problem]:
    return []


def _never(_resume: Resume) -> bool:
    return False


STEPS: tuple[Step, ...] = (
    Step(
        "role",
        QT_TRANSLATE_NOOP("steps", "Target role"),
        "TargetRolePage",
        ("meta.resumeBuilder", "basics.label"),
        False,
        None,
        "tailor",
        lambda r: bool(r.settings.target_role),
        _role,
    ),
    Step(
        "contact",
        QT_TRANSLATE_NOOP("steps", "Contact"),
        "ContactPage",
        ("basics",),
        False,
        None,
        "tailor",
        lambda r: any(
            _text(v) for v in (r.basics.name, r.basics.email, r.basics.phone, r.basics.url)
        ),
        _contact,
    ),
    Step(
        "summary",
        QT_TRANSLATE_NOOP("steps", "Summary"),
        "SummaryPage",
        ("basics.summary",),
        False,
        "summaries",
        "suggestions",
        lambda r: bool(_text(r.basics.summary)),
        _summary,
    ),
    Step(
        "experience",
        QT_TRANSLATE_NOOP("steps", "Experience"),
        "ExperiencePage",
        ("work",),
        False,
        "responsibilities",
        "suggestions",
        lambda r: bool(r.work),
        _experience,
    ),
    Step(
        "education",
        QT_TRANSLATE_NOOP("steps", "Education"),
        "EducationPage",
        ("education",),
        False,
        None,
        "tailor",
        lambda r: bool(r.education),
        _education,
    ),
    Step(
        "certifications",
        QT_TRANSLATE_NOOP("steps", "Certifications"),
        "CertificationsPage",
        ("certificates",),
        True,
        "certifications",
        "suggestions",
        lambda r: bool(r.certificates),
        _none,
    ),
    Step(
        "skills",
        QT_TRANSLATE_NOOP("steps", "Skills"),
        "SkillsPage",
        ("skills",),
        False,
        "skills",
        "suggestions",
        lambda r: bool(r.skills),
        _skills,
    ),
    Step(
        "more",
        QT_TRANSLATE_NOOP("steps", "More sections"),
        "MoreSectionsPage",
        OPTIONAL_SECTIONS,
        True,
        None,
        "tailor",
        lambda r: any(getattr(r, s) for s in OPTIONAL_SECTIONS),
        _none,
    ),
    Step(
        "design",
        QT_TRANSLATE_NOOP("steps", "Design"),
        "DesignStepPage",
        (),
        True,
        None,
        "",
        _never,
        _none,
    ),
    Step(
        "review",
        QT_TRANSLATE_NOOP("steps", "Review & export"),
        "ReviewPage",
        (),
        True,
        None,
        "coaching",
        _never,
        _none,
    ),
)
"""Every step, in the order the user meets them."""

_BY_ID = {s.id: s for s in STEPS}
_NAMES = {
    "work": QT_TRANSLATE_NOOP("steps", "Job"),
    "education": QT_TRANSLATE_NOOP("steps", "School"),
    "certificates": QT_TRANSLATE_NOOP("steps", "Certification"),
    "skills": QT_TRANSLATE_NOOP("steps", "Skill"),
    "volunteer": QT_TRANSLATE_NOOP("steps", "Volunteer role"),
    "projects": QT_TRANSLATE_NOOP("steps", "Project"),
    "awards": QT_TRANSLATE_NOOP("steps", "Award"),
    "publications": QT_TRANSLATE_NOOP("steps", "Publication"),
    "languages": QT_TRANSLATE_NOOP("steps", "Language"),
    "interests": QT_TRANSLATE_NOOP("steps", "Interest"),
    "references": QT_TRANSLATE_NOOP("steps", "Reference"),
    "highlights": QT_TRANSLATE_NOOP("steps", "bullet"),
    "keywords": QT_TRANSLATE_NOOP("steps", "keyword"),
    "courses": QT_TRANSLATE_NOOP("steps", "course"),
    "profiles": QT_TRANSLATE_NOOP("steps", "Profile"),
}
_FIELD_WORDS = {
    "summary": QT_TRANSLATE_NOOP("steps", "summary"),
    "name": QT_TRANSLATE_NOOP("steps", "name"),
    "position": QT_TRANSLATE_NOOP("steps", "title"),
    "email": QT_TRANSLATE_NOOP("steps", "email"),
    "phone": QT_TRANSLATE_NOOP("steps", "phone"),
    "city": QT_TRANSLATE_NOOP("steps", "city"),
    "expiryDate": QT_TRANSLATE_NOOP("steps", "expiry date"),
    "startDate": QT_TRANSLATE_NOOP("steps", "start date"),
    "endDate": QT_TRANSLATE_NOOP("steps", "end date"),
    "date": QT_TRANSLATE_NOOP("steps", "date"),
    "description": QT_TRANSLATE_NOOP("steps", "description"),
    "issuer": QT_TRANSLATE_NOOP("steps", "issuer"),
    "label": QT_TRANSLATE_NOOP("steps", "headline"),
}
_PART_RE = re.compile(r"([A-Za-z]+)(?:\[(\d+)\])?")


def step(step_id: str) -> Step:
    """The step called ``step_id`` (KeyError if there is none)."""
    return _BY_ID[step_id]


def step_for_path(path: str) -> str:
    """The step whose form holds the field at a JSON Resume ``path`` such as ``work[0].name``.

    The longest matching section wins (``basics.summary`` is the Summary step, not Contact);
    anything unknown belongs to More sections.
    """
    best, best_len = "more", -1
    for s in STEPS:
        for prefix in s.sections:
            if (path == prefix or path.startswith((f"{prefix}.", f"{prefix}["))) and len(
                prefix
            ) > best_len:
                best, best_len = s.id, len(prefix)
    return best


def describe_path(path: str, translate: Callable[[str], str] = str) -> str:
    """A JSON path in plain words: ``certificates[0].expiryDate`` -> "Certification 1, expiry date".

    Entries are counted from 1, as people count; unknown parts are left out rather than shown raw.
    ``translate`` turns each (marked) word into the app's language; by default they stay English.
    """
    words: list[str] = []
    for name, index in _PART_RE.findall(path):
        if name in ("basics", "meta", "resumeBuilder"):
            continue
        if name in _NAMES:
            noun = translate(_NAMES[name])
            words.append(f"{noun} {int(index) + 1}" if index else noun.lower())
        elif name in _FIELD_WORDS:
            words.append(translate(_FIELD_WORDS[name]))
    text = ", ".join(words)
    return text[:1].upper() + text[1:]


def open_problems(resume: Resume, findings: Iterable[Finding] = ()) -> list[Problem]:
    """Everything still to do, step by step: each step's rules, then the Coach's findings.

    Only the Coach's errors and warnings count (tips are advice, not problems). Findings are
    placed on the step whose form holds their field.
    """
    by_step: dict[str, list[Problem]] = {s.id: list(s.rule(resume)) for s in STEPS}
    for finding in findings:
        if finding.severity == "tip":
            continue
        step_id = step_for_path(finding.path)
        by_step[step_id].append(Problem(step_id, finding.message, finding.path))
    return [
        Problem(p.step, p.text, p.path, describe_path(p.path) if "[" in p.path else "")
        for s in STEPS
        for p in by_step[s.id]
    ]


def is_done(step_id: str, resume: Resume, problems: Sequence[Problem]) -> bool:
    """Done means: the step has content and no open problem."""
    s = step(step_id)
    return s.has_content(resume) and not any(p.step == step_id for p in problems)


def progress(resume: Resume, problems: Sequence[Problem]) -> tuple[int, int]:
    """(done, counted): only steps that hold something of the user's, or must, are counted.

    Required steps always count; an optional step counts once it has content; steps with no
    content of their own (design, review) never count.
    """
    counted = [s for s in STEPS if s.sections and (not s.optional or s.has_content(resume))]
    done = sum(is_done(s.id, resume, problems) for s in counted)
    return done, len(counted)
