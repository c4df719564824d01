"""The main window: steps and progress, files, unsaved-changes prompt, errors, shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit

from resume_builder.models import Work
from resume_builder.ui.pages.step_list import DONE

ROLE = "medical-records-technician"


def test_steps_show_progress_and_back_next(qtbot, make_window):
    window = make_window()
    assert window.root.currentWidget() is window.start_screen
    window.new_resume(ROLE)
    assert window.current_step() == "contact"
    assert window.steps.item(0).text().startswith(DONE)
    assert "Add at least one job" in window.steps.item(3).text()
    window.next_button.click()
    assert window.current_step() == "summary"
    window.back_button.click()
    assert window.current_step() == "contact"
    window.document.apply("Add job", lambda r: r.work.append(Work(position="Tech", name="X")))
    assert "Add at least one job" not in window.steps.item(3).text()


def test_close_asks_about_unsaved_changes(qtbot, make_window, dialog_answers, tmp_path):
    window = make_window()
    window.new_resume(ROLE)
    window.document.apply("Name", lambda r: setattr(r.basics, "name", "Maria Lopez"))
    dialog_answers.save_choice = "cancel"
    assert not window.close()
    assert window.isVisible()
    dialog_answers.save_choice = "save"
    dialog_answers.save_path = tmp_path / "maria.json"
    assert window.close()
    assert (tmp_path / "maria.json").is_file()
    assert [n for n, _ in dialog_answers.calls].count("save_changes") == 2


def test_unreadable_file_is_a_plain_message(qtbot, make_window, dialog_answers, tmp_path):
    bad = tmp_path / "broken.json"
    bad.write_text("{ not json")
    window = make_window()
    dialog_answers.open_path = bad
    window.open_action.trigger()
    assert any("broken.json" in e and "not valid JSON" in e for e in dialog_answers.errors())
    assert window.root.currentWidget() is window.start_screen
    window.new_resume(ROLE)  # the app carries on


def test_save_refused_keeps_the_work(qtbot, make_window, dialog_answers, tmp_path):
    window = make_window()
    window.new_resume(ROLE)
    window.document.apply("Name", lambda r: setattr(r.basics, "name", "Maria"))
    dialog_answers.save_path = tmp_path / "no-such-folder" / "maria.json"
    assert not window.save()
    assert any("folder does not exist" in e for e in dialog_answers.errors())
    assert window.document.is_dirty and window.document.resume.basics.name == "Maria"


def test_open_save_and_recent_files(qtbot, make_window, dialog_answers, tmp_path, full_resume):
    path = tmp_path / "sample.json"
    from resume_builder.storage import save_resume

    save_resume(full_resume, path)
    window = make_window()
    assert window.open_file(path)
    assert window.document.resume.basics.name == full_resume.basics.name
    assert window.recent_menu.actions()[0].text() == "sample.json"
    assert window.start_screen.recent_list.count() == 1
    window.document.apply("Name", lambda r: setattr(r.basics, "name", "Changed"))
    assert window.isWindowModified()
    window.save_action.trigger()
    assert not window.document.is_dirty and "Changed" in path.read_text()


def test_undo_redo_across_steps_and_shortcuts(qtbot, make_window):
    window = make_window()
    window.new_resume(ROLE)
    contact = window.pages[1]
    qtbot.keyClicks(contact.fields["name"].edit, "Maria")
    window.go_to_step("experience")
    window.experience_page.editor.add_entry(Work(position="Tech"))
    window.undo_action.trigger()
    assert window.document.resume.work == []
    window.undo_action.trigger()
    assert window.document.resume.basics.name is None
    assert contact.fields["name"].value() == ""
    window.redo_action.trigger()
    assert window.document.resume.basics.name == "Maria"
    assert QKeySequence("Ctrl+Shift+Z") in window.redo_action.shortcuts()
    assert QKeySequence("Ctrl+Y") in window.redo_action.shortcuts()
    assert window.save_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert window.export_action.shortcut() == QKeySequence("Ctrl+E")
    assert window.print_action.shortcut() == QKeySequence("Ctrl+P")
    assert window.quit_action.shortcut() == QKeySequence("Ctrl+Q")


def _field_claims(edit, key) -> bool:
    event = QKeyEvent(QEvent.Type.ShortcutOverride, key, Qt.KeyboardModifier.ControlModifier)
    event.setAccepted(False)
    QApplication.sendEvent(edit, event)
    return event.isAccepted()


def test_ctrl_z_in_a_field_goes_to_the_document_undo(qtbot, make_window):
    window = make_window()
    window.new_resume(ROLE)
    edit = window.pages[1].fields["name"].edit
    qtbot.keyClicks(edit, "Maria")
    stray = QLineEdit()
    qtbot.addWidget(stray)
    stray.setText("x")
    stray.setModified(True)
    assert _field_claims(stray, Qt.Key.Key_Z)  # a plain field keeps Ctrl+Z to itself
    assert not _field_claims(edit, Qt.Key.Key_Z)  # ours leave it to Edit > Undo
    assert not _field_claims(edit, Qt.Key.Key_Y)
    window.undo_action.trigger()
    assert window.document.resume.basics.name is None and edit.text() == ""


def test_about_credits_onet(qtbot, make_window, dialog_answers):
    window = make_window()
    window.about_action.trigger()
    ((_, html),) = [c for c in dialog_answers.calls if c[0] == "about"]
    assert "O*NET" in html and "CC BY 4.0" in html or "Creative Commons Attribution 4.0" in html


def test_import_keeps_no_path(qtbot, make_window, dialog_answers, tmp_path, minimal_resume):
    from resume_builder.storage import save_resume

    path = tmp_path / "theirs.json"
    save_resume(minimal_resume, path)
    window = make_window()
    dialog_answers.open_path = path
    window.start_screen.import_button.click()
    qtbot.waitUntil(lambda: window.import_job is not None and window.import_job.is_done)
    assert window.document.path is None and window.document.is_dirty
    assert window.document.resume.basics.name == "Maria Lopez"


def test_start_screen_sample_and_recent(qtbot, make_window, dialog_answers, tmp_path):
    window = make_window()
    qtbot.mouseClick(window.start_screen.sample_button, Qt.MouseButton.LeftButton)
    assert window.root.currentWidget() is window.splitter
    assert window.document.resume.work and not window.document.is_dirty
    dialog_answers.save_path = tmp_path / "sample.json"
    assert window.save()
    second = make_window()
    assert second.start_screen.recent_list.count() == 1
    item = second.start_screen.recent_list.item(0)
    second.start_screen.recent_list.itemActivated.emit(item)
    assert second.document.path == tmp_path / "sample.json"


def test_certification_and_summary_suggestions(qtbot, make_window):
    window = make_window()
    window.new_resume(ROLE)
    window.go_to_step("certifications")
    rhit = next(s for s in window.suggestions.shown if "(RHIT)" in s.text)
    window.suggestions.suggestion_chosen.emit(rhit)
    cert = window.document.resume.certificates[0]
    assert (cert.name, cert.issuer) == (rhit.text, "AHIMA")
    window.go_to_step("summary")
    starter = window.suggestions.shown[0]
    window.suggestions.suggestion_chosen.emit(starter)
    assert window.document.resume.basics.summary == starter.text
    cursor = window.summary_page.editor.edit.textCursor()
    assert cursor.selectedText() == ("[N]" if "[N]" in starter.text else "")
