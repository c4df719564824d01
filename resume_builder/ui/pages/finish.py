"""The last steps: the design (ui-preview's DesignPage) and review & export."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from resume_builder.models import display_name
from resume_builder.ui.ats_panel import AtsPanel
from resume_builder.ui.pages.base import StepPage, missing_items

if TYPE_CHECKING:
    from resume_builder.ui.document import ResumeDocument


class DesignStepPage(StepPage):
    """Hosts the template gallery; the page itself belongs to the preview side of the app."""

    step_id = "design"
    title = "Design"
    intro = "Choose a template, the paper size and colours. The preview shows your own resume."

    def __init__(self, document: ResumeDocument, design: QWidget, parent=None) -> None:
        """Put ``design`` (a DesignPage) under the heading."""
        super().__init__(document, parent)
        self.setMaximumWidth(16777215)  # the gallery uses all the room it gets
        self.design = design
        self.body.addWidget(design, 1)


class ReviewPage(StepPage):
    """What is still missing, then Export PDF and Print."""

    step_id = "review"
    title = "Review & export"
    intro = "Check what is still missing, then save your resume as a PDF or print it."

    export_requested = Signal()
    print_requested = Signal()
    step_requested = Signal(str)

    def __init__(self, document: ResumeDocument, steps: list[tuple[str, str]], parent=None) -> None:
        """``steps`` are (step id, title) pairs, to name where each missing item is."""
        super().__init__(document, parent)
        self._steps = steps
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.todo = QListWidget()
        self.export_button = QPushButton("Export PDF\u2026")
        self.export_button.setDefault(True)
        self.export_button.setMinimumHeight(36)
        self.print_button = QPushButton("Print\u2026")
        self.print_button.setMinimumHeight(36)
        self.ats = AtsPanel()
        self.ats_status = self.ats.status
        self.ats_findings = self.ats.findings
        self.last_export = QLabel()
        self.last_export.setWordWrap(True)
        self.last_export.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        self.body.addWidget(self.status)
        self.body.addWidget(self.todo)
        self.body.addLayout(buttons)
        self.body.addWidget(self.last_export)
        self.body.addSpacing(12)
        self.body.addWidget(self.ats, 1)
        self.export_button.clicked.connect(self.export_requested)
        self.print_button.clicked.connect(self.print_requested)
        self.todo.itemActivated.connect(self._on_todo_item_activated)
        self.todo.itemClicked.connect(self._on_todo_item_activated)
        document.resume_changed.connect(self._on_document_resume_changed)
        self._on_document_resume_changed()

    def show_ats_check(self, pdf: bytes) -> None:
        """Read ``pdf`` (the preview's) as parsers do, off the UI thread, and show each field."""
        self.ats.check(pdf, self._document.resume)

    def set_last_export(self, text: str) -> None:
        """Say where the last PDF went."""
        self.last_export.setText(text)

    @Slot(QListWidgetItem)
    def _on_todo_item_activated(self, item: QListWidgetItem) -> None:
        step_id = item.data(Qt.ItemDataRole.UserRole)
        if step_id:
            self.step_requested.emit(step_id)

    @Slot()
    def _on_document_resume_changed(self) -> None:
        resume = self._document.resume
        self.todo.clear()
        for step_id, title in self._steps:
            for need in missing_items(step_id, resume):
                item = QListWidgetItem(f"\u2022 {title}: {need}")
                item.setData(Qt.ItemDataRole.UserRole, step_id)
                item.setToolTip(f"Click to go to {title}")
                self.todo.addItem(item)
        name = display_name(resume.basics) or "Your resume"
        if self.todo.count():
            self.status.setText(
                f"<b>{name}</b> is nearly ready. Still to do (click one to go there):"
            )
        else:
            self.status.setText(f"<b>{name}</b> is complete. Export it as a PDF or print it.")
        self.todo.setVisible(self.todo.count() > 0)
        row = self.todo.sizeHintForRow(0) if self.todo.count() else 0
        self.todo.setFixedHeight(min(240, row * self.todo.count() + 2 * self.todo.frameWidth() + 4))
