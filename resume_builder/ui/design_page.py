"""The design step: choose a template (shown with the user's own resume), paper size and options.

Every change goes through ``ResumeDocument.apply`` so it can be undone like any edit, and the
page follows the document back (undo, opening a file) through ``resume_changed``. Thumbnails are
page 1 of the user's resume in each template, rendered by the worker at low priority.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from resume_builder.language import LANGUAGE_NAMES, LANGUAGES, LanguageCode
from resume_builder.models import Resume
from resume_builder.output.papers import PAPERS, Paper
from resume_builder.output.themes import OptionSpec, Theme, discover_themes
from resume_builder.ui import i18n
from resume_builder.ui.core_text import shown
from resume_builder.ui.render_worker import RenderKind, RenderResult, RenderService
from resume_builder.ui.section_order import SectionOrderBox
from resume_builder.ui.theme import set_tone
from resume_builder.ui_text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from resume_builder.ui.document import ResumeDocument

logger = logging.getLogger(__name__)

THUMB_WIDTH = 150
"""Logical width of a template thumbnail; rendered at the screen's pixel ratio."""
THUMB_REFRESH_MS = 900
"""Thumbnails follow edits, but lazily: each one is a full render."""

ACCENT_SWATCHES: tuple[tuple[str, str], ...] = (
    ("#1f3a5f", QT_TRANSLATE_NOOP("DesignPage", "Navy")),
    ("#0f6e6e", QT_TRANSLATE_NOOP("DesignPage", "Teal")),
    ("#2e5e3a", QT_TRANSLATE_NOOP("DesignPage", "Forest")),
    ("#7a1f2b", QT_TRANSLATE_NOOP("DesignPage", "Burgundy")),
    ("#4b3b6b", QT_TRANSLATE_NOOP("DesignPage", "Plum")),
    ("#333333", QT_TRANSLATE_NOOP("DesignPage", "Charcoal")),
)


_KINDS = {
    "color": "color",
    "number": "float",
    "integer": "int",
    "boolean": "bool",
    "choice": "choice",
}


@dataclass(frozen=True)
class _Option:
    """A template option as the page edits it (from the manifest's ``OptionSpec``)."""

    key: str
    kind: str  # "color", "int", "float", "bool", "choice"
    spec: OptionSpec

    @property
    def label(self) -> str:
        """The manifest's label, e.g. "Accent colour" (the base options' in the app's language)."""
        return QCoreApplication.translate("DesignPage", self.spec.label)

    @property
    def default(self) -> Any:
        """The template's own value."""
        return self.spec.default


def _theme_options(theme: Theme | None) -> list[_Option]:
    if theme is None:
        return []
    return [
        _Option(key, _KINDS.get(spec.type, "choice"), spec) for key, spec in theme.options.items()
    ]


