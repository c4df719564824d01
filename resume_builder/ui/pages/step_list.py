"""The step list on the left: every step with a check mark when done, or what it still needs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from resume_builder.models import Resume
from resume_builder.ui.pages.base import missing_items

DONE, TODO, OPTIONAL = "\u2713", "\u25cb", "\u2013"
_OPTIONAL_SECTIONS = ("volunteer", "projects", "awards", "publications", "languages")
_OPTIONAL_SECTIONS += ("interests", "references")


def has_content(step_id: str, resume: Resume) -> bool:
    """Whether an optional step holds anything yet."""
    if step_id == "certifications":
        return bool(resume.certificates)
    if step_id == "more":
        return any(getattr(resume, section) for section in _OPTIONAL_SECTIONS)
    return True


class StepList(QListWidget):
    """Steps in order; :meth:`update_status` marks each done, optional or what it still needs."""

    def __init__(
        self,
        steps: list[tuple[str, str]],
        optional: frozenset[str],
        parent: QWidget | None = None,
    ) -> None:
        """``steps`` are (id, title) pairs; ``optional`` steps never count as missing."""
        super().__init__(parent)
        self._steps = steps
        self._optional = optional
        self.setMinimumWidth(200)
        self.setMaximumWidth(260)
        self.setSpacing(2)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        self.setAccessibleName("Steps")
        for _step_id, title in steps:
            self.addItem(QListWidgetItem(title))

    @property
    def step_ids(self) -> list[str]:
        """Step ids in order."""
        return [step_id for step_id, _ in self._steps]

    def update_status(self, resume: Resume) -> int:
        """Mark every step for ``resume``; returns how many steps are done."""
        todo = sum(len(missing_items(s, resume)) for s, _ in self._steps)
        done = 0
        for row, (step_id, title) in enumerate(self._steps):
            needs = missing_items(step_id, resume)
            done += not needs
            if step_id == "review" and todo:
                needs = [f"{todo} thing{'s' if todo > 1 else ''} still to do"]
            item = self.item(row)
            if needs:
                item.setText(f"{TODO}  {title}\n{needs[0]}")
                item.setToolTip("\n".join(needs))
            elif step_id in self._optional and not has_content(step_id, resume):
                item.setText(f"{OPTIONAL}  {title}\nOptional")
                item.setToolTip("Optional: add it if it helps")
            else:
                item.setText(f"{DONE}  {title}")
                item.setToolTip("Done")
        return done
