"""Coaching: writing, spelling, privacy and certification findings, and the strength score.

Findings come from :func:`~resume_builder.coaching.review.lint_once`; "Ignore" stores a
finding's stable id in ``resume.settings.ignored_findings`` (undoable). :func:`privacy_findings` and
:func:`confirm_export_with_phi` are for the export code, to warn before patient data leaves.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QBrush, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from resume_builder.coaching import Finding, StrengthReport, resume_strength
from resume_builder.coaching.review import default_catalogue, lint_once
from resume_builder.models import Resume
from resume_builder.steps import describe_path
from resume_builder.ui import i18n
from resume_builder.ui.background import LatestTask
from resume_builder.ui.document import ResumeDocument
from resume_builder.ui.theme import colour
from resume_builder.ui_text import QT_TRANSLATE_NOOP

DEBOUNCE_MS = 300

_SEVERITY_ICONS = {
    "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "tip": QStyle.StandardPixmap.SP_MessageBoxInformation,
}
_SEVERITY_NAMES = {
    "error": QT_TRANSLATE_NOOP("CoachingPanel", "Error"),
    "warning": QT_TRANSLATE_NOOP("CoachingPanel", "Warning"),
    "tip": QT_TRANSLATE_NOOP("CoachingPanel", "Tip"),
}
_KIND_NAMES = {
    "writing": QT_TRANSLATE_NOOP("CoachingPanel", "writing"),
    "spelling": QT_TRANSLATE_NOOP("CoachingPanel", "spelling"),
    "privacy": QT_TRANSLATE_NOOP("CoachingPanel", "privacy"),
    "certificate": QT_TRANSLATE_NOOP("CoachingPanel", "certificate"),
}
_FINDING_ROLE = Qt.ItemDataRole.UserRole


def privacy_findings(resume: Resume) -> list[Finding]:
    """Privacy (PHI) findings the user has not ignored, for a warning before export.

    The Coach has usually linted this very snapshot already; :func:`lint_once` hands that back.
    """
    ignored = set(resume.settings.ignored_findings)
    every = lint_once(resume, default_catalogue(), i18n.current())
    return [f for f in every if f.kind == "privacy" and f.id not in ignored]


def confirm_export_with_phi(
    parent: QWidget | None, findings: Sequence[Finding]
) -> tuple[bool, bool]:
    """Ask whether to export despite possible patient information; ``(export, accepted)``.

    Returns ``(True, True)`` without asking when there are no findings. Tests patch this.
    """
    if not findings:
        return True, True
    lines = "\n".join(f"• {f.path}: {f.message}" for f in findings[:8])
    more = (
        QCoreApplication.translate("coaching_panel", "\n\u2026and {count} more").format(
            count=len(findings) - 8
        )
        if len(findings) > 8
        else ""
    )
    answer = QMessageBox.warning(
        parent,
        QCoreApplication.translate("coaching_panel", "Possible patient information"),
        QCoreApplication.translate(
            "coaching_panel",
            "The resume may contain protected health information:\n\n{findings}\n\nExport anyway?",
        ).format(findings=lines + more),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    accepted = answer == QMessageBox.StandardButton.Yes
    return accepted, accepted


def _coach(resume: Resume, lang: str) -> tuple[list[Finding], StrengthReport]:
    """The findings to show (ignored ones left out) and the strength report, in ``lang``."""
    every = lint_once(resume, default_catalogue(), lang)
    ignored = set(resume.settings.ignored_findings)
    return [f for f in every if f.id not in ignored], resume_strength(resume, every, lang=lang)


class CoachingPanel(QWidget):
    """Findings about the resume, with "Ignore", plus the strength score and its checklist.

    Signals:
        finding_activated(str): the JSON path of a double-clicked finding (go to that field).
        checklist_activated(str): the path of a double-clicked checklist item.
    """

    finding_activated = Signal(str)
    checklist_activated = Signal(str)
    updated = Signal()
    """New findings are shown (after the background check that follows an edit)."""

    def __init__(self, document: ResumeDocument, parent: QWidget | None = None) -> None:
        """Build the panel over ``document``; recomputed shortly after every change."""
        super().__init__(parent)
        self._document = document
        self._findings: list[Finding] = []
        self._strength: StrengthReport | None = None
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._task = LatestTask(self)

        self._score_label = QLabel("–", self)
        font = self._score_label.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self._score_label.setFont(font)
        self._score_label.setMinimumWidth(60)
        self._score_bar = QProgressBar(self)
        self._score_bar.setRange(0, 100)
        self._score_bar.setTextVisible(False)
        self._checklist = QListWidget(self)
        self._checklist.setAccessibleName(self.tr("Strength checklist"))
        self._checklist.setAccessibleDescription(
            self.tr("What would raise the score; activate one to go there")
        )
        self._checklist.setWordWrap(True)
        self._findings_label = QLabel(self.tr("<b>Suggestions</b>"), self)
        self._list = QListWidget(self)
        self._list.setAccessibleName(self.tr("Coach findings"))
        self._list.setAccessibleDescription(
            self.tr("Advice on your writing; activate one to go to the field")
        )
        self._list.setWordWrap(True)
        self._list.setSpacing(3)
        self._ignore_button = QPushButton(self.tr("Ignore"), self)
        self._ignore_button.setToolTip(
            self.tr("Keep this as it is; the advice will not show again")
        )
        self._ignore_button.setEnabled(False)

        layout = QVBoxLayout(self)
        score_row = QHBoxLayout()
        score_row.addWidget(self._score_label)
        score_col = QVBoxLayout()
        score_col.addWidget(QLabel(self.tr("Resume strength"), self))
        score_col.addWidget(self._score_bar)
        score_row.addLayout(score_col, 1)
        layout.addLayout(score_row)
        layout.addWidget(self._checklist)
        layout.addWidget(self._findings_label)
        layout.addWidget(self._list, 1)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self._ignore_button)
        layout.addLayout(button_row)

        self._timer.timeout.connect(self._on_timer_timeout)
        self._task.finished.connect(self._on_task_finished)
        self._document.resume_changed.connect(self._on_document_resume_changed)
        self._list.itemDoubleClicked.connect(self._on_list_item_double_clicked)
        self._list.currentItemChanged.connect(self._on_list_current_item_changed)
        self._checklist.itemDoubleClicked.connect(self._on_checklist_item_double_clicked)
        self._ignore_button.clicked.connect(self._on_ignore_button_clicked)
        self.refresh()

    # -- public --------------------------------------------------------------------------------

    @property
    def findings(self) -> list[Finding]:
        """The findings shown (not ignored), most serious first."""
        return list(self._findings)

    @property
    def strength(self) -> StrengthReport | None:
        """The last strength report."""
        return self._strength

    def refresh(self) -> None:
        """Recompute now, on this thread (skipping the debounce), and redraw."""
        self._timer.stop()
        self._apply(_coach(self._document.resume, i18n.current()))

    def _apply(self, result: tuple[list[Finding], StrengthReport]) -> None:
        self._findings, self._strength = result
        self._show()
        self.updated.emit()

    def ignore(self, finding: Finding) -> None:
        """Stop showing ``finding`` (stored in the resume, undoable)."""

        def mutate(resume: Resume) -> None:
            if finding.id not in resume.settings.ignored_findings:
                resume.settings.ignored_findings.append(finding.id)

        self._document.apply(self.tr("Ignore suggestion"), mutate)

    # -- internals -----------------------------------------------------------------------------

    def _show(self) -> None:
        strength = self._strength
        if strength is not None:
            self._score_label.setText(str(strength.score))
            self._score_bar.setValue(strength.score)
            self._checklist.clear()
            for item in sorted(strength.items, key=lambda i: (i.done, -i.weight)):
                mark = "✓" if item.done else "○"
                row = QListWidgetItem(f"{mark}  {item.text}  (+{item.weight})")  # core's text
                row.setData(_FINDING_ROLE, item.path)
                if item.done:
                    row.setForeground(QBrush(colour("success")))
                self._checklist.addItem(row)
            self._fit_checklist()
        self._list.clear()
        self._findings_label.setText(
            self.tr("<b>Suggestions ({count})</b>").format(count=len(self._findings))
        )
        style = self.style()
        for finding in self._findings:
            text = f"{finding.message}\n{describe_path(finding.path)}"
            row = QListWidgetItem(style.standardIcon(_SEVERITY_ICONS[finding.severity]), text)
            row.setData(_FINDING_ROLE, finding)
            row.setForeground(QBrush(colour(finding.severity)))
            tip = self.tr("{severity} ({kind}): {where}").format(
                severity=self.tr(_SEVERITY_NAMES[finding.severity]),
                kind=self.tr(_KIND_NAMES.get(finding.kind, finding.kind)),
                where=describe_path(finding.path),
            )
            if finding.excerpt:
                tip += f"\n“{finding.excerpt}”"
            if finding.replacement:
                tip += self.tr("\nTry: {replacement}").format(replacement=finding.replacement)
            row.setToolTip(tip)
            self._list.addItem(row)
        if not self._findings:
            self._list.addItem(QListWidgetItem(self.tr("No suggestions: nice work.")))
        self._ignore_button.setEnabled(False)

    def _fit_checklist(self) -> None:
        """Make the checklist as tall as its wrapped rows (up to a limit): it never scrolls."""
        metrics = self._checklist.fontMetrics()
        width = max(self._checklist.viewport().width() - 8, 100)
        flags = int(Qt.TextFlag.TextWordWrap)
        height = sum(
            metrics.boundingRect(0, 0, width, 0, flags, self._checklist.item(i).text()).height()
            for i in range(self._checklist.count())
        )
        self._checklist.setFixedHeight(min(height + 2 * self._checklist.frameWidth() + 6, 300))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt virtual
        """Re-fit the checklist to the new width."""
        super().resizeEvent(event)
        self._fit_checklist()

    def _current_finding(self) -> Finding | None:
        item = self._list.currentItem()
        value = item.data(_FINDING_ROLE) if item is not None else None
        return value if isinstance(value, Finding) else None

    @Slot()
    def _on_timer_timeout(self) -> None:
        # Lint takes up to ~100 ms on a long resume: never on the UI thread while the user types.
        resume, lang = self._document.resume, i18n.current()
        self._task.start(lambda: _coach(resume, lang))

    @Slot(object)
    def _on_task_finished(self, result: tuple[list[Finding], StrengthReport]) -> None:
        self._apply(result)

    @Slot()
    def _on_document_resume_changed(self) -> None:
        self._timer.start()

    @Slot(QListWidgetItem)
    def _on_list_item_double_clicked(self, item: QListWidgetItem) -> None:
        finding = item.data(_FINDING_ROLE)
        if isinstance(finding, Finding):
            self.finding_activated.emit(finding.path)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_list_current_item_changed(self, current: QListWidgetItem | None, _previous) -> None:
        self._ignore_button.setEnabled(self._current_finding() is not None)

    @Slot(QListWidgetItem)
    def _on_checklist_item_double_clicked(self, item: QListWidgetItem) -> None:
        path = item.data(_FINDING_ROLE)
        if path:
            self.checklist_activated.emit(str(path))

    @Slot()
    def _on_ignore_button_clicked(self) -> None:
        finding = self._current_finding()
        if finding is not None:
            self.ignore(finding)
            self.refresh()
