"""The cover letter tab: draft from a posting, edit with undo, preview and export a real PDF."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

from pdf_reading import assert_ats_reads_in_order, pdf_text  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402

from resume_builder.sample import sample_resume  # noqa: E402
from resume_builder.storage import save_resume  # noqa: E402

TIMEOUT_MS = 60_000
POSTING = (Path(__file__).parents[1] / "data" / "postings" / "him_technician.txt").read_text(
    encoding="utf-8"
)


def _open_letter_tab(window):
    panel = window.side_panel.letter
    window.side_panel.setCurrentWidget(panel)
    return panel


def test_write_a_letter_from_a_posting_and_export_it(
    qtbot, make_window, dialog_answers, tmp_path
) -> None:
    path = tmp_path / "maria.json"
    save_resume(sample_resume(), path)
    window = make_window()
    assert window.open_file(path)
    panel = _open_letter_tab(window)

    # Before any edit the fields show a draft with slots left for the user.
    opening = panel.texts["opening"]
    assert "[Employer]" in opening.toPlainText()
    marked = [
        opening.toPlainText()[f.start : f.start + f.length]
        for f in opening.document().firstBlock().layout().formats()
    ]
    assert marked == ["[Position]", "[Employer]"]  # slots are highlighted
    assert window.document.resume.settings.letter is None

    panel.posting.setPlainText(POSTING)
    qtbot.mouseClick(panel.draft_button, Qt.MouseButton.LeftButton)
    letter = window.document.resume.settings.letter
    assert letter is not None
    assert letter.recipient.organization == "Riverbend Regional Medical Center"
    assert panel.lines["organization"].text() == "Riverbend Regional Medical Center"
    assert panel.findings.count() == 0

    # Typing in a field is one undoable edit of the document.
    panel.lines["greeting"].clear()
    qtbot.keyClicks(panel.lines["greeting"], "Dear Ms. Rivera,")
    assert window.document.resume.settings.letter.greeting == "Dear Ms. Rivera,"
    window.document.undo_stack.undo()
    assert window.document.resume.settings.letter.greeting == "Dear Hiring Manager,"
    assert panel.lines["greeting"].text() == "Dear Hiring Manager,"
    window.document.undo_stack.redo()
    assert panel.lines["greeting"].text() == "Dear Ms. Rivera,"

    # Suggested openings from the dataset, for each role, career changers and new graduates.
    choice = panel.opening_choice
    index = next(i for i in range(choice.count()) if "New graduate" in choice.itemText(i))
    choice.activated.emit(index)
    opening = window.document.resume.settings.letter.opening
    assert "recently completed my health information studies" in opening
    assert "Technician II position at Riverbend Regional Medical Center" in opening
    window.document.undo_stack.undo()

    # A leftover slot is coached.
    panel.texts["closing"].setPlainText("I would welcome the chance to talk with [Employer].")
    texts = [panel.findings.item(i).text() for i in range(panel.findings.count())]
    assert any("[Employer]" in t for t in texts)
    window.document.undo_stack.undo()

    # The preview pane shows the letter, rendered by the same worker.
    def preview_text() -> str:
        return pdf_text(window.preview.pdf_bytes) if window.preview.pdf_bytes else ""

    qtbot.waitUntil(lambda: "Dear Ms. Rivera," in preview_text(), timeout=TIMEOUT_MS)
    assert not window.preview.error_text, window.preview.error_text
    window.side_panel.setCurrentWidget(window.side_panel.versions)
    qtbot.waitUntil(lambda: "Dear Ms. Rivera," not in preview_text(), timeout=TIMEOUT_MS)
    assert "experience" in preview_text().lower()  # the resume is back

    # Export: a tagged one-page PDF that reads back in order.
    target = tmp_path / "letter.pdf"
    dialog_answers.save_path = target
    with qtbot.waitSignal(panel.exported, timeout=TIMEOUT_MS) as blocker:
        qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [target]
    panel.export_job.message_box.close()
    assert_ats_reads_in_order(
        target.read_bytes(),
        [
            "Maria Lopez",
            "Riverbend Regional Medical Center",
            "Re: Health Information Management Technician II",
            "Dear Ms. Rivera,",
            "position at Riverbend Regional Medical Center",
            "Sincerely,",
            "Maria Lopez, RHIT, CCA",
        ],
    )

    word = tmp_path / "letter.docx"
    dialog_answers.save_path = word
    with qtbot.waitSignal(panel.exported, timeout=TIMEOUT_MS):
        qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    assert word.read_bytes()[:2] == b"PK"


def test_a_hidden_letter_tab_drafts_nothing_until_shown(qtbot, make_window, monkeypatch) -> None:
    """Without a saved letter the tab shows a draft; it is written when seen, not per edit."""
    from resume_builder import letters

    drafted: list[str] = []
    real_draft = letters.draft_letter

    def counted_draft(resume, *args, **options):
        drafted.append(resume.basics.name or "")
        return real_draft(resume, *args, **options)

    monkeypatch.setattr(letters, "draft_letter", counted_draft)
    window = make_window()
    window.document.set_resume(sample_resume())
    window.go_to_step("summary")
    panel = _open_letter_tab(window)
    window.side_panel.setCurrentWidget(window.side_panel.suggestions)
    qtbot.waitUntil(lambda: not panel.isVisible())
    drafted.clear()
    for name in ("Maria L", "Maria Lo", "Maria Lopez-Reyes"):
        window.document.apply("Name", lambda r, n=name: setattr(r.basics, "name", n))
    assert drafted == []
    window.side_panel.setCurrentWidget(panel)
    assert drafted == ["Maria Lopez-Reyes"]
    assert panel.lines["signature"].text().startswith("Maria Lopez-Reyes,")
