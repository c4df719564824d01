"""Import in the app: the review dialog driven for real, and the window's import flows."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfWriter
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog, QPushButton

from resume_builder.importing.text_reader import import_text
from resume_builder.output.exporting import render_pdf
from resume_builder.sample import sample_resume
from resume_builder.ui import theme
from resume_builder.ui.import_review import ImportReviewDialog
from resume_builder.versions import version_names

CORPUS = Path(__file__).resolve().parents[1] / "data" / "import_corpus"
TEXT = """Pat Example, RHIT
pat@example.com | (555) 010-4411

Work History
Coder, Riverside Clinic    Summer 2019 - 2021
- Coded visits
- Filed charts
Clerk, Hill Hospital    2017 - 2019
- Scanned records

Technical Skills
CPT, HIPAA
"""


@pytest.fixture
def dialog(qtbot):
    result = import_text(TEXT)
    widget = ImportReviewDialog(None, result, can_add_version=False)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def wait_for_import(qtbot, window) -> None:
    """Imports read in the background: wait until the window's import job has ended."""
    qtbot.waitUntil(
        lambda: window.import_job is not None and window.import_job.is_done, timeout=30_000
    )


def reviews(answers) -> int:
    """How many times the import review was shown."""
    return [name for name, _ in answers.calls].count("review")


def edit_value(qtbot, dialog: ImportReviewDialog, path: str, text: str) -> None:
    """Double-click-style edit: open the value's editor, type, press Enter."""
    item = dialog.field_item(path)
    dialog.tree.setCurrentItem(item, 1)
    dialog.tree.editItem(item, 1)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_the_dialog_shows_source_fields_and_how_sure(dialog) -> None:
    assert "Pat Example" in dialog.source_view.toPlainText()
    sections = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert sections == ["Name and contact", "Experience", "Skills"]
    email = dialog.field_item("basics.email")
    assert email.text(1) == "pat@example.com" and email.text(2) == "98%"
    season = dialog.field_item("work[0].startDate")  # "Summer 2019" is a guess at the month
    assert season.text(1) == "2019-06"
    assert season.background(1).color() == theme.colour("slot")  # the scheme's own
    assert dialog.field_item("work[0]").background(2).color() == theme.colour("slot")
    assert email.background(1).style() == Qt.BrushStyle.NoBrush
    assert not dialog.version_radio.isVisible()


def test_fix_drop_and_start_editing(qtbot, dialog) -> None:
    edit_value(qtbot, dialog, "work[0].position", "Medical Coder")
    dialog.field_item("work[1]").setCheckState(0, Qt.CheckState.Unchecked)
    dialog.field_item("work[0].highlights[1]").setCheckState(0, Qt.CheckState.Unchecked)
    dialog.field_item("skills[1]").setCheckState(0, Qt.CheckState.Unchecked)

    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    resume = dialog.choice().resume
    assert [(j.position, j.name) for j in resume.work] == [("Medical Coder", "Riverside Clinic")]
    assert resume.work[0].highlights == ["Coded visits"]
    assert [s.name for s in resume.skills] == ["CPT"]
    assert dialog.choice().version_name is None


def test_a_bad_value_is_explained_and_the_dialog_stays(qtbot, dialog) -> None:
    edit_value(qtbot, dialog, "work[1].startDate", "sometime")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.choice() is None
    assert "work[1].startDate" in dialog.error_label.text()
    edit_value(qtbot, dialog, "work[1].startDate", "2017-03")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.choice().resume.work[1].start_date == "2017-03"


def test_choosing_a_field_shows_it_in_the_source(dialog) -> None:
    dialog.tree.setCurrentItem(dialog.field_item("work[1].name"))
    assert dialog.source_view.textCursor().selectedText() == "Hill Hospital"


def test_cancel_imports_nothing(qtbot, dialog) -> None:
    dialog.buttons.rejected.emit()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.choice() is None


def test_start_screen_imports_a_word_file_after_review(qtbot, make_window, dialog_answers) -> None:
    window = make_window()
    assert "PDF, Word, text, LinkedIn" in window.start_screen.import_button.text()
    dialog_answers.open_path = CORPUS / "02.docx"

    qtbot.mouseClick(window.start_screen.import_button, Qt.MouseButton.LeftButton)
    wait_for_import(qtbot, window)

    assert reviews(dialog_answers) == 1
    assert window.is_editing()
    assert window.document.resume.basics.name == "James Carter"
    assert window.document.path is None and window.document.is_dirty


def test_file_open_restores_our_pdf_exactly_without_review(
    qtbot, make_window, dialog_answers, tmp_path
) -> None:
    resume = sample_resume()
    path = tmp_path / "maria.pdf"
    path.write_bytes(render_pdf(resume).pdf)
    window = make_window()
    dialog_answers.open_path = path

    window.open_action.trigger()
    wait_for_import(qtbot, window)

    assert reviews(dialog_answers) == 0
    assert window.document.resume == resume
    assert window.document.path is None  # Save asks where to write the JSON


def test_file_open_of_another_pdf_goes_through_review(qtbot, make_window, dialog_answers) -> None:
    window = make_window()
    dialog_answers.open_path = CORPUS / "03.pdf"
    window.open_action.trigger()
    wait_for_import(qtbot, window)
    assert reviews(dialog_answers) == 1
    assert window.document.resume.basics.name == "Aisha Rahman"


