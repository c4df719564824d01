"""Spell checking in the app's text fields: underlines where the mistakes are, fixes that work.

Everything runs in a real main window: the underlines are read back from the real widgets (the
pixels of a line field, the formats of a multi-line one), and the fixes are chosen from the real
context menu, opened by the event a right-click or the menu key delivers.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QContextMenuEvent, QTextCharFormat
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QPlainTextEdit

from resume_builder.coaching.personal_words import personal_words_file
from resume_builder.models import Resume, Work
from resume_builder.ui.pages.fields import LineField
from resume_builder.ui.spell_check import LineSquiggles, SpellingHighlighter, squiggle_colour
from resume_builder.ui.theme import colour

TITLE = "Medical records techncian"
BULLET = "Managed relase of information requests for the clinic"


def _resume(language: str = "en", summary: str = "") -> Resume:
    resume = Resume()
    resume.settings.language = language
    resume.basics.summary = summary or None
    resume.work.append(Work(name="Riverside Clinic", position=TITLE, highlights=[BULLET]))
    return resume


@pytest.fixture
def open_window(make_window, qtbot):
    """A window showing ``resume`` on ``step``, once the word lists have loaded."""

    def open_(resume: Resume, step: str = "experience"):
        window = make_window()
        window.document.set_resume(resume)
        window.go_to_step(step)
        qtbot.waitUntil(lambda: window.spelling.ready)
        return window

    return open_


def _title_edit(window) -> QLineEdit:
    form = window.experience_page.findChildren(LineField)
    return next(f.edit for f in form if f.edit.text() == TITLE)


def _squiggles(edit: QLineEdit) -> LineSquiggles:
    return edit.findChild(LineSquiggles)


def _open_bullet_editor(window, qtbot) -> QPlainTextEdit:
    bullets = window.experience_page.editor.bullets
    index = bullets.model.index(0)
    bullets.view.setCurrentIndex(index)
    bullets.view.edit(index)
    qtbot.waitUntil(lambda: bullets.view.indexWidget(index) is not None or _editor(bullets))
    return _editor(bullets)


def _editor(bullets) -> QPlainTextEdit | None:
    editors = [e for e in bullets.view.findChildren(QPlainTextEdit) if e.isVisible()]
    return editors[0] if editors else None


def _underlined(edit: QPlainTextEdit) -> list[str]:
    """The words a multi-line box shows with a wavy underline, read from its text layout."""
    words = []
    block = edit.document().firstBlock()
    while block.isValid():
        for fmt in block.layout().formats():
            if fmt.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline:
                words.append(block.text()[fmt.start : fmt.start + fmt.length])
        block = block.next()
    return words


def _red_columns(edit: QLineEdit) -> list[int]:
    """The x of every column of the line field's picture holding the underline colour."""
    image = edit.grab().toImage()
    red = squiggle_colour()
    columns = set()
    for x in range(image.width()):
        for y in range(image.height() // 2, image.height()):
            pixel = QColor(image.pixel(x, y))
            if abs(pixel.red() - red.red()) + abs(pixel.green() - red.green()) < 60 and (
                pixel.red() - pixel.green() > 60
            ):
                columns.add(x)
    return sorted(columns)


def _choose_from_menu(qtbot, target, pos: QPoint, pick, reason=QContextMenuEvent.Reason.Mouse):
    """Open ``target``'s context menu as a right-click does and call ``pick(menu)`` on it."""
    seen: list[list[str]] = []

    def choose() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            return
        seen.append([a.text() for a in menu.actions()])
        try:
            pick(menu)
        finally:
            menu.close()  # never left open: the test would wait for it forever

    QTimer.singleShot(0, choose)
    event = QContextMenuEvent(reason, pos, target.mapToGlobal(pos))
    QApplication.sendEvent(target, event)
    assert seen, "no context menu opened"
    return seen[0]


def _first_suggestion(menu: QMenu) -> None:
    """Choose the top entry with the keyboard, as a user would."""
    menu.setActiveAction(menu.actions()[0])
    menu.actions()[0].trigger()
    menu.close()


def test_a_misspelled_word_in_a_line_field_is_underlined_where_it_is(qtbot, open_window):
    window = open_window(_resume())
    edit = _title_edit(window)
    squiggles = _squiggles(edit)
    qtbot.waitUntil(lambda: bool(squiggles.found))
    assert [(m.word, m.start, m.end) for m in squiggles.found] == [("techncian", 16, 25)]
    left, right = squiggles.span(squiggles.found[0])
    middle = edit.height() // 2
    assert edit.cursorPositionAt(QPoint(left + 1, middle)) == 16
    assert edit.cursorPositionAt(QPoint(right - 1, middle)) == 25
    drawn = _red_columns(edit)
    assert drawn, "no underline drawn"
    assert left - 2 <= drawn[0] and drawn[-1] <= right + 2
    assert drawn[-1] - drawn[0] >= (right - left) * 0.8


def test_the_line_underline_follows_scrolling(qtbot, open_window):
    window = open_window(_resume())
    edit = _title_edit(window)
    edit.setFocus()
    edit.setText(TITLE + " for the outpatient clinic and the emergency department" * 3)
    squiggles = _squiggles(edit)
    qtbot.waitUntil(lambda: bool(squiggles.found))
    miss = squiggles.found[0]
    edit.setCursorPosition(len(edit.text()))  # the start of the text scrolls out of sight
    qtbot.waitUntil(lambda: squiggles.span(miss)[0] < 0)  # the edit scrolls as it repaints
    assert _red_columns(edit) == []
    edit.setCursorPosition(miss.end)
    edit.repaint()
    left, right = squiggles.span(miss)
    middle = edit.height() // 2
    assert edit.cursorPositionAt(QPoint(left + 1, middle)) == miss.start
    assert edit.cursorPositionAt(QPoint(right - 1, middle)) == miss.end


def test_a_misspelled_word_in_a_bullet_editor_is_underlined(qtbot, open_window):
    window = open_window(_resume())
    editor = _open_bullet_editor(window, qtbot)
    assert editor.toPlainText() == BULLET
    qtbot.waitUntil(lambda: _underlined(editor) == ["relase"])
    highlighter = editor.document().findChild(SpellingHighlighter)
    assert highlighter is not None
    formats = editor.document().firstBlock().layout().formats()
    wavy = [
        f for f in formats if f.format.underlineStyle() == f.format.UnderlineStyle.WaveUnderline
    ]
    assert [(f.start, f.length) for f in wavy] == [(BULLET.index("relase"), len("relase"))]


def test_first_suggestion_replaces_exactly_that_word_and_undoes(qtbot, open_window):
    window = open_window(_resume())
    edit = _title_edit(window)
    squiggles = _squiggles(edit)
    qtbot.waitUntil(lambda: bool(squiggles.found))
    left, right = squiggles.span(squiggles.found[0])
    shown = _choose_from_menu(
        qtbot, edit, QPoint((left + right) // 2, edit.height() // 2), _first_suggestion
    )
    assert shown[0] == "technician"
    assert "Add \u201ctechncian\u201d to dictionary" in shown
    assert "Ignore \u201ctechncian\u201d" in shown
    assert edit.text() == "Medical records technician"
    assert window.document.resume.work[0].position == "Medical records technician"
    qtbot.waitUntil(lambda: not squiggles.found)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.resume.work[0].position == TITLE
    qtbot.waitUntil(lambda: edit.text() == TITLE)


def test_a_fix_in_the_bullet_editor_is_saved_with_the_bullet(qtbot, open_window):
    window = open_window(_resume())
    editor = _open_bullet_editor(window, qtbot)
    qtbot.waitUntil(lambda: _underlined(editor) == ["relase"])
    cursor = editor.textCursor()
    cursor.setPosition(BULLET.index("relase") + 2)
    pos = editor.viewport().mapTo(editor, editor.cursorRect(cursor).center())
    target = editor.viewport()
    shown = _choose_from_menu(qtbot, target, target.mapFrom(editor, pos), _first_suggestion)
    assert shown[0] == "release"
    assert editor.toPlainText() == BULLET.replace("relase", "release")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert window.document.resume.work[0].highlights == [BULLET.replace("relase", "release")]


def test_the_keyboard_opens_the_menu_for_the_word_at_the_cursor(qtbot, open_window):
    window = open_window(_resume())
    edit = _title_edit(window)
    qtbot.waitUntil(lambda: bool(_squiggles(edit).found))
    edit.setFocus()
    edit.setCursorPosition(20)  # inside "techncian"
    for key, modifier in (
        (Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier),
        (Qt.Key.Key_Menu, Qt.KeyboardModifier.NoModifier),
    ):
        seen: list[str] = []

        def look(seen=seen) -> None:
            menu = QApplication.activePopupWidget()
            seen.extend(a.text() for a in menu.actions())
            menu.close()

        QTimer.singleShot(0, look)
        qtbot.keyClick(edit, key, modifier)
        assert seen and seen[0] == "technician"


def test_add_to_dictionary_lasts_into_a_new_window(qtbot, open_window):
    window = open_window(_resume())
    edit = _title_edit(window)
    squiggles = _squiggles(edit)
    qtbot.waitUntil(lambda: bool(squiggles.found))
    left, right = squiggles.span(squiggles.found[0])

    def add(menu: QMenu) -> None:
        next(a for a in menu.actions() if a.text().startswith("Add ")).trigger()
        menu.close()

    _choose_from_menu(qtbot, edit, QPoint((left + right) // 2, edit.height() // 2), add)
    qtbot.waitUntil(lambda: not squiggles.found)
    assert edit.text() == TITLE  # the text itself is left alone
    assert "techncian" in personal_words_file().read_text(encoding="utf-8").split()

    second = open_window(_resume())
    editor = _open_bullet_editor(second, qtbot)
    qtbot.waitUntil(lambda: _underlined(editor) == ["relase"])  # the checker is at work
    assert not _squiggles(_title_edit(second)).found


def test_ignore_stops_underlining_the_word_for_the_session(qtbot, open_window):
    window = open_window(_resume())
    editor = _open_bullet_editor(window, qtbot)
    qtbot.waitUntil(lambda: _underlined(editor) == ["relase"])
    cursor = editor.textCursor()
    cursor.setPosition(BULLET.index("relase") + 1)
    target = editor.viewport()

    def ignore(menu: QMenu) -> None:
        next(a for a in menu.actions() if a.text().startswith("Ignore ")).trigger()
        menu.close()

    _choose_from_menu(qtbot, target, editor.cursorRect(cursor).center(), ignore)
    qtbot.waitUntil(lambda: _underlined(editor) == [])
    assert editor.toPlainText() == BULLET
    assert not personal_words_file().exists()


def test_field_words_are_never_underlined(qtbot, open_window):
    summary = (
        "Cerner and Epic are the systems I use. RHIT with ICD-10-CM and CPT coding, HIPAA "
        "compliance, release of information and chart deficiencies; strong mangement of backlogs."
    )
    window = open_window(_resume(summary=summary), step="summary")
    edit = window.summary_page.editor.edit
    qtbot.waitUntil(lambda: bool(_underlined(edit)))
    assert _underlined(edit) == ["mangement"]


def test_a_spanish_resume_is_checked_in_spanish(qtbot, open_window):
    summary = "Gestión de expedientes médicos y codificación. Atención al pacinete."
    window = open_window(_resume("es", summary), step="summary")
    edit = window.summary_page.editor.edit
    qtbot.waitUntil(lambda: bool(_underlined(edit)))
    assert _underlined(edit) == ["pacinete"]
    cursor = edit.textCursor()
    cursor.setPosition(summary.index("pacinete") + 3)
    target = edit.viewport()
    shown = _choose_from_menu(qtbot, target, edit.cursorRect(cursor).center(), _first_suggestion)
    assert shown[0] == "paciente"
    assert edit.toPlainText() == summary.replace("pacinete", "paciente")

    window.document.apply("English", lambda r: setattr(r.settings, "language", "en"))
    qtbot.waitUntil(lambda: "dicos" in _underlined(edit))  # English does not know "médicos"


def test_names_addresses_and_dates_are_not_checked(qtbot, open_window):
    window = open_window(_resume(), step="contact")
    contact = window.page("contact")
    for field in contact.fields.values():
        assert field.edit.findChild(LineSquiggles) is None
    window.go_to_step("experience")  # boxes are checked as they show
    experience = window.experience_page
    checked = {
        f.edit.text() for f in experience.findChildren(LineField) if f.edit.findChild(LineSquiggles)
    }
    assert TITLE in checked  # the job title is words
    assert "Riverside Clinic" not in checked  # an employer's name is no word list's business


def test_the_cover_letter_shows_slots_and_mistakes_in_one_highlighter(qtbot, open_window):
    from resume_builder.models import CoverLetter

    body = "At [Employer] I would bring strong mangement of release of information."
    window = open_window(_resume())
    window.document.apply(
        "Letter", lambda r: setattr(r.settings, "letter", CoverLetter(body=[body]))
    )
    panel = window.side_panel.letter
    window.side_panel.setCurrentWidget(panel)
    edit = panel.texts["body"]
    qtbot.waitUntil(lambda: _underlined(edit) == ["mangement"])
    assert len(edit.document().findChildren(SpellingHighlighter)) == 1
    formats = edit.document().firstBlock().layout().formats()
    slots = [f for f in formats if f.format.background().color() == colour("slot")]
    assert [(f.start, f.length) for f in slots] == [(3, len("[Employer]"))]
    assert not panel.lines["organization"].findChild(LineSquiggles)  # a name: not checked
    assert panel.lines["position"].findChild(LineSquiggles)


def test_word_lists_load_only_once_started_when_deferred(qtbot, make_window):
    """The app defers the word lists until its window has painted; then mistakes are marked."""
    window = make_window()
    window.spelling.defer_loading()
    window.document.set_resume(_resume())
    window.go_to_step("experience")
    edit = _title_edit(window)
    assert window.spelling.misspellings(TITLE) == []
    assert not window.spelling.loading
    assert not window.spelling.ready

    window.spelling.start_loading()
    assert window.spelling.loading
    qtbot.waitUntil(lambda: window.spelling.ready)
    assert [m.word for m in window.spelling.misspellings(TITLE)] == ["techncian"]
    qtbot.waitUntil(lambda: [m.word for m in _squiggles(edit).found] == ["techncian"])
