"""The first steps: the target role, contact details and the summary."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from resume_builder.models import Location, Profile, Resume
from resume_builder.slots import NUMBER_SLOT
from resume_builder.storage import plain_message
from resume_builder.suggestions import Suggestion
from resume_builder.ui import i18n
from resume_builder.ui.core_text import english_plural
from resume_builder.ui.pages.base import StepPage
from resume_builder.ui.pages.entries import EntryListEditor, FieldSpec
from resume_builder.ui.pages.fields import LineField, TextField, focus_field
from resume_builder.ui.theme import set_tone
from resume_builder.ui_text import QT_TRANSLATE_NOOP
from resume_builder.validation import email_problem, phone_problem, url_problem

if TYPE_CHECKING:
    from resume_builder.dataset import Catalogue
    from resume_builder.ui.document import ResumeDocument


class TargetRolePage(StepPage):
    """Pick the job the resume is for; every suggestion is ranked for it."""

    step_id = "role"
    intro = QT_TRANSLATE_NOOP(
        "TargetRolePage",
        "Which job are you applying for? The skills, bullets and summaries suggested in the "
        "next steps are chosen for this role. You can change it at any time.",
    )

    role_changed = Signal(str)

    def __init__(self, document: ResumeDocument, catalogue: Catalogue, parent=None) -> None:
        """List the dataset's roles."""
        super().__init__(document, parent)
        self._catalogue = catalogue
        self.combo = QComboBox()
        for role_id, title in catalogue.role_titles(i18n.current()).items():
            self.combo.addItem(title, role_id)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.headline = LineField(self.tr("e.g. Medical Records Technician"))
        # sized to a short title, not the longest: the form column is narrow at 1024 and in Spanish
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(14)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Job you want"), self.combo)
        form.addRow("", self.description)
        form.addRow(self.tr("Headline under your name"), self.headline)
        self.body.addLayout(form)
        self.body.addStretch(1)
        self.combo.activated.connect(self._on_combo_activated)
        self.headline.edited.connect(self._on_headline_edited)
        document.resume_changed.connect(self._on_document_resume_changed)
        self._on_document_resume_changed()

    def choose_role(self, role_id: str) -> None:
        """Aim the resume at ``role_id``; the headline follows unless the user wrote their own."""
        catalogue = self._catalogue
        role = catalogue.role(role_id)
        old = self._document.resume.settings.target_role
        old_role = catalogue.roles.get(old) if old is not None else None

        def mutate(resume: Resume) -> None:
            lang = resume.settings.language  # the headline is the resume's, in its language
            following = (  # the old role's title, as the headline had it, in either language
                {old_role.title, catalogue.translated("roles", old_role.title, lang)}
                if old_role
                else set()
            )
            resume.settings.target_role = role_id
            if not resume.basics.label or resume.basics.label in following:
                resume.basics.label = catalogue.translated("roles", role.title, lang)

        shown = catalogue.translated("roles", role.title, i18n.current())
        self._document.apply(self.tr("Target {role}").format(role=shown), mutate)

    @Slot(int)
    def _on_combo_activated(self, index: int) -> None:
        self.choose_role(self.combo.itemData(index))

    @Slot(str)
    def _on_headline_edited(self, text: str) -> None:
        def mutate(resume: Resume) -> None:
            resume.basics.label = text or None

        self._document.apply(self.tr("Edit headline"), mutate, merge_key="basics.label")

    @Slot()
    def _on_document_resume_changed(self) -> None:
        resume = self._document.resume
        role_id = resume.settings.target_role or self._catalogue.default_role
        index = self.combo.findData(role_id)
        if index >= 0 and index != self.combo.currentIndex():
            self.combo.setCurrentIndex(index)
        role = self._catalogue.roles.get(role_id)
        self.description.setText(
            self._catalogue.translated("role_descriptions", role.description, i18n.current())
            if role
            else ""
        )
        self.headline.set_value(resume.basics.label)


