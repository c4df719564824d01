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

from resume_builder.checking import check_pdf
from resume_builder.models import display_name
from resume_builder.steps import Problem, open_problems, step
from resume_builder.ui.pages.base import StepPage

if TYPE_CHECKING:
    from resume_builder.ui.document import ResumeDocument


class DesignStepPage(StepPage):
    """Hosts the template gallery; the page itself belongs to the preview side of the app."""

    step_id = "design"
    intro = "Choose a template, the paper size and colours. The preview shows your own resume."

    def __init__(self, document: ResumeDocument, design: QWidget, parent=None) -> None:
        """Put ``design`` (a DesignPage) under the heading."""
        super().__init__(document, parent)
        self.setMaximumWidth(16777215)  # the gallery uses all the room it gets
        self.design = design
        self.body.addWidget(design, 1)


class ReviewPage(StepPage):
    """Every open problem (a click goes to its field), then Export PDF and Print.

    The window sends the problems (:meth:`set_problems`), the same list the step list marks;
    until it does, the steps' own rules are shown.
    """

    step_id = "review"
    intro = "Check what is still missing, then save your resume as a PDF or print it."

    export_requested = Signal()
    print_requested = Signal()
    field_requested = Signal(str, str)
    """(step id, JSON path of the field) of a problem the user clicked."""

    def __init__(self, document: ResumeDocument, parent=None) -> None:
        """Build the page; the list follows :meth:`set_problems`."""
        super().__init__(document, parent)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.todo = QListWidget()
        self.todo.setWordWrap(True)
        self.todo.setAccessibleName("Still to do")
        self.todo.setAccessibleDescription("Open problems; activate one to go to its field")
        self.export_button = QPushButton("Export PDF\u2026")
        self.export_button.setDefault(True)
        self.export_button.setMinimumHeight(36)
        self.print_button = QPushButton("Print\u2026")
        self.print_button.setMinimumHeight(36)
        self.ats_status = QLabel()
        self.ats_status.setWordWrap(True)
        self.ats_findings = QListWidget()
        self.ats_findings.setAccessibleName("What tracking systems would miss")
        self.ats_findings.setAccessibleDescription(
            "Problems found when reading the PDF as a simple parser does"
        )
        self.ats_findings.setWordWrap(True)
        self.ats_findings.hide()
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
        self.body.addWidget(QLabel("<b>What applicant tracking systems read</b>"))
        self.body.addWidget(self.ats_status)
        self.body.addWidget(self.ats_findings)
        self.body.addStretch(1)
        self.export_button.clicked.connect(self.export_requested)
        self.print_button.clicked.connect(self.print_requested)
        self.todo.itemActivated.connect(self._on_todo_item_activated)
        self.todo.itemClicked.connect(self._on_todo_item_activated)
        self.set_problems(open_problems(document.resume))

    def show_ats_check(self, pdf: bytes) -> None:
        """Read ``pdf`` (the preview's) as simple parsers do and say what they would miss."""
        report = check_pdf(pdf, self._document.resume)
        mark = "\u2713" if report.passed else "\u26a0"
        self.ats_status.setText(f"{mark} {report.summary()}")
        self.ats_findings.clear()
        for finding in report.findings:
            self.ats_findings.addItem(f"{finding.message} {finding.fix}")
        self.ats_findings.setVisible(not report.passed)

    def set_last_export(self, text: str) -> None:
        """Say where the last PDF went."""
        self.last_export.setText(text)

    @Slot(QListWidgetItem)
    def _on_todo_item_activated(self, item: QListWidgetItem) -> None:
        problem = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(problem, Problem):
            self.field_requested.emit(problem.step, problem.path)

    def set_problems(self, problems: list[Problem]) -> None:
        """Show ``problems``, each as "Step — where: what to do"."""
        resume = self._document.resume
        self.todo.clear()
        for problem in problems:
            place = step(problem.step).title
            if problem.where:
                place += f" \u2014 {problem.where}"
            item = QListWidgetItem(f"\u2022 {place}: {problem.text}")
            item.setData(Qt.ItemDataRole.UserRole, problem)
            item.setToolTip(f"Click to go to {step(problem.step).title}")
            self.todo.addItem(item)
        name = display_name(resume.basics) or "Your resume"
        if problems:
            count = len(problems)
            self.status.setText(
                f"<b>{name}</b> has {count} thing{'s' if count > 1 else ''} still to do "
                "(click one to go there):"
            )
        else:
            self.status.setText(f"<b>{name}</b> is complete. Export it as a PDF or print it.")
        self.todo.setVisible(bool(problems))
        rows = sum(self.todo.sizeHintForRow(r) for r in range(min(self.todo.count(), 8)))
        self.todo.setFixedHeight(rows + 2 * self.todo.frameWidth() + 6 if problems else 0)
