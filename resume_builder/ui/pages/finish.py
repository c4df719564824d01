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
)

from resume_builder.models import display_name
from resume_builder.steps import Problem, describe_path, open_problems, step
from resume_builder.ui.ats_panel import AtsPanel
from resume_builder.ui.core_text import english_plural, shown
from resume_builder.ui.icons import set_icon
from resume_builder.ui.pages.base import StepPage
from resume_builder.ui_text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from resume_builder.ui.design_page import DesignPage
    from resume_builder.ui.document import ResumeDocument


class DesignStepPage(StepPage):
    """Hosts the template gallery; the page itself belongs to the preview side of the app."""

    step_id = "design"
    intro = QT_TRANSLATE_NOOP(
        "DesignStepPage",
        "Choose a template, the paper size and colours. The preview shows your own resume.",
    )

    def __init__(self, document: ResumeDocument, design: DesignPage, parent=None) -> None:
        """Put ``design`` under the heading (the window builds it: it loads late)."""
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
    intro = QT_TRANSLATE_NOOP(
        "ReviewPage", "Check what is still missing, then save your resume as a PDF or print it."
    )

    export_requested = Signal()
    print_requested = Signal()
    field_requested = Signal(str, str)
    """(step id, JSON path of the field) of a problem the user clicked."""

    def __init__(self, document: ResumeDocument, parent=None) -> None:
        """Build the page; the list follows :meth:`set_problems`."""
        super().__init__(document, parent)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self._problems: list[Problem] = []
        self._texts: list[str] = []
        self.todo = QListWidget()
        self.todo.setWordWrap(True)
        self.todo.setAccessibleName(self.tr("Still to do"))
        self.todo.setAccessibleDescription(
            self.tr("Open problems; activate one to go to its field")
        )
        self.export_button = QPushButton(self.tr("Export PDF\u2026"))
        self.export_button.setDefault(True)
        self.export_button.setMinimumHeight(36)
        self.print_button = QPushButton(self.tr("Print\u2026"))
        self.print_button.setMinimumHeight(36)
        set_icon(self.export_button, "file-down")
        set_icon(self.print_button, "printer")
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
        self.set_problems(open_problems(document.resume))

    def show_ats_check(self, pdf: bytes) -> None:
        """Read ``pdf`` (the preview's) as parsers do, off the UI thread, and show each field."""
        self.ats.check(pdf, self._document.resume)

    def set_last_export(self, text: str) -> None:
        """Say where the last PDF went."""
        self.last_export.setText(text)

    @Slot(QListWidgetItem)
    def _on_todo_item_activated(self, item: QListWidgetItem) -> None:
        row = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(row, int) and 0 <= row < len(self._problems):
            problem = self._problems[row]
            self.field_requested.emit(problem.step, problem.path)

    def set_problems(self, problems: list[Problem]) -> None:
        """Show ``problems``, each as "Step — where: what to do".

        Rows are updated in place and only when the list changed: the window calls this on
        every keystroke, and rebuilding the list each time is needless work for Qt.
        """
        resume = self._document.resume
        texts = []
        for problem in problems:
            place = shown(step(problem.step).title)
            if problem.where:
                place += f" \u2014 {describe_path(problem.path, shown)}"
            texts.append(f"\u2022 {place}: {shown(problem.text)}")
        self._problems = list(problems)  # items hold a row number: Qt keeps no Python objects
        if texts != self._texts:
            self._texts = texts
            while self.todo.count() > len(texts):
                self.todo.takeItem(self.todo.count() - 1)
            for row, (text, problem) in enumerate(zip(texts, problems, strict=True)):
                if row >= self.todo.count():
                    self.todo.addItem(QListWidgetItem())
                item = self.todo.item(row)
                item.setText(text)
                item.setData(Qt.ItemDataRole.UserRole, row)
                title = shown(step(problem.step).title)
                item.setToolTip(self.tr("Click to go to {step}").format(step=title))
        name = display_name(resume.basics) or self.tr("Your resume")
        if problems:
            count = len(problems)
            todo = self.tr(
                "<b>{name}</b> has %n thing(s) still to do (click one to go there):", "", count
            )
            self.status.setText(english_plural(todo, count).format(name=name))
        else:
            done = self.tr("<b>{name}</b> is complete. Export it as a PDF or print it.")
            self.status.setText(done.format(name=name))
        self.todo.setVisible(bool(problems))
        rows = sum(self.todo.sizeHintForRow(r) for r in range(min(self.todo.count(), 8)))
        self.todo.setFixedHeight(rows + 2 * self.todo.frameWidth() + 6 if problems else 0)
