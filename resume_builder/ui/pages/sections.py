"""The list steps: experience, education, certifications, skills and the optional sections."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel
from PySide6.QtWidgets import QTabWidget, QWidget

from resume_builder.dataset import CATEGORY_LABELS
from resume_builder.models import (
    Award,
    Certificate,
    Education,
    Interest,
    Language,
    Project,
    Publication,
    Reference,
    Skill,
    Volunteer,
    Work,
)
from resume_builder.suggestions import Suggestion
from resume_builder.ui.pages.base import StepPage
from resume_builder.ui.pages.entries import EntryListEditor, FieldSpec

if TYPE_CHECKING:
    from resume_builder.ui.document import ResumeDocument


def _join(*parts: str | None, sep: str = " \u2014 ") -> str:
    return sep.join(p for p in parts if p)


def _dates(start: str | None, end: str | None, current: bool) -> str:
    if not start and not end:
        return ""
    return f"{start or '?'} to {end or ('present' if current else '?')}"


class ExperiencePage(StepPage):
    """Jobs, newest first, each with bullets; suggested bullets go to the selected job."""

    step_id = "experience"
    intro = (
        "Your jobs, newest first. Give each one 3 to 6 bullets that start with a verb and, "
        "where you can, a number. Click a suggestion on the right to add it to the selected job."
    )

    def __init__(self, document: ResumeDocument, parent: QWidget | None = None) -> None:
        """Build the job list and form."""
        super().__init__(document, parent)
        self.editor = EntryListEditor(
            document,
            "work",
            [
                FieldSpec("position", "Job title", placeholder="e.g. Medical Records Technician"),
                FieldSpec("name", "Employer", placeholder="e.g. Riverside Community Hospital"),
                FieldSpec("location", "Location", placeholder="e.g. Springfield, IL"),
                FieldSpec("start_date", "Start date", "date"),
                FieldSpec("end_date", "End date", "end_date"),
                FieldSpec("highlights", "Bullets", "bullets"),
            ],
            noun="job",
            describe=lambda job: _join(
                job.position or "New job", job.name, _dates(job.start_date, job.end_date, True)
            ),
            factory=Work,
        )
        self.body.addWidget(self.editor, 1)

    def focus_path(self, path: str) -> bool:
        """Select the entry at ``path`` and focus its field."""
        return self.editor.focus_path(path)

    def add_suggestion(self, suggestion: Suggestion) -> None:
        """A suggested bullet was clicked: add it to the selected job, ready to edit."""
        self.add_bullet(suggestion.text)

    def add_bullet(self, text: str) -> int:
        """Add ``text`` to the selected job (adding a job first if there is none)."""
        if self.editor.current_row < 0:
            self.editor.add_entry()
        assert self.editor.bullets is not None
        return self.editor.bullets.add_bullet(text)


class EducationPage(StepPage):
    """Schools, degrees and certificate programs."""

    step_id = "education"
    intro = "Degrees and programs, e.g. an associate degree in Health Information Technology."

    def __init__(self, document: ResumeDocument, parent: QWidget | None = None) -> None:
        """Build the school list and form."""
        super().__init__(document, parent)
        self.editor = EntryListEditor(
            document,
            "education",
            [
                FieldSpec("institution", "School", placeholder="e.g. Lakeland Community College"),
                FieldSpec("study_type", "Degree", placeholder="e.g. Associate of Applied Science"),
                FieldSpec("area", "Field of study", placeholder="e.g. Health Information Tech."),
                FieldSpec("start_date", "Start date", "date"),
                FieldSpec("end_date", "End date", "date"),
                FieldSpec("score", "GPA or honors", placeholder="optional"),
                FieldSpec("courses", "Courses", "lines", placeholder="separate with ;"),
            ],
            noun="school",
            describe=lambda e: _join(
                e.institution or "New school", _join(e.study_type, e.area, sep=", "), e.end_date
            ),
            factory=Education,
        )
        self.body.addWidget(self.editor, 1)

    def focus_path(self, path: str) -> bool:
        """Select the entry at ``path`` and focus its field."""
        return self.editor.focus_path(path)


class CertificationsPage(StepPage):
    """Credentials such as RHIT or CCS, with number and expiry."""

    step_id = "certifications"
    intro = (
        "Credentials employers look for. Click a suggestion to add it with its issuer filled in, "
        "then add the date you earned it."
    )

    def __init__(self, document: ResumeDocument, parent: QWidget | None = None) -> None:
        """Build the certification list and form."""
        super().__init__(document, parent)
        self.editor = EntryListEditor(
            document,
            "certificates",
            [
                FieldSpec("name", "Certification", placeholder="e.g. Registered Health ..."),
                FieldSpec("issuer", "Issued by", placeholder="e.g. AHIMA"),
                FieldSpec("date", "Date earned", "date"),
                FieldSpec("expiry_date", "Expires", "date"),
                FieldSpec("number", "Number", placeholder="optional"),
                FieldSpec("url", "Verification link", placeholder="optional"),
            ],
            noun="certification",
            describe=lambda c: _join(c.name or "New certification", c.issuer, c.date),
            factory=Certificate,
        )
        self.body.addWidget(self.editor, 1)

    def focus_path(self, path: str) -> bool:
        """Select the entry at ``path`` and focus its field."""
        return self.editor.focus_path(path)

    def add_suggestion(self, suggestion: Suggestion) -> None:
        """A certification was clicked: add it with its issuer (the group it is listed under)."""
        self.editor.add_entry(Certificate(name=suggestion.text, issuer=suggestion.category_label))


class SkillsPage(StepPage):
    """Skills grouped by category, as employers' systems search for them."""

    step_id = "skills"
    intro = (
        "The skills you would be hired for. Click suggestions on the right to add the ones you "
        "have; they are grouped by category on the resume."
    )

    def __init__(self, document: ResumeDocument, parent: QWidget | None = None) -> None:
        """Build the skill list and form."""
        super().__init__(document, parent)
        self.editor = EntryListEditor(
            document,
            "skills",
            [
                FieldSpec("name", "Skill", placeholder="e.g. ICD-10-CM coding"),
                FieldSpec(
                    "category",
                    "Category",
                    "choice",
                    placeholder="e.g. Coding & classification",
                    choices=tuple(CATEGORY_LABELS.items()),
                ),
                FieldSpec("level", "Level", placeholder="optional, e.g. Advanced"),
                FieldSpec("keywords", "Keywords", "csv", placeholder="optional, comma-separated"),
            ],
            noun="skill",
            describe=lambda s: _join(
                s.name or "New skill", CATEGORY_LABELS.get(s.category or "", s.category)
            ),
            factory=Skill,
        )
        self.editor.view.setMaximumHeight(260)
        self.body.addWidget(self.editor, 1)

    def focus_path(self, path: str) -> bool:
        """Select the entry at ``path`` and focus its field."""
        return self.editor.focus_path(path)

    def add_suggestion(self, suggestion: Suggestion) -> None:
        """A suggested skill was clicked: add it under its dataset category."""
        skill = Skill(name=suggestion.text, category=suggestion.category)
        self._document.apply(f"Add skill {suggestion.text}", lambda r: r.skills.append(skill))


