"""The whole guided flow in the real window, ending in a real PDF read back as text."""

from __future__ import annotations

import pytest
from pdf_reading import flat, pdf_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from render_probes import fail_every_render

from resume_builder.ui.main_window import MainWindow
from resume_builder.ui.render_worker import RenderService

TIMEOUT_MS = 60_000


def _click_suggestion(qtbot, window, suggestion):
    panel = window.suggestions
    index = panel.index_of(suggestion.text)
    panel.view.scrollTo(index)
    rect = panel.view.visualRect(index)
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_role_contact_job_bullet_skills_template_export(
    qtbot, make_window, dialog_answers, tmp_path
):
    window = make_window()
    start = window.start_screen
    start.role_combo.setCurrentIndex(start.role_combo.findData("medical-records-technician"))
    qtbot.mouseClick(start.new_button, Qt.MouseButton.LeftButton)
    assert window.current_step() == "contact"
    assert window.document.resume.basics.label == "Medical Records Technician"

    contact = window.pages[1]
    for name, text in [
        ("name", "Maria Lopez"),
        ("credentials", "RHIT"),
        ("email", "maria.lopez@example.com"),
        ("phone", "(555) 123-4567"),
    ]:
        qtbot.keyClicks(contact.fields[name].edit, text)
    assert all(not f.error.isVisible() for f in contact.fields.values())

    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)  # summary
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)  # experience
    assert window.current_step() == "experience"
    assert window.suggestions.kind == "responsibilities"
    editor = window.experience_page.editor
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.fields["position"].edit, "Health Information Technician")
    qtbot.keyClicks(editor.fields["name"].edit, "Riverside Community Hospital")
    qtbot.keyClicks(editor.fields["start_date"].edit, "2019-03")
    editor.fields["end_date"].present.click()

    bullet = next(s for s in window.suggestions.shown if "[N]" in s.text)
    _click_suggestion(qtbot, window, bullet)
    # The new bullet opens for editing with "[N]" selected: typing replaces it.
    qtbot.waitUntil(
        lambda: (
            isinstance(QApplication.focusWidget(), QPlainTextEdit)
            and QApplication.focusWidget().textCursor().selectedText() == "[N]"
        ),
        timeout=TIMEOUT_MS,
    )
    qtbot.keyClicks(QApplication.focusWidget(), "120")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    filled = bullet.text.replace("[N]", "120")
    qtbot.waitUntil(
        lambda: window.document.resume.work[0].highlights == [filled], timeout=TIMEOUT_MS
    )

    window.go_to_step("skills")
    picked = [s for s in window.suggestions.shown if not s.in_resume][:5]
    for suggestion in picked:
        _click_suggestion(qtbot, window, suggestion)
    skills = window.document.resume.skills
    assert [s.name for s in skills] == [s.text for s in picked]
    assert skills[0].category == picked[0].category
    window.suggestions.refresh_now()
    assert all(s.in_resume for s in window.suggestions.shown if s.text in {p.text for p in picked})
    assert "Add at least 5 skills" not in window.steps.item(6).text()

    window.go_to_step("design")
    design = window.design_page
    design.select_template("modern")
    assert window.document.resume.settings.template == "modern"

    window.go_to_step("review")
    dialog_answers.save_path = tmp_path / "maria.pdf"
    qtbot.mouseClick(window.review_page.export_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.export_job.finished, timeout=TIMEOUT_MS):
        pass
    window.export_job.message_box.close()
    text = flat(pdf_text(tmp_path / "maria.pdf"))
    for expected in ["Maria Lopez", "RHIT", "Riverside Community Hospital", filled[:40]]:
        assert " ".join(expected.split()) in text, expected
    for suggestion in picked:
        assert suggestion.text in text, suggestion.text
    assert "maria.pdf" in window.review_page.last_export.text()


def test_preview_follows_edits(qtbot, make_window):
    window = make_window()
    window.new_resume("medical-records-technician")
    with qtbot.waitSignal(window.preview.rendered, timeout=TIMEOUT_MS):
        qtbot.keyClicks(window.pages[1].fields["name"].edit, "Preview Person")
    qtbot.waitUntil(
        lambda: "Preview Person" in flat(pdf_text(window.preview.pdf_bytes)), timeout=TIMEOUT_MS
    )


@pytest.fixture
def broken_service(qapp):
    service = RenderService(warm_up=False, renderer=fail_every_render)
    yield service
    service.shutdown()


def test_render_error_does_not_crash(qtbot, broken_service, dialog_answers, tmp_path):
    window = MainWindow(render_service=broken_service, offer_recovery=False)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.preview.render_failed, timeout=TIMEOUT_MS):
        window.new_resume("medical-records-technician")
    assert window.preview.error_text
    qtbot.keyClicks(window.pages[1].fields["name"].edit, "Still Working")
    assert window.document.resume.basics.name == "Still Working"
    job = window.export_pdf(tmp_path / "x.pdf")
    with qtbot.waitSignal(job.failed, timeout=TIMEOUT_MS):
        pass
    job.message_box.close()
    assert not (tmp_path / "x.pdf").exists()
    dialog_answers.save_choice = "discard"
    window.close()
