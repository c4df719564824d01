"""Suggestions beside the form: what the dataset offers for the current step and target role.

The panel only shows and reports; the main window decides what a click does (add a skill, a
bullet to the selected job, a summary starter, a certification). It follows the resume, so
items already on it are marked and cannot be added twice, and a new target role re-ranks all.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from resume_builder.dataset import Catalogue
from resume_builder.errors import DatasetError
from resume_builder.models import Resume
from resume_builder.slots import NUMBER_SLOT
from resume_builder.suggestions import (
    Suggestion,
    group_by_category,
    retired_note,
    suggest,
)
from resume_builder.ui import i18n
from resume_builder.ui.theme import colour, set_tone
from resume_builder.ui_text import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

SUGGESTION_ROLE = Qt.ItemDataRole.UserRole + 1
REFRESH_MS = 150

_TITLES = {
    "skills": QT_TRANSLATE_NOOP("SuggestionsPanel", "Suggested skills for {role}"),
    "responsibilities": QT_TRANSLATE_NOOP("SuggestionsPanel", "Suggested bullets for {role}"),
    "summaries": QT_TRANSLATE_NOOP("SuggestionsPanel", "Summary starters for {role}"),
    "certifications": QT_TRANSLATE_NOOP("SuggestionsPanel", "Certifications for {role}"),
}
_SEARCH = {
    "skills": QT_TRANSLATE_NOOP("SuggestionsPanel", "Search skills\u2026"),
    "responsibilities": QT_TRANSLATE_NOOP("SuggestionsPanel", "Search bullets\u2026"),
    "summaries": QT_TRANSLATE_NOOP("SuggestionsPanel", "Search starters\u2026"),
    "certifications": QT_TRANSLATE_NOOP("SuggestionsPanel", "Search certifications\u2026"),
}
_HINTS = {
    "skills": QT_TRANSLATE_NOOP("SuggestionsPanel", "Click a skill to add it to your resume."),
    "responsibilities": QT_TRANSLATE_NOOP(
        "SuggestionsPanel",
        "Click a bullet to add it to the selected job, then replace {slot} with your own number.",
    ),
    "summaries": QT_TRANSLATE_NOOP(
        "SuggestionsPanel", "Click a starter to add it to your summary, then replace {slot}."
    ),
    "certifications": QT_TRANSLATE_NOOP(
        "SuggestionsPanel", "Click a certification you hold to add it with its issuer."
    ),
}
RANKING_NOTE = QT_TRANSLATE_NOOP(
    "SuggestionsPanel",
    "The role's main duties come first, one each; then items ranked by evidence (the O*NET "
    "database, a career page, BLS), not by invented popularity figures; a share is shown only "
    "where a source gives one.",
)


def describe(suggestion: Suggestion) -> str:
    """The line shown for a suggestion: its text, and the share of resumes where known."""
    text = suggestion.text
    if suggestion.share is not None:
        text += QCoreApplication.translate(
            "SuggestionsPanel", "  \u2014 on {share}% of resumes"
        ).format(share=f"{suggestion.share:g}")
    return text


class SuggestionsPanel(QWidget):
    """Ranked, grouped, searchable suggestions for one kind; a click emits ``suggestion_chosen``."""

    suggestion_chosen = Signal(object)

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        """Build an empty panel; :meth:`set_context` fills it."""
        super().__init__(parent)
        self._catalogue = catalogue
        self._kind: str | None = None
        self._resume: Resume | None = None
        self._role_id = catalogue.default_role
        self._shown: list[Suggestion] = []

        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search suggestions"))
        self.search.setAccessibleDescription(self.tr("Type words to filter the suggestions below"))
        self.search.setClearButtonEnabled(True)
        self.show_added = QCheckBox(self.tr("Show items already on my resume"))
        self.show_added.setChecked(True)
        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setAccessibleName(self.tr("Suggestions"))
        self.view.setAccessibleDescription(
            self.tr("Activate a suggestion to add it to your resume")
        )
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setSpacing(1)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setMouseTracking(True)
        self.view.setCursor(Qt.CursorShape.PointingHandCursor)
        self.note = QLabel(self.tr(RANKING_NOTE))
        self.note.setWordWrap(True)
        small = self.note.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.note.setFont(small)
        set_tone(self.note, "muted")
        self.note.setToolTip(catalogue.ranking)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 16, 8, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.search)
        layout.addWidget(self.show_added)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh_now)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.show_added.toggled.connect(self._on_show_added_toggled)
        self.view.clicked.connect(self._on_view_clicked)
        self.view.activated.connect(self._on_view_clicked)

    # -- public -------------------------------------------------------------------------------

    @property
    def kind(self) -> str | None:
        """The kind shown: "skills", "responsibilities", "summaries" or "certifications"."""
        return self._kind

    @property
    def shown(self) -> list[Suggestion]:
        """The suggestions on display, in display order."""
        return list(self._shown)

    def set_context(self, kind: str | None, resume: Resume) -> None:
        """Show ``kind`` for ``resume`` (its target role); refreshes at once on a new kind."""
        new_kind = kind != self._kind
        self._kind = kind
        self._resume = resume
        if new_kind:
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.refresh_now()
        else:
            self._timer.start()

    def set_resume(self, resume: Resume) -> None:
        """The resume changed: re-mark (and re-rank, if the role changed) soon."""
        self._resume = resume
        role = resume.settings.target_role or self._catalogue.default_role
        if role != self._role_id:
            self.refresh_now()
        elif self._kind:
            self._timer.start()

    @Slot()
    def refresh_now(self) -> None:
        """Recompute the list now."""
        self._timer.stop()
        self.model.clear()
        self._shown = []
        kind, resume = self._kind, self._resume
        if kind is None:
            return
        self._role_id = (resume.settings.target_role if resume else None) or (
            self._catalogue.default_role
        )
        role = self._catalogue.roles.get(self._role_id)
        role_title = (
            self._catalogue.translated("roles", role.title, i18n.current()) if role else self._role_id
        )
        title = self.tr(_TITLES.get(kind, QT_TRANSLATE_NOOP("SuggestionsPanel", "Suggestions")))
        self.title.setText(title.format(role=role_title))
        self.hint.setText(self.tr(_HINTS.get(kind, "")).format(slot=NUMBER_SLOT))
        self.search.setPlaceholderText(self.tr(_SEARCH.get(kind, "")))
        try:
            items = suggest(
                self._catalogue,
                self._role_id,
                kind,
                resume=resume,
                query=self.search.text() or None,
                include_present=self.show_added.isChecked(),
            )
        except DatasetError as exc:
            logger.warning("no suggestions: %s", exc)
            self.hint.setText(str(exc))
            return
        note = retired_note(self._catalogue, self.search.text())
        if note:
            self.hint.setText(note)
        groups = group_by_category(items) if kind != "summaries" else {"": items}
        bold = QFont(self.font())
        bold.setBold(True)
        for label, group in groups.items():
            parent = self.model.invisibleRootItem()
            if label:
                header = QStandardItem(label)
                header.setFont(bold)
                header.setFlags(Qt.ItemFlag.ItemIsEnabled)
                header.setBackground(QBrush(colour("header")))
                header.setForeground(QBrush(colour("header_text")))
                parent.appendRow(header)
            for suggestion in group:
                parent.appendRow(self._make_item(suggestion))
                self._shown.append(suggestion)
        if not self._shown:
            empty = QStandardItem(self.tr("Nothing matches. Try another word."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.model.appendRow(empty)

    def index_of(self, text: str) -> QModelIndex:
        """The view index of the suggestion whose text is ``text`` (for tests and focus)."""
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            suggestion = item.data(SUGGESTION_ROLE)
            if suggestion is not None and suggestion.text == text:
                return item.index()
        return QModelIndex()

    # -- internals ----------------------------------------------------------------------------

    def _make_item(self, suggestion: Suggestion) -> QStandardItem:
        if suggestion.in_resume:
            item = QStandardItem(
                self.tr("\u2713 {suggestion}  (on your resume)").format(
                    suggestion=describe(suggestion)
                )
            )
            item.setForeground(QBrush(colour("muted")))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        else:
            item = QStandardItem(f"+ {describe(suggestion)}")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        tip = suggestion.detail or ""
        item.setToolTip(f"{suggestion.text}\n\n{tip}".strip() if tip else suggestion.text)
        item.setData(suggestion, SUGGESTION_ROLE)
        return item

    @Slot(QModelIndex)
    def _on_view_clicked(self, index: QModelIndex) -> None:
        suggestion = index.data(SUGGESTION_ROLE)
        if isinstance(suggestion, Suggestion) and not suggestion.in_resume:
            self.suggestion_chosen.emit(suggestion)

    @Slot(str)
    def _on_search_text_changed(self, _text: str) -> None:
        self._timer.start()

    @Slot(bool)
    def _on_show_added_toggled(self, _checked: bool) -> None:
        self.refresh_now()
