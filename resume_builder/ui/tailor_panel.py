"""Tailor to a posting: paste a job posting, see which field terms the resume covers, add the rest.

The posting text lives in ``resume.settings.posting`` (one per tailored version); the match runs
on the UI thread, debounced, because :func:`match_posting` takes a few milliseconds.
"""

from __future__ import annotations

import logging
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from resume_builder.errors import UserError
from resume_builder.models import Certificate, Resume, Skill
from resume_builder.ui import dialogs, i18n, tree_items
from resume_builder.ui.document import ResumeDocument

if TYPE_CHECKING:
    from resume_builder.coaching import MatchReport, TermHit

logger = logging.getLogger(__name__)

DEBOUNCE_MS = 300
MIN_WRAP = 18
"""Fewest characters per line of a wrapped term or bullet (tree items do not wrap by themselves)."""


def _top_aligned(button: QPushButton) -> QWidget:
    """Hold ``button`` at the top of a tall (wrapped) row instead of stretching it."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    return holder


def _wrap(text: str, width: int) -> str:
    return "\n".join(textwrap.wrap(text, width)) or text


KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def _key(item: QTreeWidgetItem) -> str:
    """A row's identity across redraws: the term or bullet id (group rows: their label)."""
    key = item.data(0, KEY_ROLE)
    if key:
        return key
    label = item.text(0).split(" (")[0]
    parent = item.parent()
    return f"{_key(parent)}/{label}" if parent is not None else label