def _describe_profile(profile: Profile) -> str:
    return " \u2014 ".join(p for p in (profile.network, profile.url or profile.username) if p) or (
        QCoreApplication.translate("ContactPage", "New profile")
    )


class ContactPage(StepPage):
    """Name, credentials, headline and how to reach the person."""

    step_id = "contact"
    intro = QT_TRANSLATE_NOOP(
        "ContactPage",
        "How employers reach you. Put credentials such as RHIT or CCS in their own box: they "
        "are shown after your name.",
    )

    def __init__(self, document: ResumeDocument, parent=None) -> None:
        """Build the contact form and the profiles list."""
        super().__init__(document, parent)
        self.fields: dict[str, LineField] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows: list[tuple[str, str, str, Callable[[str], str | None] | None]] = [
            ("name", self.tr("Full name"), self.tr("e.g. Maria Lopez"), None),
            (
                "credentials",
                self.tr("Credentials"),
                self.tr("e.g. RHIT, CCS (comma-separated)"),
                None,
            ),
            ("email", self.tr("Email"), self.tr("e.g. maria.lopez@example.com"), email_problem),
            ("phone", self.tr("Phone"), self.tr("e.g. (555) 123-4567"), phone_problem),
            ("city", self.tr("City"), self.tr("e.g. Springfield"), None),
            ("region", self.tr("State"), self.tr("e.g. IL"), None),
            ("url", self.tr("Website"), self.tr("optional"), url_problem),
        ]
        self._checks = {name: check for name, _, _, check in rows}
        self._undo_texts = {
            name: self.tr("Edit {field}").format(field=label.lower()) for name, label, *_ in rows
        }
        for name, label, placeholder, _check in rows:
            field = LineField(placeholder, spelling=False)  # names, addresses, numbers
            self.fields[name] = field
            form.addRow(label, field)
            field.edited.connect(lambda text, n=name: self._on_field_edited(n, text))
        self.body.addLayout(form)

        box = QGroupBox(self.tr("Online profiles (optional)"))
        box_layout = QFormLayout(box)
        self.profiles = EntryListEditor(
            document,
            "basics.profiles",
            [
                FieldSpec("network", self.tr("Network"), placeholder=self.tr("e.g. LinkedIn")),
                FieldSpec("url", self.tr("Address"), placeholder="https://www.linkedin.com/in/..."),
                FieldSpec("username", self.tr("User name")),
            ],
            noun=self.tr("profile"),
            describe=_describe_profile,
            factory=lambda: Profile(network="LinkedIn"),
        )
        box_layout.addRow(self.profiles)
        self.body.addWidget(box)
        self.body.addStretch(1)
        document.resume_changed.connect(self._on_document_resume_changed)
        self._on_document_resume_changed()

    def focus_path(self, path: str) -> bool:
        """Focus the contact field at ``basics.<name>`` (or a profile)."""
        if path.startswith("basics.profiles"):
            return self.profiles.focus_path(path)
        name = path.removeprefix("basics.").removeprefix("location.")
        if name in self.fields:
            focus_field(self.fields[name])
            return True
        return False

    def _value(self, name: str, resume: Resume) -> str:
        basics = resume.basics
        if name == "credentials":
            return ", ".join(basics.credentials)
        if name in ("city", "region"):
            return (getattr(basics.location, name) if basics.location else None) or ""
        return getattr(basics, name) or ""

    def _on_field_edited(self, name: str, text: str) -> None:
        check = self._checks[name]
        self.fields[name].set_problem(check(text) if check else None)
        value: Any = text.strip() or None

        def mutate(resume: Resume) -> None:
            basics = resume.basics
            if name == "credentials":
                basics.credentials = [c.strip() for c in text.split(",") if c.strip()]
            elif name in ("city", "region"):
                location = basics.location or Location()
                setattr(location, name, value)
                basics.location = location
            else:
                setattr(basics, name, value)

        try:
            self._document.apply(self._undo_texts[name], mutate, merge_key=f"basics.{name}")
        except ValidationError as exc:  # e.g. a name over its length limit: not kept, and said
            problem = self.tr("Not kept: this {problem}.")
            self.fields[name].set_problem(problem.format(problem=plain_message(exc.errors()[0])))

    @Slot()
    def _on_document_resume_changed(self) -> None:
        resume = self._document.resume
        for name, field in self.fields.items():
            value = self._value(name, resume)
            if name == "credentials":
                typed = [c.strip() for c in field.value().split(",") if c.strip()]
                if typed == resume.basics.credentials:
                    continue
            elif field.value().strip() == value:
                continue
            field.set_value(value)
            check = self._checks[name]
            field.set_problem(check(value) if check else None)


