"""The column beside the form: suggestions, job match, writing coach, versions, cover letter.

One tab widget keeps the window at four columns however many helpers the user has; the
suggestions tab follows the step, the others stay where the user left them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QTabWidget, QWidget

from resume_builder.dataset import Catalogue
from resume_builder.models import Resume
from resume_builder.ui.suggestions_panel import SuggestionsPanel

if TYPE_CHECKING:
    from resume_builder.ui.coaching_panel import CoachingPanel
    from resume_builder.ui.document import ResumeDocument
    from resume_builder.ui.letter_panel import LetterPanel
    from resume_builder.ui.render_worker import RenderService
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


_LAZY_TABS = {
    "tailor": ("Job match", "Paste a job posting to see which of its terms your resume covers"),
    "coaching": ("Coach", "Advice on each bullet, patient-privacy checks, resume strength"),
    "versions": ("Versions", "Keep a tailored version of your resume for each job"),
    "letter": ("Cover letter", "A cover letter for this version, drafted from the job posting"),
}


def step_for_path(path: str) -> str:
    """The step whose form holds the field at a JSON Resume ``path`` such as ``work[0].name``."""
    for prefix, step_id in _STEP_BY_PATH_PREFIX:
        if path == prefix or path.startswith((f"{prefix}.", f"{prefix}[")):
            return step_id
    return "more"


class SidePanel(QTabWidget):
    """Tabs beside the form; signals go up to the window, which owns navigation.

    The job match, coach and versions tabs are built the first time they are opened: the
    coaching code and its word list stay off the path that opens the window.
    """

    suggestion_chosen = Signal(object)
    step_requested = Signal(str)
    version_switched = Signal(str)
    letter_shown = Signal(bool)
    """The cover letter tab became current (True) or stopped being current (False)."""

    def __init__(
        self,
        document: ResumeDocument,
        catalogue: Catalogue,
        parent: QWidget | None = None,
        *,
        render_service: RenderService | None = None,
    ) -> None:
        """Build the suggestions tab now and placeholders for the others."""
        super().__init__(parent)
        self._document = document
        self._render_service = render_service
        self._letter_current = False
        self._built: dict[str, QWidget] = {}
        self.suggestions = SuggestionsPanel(catalogue)
        self.addTab(self.suggestions, "Suggestions")
        for key, (title, tip) in _LAZY_TABS.items():
            placeholder = QWidget()
            placeholder.setObjectName(key)
            self.setTabToolTip(self.addTab(placeholder, title), tip)
        self.suggestions.suggestion_chosen.connect(self.suggestion_chosen)
        self.currentChanged.connect(self._on_current_changed)

    @property
    def tailor(self) -> TailorPanel:
        """The job match tab (built on first use)."""
        return self._panel("tailor")  # type: ignore[return-value]

    @property
    def coaching(self) -> CoachingPanel:
        """The writing coach tab (built on first use)."""
        return self._panel("coaching")  # type: ignore[return-value]

    @property
    def versions(self) -> VersionsPanel:
        """The tailored versions tab (built on first use)."""
        return self._panel("versions")  # type: ignore[return-value]

    @property
    def letter(self) -> LetterPanel:
        """The cover letter tab (built on first use)."""
        return self._panel("letter")  # type: ignore[return-value]

    def set_step(self, kind: str | None, resume: Resume) -> None:
        """Show the suggestions of ``kind`` (hidden when the step has none)."""
        self.setTabVisible(self.indexOf(self.suggestions), kind is not None)
        if kind is not None:
            self.suggestions.set_context(kind, resume)

    def _panel(self, key: str) -> QWidget:
        if key in self._built:
            return self._built[key]
        from resume_builder.ui.coaching_panel import CoachingPanel
        from resume_builder.ui.tailor_panel import TailorPanel
        from resume_builder.ui.versions_panel import VersionsPanel

        panel: QWidget
        if key == "tailor":
            panel = TailorPanel(self._document)
        elif key == "coaching":
            panel = CoachingPanel(self._document)
            panel.finding_activated.connect(self._on_coaching_path_activated)
            panel.checklist_activated.connect(self._on_coaching_path_activated)
        elif key == "letter":
            from resume_builder.ui.letter_panel import LetterPanel

            panel = LetterPanel(self._document, self._render_service)
        else:
            panel = VersionsPanel(self._document)
            panel.version_switched.connect(self.version_switched)
        self._built[key] = panel
        placeholder = self.findChild(QWidget, key)
        panel.setObjectName(key)  # after finding the placeholder of the same name
        index = self.indexOf(placeholder)
        current = self.currentIndex()
        self.blockSignals(True)
        self.removeTab(index)
        self.insertTab(index, panel, _LAZY_TABS[key][0])
        self.setTabToolTip(index, _LAZY_TABS[key][1])
        self.setCurrentIndex(current)
        self.blockSignals(False)
        placeholder.deleteLater()
        return panel

    @Slot(int)
    def _on_current_changed(self, index: int) -> None:
        name = self.widget(index).objectName() if index >= 0 else ""
        if name in _LAZY_TABS and name not in self._built:
            self._panel(name)
        if (name == "letter") != self._letter_current:
            self._letter_current = name == "letter"
            self.letter_shown.emit(self._letter_current)

    @Slot(str)
    def _on_coaching_path_activated(self, path: str) -> None:
        if path:
            self.step_requested.emit(step_for_path(path))
