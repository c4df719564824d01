"""The list steps: experience, education, certifications, skills and the optional sections."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel
from PySide6.QtCore import QCoreApplication
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
from resume_builder.ui.core_text import shown
from resume_builder.ui.pages.base import StepPage
from resume_builder.ui.pages.entries import EntryListEditor, FieldSpec
from resume_builder.ui_text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from resume_builder.ui.document import ResumeDocument


def _join(*parts: str | None, sep: str = " \u2014 ") -> str:
    return sep.join(p for p in parts if p)


def _dates(start: str | None, end: str | None, current: bool) -> str:
    if not start and not end:
        return ""
    present = QCoreApplication.translate("ExperiencePage", "present")
    span = QCoreApplication.translate("ExperiencePage", "{start} to {end}")
    return span.format(start=start or "?", end=end or (present if current else "?"))


class ExperiencePage(StepPage):
    """Jobs, newest first, each with bullets; suggested bullets go to the selected job."""

    step_id = "experience"
    intro = QT_TRANSLATE_NOOP(
        "ExperiencePage",
        "Your jobs, newest first. Give each one 3 to 6 bullets that start with a verb and, "
        "where you can, a number. Click a suggestion on the right to add it to the selected job.",
    )

    def __init__(self, document: ResumeDocument, parent: QWidget | None = None) -> None:
        """Build the job list and form."""
        super().__init__(document, parent)
        self.editor = EntryListEditor(
            document,
            "work",
            [
                FieldSpec(
                    "position",
                    self.tr("Job title"),
                    placeholder=self.tr("e.g. Medical Records Technician"),
                ),
                FieldSpec(
                    "name",
                    self.tr("Employer"),
                    placeholder=self.tr("e.g. Riverside Community Hospital"),
                ),
                FieldSpec(
                    "location", self.tr("Location"), placeholder=self.tr("e.g. Springfield, IL")
                ),
                FieldSpec("start_date", self.tr("Start date"), "date"),
                FieldSpec("end_date", self.tr("End date"), "end_date"),
                FieldSpec("highlights", self.tr("Bullets"), "bullets"),
            ],
            noun=self.tr("job"),
            describe=lambda job: _join(
                job.position or self.tr("New job"),
                job.name,
                _dates(job.start_date, job.end_date, True),
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
    intro = QT_TRANSLATE_NOOP(
        "EducationPage",
        "Degrees and programs, e.g. an associate degree in Health Information Technology.",
    )

    def __init__(self, document: ResumeDocument, parent: QWidget | None = None) -> None:
        """Build the school list and form."""
        super().__init__(document, parent)
        self.editor = EntryListEditor(
            document,
            "education",
            [
                FieldSpec(
                    "institution",
                    self.tr("School"),
                    placeholder=self.tr("e.g. Lakeland Community College"),
                ),
                FieldSpec(
                    "study_type",
                    self.tr("Degree"),
                    placeholder=self.tr("e.g. Associate of Applied Science"),
                ),
                FieldSpec(
                    "area",
                    self.tr("Field of study"),
                    placeholder=self.tr("e.g. Health Information Tech."),
                ),
                FieldSpec("start_date", self.tr("Start date"), "date"),
                FieldSpec("end_date", self.tr("End date"), "date"),
                FieldSpec("score", self.tr("GPA or honors"), placeholder=self.tr("optional")),
                FieldSpec(
                    "courses", self.tr("Courses"), "lines", placeholder=self.tr("separate with ;")
                ),
            ],
            noun=self.tr("school"),
            describe=lambda e: _join(
                e.institution or self.tr("New school"),
                _join(e.study_type, e.area, sep=", "),
                e.end_date,
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
    intro = QT_TRANSLATE_NOOP(
        "CertificationsPage",
        "Credentials employers look for. Click a suggestion to add it with its issuer filled in, "
        "then add the date you earned it.",
    )

    def __init__(self, document: ResumeDocument, parent: QWidget | None = None) -> None:
        """Build the certification list and form."""
        super().__init__(document, parent)
        self.editor = EntryListEditor(
            document,
            "certificates",
            [
                FieldSpec(
                    "name",
                    self.tr("Certification"),
                    placeholder=self.tr("e.g. Registered Health ..."),
                ),
                FieldSpec("issuer", self.tr("Issued by"), placeholder=self.tr("e.g. AHIMA")),
                FieldSpec("date", self.tr("Date earned"), "date"),
                FieldSpec("expiry_date", self.tr("Expires"), "date"),
                FieldSpec("number", self.tr("Number"), placeholder=self.tr("optional")),
                FieldSpec("url", self.tr("Verification link"), placeholder=self.tr("optional")),
            ],
            noun=self.tr("certification"),
            describe=lambda c: _join(c.name or self.tr("New certification"), c.issuer, c.date),
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
    intro = QT_TRANSLATE_NOOP(
        "SkillsPage",
        "The skills you would be hired for. Click suggestions on the right to add the ones you "
        "have; they are grouped by category on the resume.",
    )

    def __init__(self, document: ResumeDocument, parent: QWidget | None = None) -> None:
        """Build the skill list and form."""
        super().__init__(document, parent)
        self.editor = EntryListEditor(
            document,
            "skills",
            [
                FieldSpec("name", self.tr("Skill"), placeholder=self.tr("e.g. ICD-10-CM coding")),
                FieldSpec(
                    "category",
                    self.tr("Category"),
                    "choice",
                    placeholder=self.tr("e.g. Coding & classification"),
                    choices=tuple(CATEGORY_LABELS.items()),
                ),
                FieldSpec(
                    "level", self.tr("Level"), placeholder=self.tr("optional, e.g. Advanced")
                ),
                FieldSpec(
                    "keywords",
                    self.tr("Keywords"),
                    "csv",
                    placeholder=self.tr("optional, comma-separated"),
                ),
            ],
            noun=self.tr("skill"),
            describe=lambda s: _join(
                s.name or self.tr("New skill"), CATEGORY_LABELS.get(s.category or "", s.category)
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
        undo_text = self.tr("Add skill {skill}").format(skill=suggestion.text)
        self._document.apply(undo_text, lambda r: r.skills.append(skill))


_MORE: list[
    tuple[str, str, str, list[FieldSpec], Callable[[], BaseModel], Callable[[Any], str]]
] = [
    (
        "volunteer",
        QT_TRANSLATE_NOOP("MoreSectionsPage", "Volunteer"),
        QT_TRANSLATE_NOOP("MoreSectionsPage", "volunteer role"),
        [
            FieldSpec("position", QT_TRANSLATE_NOOP("MoreSectionsPage", "Role")),
            FieldSpec("organization", QT_TRANSLATE_NOOP("MoreSectionsPage", "Organization")),
            FieldSpec("start_date", QT_TRANSLATE_NOOP("MoreSectionsPage", "Start date"), "date"),
            FieldSpec("end_date", QT_TRANSLATE_NOOP("MoreSectionsPage", "End date"), "end_date"),
            FieldSpec("summary", QT_TRANSLATE_NOOP("MoreSectionsPage", "Summary"), "multiline"),
            FieldSpec("highlights", QT_TRANSLATE_NOOP("MoreSectionsPage", "Bullets"), "bullets"),
        ],
        Volunteer,
        lambda v: _join(
            v.position or QCoreApplication.translate("MoreSectionsPage", "New volunteer role"),
            v.organization,
        ),
    ),
    (
        "projects",
        QT_TRANSLATE_NOOP("MoreSectionsPage", "Projects"),
        QT_TRANSLATE_NOOP("MoreSectionsPage", "project"),
        [
            FieldSpec(
                "name",
                QT_TRANSLATE_NOOP("MoreSectionsPage", "Project"),
                placeholder=QT_TRANSLATE_NOOP("MoreSectionsPage", "e.g. EHR migration"),
            ),
            FieldSpec(
                "description", QT_TRANSLATE_NOOP("MoreSectionsPage", "Description"), "multiline"
            ),
            FieldSpec("start_date", QT_TRANSLATE_NOOP("MoreSectionsPage", "Start date"), "date"),
            FieldSpec("end_date", QT_TRANSLATE_NOOP("MoreSectionsPage", "End date"), "end_date"),
            FieldSpec("highlights", QT_TRANSLATE_NOOP("MoreSectionsPage", "Bullets"), "bullets"),
        ],
        Project,
        lambda p: p.name or QCoreApplication.translate("MoreSectionsPage", "New project"),
    ),
    (
        "awards",
        QT_TRANSLATE_NOOP("MoreSectionsPage", "Awards"),
        QT_TRANSLATE_NOOP("MoreSectionsPage", "award"),
        [
            FieldSpec("title", QT_TRANSLATE_NOOP("MoreSectionsPage", "Award")),
            FieldSpec("awarder", QT_TRANSLATE_NOOP("MoreSectionsPage", "Given by")),
            FieldSpec("date", QT_TRANSLATE_NOOP("MoreSectionsPage", "Date"), "date"),
            FieldSpec("summary", QT_TRANSLATE_NOOP("MoreSectionsPage", "Summary"), "multiline"),
        ],
        Award,
        lambda a: _join(
            a.title or QCoreApplication.translate("MoreSectionsPage", "New award"), a.awarder
        ),
    ),
    (
        "publications",
        QT_TRANSLATE_NOOP("MoreSectionsPage", "Publications"),
        QT_TRANSLATE_NOOP("MoreSectionsPage", "publication"),
        [
            FieldSpec("name", QT_TRANSLATE_NOOP("MoreSectionsPage", "Title")),
            FieldSpec("publisher", QT_TRANSLATE_NOOP("MoreSectionsPage", "Publisher")),
            FieldSpec("release_date", QT_TRANSLATE_NOOP("MoreSectionsPage", "Date"), "date"),
            FieldSpec("url", QT_TRANSLATE_NOOP("MoreSectionsPage", "Link")),
            FieldSpec("summary", QT_TRANSLATE_NOOP("MoreSectionsPage", "Summary"), "multiline"),
        ],
        Publication,
        lambda p: _join(
            p.name or QCoreApplication.translate("MoreSectionsPage", "New publication"), p.publisher
        ),
    ),
    (
        "languages",
        QT_TRANSLATE_NOOP("MoreSectionsPage", "Languages"),
        QT_TRANSLATE_NOOP("MoreSectionsPage", "language"),
        [
            FieldSpec(
                "language",
                QT_TRANSLATE_NOOP("MoreSectionsPage", "Language"),
                placeholder=QT_TRANSLATE_NOOP("MoreSectionsPage", "e.g. Spanish"),
            ),
            FieldSpec(
                "fluency",
                QT_TRANSLATE_NOOP("MoreSectionsPage", "Fluency"),
                placeholder=QT_TRANSLATE_NOOP("MoreSectionsPage", "e.g. Professional working"),
            ),
        ],
        Language,
        lambda lang: _join(
            lang.language or QCoreApplication.translate("MoreSectionsPage", "New language"),
            lang.fluency,
        ),
    ),
    (
        "interests",
        QT_TRANSLATE_NOOP("MoreSectionsPage", "Interests"),
        QT_TRANSLATE_NOOP("MoreSectionsPage", "interest"),
        [
            FieldSpec("name", QT_TRANSLATE_NOOP("MoreSectionsPage", "Interest")),
            FieldSpec("keywords", QT_TRANSLATE_NOOP("MoreSectionsPage", "Keywords"), "csv"),
        ],
        Interest,
        lambda i: i.name or QCoreApplication.translate("MoreSectionsPage", "New interest"),
    ),
    (
        "references",
        QT_TRANSLATE_NOOP("MoreSectionsPage", "References"),
        QT_TRANSLATE_NOOP("MoreSectionsPage", "reference"),
        [
            FieldSpec(
                "name",
                QT_TRANSLATE_NOOP("MoreSectionsPage", "Name"),
                placeholder=QT_TRANSLATE_NOOP(
                    "MoreSectionsPage", "or \u201cAvailable on request\u201d"
                ),
            ),
            FieldSpec("reference", QT_TRANSLATE_NOOP("MoreSectionsPage", "Reference"), "multiline"),
        ],
        Reference,
        lambda r: r.name or QCoreApplication.translate("MoreSectionsPage", "New reference"),
    ),
]


class MoreSectionsPage(StepPage):
    """Optional sections, one tab each; empty ones are left off the resume."""

    step_id = "more"
    intro = QT_TRANSLATE_NOOP(
        "MoreSectionsPage",
        "Optional. Anything you add here appears on the resume; empty sections are left off.",
    )

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
            self.tabs.addTab(editor, shown(label))
        self.body.addWidget(self.tabs, 1)

    def focus_path(self, path: str) -> bool:
        """Show the tab of the section at ``path``, then its entry and field."""
        for editor in self.editors.values():
            if editor.focus_path(path):
                self.tabs.setCurrentWidget(editor)
                return editor.focus_path(path)
        return False