class SummaryPage(StepPage):
    """Two to four sentences on who the person is and what they bring."""

    step_id = "summary"
    intro = QT_TRANSLATE_NOOP(
        "SummaryPage",
        "Two to four sentences at the top of your resume: your role, your years of experience "
        "and what you are best at. Start from a suggestion on the right and make it yours.",
    )

    def __init__(self, document: ResumeDocument, parent: QWidget | None = None) -> None:
        """Build the summary editor and its word count."""
        super().__init__(document, parent)
        self.editor = TextField(
            self.tr("e.g. Registered Health Information Technician with 5 years ...")
        )
        self.editor.edit.setMinimumHeight(180)
        self.count = QLabel()
        set_tone(self.count, "muted")
        self.body.addWidget(self.editor)
        self.body.addWidget(self.count)
        self.body.addStretch(1)
        self.editor.edited.connect(self._on_editor_edited)
        document.resume_changed.connect(self._on_document_resume_changed)
        self._on_document_resume_changed()

    def add_suggestion(self, suggestion: Suggestion) -> None:
        """A summary starter was clicked."""
        self.insert_starter(suggestion.text)

    def insert_starter(self, text: str) -> None:
        """Add a summary starter (after what is there) and select its ``[N]`` for typing over."""
        current = (self._document.resume.basics.summary or "").strip()
        new = f"{current} {text}".strip() if current else text

        def mutate(resume: Resume) -> None:
            resume.basics.summary = new

        self._document.apply(self.tr("Add summary starter"), mutate)
        slot = new.find(NUMBER_SLOT, len(current))
        cursor = self.editor.edit.textCursor()
        if slot >= 0:
            cursor.setPosition(slot)
            cursor.setPosition(slot + len(NUMBER_SLOT), QTextCursor.MoveMode.KeepAnchor)
        else:
            cursor.movePosition(QTextCursor.MoveOperation.End)
        self.editor.edit.setTextCursor(cursor)
        self.editor.edit.setFocus()

    def focus_path(self, path: str) -> bool:
        """The summary is the page's one field."""
        focus_field(self.editor)
        return True

    @Slot(str)
    def _on_editor_edited(self, text: str) -> None:
        def mutate(resume: Resume) -> None:
            resume.basics.summary = text if text.strip() else None

        self._document.apply(self.tr("Edit summary"), mutate, merge_key="basics.summary")

    @Slot()
    def _on_document_resume_changed(self) -> None:
        summary = self._document.resume.basics.summary or ""
        if self.editor.value().strip() != summary.strip():
            self.editor.set_value(summary)
        words = len(summary.split())
        hint = self.tr("aim for 40 to 80") if words < 40 or words > 80 else self.tr("a good length")
        slot = self.tr(" \u2014 replace {slot} with your number") if NUMBER_SLOT in summary else ""
        count = english_plural(self.tr("%n word(s) ({hint}){slot}", "", words), words)
        self.count.setText(count.format(hint=hint, slot=slot.format(slot=NUMBER_SLOT)))
