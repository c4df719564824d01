"""A long editing session in one process, the way a person uses the app for an evening.

Thousands of real key events into the form fields of several steps, undo and redo from the
keyboard, template switches and a save, all in the real main window. It guards against faults that
only build up over time (a binding that leaks a reference per call killed the app after about 200
keystrokes while every short test passed) and reports how much memory the session grew by.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from resume_builder.output.themes import discover_themes
from resume_builder.storage import load_resume

KEY_EVENTS = 3000
WARM_UP_KEYS = 400
# Memory the session may grow by once warm: render results, undo history and Qt caches. A leak
# per key event (a widget or a document copy kept per keystroke) grows far past it.
RSS_GROWTH_LIMIT_MB = 150


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS in /proc/self/status")


class _Typist:
    """Types through QTest key events and counts them."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.keys = 0
        self.last = None

    def replace(self, widget, text: str) -> None:
        self.last = widget
        widget.setFocus()
        self.qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        self.qtbot.keyClicks(widget, text)
        self.keys += 1 + len(text)

    def append(self, widget, text: str) -> None:
        self.last = widget
        widget.setFocus()
        self.qtbot.keyClick(widget, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        self.qtbot.keyClicks(widget, text)
        self.keys += 1 + len(text)

    def shortcut(self, key: Qt.Key) -> None:
        """Press Ctrl+``key`` in the field typed into last, as a person would."""
        self.qtbot.keyClick(self.last, key, Qt.KeyboardModifier.ControlModifier)
        self.keys += 1


@pytest.mark.timeout(600)  # a soak: minutes on a busy 2-core machine, never a hang
def test_three_thousand_keys_undo_templates_and_save_in_one_session(
    qtbot, make_window, dialog_answers, tmp_path
):
    window = make_window()
    with qtbot.waitActive(window):
        window.activateWindow()  # shortcuts such as Ctrl+Z go to the active window only
    assert window.new_resume("medical-records-technician")
    typist = _Typist(qtbot)
    themes = sorted(discover_themes())
    contact = window.pages[window.step_ids().index("contact")]
    summary = window.summary_page.editor.edit
    jobs = window.experience_page.editor
    window.go_to_step("experience")
    qtbot.mouseClick(jobs.add_button, Qt.MouseButton.LeftButton)

    rss_warm: float | None = None
    round_no = 0
    while typist.keys < KEY_EVENTS:
        round_no += 1
        window.go_to_step("contact")
        typist.replace(contact.fields["name"].edit, f"Maria Lopez-Round {round_no}")
        typist.replace(contact.fields["email"].edit, f"maria{round_no}@example.com")
        typist.replace(contact.fields["phone"].edit, "(555) 123-4567")
        window.go_to_step("summary")
        typist.append(summary, f" Indexed {round_no} records a day with care.")
        window.go_to_step("experience")
        typist.replace(jobs.fields["position"].edit, f"Health Information Technician {round_no}")
        typist.replace(jobs.fields["name"].edit, "Riverside Community Hospital")
        # Undo three edits from the keyboard, then redo them: the document ends where it was.
        before_undo = window.document.resume
        for _ in range(3):
            typist.shortcut(Qt.Key.Key_Z)
        assert window.document.resume != before_undo
        for _ in range(3):
            typist.shortcut(Qt.Key.Key_Y)
        assert window.document.resume == before_undo
        window.go_to_step("design")
        window.design_page.select_template(themes[round_no % len(themes)])
        if rss_warm is None and typist.keys >= WARM_UP_KEYS:
            rss_warm = _rss_mb()

    resume = window.document.resume
    assert resume.basics.name == f"Maria Lopez-Round {round_no}"
    assert resume.basics.email == f"maria{round_no}@example.com"
    assert resume.work[0].position == f"Health Information Technician {round_no}"
    assert resume.basics.summary.endswith(f"Indexed {round_no} records a day with care.")
    assert resume.settings.template == themes[round_no % len(themes)]

    dialog_answers.save_path = tmp_path / "long-session.json"
    assert window.save()
    assert load_resume(dialog_answers.save_path) == window.document.resume
    assert not window.document.is_dirty

    growth = _rss_mb() - (rss_warm or 0.0)
    sys.stderr.write(
        f"\nlong session: {typist.keys} key events in {round_no} rounds, "
        f"RSS grew {growth:.1f} MB after warm-up\n"
    )
    assert growth < RSS_GROWTH_LIMIT_MB
    assert window.isVisible()