class TailorPanel(QWidget):
    """Match the resume against a job posting and add missing terms in one click.

    Signals:
        report_changed(object): a new :class:`MatchReport` (or ``None`` with no posting).
        bullet_added(str): the path of a bullet added to a job.
    """

    report_changed = Signal(object)
    bullet_added = Signal(str)
    """JSON path of a bullet just added (``work[0].highlights[3]``), so it is shown at once."""

    def __init__(self, document: ResumeDocument, parent: QWidget | None = None) -> None:
        """Build the panel over ``document``; it edits only through ``document.apply``."""
        super().__init__(parent)
        self._document = document
        self._report: MatchReport | None = None
        self._wrap_width = MIN_WRAP
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)

        self._posting_edit = QPlainTextEdit(self)
        self._posting_edit.setAccessibleName(self.tr("Job posting"))
        self._posting_edit.setAccessibleDescription(
            self.tr("Paste the job posting to compare it with your resume")
        )
        self._posting_edit.setPlaceholderText(self.tr("Paste the job posting here\u2026"))
        self._open_button = QPushButton(self.tr("Open posting\u2026"), self)
        self._open_button.setToolTip(
            self.tr("Read a posting from a .txt file or a JSON Resume job file")
        )
        self._score_label = QLabel("–", self)
        font = self._score_label.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self._score_label.setFont(font)
        self._score_label.setMinimumWidth(70)
        self._score_bar = QProgressBar(self)
        self._score_bar.setRange(0, 100)
        self._score_bar.setTextVisible(False)
        self._summary_label = QLabel(
            self.tr("Paste a posting to see how well the resume covers it."), self
        )
        self._summary_label.setWordWrap(True)
        self._job_combo = QComboBox(self)
        self._job_combo.setAccessibleName(self.tr("Add bullets to"))
        self._job_combo.setAccessibleDescription(
            self.tr("The job that Add to job puts bullets under")
        )
        self._job_combo.setToolTip(
            self.tr("The job that \u201cAdd to job\u201d puts bullets under")
        )
        self._job_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._job_combo.setMinimumContentsLength(10)  # long job names must not widen the window
        self._tree = QTreeWidget(self)
        self._tree.setAccessibleName(self.tr("Posting terms"))
        self._tree.setAccessibleDescription(
            self.tr("Terms of the job posting, missing and covered, with buttons to add them")
        )
        self._tree.setColumnCount(2)
        self._tree.setHeaderHidden(True)
        self._tree.setWordWrap(False)  # long texts are wrapped by _wrap: rows size to them
        self._tree.setUniformRowHeights(False)
        self._tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._tree.setIndentation(14)
        header = self._tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("<b>Job posting</b>"), top))
        row.addStretch(1)
        row.addWidget(self._open_button)
        top_layout.addLayout(row)
        top_layout.addWidget(self._posting_edit)

        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        score_row = QHBoxLayout()
        score_row.addWidget(self._score_label)
        score_col = QVBoxLayout()
        coverage = QLabel(self.tr("Coverage of the posting's field terms"), bottom)
        coverage.setWordWrap(True)
        score_col.addWidget(coverage)
        score_col.addWidget(self._score_bar)
        score_row.addLayout(score_col, 1)
        bottom_layout.addLayout(score_row)
        bottom_layout.addWidget(self._summary_label)
        job_row = QHBoxLayout()
        job_row.addWidget(QLabel(self.tr("Add bullets to:"), bottom))
        job_row.addWidget(self._job_combo, 1)
        bottom_layout.addLayout(job_row)
        bottom_layout.addWidget(self._tree, 1)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._posting_edit.textChanged.connect(self._on_posting_edit_text_changed)
        self._open_button.clicked.connect(self._on_open_button_clicked)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._document.resume_changed.connect(self._on_document_resume_changed)
        self._on_document_resume_changed()
        self.refresh()

    # -- public --------------------------------------------------------------------------------

    @property
    def report(self) -> MatchReport | None:
        """The last match report, or ``None`` when there is no posting."""
        return self._report

    def posting(self) -> str:
        """The posting text in the box."""
        return self._posting_edit.toPlainText()

    def set_posting(self, text: str) -> None:
        """Put ``text`` in the posting box (as if pasted); the match follows after the debounce."""
        self._posting_edit.setPlainText(text)

    def load_posting(self, path: Path | str) -> bool:
        """Read a posting file (.txt or JSON Resume job) into the box; errors shown, not raised."""
        from resume_builder.coaching import read_posting

        try:
            text = read_posting(path, lang=i18n.current())
        except (UserError, OSError, ValueError) as exc:
            dialogs.show_error(self, self.tr("Could not read the posting"), str(exc))
            return False
        self.set_posting(text)
        return True

    def refresh(self) -> None:
        """Match now (skipping the debounce) and redraw."""
        self._timer.stop()
        text = self.posting()
        if not text.strip():
            self._report = None
        else:
            from resume_builder.coaching import match_posting  # with the first posting

            try:
                self._report = match_posting(self._document.resume, text, lang=i18n.current())
            except UserError as exc:
                logger.warning("matching failed: %s", exc)
                self._report = None
        self._show_report()
        self.report_changed.emit(self._report)

    def add_term(self, hit: TermHit) -> None:
        """Add a missing term: a certification to Certifications, anything else to Skills."""
        term = hit.term
        if term.kind == "certification":

            def mutate(resume: Resume) -> None:
                resume.certificates.append(Certificate(name=term.name))

            self._document.apply(self.tr("Add certification {name}").format(name=term.name), mutate)
            return

        def mutate_skill(resume: Resume) -> None:
            resume.skills.append(Skill(name=term.name, category=term.category_label))

        self._document.apply(self.tr("Add skill {name}").format(name=term.name), mutate_skill)

    def add_bullet(self, text: str, job_index: int | None = None) -> None:
        """Add ``text`` as a highlight of a work entry (the selected one by default)."""
        index = self._job_combo.currentIndex() if job_index is None else job_index
        if not self._document.resume.work or index < 0:
            dialogs.show_error(
                self, self.tr("No job to add to"), self.tr("Add a job under Experience first.")
            )
            return

        def mutate(resume: Resume) -> None:
            resume.work[index].highlights.append(text)

        self._document.apply(self.tr("Add bullet from posting"), mutate)
        count = len(self._document.resume.work[index].highlights)
        self.bullet_added.emit(f"work[{index}].highlights[{count - 1}]")

    # -- internals -----------------------------------------------------------------------------

    def _columns_for_text(self) -> int:
        """How many characters fit beside the buttons at the tree's current width."""
        buttons = 96  # the "Add to job" column
        indent = 4 * self._tree.indentation() + 16
        room = self._tree.viewport().width() - buttons - indent
        return max(MIN_WRAP, room // max(1, self._tree.fontMetrics().averageCharWidth()))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt virtual
        """Re-wrap the terms and bullets when the column gets narrower or wider."""
        super().resizeEvent(event)
        if abs(self._columns_for_text() - self._wrap_width) >= 3 and self._report is not None:
            self._show_report()

    def _show_report(self) -> None:
        """Redraw the report, keeping the rows the user opened and the scroll position."""
        expanded = self._expanded_keys()
        scroll = self._tree.verticalScrollBar().value()
        self._wrap_width = self._columns_for_text()
        self._tree.clear()
        self._fill_report()
        if expanded is not None:
            self._restore_expanded(expanded)
        self._tree.doItemsLayout()  # the scroll range must be known before it is restored
        self._tree.verticalScrollBar().setValue(scroll)

    def _expanded_keys(self) -> set[str] | None:
        """Keys of the expanded rows, or None before the first report (defaults apply)."""
        if not self._tree.topLevelItemCount():
            return None
        return {_key(item) for item in tree_items.all_items(self._tree) if item.isExpanded()}

    def _restore_expanded(self, keys: set[str]) -> None:
        for item in tree_items.all_items(self._tree):
            if item.childCount() and _key(item) not in keys and item.parent() is not None:
                item.setExpanded(False)
            elif _key(item) in keys:
                item.setExpanded(True)

    def _fill_report(self) -> None:
        report = self._report
        if report is None or report.score is None:
            self._score_label.setText("–")
            self._score_bar.setValue(0)
            self._summary_label.setText(
                self.tr("Paste a posting to see how well the resume covers it.")
                if report is None
                else self.tr("No field terms found in this posting.")
            )
            return
        self._score_label.setText(f"{report.score}%")
        self._score_bar.setValue(report.score)
        self._summary_label.setText(
            self.tr(
                "The posting uses %n field terms: {covered} covered, {missing} missing.",
                "",
                len(report.found),
            ).format(covered=len(report.covered), missing=len(report.missing))
        )
        missing_title = self.tr("Missing ({count})").format(count=len(report.missing))
        covered_title = self.tr("Covered ({count})").format(count=len(report.covered))
        self._fill_group(missing_title, report.missing, missing=True)
        self._fill_group(covered_title, report.covered, missing=False)
        self._fill_requirements(report)

    def _fill_requirements(self, report: MatchReport) -> None:
        """Education and years of experience the posting asks for, each marked met or not."""
        if not report.requirements:
            return
        group = QTreeWidgetItem(
            self._tree,
            [self.tr("Education and experience ({count})").format(count=len(report.requirements))],
        )
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        group.setFirstColumnSpanned(True)
        group.setExpanded(True)
        marks = {True: "✓ ", False: "✗ ", None: "? "}
        for check in report.requirements:
            level = f" ({check.requirement.level})" if check.requirement.level else ""
            line = marks[check.met] + check.requirement.text + level
            item = QTreeWidgetItem(group, [_wrap(line, self._wrap_width)])
            item.setFirstColumnSpanned(True)
            item.setToolTip(0, check.detail or check.requirement.text)

    def _fill_group(self, title: str, hits: tuple[TermHit, ...], *, missing: bool) -> None:
        group = QTreeWidgetItem(self._tree, [title])
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        group.setFirstColumnSpanned(True)
        group.setExpanded(True)
        by_category: dict[str, list[TermHit]] = {}
        for hit in hits:
            by_category.setdefault(hit.term.category_label, []).append(hit)
        for label, items in by_category.items():
            category = QTreeWidgetItem(group, [label])
            category.setFirstColumnSpanned(True)
            category.setExpanded(True)
            for index, hit in enumerate(items):
                name = hit.term.name + (f" – {hit.requirement}" if hit.requirement else "")
                item = QTreeWidgetItem(category, [_wrap(name, self._wrap_width)])
                item.setData(0, KEY_ROLE, f"term:{hit.term.id}")
                spelled = ", ".join(hit.posting_spellings)
                tip = self.tr("{term}\nThe posting writes: {spelled} ({count}\u00d7)").format(
                    term=hit.term.name, spelled=spelled, count=hit.count
                )
                if hit.covered:
                    tip += self.tr("\nOn your resume at: {paths}").format(
                        paths=", ".join(hit.resume_paths)
                    )
                if hit.note:
                    tip += "\n" + hit.note
                item.setToolTip(0, tip)
                if not missing:
                    continue
                label_text = (
                    self.tr("Add cert")
                    if hit.term.kind == "certification"
                    else self.tr("Add skill")
                )
                button = QPushButton(label_text, self._tree)
                button.setObjectName(f"add:{hit.term.id}")
                button.clicked.connect(lambda _=False, h=hit: self.add_term(h))
                self._tree.setItemWidget(item, 1, button)
                for entry in hit.suggestions:
                    bullet = QTreeWidgetItem(
                        item, ["• " + _wrap(entry.text, self._wrap_width).replace("\n", "\n   ")]
                    )
                    bullet.setToolTip(0, entry.text)
                    bullet.setData(0, KEY_ROLE, f"bullet:{entry.id}")
                    add = QPushButton(self.tr("Add to job"), self._tree)
                    add.setObjectName(f"bullet:{entry.id}")
                    add.setEnabled(self._job_combo.count() > 0)
                    add.setToolTip(
                        self.tr("Add under the job chosen above; then replace [N] with your number")
                    )
                    add.clicked.connect(lambda _=False, t=entry.text: self.add_bullet(t))
                    self._tree.setItemWidget(bullet, 1, _top_aligned(add))
                # show the first missing term's bullets, so the user sees that there are some
                item.setExpanded(index == 0 and label == next(iter(by_category)))

    def _fill_jobs(self) -> None:
        current = self._job_combo.currentIndex()
        self._job_combo.blockSignals(True)
        self._job_combo.clear()
        for work in self._document.resume.work:
            name = " – ".join(p for p in (work.position, work.name) if p) or self.tr(
                "(untitled job)"
            )
            self._job_combo.addItem(name)
        if self._job_combo.count():
            self._job_combo.setCurrentIndex(min(max(current, 0), self._job_combo.count() - 1))
        self._job_combo.blockSignals(False)

    @Slot()
    def _on_posting_edit_text_changed(self) -> None:
        text = self.posting()
        stored = self._document.resume.settings.posting or ""
        if text != stored:

            def mutate(resume: Resume) -> None:
                resume.settings.posting = text or None

            self._document.apply(self.tr("Edit job posting"), mutate, merge_key="settings.posting")
        self._timer.start()

    @Slot()
    def _on_open_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open job posting"),
            "",
            self.tr("Job postings (*.txt *.json);;All files (*)"),
        )
        if path:
            self.load_posting(path)

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.refresh()

    @Slot()
    def _on_document_resume_changed(self) -> None:
        self._fill_jobs()
        stored = self._document.resume.settings.posting or ""
        if stored != self.posting():
            self._posting_edit.blockSignals(True)
            self._posting_edit.setPlainText(stored)
            self._posting_edit.blockSignals(False)
        self._timer.start()
