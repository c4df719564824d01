"""What every step page shares, and the plain rules that say what a step still needs."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtWidgets import QVBoxLayout, QWidget

from resume_builder.models import Resume
from resume_builder.suggestions import NUMBER_SLOT, Suggestion
from resume_builder.ui.pages.fields import heading
from resume_builder.validation import email_problem, phone_problem

if TYPE_CHECKING:
    from resume_builder.ui.document import ResumeDocument

MIN_SKILLS = 5
PAGE_MAX_WIDTH = 880
"""Forms wider than this are hard to scan; on big screens the preview gets the room."""


class StepPage(QWidget):
    """One step of the guided flow: a heading, a short explanation and the step's form.

    Subclasses set ``step_id``, ``title``, ``intro`` and, when the suggestions panel has
    something for the step, ``suggestion_kind``.
    """

    step_id: ClassVar[str] = ""
    title: ClassVar[str] = ""
    intro: ClassVar[str] = ""
    suggestion_kind: ClassVar[str | None] = None

    def __init__(self, document: ResumeDocument, parent: QWidget | None = None) -> None:
        """Lay out the heading; subclasses add to :attr:`body`."""
        super().__init__(parent)
        self._document = document
        self.setMaximumWidth(PAGE_MAX_WIDTH)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(20, 16, 20, 16)
        self.body.setSpacing(10)
        self.body.addWidget(heading(self.title, self.intro))

    def add_suggestion(self, suggestion: Suggestion) -> None:
        """Put a suggestion the user clicked into the resume (pages with suggestions override)."""
        raise NotImplementedError(f"{type(self).__name__} takes no suggestions")


def missing_items(step_id: str, resume: Resume) -> list[str]:
    """What the user still has to do on a step, in words; empty when the step is done.

    Optional steps (certifications, more sections) never report anything missing.
    """
    basics = resume.basics
    if step_id == "role":
        return [] if resume.settings.target_role else ["Choose the job you are applying for"]
    if step_id == "contact":
        needs = []
        if not (basics.name or "").strip():
            needs.append("Add your name")
        if not (basics.email or "").strip():
            needs.append("Add an email address")
        elif email_problem(basics.email or ""):
            needs.append("Check the email address")
        if not (basics.phone or "").strip():
            needs.append("Add a phone number")
        elif phone_problem(basics.phone or ""):
            needs.append("Check the phone number")
        return needs
    if step_id == "summary":
        summary = (basics.summary or "").strip()
        if not summary:
            return ["Write a short summary"]
        return [f"Replace {NUMBER_SLOT} in your summary"] if NUMBER_SLOT in summary else []
    if step_id == "experience":
        if not resume.work:
            return ["Add at least one job"]
        needs = []
        if any(not (job.position and job.name) for job in resume.work):
            needs.append("Give every job a title and an employer")
        if any(not job.highlights for job in resume.work):
            needs.append("Add bullets to every job")
        if any(NUMBER_SLOT in b for job in resume.work for b in job.highlights):
            needs.append(f"Replace {NUMBER_SLOT} with your own numbers")
        return needs
    if step_id == "education":
        return [] if resume.education else ["Add your school or training program"]
    if step_id == "skills":
        count = len([s for s in resume.skills if (s.name or "").strip()])
        if count < MIN_SKILLS:
            return [f"Add at least {MIN_SKILLS} skills ({count} so far)"]
        return []
    return []