def test_import_into_an_open_resume_as_a_new_version(qtbot, make_window, dialog_answers) -> None:
    window = make_window()
    window.start_screen.sample_button.click()
    before = window.document.resume

    def add_as_version(dialog: ImportReviewDialog) -> None:
        assert not dialog.version_radio.isHidden()
        dialog.version_radio.setChecked(True)
        dialog.version_edit.setText("Old resume")

    dialog_answers.review = add_as_version
    window.document.undo_stack.clear()
    dialog_answers.open_path = CORPUS / "05.docx"
    window.import_action.trigger()
    wait_for_import(qtbot, window)

    resume = window.document.resume
    assert version_names(resume) == ["Old resume", "Main"]
    assert resume.basics.email == before.basics.email  # shared contact details kept
    assert resume.work[0].name != before.work[0].name
    window.document.undo_stack.undo()  # one undo step takes it back
    assert window.document.resume == before


def test_cancelled_review_and_bad_files_change_nothing(
    qtbot, make_window, dialog_answers, tmp_path
) -> None:
    window = make_window()
    dialog_answers.review_accept = False
    dialog_answers.open_path = CORPUS / "04.docx"
    window.import_action.trigger()
    wait_for_import(qtbot, window)
    assert not window.is_editing()

    writer = PdfWriter(clone_from=CORPUS / "01.pdf")
    writer.encrypt("secret")
    locked = tmp_path / "locked.pdf"
    writer.write(locked)
    dialog_answers.open_path = locked
    window.start_screen.import_button.click()
    wait_for_import(qtbot, window)
    assert any("protected by a password" in e for e in dialog_answers.errors())
    assert not window.is_editing()


def test_pasted_text_is_reviewed_then_opened(qtbot, make_window, dialog_answers):
    window = make_window()
    dialog_answers.pasted_text = TEXT
    assert window.import_text_action.text().startswith("Import from Pasted")
    window.import_text_action.trigger()
    wait_for_import(qtbot, window)
    assert reviews(dialog_answers) == 1
    assert window.document.resume.basics.email == "pat@example.com"


def test_one_field_entries_are_one_row_and_sections_drop_whole(qtbot, dialog) -> None:
    skill = dialog.field_item("skills[0]")
    assert skill.childCount() == 0 and skill.text(1) == "CPT"
    assert dialog.field_item("skills[0].name") is skill
    skill.setCheckState(0, Qt.CheckState.Unchecked)
    experience = dialog.tree.topLevelItem(1)
    assert experience.text(0) == "Experience"
    experience.setCheckState(0, Qt.CheckState.Unchecked)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    resume = dialog.choice().resume
    assert [s.name for s in resume.skills] == ["HIPAA"]
    assert resume.work == []
    assert resume.basics.email == "pat@example.com"


def test_the_embedded_data_switch_is_saved_with_the_resume(qtbot, make_window) -> None:
    window = make_window()
    action = window.embed_data_action
    assert not action.isEnabled()
    window.start_screen.sample_button.click()
    assert action.isEnabled() and action.isChecked()

    action.trigger()

    assert window.document.resume.settings.embed_data is False
    assert window.document.resume.to_json_dict()["meta"]["resumeBuilder"]["embedData"] is False
    window.document.undo_stack.undo()
    assert window.document.resume.settings.embed_data is True
    assert action.isChecked()


def test_merge_a_job_split_in_two_into_the_one_above(qtbot, dialog) -> None:
    dialog.tree.setCurrentItem(dialog.field_item("work[0]"))
    assert not dialog.merge_button.isEnabled()  # nothing above the first job
    dialog.tree.setCurrentItem(dialog.field_item("work[0].position"))
    assert not dialog.merge_button.isEnabled()  # a field, not an entry
    dialog.tree.setCurrentItem(dialog.field_item("work[1]"))
    assert dialog.merge_button.isEnabled()

    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)

    assert dialog.field_item("work[1]").isHidden()
    assert "(+ Job 2)" in dialog.field_item("work[0]").text(1)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    (job,) = dialog.choice().resume.work
    assert job.highlights == ["Coded visits", "Filed charts", "Scanned records"]


def test_a_file_is_read_off_the_ui_thread(qtbot, make_window, dialog_answers, monkeypatch):
    """Reading a PDF or Word file can take a second on a slow machine: the window keeps going."""
    import threading

    from resume_builder import importing

    threads: list[threading.Thread] = []
    real_import_file = importing.import_file

    def import_and_note_thread(path):
        threads.append(threading.current_thread())
        return real_import_file(path)

    monkeypatch.setattr(importing, "import_file", import_and_note_thread)
    window = make_window()
    dialog_answers.open_path = CORPUS / "02.docx"
    window.import_action.trigger()
    wait_for_import(qtbot, window)
    assert threads and threading.main_thread() not in threads
    assert window.document.resume.basics.name == "James Carter"


def test_cancelling_the_progress_drops_the_import(qtbot, make_window, dialog_answers, monkeypatch):
    import threading

    from resume_builder import importing

    release = threading.Event()
    real_import_file = importing.import_file

    def slow_import_file(path):
        release.wait(30)
        return real_import_file(path)

    monkeypatch.setattr(importing, "import_file", slow_import_file)
    window = make_window()
    dialog_answers.open_path = CORPUS / "02.docx"
    window.import_action.trigger()
    job = window.import_job
    with qtbot.waitSignal(job.finished, timeout=10_000) as blocker:
        qtbot.waitUntil(
            lambda: any(
                isinstance(w, QProgressDialog) and w.isVisible()
                for w in QApplication.topLevelWidgets()
            ),
            timeout=10_000,
        )
        progress = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QProgressDialog) and w.isVisible()
        )
        qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
    assert blocker.args == [False]
    release.set()
    qtbot.waitUntil(lambda: not threads_running(), timeout=30_000)
    assert reviews(dialog_answers) == 0
    assert not window.is_editing()


def threads_running() -> bool:
    from PySide6.QtCore import QThreadPool

    return QThreadPool.globalInstance().activeThreadCount() > 0
