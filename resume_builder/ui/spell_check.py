"""Spell checking where the user writes: red wavy underlines, and fixes one right-click away.

The words come from :mod:`resume_builder.coaching.spelling` (the field's vocabulary is never
underlined; the resume's language picks English or Spanish) plus the user's own dictionary
(:mod:`resume_builder.coaching.personal_words`, which the Coach honours too). A text box asks
to be checked with :func:`mark_for_spelling`; the window's :class:`SpellChecker` then attaches
to it as it first shows: a :class:`SpellingHighlighter` on a multi-line box, a
:class:`LineSquiggles` overlay on a one-line box (``QLineEdit`` has no highlighter, so the
underline is drawn over it at the positions its cursor rectangle gives, which follow its
scrolling). Typing re-checks only the paragraph or line that changed, without suggestions;
suggestions are computed when the menu opens. The word lists load on Qt's thread pool, so the
first field shown never waits for them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRect, Qt, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QLineEdit, QMenu, QPlainTextEdit, QToolButton, QWidget

from resume_builder.coaching.personal_words import load_personal_words, save_personal_words
from resume_builder.coaching.spelling import (
    Misspelling,
    field_vocabulary,
    known_errors,
    misspellings,
    suggestions,
    warm_up,
)
from resume_builder.errors import UserError
from resume_builder.slots import SLOT_RE
from resume_builder.ui import dialogs
from resume_builder.ui.background import LatestTask
from resume_builder.ui.theme import colour, scheme

if TYPE_CHECKING:
    from resume_builder.dataset import Catalogue
    from resume_builder.ui.document import ResumeDocument


SUGGESTIONS_SHOWN = 5
_SQUIGGLE = {"light": "#d0021b", "dark": "#ff6b6b"}
"""Underline red per scheme: the dark scheme's pale error tone reads as grey in a thin wave."""


def squiggle_colour() -> QColor:
    """The red of the underline in the colour scheme in use."""
    return QColor(_SQUIGGLE[scheme()])


def mark_for_spelling(edit: QLineEdit | QPlainTextEdit, on: bool = True) -> None:
    """Have ``edit`` spell-checked once it shows in a window that has a :class:`SpellChecker`.

    ``on=False`` says so for a box that must never be (names, addresses, dates): nothing is done.
    """
    if on and edit.findChild(_AttachOnShow) is None:
        _AttachOnShow(edit)


