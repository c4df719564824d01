"""Step pages: inline validation beside the field, list editing, bullets, progress rules."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from resume_builder.models import Resume, Work
from resume_builder.ui.document import ResumeDocument
from resume_builder.ui.pages import ContactPage, ExperiencePage
from resume_builder.ui.theme import colour


@pytest.fixture
def document(qapp):
    document = ResumeDocument()
    document.set_resume(Resume())
    return document


@pytest.fixture
def experience(qtbot, document):
    page = ExperiencePage(document)
    qtbot.addWidget(page)
    page.show()
    return page


def _type(qtbot, field, text):
    field.edit.clear()
    qtbot.keyClicks(field.edit, text)


def _choose(editor, row: int) -> None:
    """Pick the entry at ``row`` in the list, as a click on it does."""
    editor.view.setCurrentIndex(editor.model.index(row))


def test_contact_problems_are_explained_next_to_the_field(qtbot, document):
    page = ContactPage(document)
    qtbot.addWidget(page)
    page.show()
    _type(qtbot, page.fields["email"], "maria.example.com")
    assert "needs an @" in page.fields["email"].error.text()
    assert page.fields["email"].error.isVisible()
    _type(qtbot, page.fields["phone"], "12ab")
    assert "Use only digits" in page.fields["phone"].error.text()
    _type(qtbot, page.fields["email"], "maria@example.com")
    assert not page.fields["email"].error.isVisible()
    _type(qtbot, page.fields["credentials"], "RHIT, CCS")
    assert document.resume.basics.credentials == ["RHIT", "CCS"]
    assert document.resume.basics.email == "maria@example.com"


def test_an_error_appearing_does_not_move_the_next_field(qtbot, document):
    page = ContactPage(document)
    qtbot.addWidget(page)
    page.resize(700, 600)
    page.show()
    qtbot.waitExposed(page)
    email, phone = page.fields["email"], page.fields["phone"]
    below = phone.mapTo(page, phone.rect().topLeft()).y()
    _type(qtbot, email, "maria.example.com" + " and a long tail of words" * 8)
    assert email.error.isVisible() and "needs an @" in email.error.toolTip()
    page.layout().activate()
    assert phone.mapTo(page, phone.rect().topLeft()).y() == below
    assert email.error.height() == email.error.fontMetrics().lineSpacing()  # one line, elided


def test_bad_dates_and_end_before_start(qtbot, document, experience):
    editor = experience.editor
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    start, end = editor.fields["start_date"], editor.fields["end_date"]
    _type(qtbot, start, "2021-13")
    assert "13 is not a month" in start.error.text()
    assert document.resume.work[0].start_date == "2021"  # the last valid value, not 2021-13
    _type(qtbot, start, "2021-06")
    assert not start.error.isVisible() and document.resume.work[0].start_date == "2021-06"
    _type(qtbot, end, "2020")
    assert "before the start date" in end.error.text()
    _type(qtbot, end, "June 2022")  # as people write it
    assert not end.error.isVisible() and document.resume.work[0].end_date == "2022-06"
    _type(qtbot, end, "Junly 2022")
    assert "is not a month" in end.error.text()
    assert end.value() == "Junly 2022"  # shown as typed, with its message


def test_month_picker_writes_the_date_as_typing_would(qtbot, document, experience):
    editor = experience.editor
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    start, end = editor.fields["start_date"], editor.fields["end_date"]
    _type(qtbot, start, "March 2019")
    menu = start.picker.menu()
    menu.popup(start.picker.mapToGlobal(start.picker.rect().bottomLeft()))
    qtbot.waitUntil(menu.isVisible)
    assert start.picker.year.value() == 2019 and start.picker.month_buttons[2].isChecked()
    start.picker.year.setValue(2018)
    qtbot.mouseClick(start.picker.month_buttons[10], Qt.MouseButton.LeftButton)
    assert not menu.isVisible()
    assert start.value() == "2018-11" and document.resume.work[0].start_date == "2018-11"
    document.undo_stack.undo()  # merged with the typing in this field, as more typing would be
    assert document.resume.work[0].start_date is None and start.value() == ""
    _type(qtbot, start, "2019-03")
    end.picker.menu().popup(end.picker.mapToGlobal(end.picker.rect().bottomLeft()))
    end.picker.year.setValue(2017)
    qtbot.mouseClick(end.picker.month_buttons[0], Qt.MouseButton.LeftButton)
    assert "before the start date" in end.error.text()  # checked like a typed date
    end.set_present(True)
    assert not end.picker.isEnabled()


def test_present_checkbox_clears_the_end_date(qtbot, document, experience):
    editor = experience.editor
    editor.add_entry(Work(position="Tech", start_date="2020", end_date="2022"))
    end = editor.fields["end_date"]
    assert not end.present.isChecked()
    end.present.click()
    assert document.resume.work[0].end_date is None and not end.edit.isEnabled()


def test_jobs_add_remove_reorder_and_undo(qtbot, qtmodeltester, document, experience):
    editor = experience.editor
    for title in ("A", "B", "C"):
        editor.add_entry(Work(position=title))
    qtmodeltester.check(editor.model)
    assert [w.position for w in document.resume.work] == ["A", "B", "C"]
    editor.view.setCurrentIndex(editor.model.index(2))
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert [w.position for w in document.resume.work] == ["A", "C", "B"]
    assert editor.current_row == 1
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert [w.position for w in document.resume.work] == ["A", "B"]
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert [w.position for w in document.resume.work] == ["A", "B", "C"]
    assert editor.model.rowCount() == 3


def test_suggested_bullet_is_highlighted_and_editable(qtbot, qtmodeltester, document, experience):
    experience.editor.add_entry(Work(position="Tech"))
    bullets = experience.editor.bullets
    row = experience.add_bullet("Coded [N] charts a day")
    model = bullets.model
    qtmodeltester.check(model)
    index = model.index(row)
    assert model.data(index, Qt.ItemDataRole.BackgroundRole).color() == colour("slot")
    assert model.setData(index, "Coded 120 charts a day")
    assert document.resume.work[0].highlights == ["Coded 120 charts a day"]
    assert model.data(index, Qt.ItemDataRole.BackgroundRole) is None


def test_form_follows_undo(qtbot, document, experience):
    editor = experience.editor
    editor.add_entry()
    _type(qtbot, editor.fields["position"], "Coder")
    assert document.resume.work[0].position == "Coder"
    document.undo_stack.undo()  # the typing, as one step
    assert editor.fields["position"].value() == ""


def test_an_unreadable_date_is_kept_with_its_message(qtbot, document, experience):
    """Switching to another job and back shows what was typed, never the old date silently."""
    editor = experience.editor
    editor.add_entry(Work(position="Tech", start_date="2020-05"))
    editor.add_entry(Work(position="Coder", start_date="2022"))
    _choose(editor, 0)
    start = editor.fields["start_date"]
    _type(qtbot, start, "Mayy 2020")
    assert "is not a month" in start.error.text()
    assert document.resume.work[0].start_date == "2020-05"
    _choose(editor, 1)
    assert start.value() == "2022"
    _choose(editor, 0)
    assert start.value() == "Mayy 2020" and start.error.isVisible()
    _type(qtbot, start, "03/2020")
    assert document.resume.work[0].start_date == "2020-03"
    assert start.value() == "03/2020"  # what the user typed stays as typed


def test_present_follows_undo_and_redo(qtbot, document, experience):
    editor = experience.editor
    editor.add_entry(Work(position="Tech", start_date="2020", end_date="2022"))
    end = editor.fields["end_date"]
    end.present.click()
    assert end.present.isChecked() and document.resume.work[0].end_date is None
    document.undo_stack.undo()
    assert not end.present.isChecked() and end.value() == "2022"
    document.undo_stack.redo()
    assert end.present.isChecked() and not end.edit.isEnabled()
    editor.add_entry(Work(position="Other"))  # leave the job and come back
    _choose(editor, 0)
    assert end.present.isChecked()


def test_jobs_and_bullets_reorder_by_drag_and_drop(qtbot, document, experience):
    """A drop is the model's own move: one undoable step, the moved row stays selected."""
    from PySide6.QtCore import QModelIndex

    editor = experience.editor
    for name in ("A", "B", "C"):
        editor.add_entry(Work(position=name, highlights=["one", "two", "three"]))
    model = editor.model
    data = model.mimeData([model.index(0)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())  # below the last
    assert [w.position for w in document.resume.work] == ["B", "C", "A"]
    assert editor.current_row == 2
    document.undo_stack.undo()
    assert [w.position for w in document.resume.work] == ["A", "B", "C"]

    _choose(editor, 1)
    bullets = editor.bullets.model
    bullets.dropMimeData(
        bullets.mimeData([bullets.index(2)]), Qt.DropAction.MoveAction, 0, 0, QModelIndex()
    )
    assert document.resume.work[1].highlights == ["three", "one", "two"]
    assert editor.bullets.view.currentIndex().row() == 0
    assert not bullets.dropMimeData(data, Qt.DropAction.CopyAction, 0, 0, QModelIndex())


def test_a_long_bullet_is_edited_wrapped_and_enter_saves_it(qtbot, document, experience):
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    long = "Abstracted [N] inpatient charts a day " + "and kept the chart audit queue clear " * 3
    editor = experience.editor
    editor.add_entry(Work(position="Tech", highlights=[long.strip()]))
    view = editor.bullets.view
    view.setCurrentIndex(editor.bullets.model.index(0))
    view.edit(view.currentIndex())
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QPlainTextEdit))
    box = QApplication.focusWidget()
    assert box.textCursor().selectedText() == "[N]"
    assert box.height() >= 3 * box.fontMetrics().lineSpacing()  # room for a wrapped bullet
    qtbot.keyClicks(box, "40")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert document.resume.work[0].highlights[0].startswith("Abstracted 40 inpatient charts")
    assert "\n" not in document.resume.work[0].highlights[0]
