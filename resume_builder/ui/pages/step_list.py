"""The step list on the left: every step with a check mark when done, or what it still needs."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from resume_builder.models import Resume
from resume_builder.steps import STEPS, Problem, is_done
from resume_builder.ui.core_text import english_plural, shown

DONE, TODO, OPTIONAL, PLAIN = "\u2713", "\u25cb", "\u2013", "\u2022"


class StepList(QListWidget):
    """Steps in order (from the registry); :meth:`update_status` marks each one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """One row per step of :data:`resume_builder.steps.STEPS`."""
        super().__init__(parent)
        self.setMinimumWidth(150)
        self.setMaximumWidth(260)
        self.setSpacing(2)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        self.setAccessibleName(self.tr("Steps"))
        self.setAccessibleDescription(
            self.tr("The steps of your resume; each says what it still needs")
        )
        for s in STEPS:
            self.addItem(QListWidgetItem(shown(s.title)))

    @property
    def step_ids(self) -> list[str]:
        """Step ids in order."""
        return [s.id for s in STEPS]

    def update_status(self, resume: Resume, problems: Sequence[Problem]) -> None:
        """Mark every step: done, what it still needs, or optional (and empty)."""
        todo = len(problems)
        for row, s in enumerate(STEPS):
            title = shown(s.title)
            needs = [shown(p.text) for p in problems if p.step == s.id]
            if s.id == "review" and todo:
                needs = [english_plural(self.tr("%n thing(s) still to do", "", todo), todo)]
            item = self.item(row)
            if needs:
                item.setText(f"{TODO}  {title}\n{needs[0]}")
                item.setToolTip("\n".join(needs))
            elif not s.sections:  # design and review hold nothing of their own
                item.setText(f"{DONE if s.id == 'review' else PLAIN}  {title}")
                item.setToolTip(self.tr("Ready to export") if s.id == "review" else "")
            elif is_done(s.id, resume, problems):
                item.setText(f"{DONE}  {title}")
                item.setToolTip(self.tr("Done"))
            elif s.optional:
                optional = self.tr("Optional")
                item.setText(f"{OPTIONAL}  {title}\n{optional}")
                item.setToolTip(self.tr("Optional: add it if it helps"))
            else:
                item.setText(f"{TODO}  {title}")
                item.setToolTip(self.tr("Not started"))