class DesignPage(QWidget):
    """Template gallery, paper size and template options, all edited through the document.

    ``thumbnails_ready`` fires when the last thumbnail asked for has arrived (or failed).
    """

    thumbnails_ready = Signal()

    def __init__(
        self,
        document: ResumeDocument,
        render_service: RenderService,
        parent: QWidget | None = None,
    ) -> None:
        """Build the page for the themes found at start-up; thumbnails render when shown."""
        super().__init__(parent)
        self._document = document
        self._service = render_service
        self._key_prefix = f"thumb:{id(self)}:"
        self._themes: dict[str, Theme] = dict(discover_themes())
        self._thumb_jobs: dict[int, str] = {}
        self._thumb_signatures: dict[str, str] = {}
        self._thumbs_stale = True
        self._option_setters: dict[str, Callable[[Any], None]] = {}
        self._options_theme: str | None = None
        self._syncing = False

        self._thumb_timer = QTimer(self)
        self._thumb_timer.setSingleShot(True)
        self._thumb_timer.setInterval(THUMB_REFRESH_MS)

        self._build_ui()
        self._connect_signals()
        self._sync_from_document()

    # -- public -------------------------------------------------------------------------------

    @property
    def theme_ids(self) -> list[str]:
        """Template ids in gallery order."""
        return [
            self._gallery.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self._gallery.count())
        ]

    @property
    def current_theme_id(self) -> str | None:
        """The template selected in the gallery."""
        item = self._gallery.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def select_template(self, theme_id: str) -> None:
        """Choose a template as a click in the gallery would (an undoable document edit)."""
        item = self._item_for(theme_id)
        if item is None:
            raise KeyError(theme_id)
        self._gallery.setCurrentItem(item)

    @property
    def thumbnails_pending(self) -> bool:
        """Thumbnails are due or rendering (``thumbnails_ready`` follows once they are in)."""
        return bool(self._thumb_jobs) or (self._thumbs_stale and self.isVisible())

    def thumbnail(self, theme_id: str) -> QPixmap | None:
        """The rendered thumbnail for ``theme_id``, or ``None`` while it is still rendering."""
        item = self._item_for(theme_id)
        if item is None or not item.data(Qt.ItemDataRole.UserRole + 1):
            return None
        return item.icon().pixmap(self._gallery.iconSize())

    def card_tip(self, theme_id: str) -> str:
        """What the template's card says when pointed at (why it shows no thumbnail, if so)."""
        item = self._item_for(theme_id)
        return item.toolTip() if item is not None else ""

    def refresh_thumbnails(self) -> None:
        """Render the thumbnails whose look changed since they were last drawn (low priority).

        Each is a full render, so a thumbnail is only redone when what it shows changed: the
        content or paper for all of them, the options only for the template in use.
        """
        self._thumb_timer.stop()
        self._thumbs_stale = False
        resume = self._document.resume
        current = resume.settings.template
        width = round(THUMB_WIDTH * self.devicePixelRatioF())
        for theme_id in self._themes:
            data = resume.to_json_dict()
            settings = data.get("meta", {}).get("resumeBuilder", {})
            settings.pop("template", None)  # passed explicitly below
            if theme_id != current:
                # Another template's look uses its own defaults, not this template's options.
                settings.pop("templateOptions", None)
            signature = json.dumps([data, width], sort_keys=True)
            if self._thumb_signatures.get(theme_id) == signature:
                continue
            self._thumb_signatures[theme_id] = signature
            job = self._service.request(
                RenderKind.THUMBNAIL,
                data,
                template=theme_id,
                key=self._key_prefix + theme_id,
                width=width,
                priority=1,
                preview=True,
            )
            self._thumb_jobs = {j: t for j, t in self._thumb_jobs.items() if t != theme_id}
            self._thumb_jobs[job] = theme_id
        self._announce_if_ready()  # nothing changed: the thumbnails shown are the ones due

    # -- ui -----------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        intro = QLabel(
            self.tr(
                "Choose how your resume looks. Every template shows your own resume, and the "
                "preview follows each change. Recruiters and applicant tracking systems read all "
                "of them."
            ),
            self,
        )
        intro.setWordWrap(True)

        self._gallery = QListWidget(self)
        self._gallery.setViewMode(QListView.ViewMode.IconMode)
        self._gallery.setMovement(QListView.Movement.Static)
        self._gallery.setFlow(QListView.Flow.LeftToRight)
        # Rows of cards as wide as the page allows, all in view: the page scrolls, never sideways.
        self._gallery.setWrapping(True)
        self._gallery.setResizeMode(QListView.ResizeMode.Adjust)
        self._gallery.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._gallery.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._gallery.installEventFilter(self)
        self._gallery.setUniformItemSizes(True)
        self._gallery.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._gallery.setSpacing(10)
        self._gallery.setWordWrap(True)
        self._gallery.setIconSize(self._icon_size())
        self._gallery.setAccessibleName(self.tr("Templates"))
        self._gallery.setItemDelegate(_TemplateCardDelegate(self._gallery))
        for theme_id, theme in self._themes.items():
            item = QListWidgetItem(self._placeholder_icon(), theme.name)
            item.setData(Qt.ItemDataRole.UserRole, theme_id)
            item.setData(Qt.ItemDataRole.UserRole + 1, False)
            item.setToolTip(theme.description_in(i18n.current()) or theme.name)
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self._gallery.addItem(item)
        self._fit_gallery_height()

        self._theme_description = QLabel(self)
        self._theme_description.setWordWrap(True)
        set_tone(self._theme_description, "muted")

        templates_box = QGroupBox(self.tr("Template"), self)
        templates_layout = QVBoxLayout(templates_box)
        templates_layout.addWidget(self._gallery)
        templates_layout.addWidget(self._theme_description)
        if not self._themes:
            templates_layout.addWidget(QLabel(self.tr("No templates were found."), templates_box))

        paper_box = QGroupBox(self.tr("Paper size"), self)
        paper_layout = QVBoxLayout(paper_box)
        self._paper_group = QButtonGroup(self)
        self._paper_buttons: dict[str, QRadioButton] = {}
        for paper in PAPERS.values():
            button = QRadioButton(f"{shown(paper.name)}\n{shown(paper.detail)}", paper_box)
            button.setProperty("paper", paper.id)
            self._paper_group.addButton(button)
            self._paper_buttons[paper.id] = button
            paper_layout.addWidget(button)

        language_box = QGroupBox(self.tr("Resume language"), self)
        language_layout = QVBoxLayout(language_box)
        note = QLabel(self.tr("Headings, dates and page numbers on the resume and cover letter."))
        note.setWordWrap(True)
        set_tone(note, "muted")
        language_layout.addWidget(note)
        self._language_group = QButtonGroup(self)
        self._language_buttons: dict[str, QRadioButton] = {}
        for code in LANGUAGES:  # each language by its own name, whatever the app's language
            button = QRadioButton(LANGUAGE_NAMES[code], language_box)
            button.setProperty("language", code)
            self._language_group.addButton(button)
            self._language_buttons[code] = button
            language_layout.addWidget(button)

        self._options_box = QGroupBox(self.tr("Options"), self)
        self._options_form = QFormLayout(self._options_box)
        self._options_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        # a field that does not fit beside its label goes under it (the swatch row at 1024 px)
        self._options_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._options_form.setLabelAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )

        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 8, 0)  # the step page has margins already
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(templates_box)
        layout.addWidget(paper_box)  # stacked, so the page fits beside the preview
        layout.addWidget(language_box)
        layout.addWidget(self._options_box)
        self.sections = SectionOrderBox(self._document, self)
        layout.addWidget(self.sections)
        layout.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _connect_signals(self) -> None:
        self._gallery.currentItemChanged.connect(self._on_gallery_current_changed)
        self._paper_group.buttonToggled.connect(self._on_paper_group_button_toggled)
        self._language_group.buttonToggled.connect(self._on_language_group_button_toggled)
        self._document.resume_changed.connect(self._on_document_resume_changed)
        self._service.finished.connect(self._on_service_finished)
        self._service.failed.connect(self._on_service_failed)
        self._thumb_timer.timeout.connect(self._on_thumb_timer_timeout)

    def _icon_size(self) -> QSize:
        paper = self._document.resume.settings.paper
        return QSize(THUMB_WIDTH, round(THUMB_WIDTH * PAPERS[paper].aspect))

    def _fit_gallery_height(self) -> None:
        """Tall enough for every row of cards at the gallery's present width."""
        icon = self._gallery.iconSize()
        cell = QSize(icon.width() + 32, icon.height() + self.fontMetrics().height() + 36)
        if self._gallery.gridSize() != cell:
            self._gallery.setGridSize(cell)
        frame = 2 * self._gallery.frameWidth()
        per_row = max(1, (self._gallery.width() - frame) // cell.width())
        rows = max(1, -(-self._gallery.count() // per_row))
        spacing = 2 * self._gallery.spacing()
        self._gallery.setFixedHeight(rows * cell.height() + spacing + frame + 4)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt virtual
        """A gallery made narrower or wider takes as many rows as its cards now need."""
        if watched is self._gallery and event.type() == QEvent.Type.Resize:
            self._fit_gallery_height()
        return False

    def _placeholder_icon(self, text: str = "") -> QIcon:
        text = text or self.tr("Rendering\u2026")
        size = self._gallery.iconSize() if hasattr(self, "_gallery") else self._icon_size()
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(round(size.width() * ratio), round(size.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(QColor("#ffffff"))
        painter = QPainter(pixmap)
        painter.setPen(QColor("#c8ccd2"))
        painter.drawRect(0, 0, size.width() - 1, size.height() - 1)
        painter.setPen(QColor("#8a9099"))
        painter.drawText(0, 0, size.width(), size.height(), Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
        icon = QIcon(pixmap)
        icon.addPixmap(pixmap, QIcon.Mode.Selected)
        return icon

    def _item_for(self, theme_id: str) -> QListWidgetItem | None:
        for i in range(self._gallery.count()):
            item = self._gallery.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == theme_id:
                return item
        return None

    # -- document -> widgets ------------------------------------------------------------------

    def _sync_from_document(self) -> None:
        """Show the document's settings without sending them back as edits."""
        settings = self._document.resume.settings
        self._syncing = True
        try:
            item = self._item_for(settings.template)
            if item is not None:
                self._gallery.setCurrentItem(item)
                self._gallery.scrollToItem(item)
            else:
                self._gallery.clearSelection()
            theme = self._themes.get(settings.template)
            self._theme_description.setText(
                theme.description_in(i18n.current())
                if theme
                else self.tr(
                    "The template \u201c{name}\u201d is not installed; choose another."
                ).format(name=settings.template)
            )
            button = self._paper_buttons.get(settings.paper)
            if button is not None:
                button.setChecked(True)
            self._language_buttons[settings.language].setChecked(True)
            if self._gallery.iconSize() != self._icon_size():
                self._gallery.setIconSize(self._icon_size())
                self._fit_gallery_height()
            if self._options_theme != settings.template:
                self._build_options(theme)
            values = theme.option_values(settings.template_options) if theme else {}
            for key, setter in self._option_setters.items():
                setter(values.get(key))
        finally:
            self._syncing = False

    def _build_options(self, theme: Theme | None) -> None:
        while self._options_form.rowCount():
            self._options_form.removeRow(0)
        self._option_setters.clear()
        self._options_theme = theme.id if theme is not None else None
        options = _theme_options(theme) if theme is not None else []
        self._options_box.setTitle(
            self.tr("{template} options").format(template=theme.name)
            if theme is not None
            else self.tr("Options")
        )
        if not options:
            note = QLabel(self.tr("This template has no options."), self._options_box)
            set_tone(note, "muted")
            self._options_form.addRow(note)
            return
        for option in options:
            editor, setter = self._option_editor(option)
            if option.spec.help:
                editor.setToolTip(QCoreApplication.translate("DesignPage", option.spec.help))
            self._options_form.addRow(f"{option.label}:", editor)
            self._option_setters[option.key] = setter
        reset = QPushButton(self.tr("Reset to template defaults"), self._options_box)
        reset.clicked.connect(self._on_reset_clicked)
        reset_row = QHBoxLayout()
        reset_row.addWidget(reset)
        reset_row.addStretch(1)
        self._options_form.addRow(reset_row)

    def _option_editor(self, option: _Option) -> tuple[QWidget, Callable[[Any], None]]:
        if option.kind == "color":
            return self._colour_editor(option)
        if option.kind in {"int", "float"}:
            spin: QSpinBox | QDoubleSpinBox
            if option.kind == "int":
                spin = QSpinBox(self._options_box)
                spin.setRange(int(option.spec.minimum or 0), int(option.spec.maximum or 99))
                spin.setSingleStep(int(option.spec.step or 1))
            else:
                spin = QDoubleSpinBox(self._options_box)
                spin.setDecimals(1)
                spin.setRange(float(option.spec.minimum or 0), float(option.spec.maximum or 99))
                spin.setSingleStep(float(option.spec.step or 0.5))
            if option.spec.unit:
                spin.setSuffix(f" {option.spec.unit}")
            spin.setAccessibleName(option.label)
            spin.valueChanged.connect(lambda value, key=option.key: self._set_option(key, value))

            def set_spin(value: Any, spin: QSpinBox | QDoubleSpinBox = spin) -> None:
                spin.blockSignals(True)
                spin.setValue(value if value is not None else (option.default or 0))
                spin.blockSignals(False)

            return spin, set_spin
        if option.kind == "bool":
            box = QCheckBox(self._options_box)
            box.toggled.connect(lambda value, key=option.key: self._set_option(key, value))

            def set_box(value: Any) -> None:
                box.blockSignals(True)
                box.setChecked(bool(option.default if value is None else value))
                box.blockSignals(False)

            return box, set_box
        if option.kind == "choice":
            combo = QComboBox(self._options_box)
            combo.addItems(list(option.spec.choices))
            combo.currentTextChanged.connect(
                lambda text, key=option.key: self._set_option(key, text)
            )

            def set_combo(value: Any) -> None:
                combo.blockSignals(True)
                combo.setCurrentText(str(option.default if value is None else value))
                combo.blockSignals(False)

            return combo, set_combo
        label = QLabel(str(option.default), self._options_box)
        return label, lambda value: label.setText(str(option.default if value is None else value))

    def _colour_editor(self, option: _Option) -> tuple[QWidget, Callable[[Any], None]]:
        """A row of swatches (the template's default first) and a "Custom…" colour picker."""
        container = QWidget(self._options_box)
        row = QHBoxLayout(container)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        group = QButtonGroup(container)
        swatches: list[tuple[str, str]] = []
        if isinstance(option.default, str):
            swatches.append((option.default.lower(), self.tr("Template default")))
        swatches += [
            (c, self.tr(n)) for c, n in ACCENT_SWATCHES if c != (option.default or "").lower()
        ]
        buttons: dict[str, QToolButton] = {}
        for colour, name in swatches:
            button = QToolButton(container)
            button.setCheckable(True)
            button.setFixedSize(26, 26)
            button.setToolTip(f"{name} ({colour})")
            button.setAccessibleName(f"{option.label}: {name}")
            button.setStyleSheet(_swatch_style(colour))
            button.clicked.connect(lambda _=False, c=colour, k=option.key: self._set_option(k, c))
            group.addButton(button)
            buttons[colour] = button
            row.addWidget(button)
        custom = QToolButton(container)
        custom.setText(self.tr("Custom\u2026"))
        custom.setCheckable(True)
        custom.setToolTip(self.tr("Pick any colour"))
        group.addButton(custom)
        row.addSpacing(4)
        row.addWidget(custom)
        row.addStretch(1)
        custom.clicked.connect(lambda _=False, o=option: self._on_custom_colour_clicked(o))

        def set_colour(value: Any) -> None:
            colour = str(value or option.default or "").lower()
            button = buttons.get(colour, custom)
            group.blockSignals(True)
            button.setChecked(True)
            group.blockSignals(False)
            custom.setStyleSheet(
                "" if colour in buttons else f"QToolButton {{ border-bottom: 4px solid {colour}; }}"
            )

        return container, set_colour

    # -- widgets -> document ------------------------------------------------------------------

    def _set_template(self, theme_id: str) -> None:
        settings = self._document.resume.settings
        if theme_id == settings.template:
            return
        theme = self._themes[theme_id]
        known = set(getattr(theme, "options", {}) or {})

        def mutate(resume: Resume) -> None:
            kept = {k: v for k, v in resume.settings.template_options.items() if k in known}
            resume.settings.template = theme_id
            resume.settings.template_options = kept

        # Browsing the gallery with the arrow keys is one undo step, not one per template.
        self._document.apply(
            self.tr("Use the {template} template").format(template=theme.name),
            mutate,
            merge_key="design-template",
        )

    def _set_language(self, language: LanguageCode) -> None:
        if language == self._document.resume.settings.language:
            return

        def mutate(resume: Resume) -> None:
            resume.settings.language = language

        name = LANGUAGE_NAMES[language]
        self._document.apply(self.tr("Write the resume in {language}").format(language=name), mutate)

    def _set_paper(self, paper: Paper) -> None:
        if paper == self._document.resume.settings.paper:
            return
        name = PAPERS[paper].name

        def mutate(resume: Resume) -> None:
            resume.settings.paper = paper

        self._document.apply(self.tr("Use {paper} paper").format(paper=shown(name)), mutate)

    def _set_option(self, key: str, value: Any) -> None:
        theme = self._themes.get(self._options_theme or "")
        if self._syncing or theme is None or key not in theme.options:
            return
        settings = self._document.resume.settings
        if theme.option_values(settings.template_options).get(key) == value:
            return
        label = theme.options[key].label

        def mutate(resume: Resume) -> None:
            resume.settings.template_options = {**resume.settings.template_options, key: value}

        self._document.apply(
            self.tr("Change {option}").format(option=label.lower()),
            mutate,
            merge_key=f"design-option:{key}",
        )

    # -- slots --------------------------------------------------------------------------------

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_gallery_current_changed(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        if self._syncing or current is None:
            return
        self._set_template(current.data(Qt.ItemDataRole.UserRole))

    @Slot(object, bool)
    def _on_language_group_button_toggled(self, button: QRadioButton, checked: bool) -> None:
        if checked and not self._syncing:
            self._set_language(button.property("language"))

    @Slot(object, bool)
    def _on_paper_group_button_toggled(self, button: QRadioButton, checked: bool) -> None:
        if checked and not self._syncing:
            self._set_paper(button.property("paper"))

    @Slot()
    def _on_reset_clicked(self) -> None:
        if not self._document.resume.settings.template_options:
            return

        def mutate(resume: Resume) -> None:
            resume.settings.template_options = {}

        self._document.apply(self.tr("Reset template options"), mutate)

    def _on_custom_colour_clicked(self, option: _Option) -> None:
        current = self._document.resume.settings.template_options.get(option.key, option.default)
        colour = QColorDialog.getColor(QColor(str(current or "#000000")), self, option.label)
        if colour.isValid():
            self._set_option(option.key, colour.name())
        else:
            self._sync_from_document()  # put the check back on the colour in use

    @Slot()
    def _on_document_resume_changed(self) -> None:
        self._sync_from_document()
        self._thumbs_stale = True
        if self.isVisible():
            self._thumb_timer.start()

    @Slot()
    def _on_thumb_timer_timeout(self) -> None:
        if self.isVisible():
            self.refresh_thumbnails()

    @Slot(int, object)
    def _on_service_finished(self, job_id: int, result: RenderResult) -> None:
        theme_id = self._thumb_jobs.pop(job_id, None)
        item = self._item_for(theme_id) if theme_id else None
        if theme_id is None or item is None:
            return
        pixmap = QPixmap()
        if not pixmap.loadFromData(result.data, "PNG"):
            logger.warning("thumbnail for %s could not be decoded", theme_id)
            self._announce_if_ready()
            return
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        framed = _framed(pixmap)
        icon = QIcon(framed)
        icon.addPixmap(framed, QIcon.Mode.Selected)  # no blue tint over the selected page
        item.setIcon(icon)
        item.setData(Qt.ItemDataRole.UserRole + 1, True)
        theme = self._themes[theme_id]
        item.setToolTip(theme.description_in(i18n.current()) or theme.name)
        self._announce_if_ready()

    @Slot(int, str)
    def _on_service_failed(self, job_id: int, message: str) -> None:
        theme_id = self._thumb_jobs.pop(job_id, None)
        item = self._item_for(theme_id) if theme_id else None
        if theme_id is not None:
            self._thumb_signatures.pop(theme_id, None)  # try again on the next refresh
        if item is not None:
            item.setIcon(self._placeholder_icon(self.tr("No preview")))
            item.setToolTip(
                self.tr("This template could not show your resume: {error}").format(error=message)
            )
        if theme_id is not None:
            self._announce_if_ready()

    def _announce_if_ready(self) -> None:
        if not self._thumb_jobs:
            self.thumbnails_ready.emit()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt virtual
        """Render thumbnails when the page is first seen, and after edits made elsewhere."""
        super().showEvent(event)
        if self._thumbs_stale:
            QTimer.singleShot(0, self.refresh_thumbnails)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt virtual
        """Cancel thumbnails still waiting: nobody sees them, and they would hold up others."""
        super().hideEvent(event)
        self._thumb_timer.stop()
        if self._thumb_jobs:
            self._service.cancel(self._thumb_jobs)
            for theme_id in self._thumb_jobs.values():
                self._thumb_signatures.pop(theme_id, None)  # redo it when shown again
            self._thumb_jobs.clear()
            self._thumbs_stale = True


class _TemplateCardDelegate(QStyledItemDelegate):
    """Draws a template as a card: the page, its name, and a coloured frame when chosen."""

    def sizeHint(  # noqa: N802 - Qt virtual
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Room for the page, the name under it and the frame."""
        icon = option.decorationSize
        return QSize(icon.width() + 24, icon.height() + option.fontMetrics.height() + 28)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Page thumbnail centred at the top, name below; the chosen card gets a frame."""
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(4, 4, -4, -4)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        if selected or hovered:
            colour = palette.color(QPalette.ColorRole.Highlight)
            if not selected:
                colour.setAlpha(90)
            painter.setPen(QPen(colour, 3 if selected else 2))
            painter.setBrush(
                palette.color(QPalette.ColorRole.AlternateBase)
                if selected
                else Qt.BrushStyle.NoBrush
            )
            painter.drawRoundedRect(rect, 8, 8)
        icon: QIcon = index.data(Qt.ItemDataRole.DecorationRole)
        icon_size = option.decorationSize
        icon_rect = QRect(0, 0, icon_size.width(), icon_size.height())
        icon_rect.moveTopLeft(rect.topLeft() + QPoint((rect.width() - icon_size.width()) // 2, 8))
        if icon is not None:
            icon.paint(painter, icon_rect)
        text_rect = QRect(
            rect.left(),
            icon_rect.bottom() + 6,
            rect.width(),
            rect.bottom() - icon_rect.bottom() - 6,
        )
        font = option.font
        font.setBold(selected)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(
            text_rect,
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            index.data(Qt.ItemDataRole.DisplayRole),
        )
        painter.restore()


def _swatch_style(colour: str) -> str:
    return (
        f"QToolButton {{ background: {colour}; border: 1px solid rgba(0,0,0,60); border-radius: 13px; }}"
        "QToolButton:checked { border: 3px solid palette(highlight); }"
        "QToolButton:hover { border: 2px solid palette(mid); }"
    )


def _framed(pixmap: QPixmap) -> QPixmap:
    """Draw a thin frame round a page thumbnail so a white page stands out from the list."""
    framed = QPixmap(pixmap)
    painter = QPainter(framed)
    painter.setPen(QColor("#c8ccd2"))
    size = pixmap.deviceIndependentSize()
    painter.drawRect(0, 0, round(size.width()) - 1, round(size.height()) - 1)
    painter.end()
    return framed