class _AttachOnShow(QObject):
    """Waits for a marked box to show, then hands it to its window's checker and goes away.

    A filter on the box alone (not on the application), so no other event pays for it; a box
    made late (a bullet editor, a side panel built on first use) is checked as it shows.
    """

    def __init__(self, edit: QLineEdit | QPlainTextEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt virtual
        """On show: attach if the window has a checker (a window may have none, e.g. a dialog)."""
        if event.type() == QEvent.Type.Show:
            speller = self._edit.window().findChild(SpellChecker)
            if speller is not None:
                self._edit.removeEventFilter(self)
                self.deleteLater()
                speller.attach(self._edit)
        return False


class SpellChecker(QObject):
    """The word lists of one window, and the checking of every marked text box in it.

    Give it the window as parent: marked boxes find it there as they show.

    ``changed()`` fires when what counts as a mistake changes (the word lists finished loading,
    the resume's language changed, a word was added or ignored): every box checks again.
    """

    changed = Signal()

    def __init__(
        self, document: ResumeDocument, catalogue: Catalogue | None, parent: QObject | None = None
    ) -> None:
        """Check in the language of ``document``'s resume, with ``catalogue``'s field words."""
        super().__init__(parent)
        self._document = document
        self._catalogue = catalogue  # its field words are gathered with the word lists, off start-up
        self._ignored: set[str] = set()
        self._language = document.resume.settings.language or "en"
        self._ready: set[str] = set()
        self._loading: str | None = None
        self._deferred = False
        self._asked_while_deferred = False
        self._loader = LatestTask(self)
        self._loader.finished.connect(self._on_loader_finished)
        self._loader.failed.connect(self._on_loader_failed)
        document.resume_changed.connect(self._on_document_resume_changed)

    # -- checking ------------------------------------------------------------------------------

    @property
    def language(self) -> str:
        """The language checked: the resume's ("en" or "es")."""
        return self._language

    @property
    def ready(self) -> bool:
        """Whether the word lists of :attr:`language` have loaded (until then nothing is marked)."""
        return self._language in self._ready

    @property
    def loading(self) -> bool:
        """Whether word lists are being loaded in the background."""
        return self._loading is not None

    def misspellings(self, text: str) -> list[Misspelling]:
        """The misspelled words of ``text`` (none until the word lists have loaded)."""
        if not self.ready:
            self._load()
            return []
        vocabulary, errors = field_vocabulary(self._catalogue), known_errors(self._catalogue)
        return [
            m
            for m in misspellings(text, vocabulary, errors, self._language, suggest=False)
            if m.word.lower() not in self._ignored
        ]

    def suggestions(self, word: str) -> list[str]:
        """Corrections for ``word``, best first (computed now: call it when a menu opens)."""
        errors = known_errors(self._catalogue)
        return suggestions(word, self._language, errors, SUGGESTIONS_SHOWN)

    def add_word(self, word: str) -> None:
        """Put ``word`` in the user's dictionary, saved at once, for every window from now on."""
        try:
            save_personal_words(load_personal_words() | {word.lower()})
        except UserError as exc:
            parent = self.parent()
            window = parent if isinstance(parent, QWidget) else None
            dialogs.show_error(window, self.tr("The word could not be saved"), str(exc))
            return
        self.changed.emit()

    def ignore(self, word: str) -> None:
        """Stop underlining ``word`` until the app closes."""
        self._ignored.add(word.lower())
        self.changed.emit()

    # -- attaching -----------------------------------------------------------------------------

    def attach(self, edit: QLineEdit | QPlainTextEdit) -> None:
        """Underline the mistakes in ``edit`` and offer fixes in its context menu."""
        if isinstance(edit, QLineEdit):
            LineSquiggles(edit, self)
        elif (highlighter := edit.document().findChild(SpellingHighlighter)) is not None:
            highlighter.set_speller(self)  # a box that marks slots already (the cover letter)
        else:
            SpellingHighlighter(edit.document(), self)
        SpellingMenu(edit, self)

    # -- loading -------------------------------------------------------------------------------

    def defer_loading(self) -> None:
        """Load no word list until :meth:`start_loading` (the app calls it after its first paint).

        Reading a word list holds Python's lock for most of 0.2 s in one go (a large JSON), so
        loading while the window draws the opened resume delays that first picture by as much.
        """
        self._deferred = True

    def start_loading(self) -> None:
        """End :meth:`defer_loading`: load the word lists now if a box asked for them meanwhile."""
        self._deferred = False
        if self._asked_while_deferred:
            self._load()

    def _load(self) -> None:
        if self._deferred:
            self._asked_while_deferred = True
            return
        if self._loading == self._language:
            return
        self._loading = language = self._language
        catalogue = self._catalogue

        def load() -> str:
            warm_up(language)
            field_vocabulary(catalogue)  # cached, like the next, for every check to come
            known_errors(catalogue)
            return language

        self._loader.start(load)

    @Slot(object)
    def _on_loader_finished(self, language: object) -> None:
        self._loading = None
        self._ready.add(str(language))
        self.changed.emit()

    @Slot(object)
    def _on_loader_failed(self, _exc: object) -> None:
        self._loading = None  # logged by the task; boxes stay unmarked, typing goes on

    @Slot()
    def _on_document_resume_changed(self) -> None:
        language = self._document.resume.settings.language or "en"
        if language != self._language:
            self._language = language
            self.changed.emit()


def _misspelling_at(found: list[Misspelling], position: int) -> Misspelling | None:
    """The mistake at ``position``, the cursor just after a word counting as on it."""
    return next((m for m in found if m.start <= position <= m.end), None)


class SpellingHighlighter(QSyntaxHighlighter):
    """Wavy red underlines under mistakes, and slots left to fill ("[Employer]", "[N]") marked.

    The one highlighter of every multi-line box (a document takes only one), so a cover letter
    paragraph shows both its slots and its spelling.
    """

    def __init__(self, document: QTextDocument, speller: SpellChecker | None = None) -> None:
        """Highlight ``document``; without ``speller`` only the slots are marked."""
        super().__init__(document)
        self._speller: SpellChecker | None = None
        if speller is not None:
            self.set_speller(speller)

    def set_speller(self, speller: SpellChecker) -> None:
        """Underline mistakes from now on, as ``speller`` finds them."""
        self._speller = speller
        speller.changed.connect(self.refresh)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Highlight the whole document again, without it telling anyone its text changed.

        ``rehighlight()`` makes the document emit ``contentsChanged`` (so the edit's
        ``textChanged``), which a form would take for the user's typing.
        """
        document = self.document()
        blocked = document.blockSignals(True)
        try:
            self.rehighlight()
        finally:
            document.blockSignals(blocked)

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt virtual
        """Format one paragraph: its slots, then its misspelled words."""
        if self._speller is not None:
            misspelt = QTextCharFormat()
            misspelt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            misspelt.setUnderlineColor(squiggle_colour())
            for miss in self._speller.misspellings(text):
                self.setFormat(miss.start, miss.end - miss.start, misspelt)
        slot = QTextCharFormat()
        slot.setBackground(colour("slot"))
        slot.setForeground(colour("slot_text"))
        slot.setFontWeight(QFont.Weight.Bold)
        for match in SLOT_RE.finditer(text):
            self.setFormat(match.start(), match.end() - match.start(), slot)


class LineSquiggles(QWidget):
    """Wavy underlines drawn over a ``QLineEdit``, which has no highlighter of its own.

    A transparent child the size of the edit. A character's x is the cursor's x plus the width of
    the text between the cursor and it, so the underline follows the edit's scrolling.
    """

    def __init__(self, edit: QLineEdit, speller: SpellChecker) -> None:
        """Check ``edit`` now and whenever its text or the word lists change."""
        super().__init__(edit)
        self._edit = edit
        self._speller = speller
        self.found: list[Misspelling] = []
        """The mistakes in the edit's text now, as drawn."""
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setGeometry(edit.rect())
        self.show()  # a child made after its parent showed stays hidden unless told
        edit.installEventFilter(self)
        edit.textChanged.connect(self.recheck)
        edit.cursorPositionChanged.connect(self.update)
        speller.changed.connect(self.recheck)
        self.recheck()

    @Slot()
    def recheck(self) -> None:
        """Check the edit's text again and redraw."""
        self.found = self._speller.misspellings(self._edit.text())
        self.update()

    def span(self, miss: Misspelling) -> tuple[int, int]:
        """Left and right x of a mistake in the edit's coordinates."""
        edit = self._edit
        metrics = edit.fontMetrics()
        text, cursor = edit.text(), edit.cursorPosition()
        cursor_x = edit.cursorRect().x() + _CURSOR_RECT_OFFSET
        origin = cursor_x - metrics.horizontalAdvance(text[:cursor])
        left = origin + metrics.horizontalAdvance(text[: miss.start])
        return left, origin + metrics.horizontalAdvance(text[: miss.end]) - 1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt virtual
        """Stay the size of the edit."""
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self._edit.rect())
        return False

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt virtual
        """Draw a wave under each mistake, inside the edit's text area."""
        edit = self._edit
        if not self.found or edit.echoMode() != QLineEdit.EchoMode.Normal:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setClipRect(self._text_area())
        pen = QPen(squiggle_colour())
        pen.setWidthF(1.0)
        painter.setPen(pen)
        rect = edit.cursorRect()
        metrics = edit.fontMetrics()
        baseline = rect.center().y() - metrics.height() // 2 + metrics.ascent()
        y = min(baseline + 2, edit.height() - 3)
        for miss in self.found:
            left, right = self.span(miss)
            painter.drawPath(wave(left, right, y))

    def _text_area(self) -> QRect:
        """The edit's inside, less any button at its side (the clear button)."""
        area = self._edit.contentsRect()
        for button in self._edit.findChildren(QToolButton):
            if button.isVisible():
                geometry = button.geometry()
                if geometry.center().x() > area.center().x():
                    area.setRight(min(area.right(), geometry.left()))
                else:
                    area.setLeft(max(area.left(), geometry.right()))
        return area


