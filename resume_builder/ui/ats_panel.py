"""The Review step's "what an applicant tracking system reads": each field, read back from the PDF.

The check (:func:`resume_builder.output.checking.check_pdf`) takes a few hundred milliseconds, so it runs
on the global thread pool, never on the UI thread; a result that is outdated by a newer request
before it arrives is dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from resume_builder.models import Resume
from resume_builder.ui import i18n
from resume_builder.ui.background import LatestTask
from resume_builder.ui.theme import colour

if TYPE_CHECKING:
    from resume_builder.output.checking import AtsReport

_OK = "\u2713"
_WRONG = "\u26a0"


class AtsPanel(QWidget):
    """A summary line, a table of fields (yours / what a parser reads), and problems to fix."""

    checked = Signal()
    """A check finished and is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build the (empty) panel."""
        super().__init__(parent)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("Fields as a tracking system reads them"))
        self.table.setAccessibleDescription(
            self.tr("Each resume field and what a parser found for it")
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Your resume"), self.tr("What an ATS reads")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # readable in a narrow pane
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setMinimumHeight(220)
        self.table.hide()
        self.findings = QListWidget()
        self.findings.setAccessibleName(self.tr("What tracking systems would miss"))
        self.findings.setAccessibleDescription(
            self.tr("Problems found when reading the PDF as parsers do")
        )
        self.findings.setWordWrap(True)
        self.findings.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("<b>What applicant tracking systems read</b>"))
        heading.setWordWrap(True)  # never wider than the form (translations run longer)
        layout.addWidget(heading)
        layout.addWidget(self.status)
        layout.addWidget(self.findings)
        layout.addWidget(self.table, 1)
        self._task = LatestTask(self)
        self._task.finished.connect(self._on_task_finished)
        self._task.failed.connect(self._on_task_failed)
        self.report: AtsReport | None = None

    def check(self, pdf: bytes, resume: Resume) -> None:
        """Start reading ``pdf`` against ``resume`` on the thread pool; returns at once."""
        self.status.setText(
            self.tr("Reading the preview as an applicant tracking system would\u2026")
        )
        from resume_builder.output.checking import check_pdf  # Jinja2 and PDF reading: late

        resume = resume.model_copy(deep=True)
        lang = i18n.current()
        self._task.start(lambda: check_pdf(pdf, resume, lang))

    @Slot(object)
    def _on_task_finished(self, report: AtsReport) -> None:
        self.report = report
        mark = _OK if report.passed else _WRONG
        self.status.setText(f"{mark} {report.summary()}")
        self.findings.clear()
        for finding in report.findings:
            self.findings.addItem(f"{finding.message} {finding.fix}")
        self.findings.setVisible(bool(report.findings))
        # Fields read wrong first, so the ones to fix are in view.
        fields = sorted(report.fields, key=lambda f: f.ok)
        self.table.setRowCount(len(fields))
        for row, reading in enumerate(fields):
            cells = (
                f"{_OK if reading.ok else _WRONG} {reading.field}",
                reading.expected,
                reading.read,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if not reading.ok:
                    item.setForeground(colour("error"))
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(fields))
        self.checked.emit()

    @Slot(object)
    def _on_task_failed(self, exc: Exception) -> None:
        self.report = None
        self.status.setText(
            self.tr("{mark} The check could not read the preview: {error}").format(
                mark=_WRONG, error=exc
            )
        )
        self.findings.hide()
        self.table.hide()
        self.checked.emit()
