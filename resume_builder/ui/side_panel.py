"""The column beside the form: suggestions for the step, job match, writing coach, versions.

One tab widget keeps the window at four columns however many helpers the user has; the
suggestions tab follows the step, the others stay where the user left them.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QTabWidget, QWidget

from resume_builder.dataset import Catalogue
from resume_builder.models import Resume
from resume_builder.ui.coaching_panel import CoachingPanel
from resume_builder.ui.document import ResumeDocument
from resume_builder.ui.suggestions_panel import SuggestionsPanel
from resume_builder.ui.tailor_panel import TailorPanel
from resume_builder.ui.versions_panel import VersionsPanel

_STEP_BY_PATH_PREFIX = (
    ("basics.summary", "summary"),
    ("basics.label", "role"),
    ("basics", "contact"),
    ("work", "experience"),
    ("education", "education"),
    ("certificates", "certifications"),
    ("skills", "skills"),
)


def step_for_path(path: str) -> str:
    """The step whose form holds the field at a JSON Resume ``path`` such as ``work[0].name``."""
    for prefix, step_id in _STEP_BY_PATH_PREFIX:
        if path == prefix or path.startswith((f"{prefix}.", f"{prefix}[")):
            return step_id
    return "more"


class SidePanel(QTabWidget):
    """Tabs beside the form; signals go up to the window, which owns navigation."""

    suggestion_chosen = Signal(object)
    step_requested = Signal(str)
    version_switched = Signal(str)

    def __init__(
        self, document: ResumeDocument, catalogue: Catalogue, parent: QWidget | None = None
    ) -> None:
        """Build the four tabs on the shared document."""
        super().__init__(parent)
        self.suggestions = SuggestionsPanel(catalogue)
        self.tailor = TailorPanel(document)
        self.coaching = CoachingPanel(document)
        self.versions = VersionsPanel(document)
        self.addTab(self.suggestions, "Suggestions")
        self.addTab(self.tailor, "Job match")
        self.addTab(self.coaching, "Coach")
        self.addTab(self.versions, "Versions")
        self.setTabToolTip(1, "Paste a job posting to see which of its terms your resume covers")
        self.setTabToolTip(2, "Advice on each bullet, patient-privacy checks, resume strength")
        self.setTabToolTip(3, "Keep a tailored version of your resume for each job")
        self.suggestions.suggestion_chosen.connect(self.suggestion_chosen)
        self.coaching.finding_activated.connect(self._on_coaching_path_activated)
        self.coaching.checklist_activated.connect(self._on_coaching_path_activated)
        self.versions.version_switched.connect(self.version_switched)

    def set_step(self, kind: str | None, resume: Resume) -> None:
        """Show the suggestions of ``kind`` (hidden when the step has none)."""
        self.setTabVisible(self.indexOf(self.suggestions), kind is not None)
        if kind is not None:
            self.suggestions.set_context(kind, resume)

    @Slot(str)
    def _on_coaching_path_activated(self, path: str) -> None:
        if path:
            self.step_requested.emit(step_for_path(path))
