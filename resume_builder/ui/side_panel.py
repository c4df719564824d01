"""The column beside the form: suggestions, job match, writing coach, versions, cover letter.

One tab widget keeps the window at four columns however many helpers the user has. Each step
opens on the tab the step registry names for it (Suggestions where the user writes) until the
user picks another tab on that step; that choice is then remembered for the step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QTabWidget, QWidget

from resume_builder.dataset import Catalogue
from resume_builder.models import Resume
from resume_builder.steps import Step, step_for_path
from resume_builder.ui.accessibility import name_inputs
from resume_builder.ui.suggestions_panel import SuggestionsPanel
from resume_builder.ui_text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from resume_builder.ui.coaching_panel import CoachingPanel
    from resume_builder.ui.document import ResumeDocument
    from resume_builder.ui.letter_panel import LetterPanel
    from resume_builder.ui.render_worker import RenderService
    from resume_builder.ui.tailor_panel import TailorPanel
    from resume_builder.ui.versions_panel import VersionsPanel

_LAZY_TABS = {
    "tailor": (
        QT_TRANSLATE_NOOP("SidePanel", "Job match"),
        QT_TRANSLATE_NOOP(
            "SidePanel", "Paste a job posting to see which of its terms your resume covers"
        ),
    ),
    "coaching": (
        QT_TRANSLATE_NOOP("SidePanel", "Coach"),
        QT_TRANSLATE_NOOP(
            "SidePanel", "Advice on each bullet, patient-privacy checks, resume strength"
        ),
    ),
    "versions": (
        QT_TRANSLATE_NOOP("SidePanel", "Versions"),
        QT_TRANSLATE_NOOP("SidePanel", "Keep a tailored version of your resume for each job"),
    ),
    "letter": (
        QT_TRANSLATE_NOOP("SidePanel", "Cover letter"),
        QT_TRANSLATE_NOOP(
            "SidePanel", "A cover letter for this version, drafted from the job posting"
        ),
    ),
}
"""The tabs built on first use: (title, tool tip), translated when shown."""


class SidePanel(QTabWidget):
    """Tabs beside the form; signals go up to the window, which owns navigation.

    The job match, coach and versions tabs are built the first time they are opened: the
    coaching code and its word list stay off the path that opens the window.
    """

    suggestion_chosen = Signal(object)
    field_requested = Signal(str, str)
    """(step id, JSON path) of a field the user asked to go to."""
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
        self._step_id = ""
        self._chosen: dict[str, str] = {}
        self._following_step = False
        self.suggestions = SuggestionsPanel(catalogue)
        self.suggestions.setObjectName("suggestions")
        self.setTabToolTip(self.addTab(self.suggestions, self.tr("Suggestions")), self.tr("Suggestions"))
        for key, (title, tip) in _LAZY_TABS.items():
            placeholder = QWidget()
            placeholder.setObjectName(key)
            self.setTabToolTip(self.addTab(placeholder, self.tr(title)), self.tr(tip))
        self.suggestions.suggestion_chosen.connect(self.suggestion_chosen)
        self.currentChanged.connect(self._on_current_changed)

    @property
    def tailor(self) -> TailorPanel:
        """The job match tab (built on first use)."""
        return cast("TailorPanel", self._panel("tailor"))

    @property
    def coaching(self) -> CoachingPanel:
        """The writing coach tab (built on first use)."""
        return cast("CoachingPanel", self._panel("coaching"))

    @property
    def versions(self) -> VersionsPanel:
        """The tailored versions tab (built on first use)."""
        return cast("VersionsPanel", self._panel("versions"))

    @property
    def letter(self) -> LetterPanel:
        """The cover letter tab (built on first use)."""
        return cast("LetterPanel", self._panel("letter"))

    def current_key(self) -> str:
        """The key of the tab on show: "suggestions", "tailor", "coaching" or "versions"."""
        widget = self.currentWidget()
        return widget.objectName() if widget is not None else ""

    def set_step(self, step: Step, resume: Resume) -> None:
        """Follow ``step``: its suggestions (the tab hidden when it has none) and its tab."""
        kind = step.suggestion_kind
        self._following_step = True
        try:
            self._step_id = step.id
            self.setTabVisible(self.indexOf(self.suggestions), kind is not None)
            if kind is not None:
                self.suggestions.set_context(kind, resume)
            key = self._chosen.get(step.id, step.side_tab)
            index = self._index_of(key)
            if index >= 0 and self.isTabVisible(index):
                self.setCurrentIndex(index)
        finally:
            self._following_step = False

    def redraw(self) -> None:
        """Draw the built tabs again (the colour scheme changed)."""
        if "coaching" in self._built:
            self.coaching.refresh()

    def _index_of(self, key: str) -> int:
        """The tab index of ``key`` (placeholder or built panel), or -1."""
        for index in range(self.count()):
            widget = self.widget(index)
            if key and widget is not None and widget.objectName() == key:
                return index
        return -1

    def _panel(self, key: str) -> QWidget:
        if key in self._built:
            return self._built[key]
        panel: QWidget  # each panel's code loads when it is first built
        if key == "tailor":
            from resume_builder.ui.tailor_panel import TailorPanel

            panel = TailorPanel(self._document)
            panel.bullet_added.connect(self._on_tailor_bullet_added)
        elif key == "coaching":
            from resume_builder.ui.coaching_panel import CoachingPanel

            panel = CoachingPanel(self._document)
            panel.finding_activated.connect(self._on_coaching_path_activated)
            panel.checklist_activated.connect(self._on_coaching_path_activated)
        elif key == "letter":
            from resume_builder.ui.letter_panel import LetterPanel

            panel = LetterPanel(self._document, self._render_service)
        else:
            from resume_builder.ui.versions_panel import VersionsPanel

            panel = VersionsPanel(self._document)
            panel.version_switched.connect(self.version_switched)
        self._built[key] = panel
        name_inputs(panel)
        panel.setObjectName(key)
        index = self._index_of(key)
        placeholder = self.widget(index)
        current = self.currentIndex()
        self.blockSignals(True)
        self.removeTab(index)
        self.insertTab(index, panel, self.tr(_LAZY_TABS[key][0]))
        self.setTabToolTip(index, self.tr(_LAZY_TABS[key][1]))
        self.setCurrentIndex(current)
        self.blockSignals(False)
        if placeholder is not None:
            placeholder.deleteLater()
        return panel

    @Slot(int)
    def _on_current_changed(self, index: int) -> None:
        widget = self.widget(index)  # None for -1, no tab
        name = widget.objectName() if widget is not None else ""
        if name in _LAZY_TABS and name not in self._built:
            self._panel(name)
        if not self._following_step and self._step_id and name:
            self._chosen[self._step_id] = name
        if (name == "letter") != self._letter_current:
            self._letter_current = name == "letter"
            self.letter_shown.emit(self._letter_current)

    @Slot(str)
    def _on_coaching_path_activated(self, path: str) -> None:
        if path:
            self.field_requested.emit(step_for_path(path), path)

    @Slot(str)
    def _on_tailor_bullet_added(self, path: str) -> None:
        """Show the new bullet on its job (never added out of sight), keeping Job match open."""
        self._chosen["experience"] = "tailor"
        self.field_requested.emit("experience", path)
