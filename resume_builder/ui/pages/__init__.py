"""The guided flow's steps, one page each; which page shows which step is in the step registry."""

from __future__ import annotations

from resume_builder.steps import STEPS
from resume_builder.ui.pages.base import StepPage
from resume_builder.ui.pages.finish import DesignStepPage, ReviewPage
from resume_builder.ui.pages.profile import ContactPage, SummaryPage, TargetRolePage
from resume_builder.ui.pages.sections import (
    CertificationsPage,
    EducationPage,
    ExperiencePage,
    MoreSectionsPage,
    SkillsPage,
)


def page_class(step_id: str) -> type[StepPage]:
    """The page class that the registry names for ``step_id``."""
    name = next(s.page for s in STEPS if s.id == step_id)
    cls = globals()[name]
    assert issubclass(cls, StepPage) and cls.step_id == step_id, name
    return cls


__all__ = [
    "CertificationsPage",
    "ContactPage",
    "DesignStepPage",
    "EducationPage",
    "ExperiencePage",
    "MoreSectionsPage",
    "ReviewPage",
    "SkillsPage",
    "StepPage",
    "SummaryPage",
    "TargetRolePage",
    "page_class",
]
