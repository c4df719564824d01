"""The guided flow's steps, one page each."""

from __future__ import annotations

from resume_builder.ui.pages.base import StepPage, missing_items
from resume_builder.ui.pages.finish import DesignStepPage, ReviewPage
from resume_builder.ui.pages.profile import ContactPage, SummaryPage, TargetRolePage
from resume_builder.ui.pages.sections import (
    CertificationsPage,
    EducationPage,
    ExperiencePage,
    MoreSectionsPage,
    SkillsPage,
)

STEP_TITLES: list[tuple[str, str]] = [
    ("role", "Target role"),
    ("contact", "Contact"),
    ("summary", "Summary"),
    ("experience", "Experience"),
    ("education", "Education"),
    ("certifications", "Certifications"),
    ("skills", "Skills"),
    ("more", "More sections"),
    ("design", "Design"),
    ("review", "Review & export"),
]
"""Step id and the short title shown in the step list, in order."""

OPTIONAL_STEPS = frozenset({"certifications", "more", "design"})

__all__ = [
    "OPTIONAL_STEPS",
    "STEP_TITLES",
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
    "missing_items",
]