_MORE: list[
    tuple[str, str, str, list[FieldSpec], Callable[[], BaseModel], Callable[[Any], str]]
] = [
    (
        "volunteer",
        "Volunteer",
        "volunteer role",
        [
            FieldSpec("position", "Role"),
            FieldSpec("organization", "Organization"),
            FieldSpec("start_date", "Start date", "date"),
            FieldSpec("end_date", "End date", "end_date"),
            FieldSpec("summary", "Summary", "multiline"),
            FieldSpec("highlights", "Bullets", "bullets"),
        ],
        Volunteer,
        lambda v: _join(v.position or "New volunteer role", v.organization),
    ),
    (
        "projects",
        "Projects",
        "project",
        [
            FieldSpec("name", "Project", placeholder="e.g. EHR migration"),
            FieldSpec("description", "Description", "multiline"),
            FieldSpec("start_date", "Start date", "date"),
            FieldSpec("end_date", "End date", "end_date"),
            FieldSpec("highlights", "Bullets", "bullets"),
        ],
        Project,
        lambda p: p.name or "New project",
    ),
    (
        "awards",
        "Awards",
        "award",
        [
            FieldSpec("title", "Award"),
            FieldSpec("awarder", "Given by"),
            FieldSpec("date", "Date", "date"),
            FieldSpec("summary", "Summary", "multiline"),
        ],
        Award,
        lambda a: _join(a.title or "New award", a.awarder),
    ),
    (
        "publications",
        "Publications",
        "publication",
        [
            FieldSpec("name", "Title"),
            FieldSpec("publisher", "Publisher"),
            FieldSpec("release_date", "Date", "date"),
            FieldSpec("url", "Link"),
            FieldSpec("summary", "Summary", "multiline"),
        ],
        Publication,
        lambda p: _join(p.name or "New publication", p.publisher),
    ),
    (
        "languages",
        "Languages",
        "language",
        [
            FieldSpec("language", "Language", placeholder="e.g. Spanish"),
            FieldSpec("fluency", "Fluency", placeholder="e.g. Professional working"),
        ],
        Language,
        lambda lang: _join(lang.language or "New language", lang.fluency),
    ),
    (
        "interests",
        "Interests",
        "interest",
        [FieldSpec("name", "Interest"), FieldSpec("keywords", "Keywords", "csv")],
        Interest,
        lambda i: i.name or "New interest",
    ),
    (
        "references",
        "References",
        "reference",
        [
            FieldSpec("name", "Name", placeholder="or \u201cAvailable on request\u201d"),
            FieldSpec("reference", "Reference", "multiline"),
        ],
        Reference,
        lambda r: r.name or "New reference",
    ),
]


class MoreSectionsPage(StepPage):
    """Optional sections, one tab each; empty ones are left off the resume."""

    step_id = "more"
    intro = "Optional. Anything you add here appears on the resume; empty sections are left off."

    def __init__(self, document: ResumeDocument, parent: QWidget | None = None) -> None:
        """One tab per optional section."""
        super().__init__(document, parent)
        self.tabs = QTabWidget()
        self.editors: dict[str, EntryListEditor] = {}
        for section, label, noun, specs, factory, describe in _MORE:
            editor = EntryListEditor(
                document, section, specs, noun=noun, describe=describe, factory=factory
            )
            editor.setContentsMargins(8, 8, 8, 8)
            self.editors[section] = editor
            self.tabs.addTab(editor, label)
        self.body.addWidget(self.tabs, 1)

    def focus_path(self, path: str) -> bool:
        """Show the tab of the section at ``path``, then its entry and field."""
        for editor in self.editors.values():
            if editor.focus_path(path):
                self.tabs.setCurrentWidget(editor)
                return editor.focus_path(path)
        return False
