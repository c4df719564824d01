"""What every step page shares: the heading from the step registry, and going to a field."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtWidgets import QVBoxLayout, QWidget

from resume_builder.steps import Step, step
from resume_builder.suggestions import Suggestion
from resume_builder.ui.core_text import shown
from resume_builder.ui.pages.fields import heading

if TYPE_CHECKING:
    from resume_builder.ui.document import ResumeDocument

PAGE_MAX_WIDTH = 880
"""Forms wider than this are hard to scan; on big screens the preview gets the room."""


class StepPage(QWidget):
    """One step of the guided flow: a heading, a short explanation and the step's form.

    Subclasses set ``step_id`` (the rest of the step is declared in
    :data:`resume_builder.steps.STEPS`) and ``intro``, marked for translation:
    ``intro = QT_TRANSLATE_NOOP("SkillsPage", "...")`` (from :mod:`resume_builder.ui_text`).
    """

    step_id: ClassVar[str] = ""
    intro: ClassVar[str] = ""

    def __init__(self, document: ResumeDocument, parent: QWidget | None = None) -> None:
        """Lay out the heading; subclasses add to :attr:`body`."""
        super().__init__(parent)
        self._document = document
        self.setMaximumWidth(PAGE_MAX_WIDTH)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(14, 14, 14, 14)
        self.body.setSpacing(10)
        self.body.addWidget(heading(shown(self.step.title), shown(self.intro)))

    @property
    def step(self) -> Step:
        """The entry for this page in the step registry."""
        return step(self.step_id)

    @property
    def suggestion_kind(self) -> str | None:
        """What the suggestions tab offers on this step, if anything."""
        return self.step.suggestion_kind

    def add_suggestion(self, suggestion: Suggestion) -> None:
        """Put a suggestion the user clicked into the resume (pages with suggestions override)."""
        raise NotImplementedError(f"{type(self).__name__} takes no suggestions")

    def focus_path(self, path: str) -> bool:
        """Put the keyboard focus on the field at JSON ``path``; False if the page has none."""
        return False
