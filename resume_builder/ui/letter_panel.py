"""The "Cover letter" tab: a letter for the active version, drafted from its job posting.

Every field edit goes through the document as one undoable step (typing in one field merges),
so undo, autosave and the preview cover the letter like the rest of the resume. Until the user
edits or drafts, the fields show the draft the preview shows (``letters.letter_for``); the first
edit saves the letter as shown. Coaching findings for the letter are listed under the fields.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError
from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from resume_builder.coaching.letter import lint_letter, word_count
from resume_builder.errors import UserError
from resume_builder.letters import draft_letter, fill_slots, letter_for, phrases
from resume_builder.models import CoverLetter, LetterRecipient, Resume
from resume_builder.output.letter_export import LETTER_FORMATS, export_letter
from resume_builder.ui import dialogs, i18n
from resume_builder.ui.exporting_ui import ExportJob
from resume_builder.ui.icons import set_icon
from resume_builder.ui.render_worker import RenderKind
from resume_builder.ui.spell_check import SpellingHighlighter, mark_for_spelling
from resume_builder.ui.theme import set_tone
from resume_builder.ui_text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from resume_builder.ui.document import ResumeDocument
    from resume_builder.ui.render_worker import RenderService

_LINES = (
    ("recipient_name", QT_TRANSLATE_NOOP("LetterPanel", "Hiring manager")),
    ("recipient_title", QT_TRANSLATE_NOOP("LetterPanel", "Their title")),
    ("organization", QT_TRANSLATE_NOOP("LetterPanel", "Employer")),
    ("date", QT_TRANSLATE_NOOP("LetterPanel", "Date (YYYY-MM-DD)")),
    ("position", QT_TRANSLATE_NOOP("LetterPanel", "Position")),
    ("reference", QT_TRANSLATE_NOOP("LetterPanel", "Reference no.")),
    ("greeting", QT_TRANSLATE_NOOP("LetterPanel", "Greeting")),
)
_TEXTS = (
    ("address", QT_TRANSLATE_NOOP("LetterPanel", "Address"), 48),
    ("opening", QT_TRANSLATE_NOOP("LetterPanel", "Opening"), 80),
    ("body", QT_TRANSLATE_NOOP("LetterPanel", "Body (blank line between paragraphs)"), 220),
    ("closing", QT_TRANSLATE_NOOP("LetterPanel", "Closing"), 70),
)
_ENDS = (
    ("sign_off", QT_TRANSLATE_NOOP("LetterPanel", "Sign-off")),
    ("signature", QT_TRANSLATE_NOOP("LetterPanel", "Signature")),
)
_WORDS = frozenset({"recipient_title", "position", "greeting", "sign_off"})
"""One-line fields that hold words to spell-check (not names, dates or numbers)."""
_SEVERITY_NAMES = {
    "error": QT_TRANSLATE_NOOP("LetterPanel", "Error"),
    "warning": QT_TRANSLATE_NOOP("LetterPanel", "Warning"),
    "tip": QT_TRANSLATE_NOOP("LetterPanel", "Tip"),
}
_FORMATS = {
    "pdf": "PDF",
    "docx": QT_TRANSLATE_NOOP("LetterPanel", "Word document"),
    "txt": QT_TRANSLATE_NOOP("LetterPanel", "Plain text"),
}


class LetterExportJob(ExportJob):
    """Exports the cover letter (not the resume) as PDF, rendered by the same worker."""

    kind = RenderKind.LETTER


class LetterPanel(QWidget):
    """Fields for each part of the letter, a posting box to draft from, findings and export."""

    exported = Signal(object)
    """The ``Path`` written (a PDF is written when the worker has rendered it)."""

    def __init__(
        self,
        document: ResumeDocument,
        render_service: RenderService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Build the fields and fill them from the document."""
        super().__init__(parent)
        self._document = document
        self._service = render_service
        self._loading = False
        self._stale = False
        """The resume changed while the tab was hidden: refresh when it shows."""
        self.export_job: ExportJob | None = None
        self.lines: dict[str, QLineEdit] = {}
        self.texts: dict[str, QPlainTextEdit] = {}
        self._build_ui()
        self._connect_signals()
        self._refresh()

    # -- public -------------------------------------------------------------------------------

    def letter_from_fields(self) -> CoverLetter:
        """The letter the fields hold (raises ``ValidationError`` for a bad date)."""
        line = {key: edit.text().strip() or None for key, edit in self.lines.items()}
        text = {key: edit.toPlainText().strip() for key, edit in self.texts.items()}
        paragraphs = [p.strip() for p in text["body"].split("\n\n") if p.strip()]
        return CoverLetter(
            recipient=LetterRecipient(
                name=line["recipient_name"],
                title=line["recipient_title"],
                organization=line["organization"],
                address=text["address"] or None,
            ),
            date=line["date"],
            position=line["position"],
            reference=line["reference"],
            greeting=line["greeting"],
            opening=text["opening"] or None,
            body=paragraphs,
            closing=text["closing"] or None,
            sign_off=line["sign_off"],
            signature=line["signature"],
        )

    def draft(self) -> None:
        """Replace the letter with a draft for the posting in the box, as one undoable step."""
        posting = self.posting.toPlainText().strip() or None

        def mutate(resume: Resume) -> None:
            resume.settings.letter = draft_letter(resume, posting)
            resume.settings.posting = posting

        self._document.apply(self.tr("Draft cover letter"), mutate)

    def export_to(self, path: Path) -> None:
        """Write the letter to ``path``: .docx and .txt at once, a PDF through the worker."""
        resume = self._document.resume
        if path.suffix.lower() == ".pdf" and self._service is not None:
            self.export_job = LetterExportJob(self, self._document, self._service, path)
            self.export_job.finished.connect(self.exported)
            self.export_job.start()
            return
        try:
            export_letter(resume, letter_for(resume), path)
        except UserError as exc:
            dialogs.show_error(self, self.tr("The letter could not be saved"), str(exc))
            return
        self.exported.emit(path)

    # -- ui -----------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.posting = QPlainTextEdit()
        self.posting.setPlaceholderText(self.tr("Paste the job posting to draft a letter for it"))
        self.posting.setFixedHeight(70)
        self.draft_button = QPushButton(self.tr("Draft from posting"))
        self.draft_button.setToolTip(
            self.tr("Write a new letter from your resume and this posting")
        )
        self.export_button = QPushButton(self.tr("Export letter\u2026"))
        set_icon(self.export_button, "file-down")
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: a narrow tab
        for key, label in _LINES:
            self.lines[key] = QLineEdit()
            mark_for_spelling(self.lines[key], key in _WORDS)
            form.addRow(self.tr(label), self.lines[key])
        self.opening_choice = QComboBox()
        self.opening_choice.addItem(self.tr("Use a suggested opening\u2026"), None)
        for item in phrases()["openings"]:
            case = item.case.replace("-", " ").capitalize()
            self.opening_choice.addItem(self.tr("Opening: {case}").format(case=case), item.text)
            self.opening_choice.setItemData(
                self.opening_choice.count() - 1, item.text, Qt.ItemDataRole.ToolTipRole
            )
        for key, label, height in _TEXTS:
            if key == "opening":
                form.addRow(self.opening_choice)
            edit = QPlainTextEdit()
            edit.setMinimumHeight(height)
            SpellingHighlighter(edit.document())  # slots marked; spelling once the window checks
            mark_for_spelling(edit, key != "address")
            self.texts[key] = edit
            form.addRow(self.tr(label), edit)
        for key, label in _ENDS:
            self.lines[key] = QLineEdit()
            mark_for_spelling(self.lines[key], key in _WORDS)
            form.addRow(self.tr(label), self.lines[key])
        self.error = QLabel()
        self.error.setWordWrap(True)
        set_tone(self.error, "error")
        self.error.hide()
        self.words = QLabel()
        self.findings = QListWidget()
        self.findings.setWordWrap(True)
        self.findings.setMinimumHeight(90)

        fields = QWidget()
        inner = QVBoxLayout(fields)
        inner.addWidget(self.posting)
        buttons = QHBoxLayout()
        buttons.addWidget(self.draft_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        inner.addLayout(buttons)
        inner.addLayout(form)
        inner.addWidget(self.error)
        inner.addWidget(self.words)
        inner.addWidget(self.findings)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(fields)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _connect_signals(self) -> None:
        self._document.resume_changed.connect(self._refresh)
        self.draft_button.clicked.connect(self.draft)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.opening_choice.activated.connect(self._on_opening_choice_activated)
        for key, edit in self.lines.items():
            edit.textEdited.connect(lambda _text, k=key: self._on_field_edited(k))
        for key, text_edit in self.texts.items():
            text_edit.textChanged.connect(lambda k=key: self._on_field_edited(k))

    def _show(self, letter: CoverLetter) -> None:
        self._loading = True
        try:
            to = letter.recipient
            values = {
                "recipient_name": to.name,
                "recipient_title": to.title,
                "organization": to.organization,
                "date": letter.date,
                "position": letter.position,
                "reference": letter.reference,
                "greeting": letter.greeting,
                "sign_off": letter.sign_off,
                "signature": letter.signature,
            }
            for key, value in values.items():
                if self.lines[key].text() != (value or ""):
                    self.lines[key].setText(value or "")
            texts = {
                "address": to.address,
                "opening": letter.opening,
                "body": "\n\n".join(letter.body),
                "closing": letter.closing,
            }
            for key, value in texts.items():
                if self.texts[key].toPlainText() != (value or ""):
                    self.texts[key].setPlainText(value or "")
        finally:
            self._loading = False

    def _show_findings(self, letter: CoverLetter, resume: Resume) -> None:
        posting = resume.settings.posting
        self.findings.clear()
        for finding in lint_letter(letter, posting=posting, resume=resume, lang=i18n.current()):
            quoted = f"\u201c{finding.excerpt}\u201d: " if finding.excerpt else ""
            severity = self.tr(_SEVERITY_NAMES[finding.severity])
            self.findings.addItem(f"{severity}: {quoted}{finding.message}")
        self.words.setText(self.tr("%n words (aim for 250-400)", "", word_count(letter)))

    # -- slots --------------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 - Qt virtual
        """Catch up with the edits made while the tab was hidden."""
        super().showEvent(event)
        if self._stale:
            self._refresh()

    @Slot()
    def _refresh(self) -> None:
        if not self.isVisible():  # a draft is written for every change: only when it is seen
            self._stale = True
            return
        self._stale = False
        resume = self._document.resume
        if self.posting.toPlainText().strip() != (resume.settings.posting or "").strip():
            self.posting.setPlainText(resume.settings.posting or "")
        letter = letter_for(resume)
        if not self._fields_match(letter):
            self._show(letter)
        self._show_findings(letter, resume)

    def _fields_match(self, letter: CoverLetter) -> bool:
        try:
            return self.letter_from_fields() == letter
        except ValidationError:
            return False

    def _on_field_edited(self, key: str) -> None:
        if self._loading:
            return
        try:
            letter = self.letter_from_fields()
        except ValidationError as exc:
            self.error.setText(exc.errors()[0]["msg"].removeprefix("Value error, "))
            self.error.show()
            return
        self.error.hide()

        def mutate(resume: Resume) -> None:
            resume.settings.letter = letter

        self._document.apply(self.tr("Edit cover letter"), mutate, merge_key=f"letter.{key}")

    @Slot(int)
    def _on_opening_choice_activated(self, index: int) -> None:
        text = self.opening_choice.itemData(index)
        self.opening_choice.setCurrentIndex(0)
        if not text:
            return
        values = {
            "Position": self.lines["position"].text(),
            "Employer": self.lines["organization"].text(),
        }
        self.texts["opening"].setPlainText(fill_slots(text, values))

    @Slot()
    def _on_export_button_clicked(self) -> None:
        resume = self._document.resume
        name = (resume.basics.name or "cover").strip().replace(" ", "-")
        formats = {k: self.tr(v) for k, v in _FORMATS.items() if k in LETTER_FORMATS}
        path, ok = dialogs.get_export_path(self, Path.home() / f"{name}-letter.pdf", formats)
        if ok and path is not None:
            self.export_to(path)