_CURSOR_RECT_OFFSET = 5
"""``QLineEdit.cursorRect()`` starts 5 px left of the cursor line (Qt's QWidgetLineControl)."""


def wave(
    left: float, right: float, y: float, height: float = 1.5, step: float = 2.0
) -> QPainterPath:
    """A zigzag from ``left`` to ``right`` around ``y``, like a word processor's squiggle."""
    path = QPainterPath(QPointF(left, y + height))
    x, up = left, True
    while x < right:
        x = min(x + step, right)
        path.lineTo(QPointF(x, y - height if up else y + height))
        up = not up
    return path


_THEME_EVENTS = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
_MENU_KEYS = (
    (Qt.Key.Key_Menu, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier),
)
"""Keys that open a context menu at the cursor (not every platform turns them into one)."""


class SpellingMenu(QObject):
    """The context menu of a checked box: one-click fixes, "Add to dictionary", "Ignore".

    The word is the one under the pointer, or at the cursor when the menu comes from the
    keyboard (the menu key or Shift+F10); the edit's usual actions follow.
    """

    def __init__(self, edit: QLineEdit | QPlainTextEdit, speller: SpellChecker) -> None:
        """Take over ``edit``'s context menu."""
        super().__init__(edit)
        self._edit = edit
        self._speller = speller
        self.menu: QMenu | None = None
        """The menu on screen, while it is (tests pick from it as a user would)."""
        edit.installEventFilter(self)
        if isinstance(edit, QPlainTextEdit):
            edit.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt virtual
        """Show our menu instead of the edit's; the menu key and Shift+F10 open it at the cursor."""
        if (
            event.type() == QEvent.Type.ContextMenu
            and isinstance(event, QContextMenuEvent)
            and isinstance(watched, QWidget)
        ):
            keyboard = event.reason() == QContextMenuEvent.Reason.Keyboard
            self.show_menu(None if keyboard else watched.mapTo(self._edit, event.pos()))
            return True
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and (event.key(), event.modifiers()) in _MENU_KEYS
        ):
            self.show_menu(None)
            return True
        if event.type() in _THEME_EVENTS and isinstance(self._edit, QPlainTextEdit):
            highlighter = self._edit.document().findChild(SpellingHighlighter)
            if highlighter is not None:
                highlighter.refresh()  # underline and slot colours follow the theme
        return False

    def show_menu(self, pos: QPoint | None) -> None:
        """Open the menu for the word at ``pos`` (edit coordinates), or at the cursor if None."""
        edit = self._edit
        if pos is None:
            centre = edit.cursorRect().center()
            pos = centre if isinstance(edit, QLineEdit) else edit.viewport().mapTo(edit, centre)
        self.menu = self.build_menu(pos)
        try:
            self.menu.exec(edit.mapToGlobal(pos))
        finally:
            self.menu.deleteLater()
            self.menu = None

    def build_menu(self, pos: QPoint) -> QMenu:
        """The menu for the word at ``pos``: fixes first, then the edit's standard actions."""
        menu = self._edit.createStandardContextMenu()
        miss, replace = self._mistake_at(pos)
        if miss is None or self._edit.isReadOnly():
            return menu
        first = menu.actions()[0]  # a standard menu is never empty ("Select All")
        choices = self._speller.suggestions(miss.word)
        for word in choices:
            action = QAction(word, menu)
            action.triggered.connect(lambda _=False, w=word: replace(w))
            menu.insertAction(first, action)
        if not choices:
            none = QAction(self.tr("No suggestions"), menu)
            none.setEnabled(False)
            menu.insertAction(first, none)
        if choices:
            bold = menu.actions()[0].font()
            bold.setBold(True)
            menu.actions()[0].setFont(bold)
        menu.insertSeparator(first)
        add = QAction(self.tr("Add \u201c{word}\u201d to dictionary").format(word=miss.word), menu)
        add.triggered.connect(lambda: self._speller.add_word(miss.word))
        ignore = QAction(self.tr("Ignore \u201c{word}\u201d").format(word=miss.word), menu)
        ignore.triggered.connect(lambda: self._speller.ignore(miss.word))
        menu.insertActions(first, [add, ignore])
        menu.insertSeparator(first)
        return menu

    def _mistake_at(self, pos: QPoint) -> tuple[Misspelling | None, Callable[[str], None]]:
        """The mistake at ``pos`` and a function that replaces exactly it (as one edit)."""
        edit = self._edit
        if isinstance(edit, QLineEdit):
            text = edit.text()
            found = self._speller.misspellings(text)
            miss = _misspelling_at(found, edit.cursorPositionAt(pos))

            def replace_line(word: str) -> None:
                if miss is None or edit.text()[miss.start : miss.end] != miss.word:
                    return  # the text changed under the menu: never replace the wrong letters
                edit.setSelection(miss.start, miss.end - miss.start)
                edit.insert(word)  # like typing: undoable, and ``textEdited`` tells the form

            return miss, replace_line
        cursor = edit.cursorForPosition(edit.viewport().mapFrom(edit, pos))
        block = cursor.block()
        miss = _misspelling_at(self._speller.misspellings(block.text()), cursor.positionInBlock())

        def replace_text(word: str) -> None:
            if miss is None or block.text()[miss.start : miss.end] != miss.word:
                return
            fix = QTextCursor(block)
            fix.setPosition(block.position() + miss.start)
            fix.setPosition(block.position() + miss.end, QTextCursor.MoveMode.KeepAnchor)
            fix.insertText(word)
            edit.setTextCursor(fix)

        return miss, replace_text
