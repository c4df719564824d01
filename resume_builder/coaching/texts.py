"""The resume's free text, each piece with its JSON Resume path, for the coaching checks.

Every check needs the same walk over the resume; doing it once here keeps the paths identical
across writing advice, privacy checks and posting matches, so the UI can point at one field.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from resume_builder.models import Resume

TextRole = Literal["bullet", "summary", "list", "title", "other"]
"""bullet: a highlight; summary: running prose; list: a short list item (skill, keyword,
credential, certificate name); title: a position or project name; other: anything else."""


@dataclass(frozen=True)
class TextField:
    """One piece of text in the resume.

    Attributes:
        path: JSON Resume path, e.g. ``work[1].highlights[0]``.
        text: The text as the user wrote it.
        role: What kind of text it is (see :data:`TextRole`).
        ended: True for bullets of a job or role that has an end date (past tense expected).
        entry: Path of the entry it belongs to, e.g. ``work[1]`` ("" for basics).
    """

    path: str
    text: str
    role: TextRole
    ended: bool = False
    entry: str = ""


def _add(out: list[TextField], path: str, text: str | None, role: TextRole, **kw: object) -> None:
    if text and text.strip():
        out.append(TextField(path, text, role, **kw))  # type: ignore[arg-type]


def resume_texts(resume: Resume) -> list[TextField]:  # noqa: C901 - one block a section
    """Every piece of free text in ``resume``, in file order (contact details left out)."""
    out: list[TextField] = []
    basics = resume.basics
    _add(out, "basics.label", basics.label, "title")
    _add(out, "basics.summary", basics.summary, "summary")
    for i, cred in enumerate(basics.credentials):
        _add(out, f"basics.credentials[{i}]", cred, "list")
    for i, job in enumerate(resume.work):
        entry = f"work[{i}]"
        ended = job.end_date is not None
        _add(out, f"{entry}.position", job.position, "title", entry=entry)
        _add(out, f"{entry}.description", job.description, "other", entry=entry)
        _add(out, f"{entry}.summary", job.summary, "summary", ended=ended, entry=entry)
        for j, bullet in enumerate(job.highlights):
            _add(out, f"{entry}.highlights[{j}]", bullet, "bullet", ended=ended, entry=entry)
    for i, vol in enumerate(resume.volunteer):
        entry = f"volunteer[{i}]"
        ended = vol.end_date is not None
        _add(out, f"{entry}.position", vol.position, "title", entry=entry)
        _add(out, f"{entry}.summary", vol.summary, "summary", ended=ended, entry=entry)
        for j, bullet in enumerate(vol.highlights):
            _add(out, f"{entry}.highlights[{j}]", bullet, "bullet", ended=ended, entry=entry)
    for i, project in enumerate(resume.projects):
        entry = f"projects[{i}]"
        ended = project.end_date is not None
        _add(out, f"{entry}.name", project.name, "title", entry=entry)
        _add(out, f"{entry}.description", project.description, "summary", ended=ended, entry=entry)
        for j, bullet in enumerate(project.highlights):
            _add(out, f"{entry}.highlights[{j}]", bullet, "bullet", ended=ended, entry=entry)
        for j, keyword in enumerate(project.keywords):
            _add(out, f"{entry}.keywords[{j}]", keyword, "list", entry=entry)
    for i, school in enumerate(resume.education):
        entry = f"education[{i}]"
        _add(out, f"{entry}.area", school.area, "title", entry=entry)
        _add(out, f"{entry}.studyType", school.study_type, "title", entry=entry)
        for j, course in enumerate(school.courses):
            _add(out, f"{entry}.courses[{j}]", course, "list", entry=entry)
    for i, cert in enumerate(resume.certificates):
        _add(out, f"certificates[{i}].name", cert.name, "list", entry=f"certificates[{i}]")
    for i, skill in enumerate(resume.skills):
        entry = f"skills[{i}]"
        _add(out, f"{entry}.name", skill.name, "list", entry=entry)
        for j, keyword in enumerate(skill.keywords):
            _add(out, f"{entry}.keywords[{j}]", keyword, "list", entry=entry)
    for i, award in enumerate(resume.awards):
        _add(out, f"awards[{i}].title", award.title, "title", entry=f"awards[{i}]")
        _add(out, f"awards[{i}].summary", award.summary, "summary", entry=f"awards[{i}]")
    for i, pub in enumerate(resume.publications):
        _add(out, f"publications[{i}].name", pub.name, "title", entry=f"publications[{i}]")
        _add(out, f"publications[{i}].summary", pub.summary, "summary", entry=f"publications[{i}]")
    for i, interest in enumerate(resume.interests):
        _add(out, f"interests[{i}].name", interest.name, "list", entry=f"interests[{i}]")
        for j, keyword in enumerate(interest.keywords):
            _add(out, f"interests[{i}].keywords[{j}]", keyword, "list", entry=f"interests[{i}]")
    for i, ref in enumerate(resume.references):
        _add(out, f"references[{i}].reference", ref.reference, "other", entry=f"references[{i}]")
    return out


def coached_texts(resume: Resume) -> list[TextField]:
    """The texts the writing coach reads: bullets and summaries."""
    return [t for t in resume_texts(resume) if t.role in ("bullet", "summary")]
