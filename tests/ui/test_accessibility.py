"""Screen readers and the keyboard: every input is named and described, mnemonics work."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from resume_builder.sample import sample_resume
from resume_builder.ui import dialogs
from resume_builder.ui.accessibility import _inputs


@pytest.fixture
def window(make_window):
    window = make_window()
    window.document.set_resume(sample_resume())
    window.go_to_step("contact")
    assert len(window.pages) == len(window.step_ids())  # pages are built on first use too
    for tab in ("tailor", "coaching", "versions"):  # built on first use: build them all
        getattr(window.side_panel, tab)
    return window


def test_every_input_has_a_name_and_a_description(window):
    inputs = _inputs(window)
    assert len(inputs) > 60  # the walk reaches every step's form and every side panel tab
    missing = [
        (type(w).__name__, w.accessibleName(), w.parentWidget().__class__.__name__)
        for w in inputs
        if not (w.accessibleName() and w.accessibleDescription())
    ]
    assert missing == []


def test_a_field_is_announced_by_its_label(window):
    """What a screen reader hears is the label beside the field, not nothing."""
    email = window.page("contact").fields["email"].edit
    interface = QAccessible.queryAccessibleInterface(email)
    assert interface.text(QAccessible.Text.Name) == "Email"
    assert "maria.lopez@example.com" in interface.text(QAccessible.Text.Description)
    job_title = window.experience_page.editor.fields["position"].edit
    assert job_title.accessibleName() == "Job title"


def test_alt_d_discards(qtbot):
    box = dialogs.save_changes_box(None, "maria.json")
    qtbot.addWidget(box)
    box.show()
    box.activateWindow()
    qtbot.waitActive(box)
    # through the window, as the keyboard does: shortcuts are matched there
    QTest.keyClick(box.windowHandle(), Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    discard = box.button(QMessageBox.StandardButton.Discard)
    qtbot.waitUntil(lambda: box.clickedButton() is discard)  # a mnemonic "animates" the click


def test_menus_have_working_mnemonics(window):
    """Every menu entry has an Alt letter, unique within its menu."""
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        assert "&" in menu_action.text()
        letters = []
        for action in menu.actions():
            if action.isSeparator() or not action.text():
                continue
            text = action.text()
            assert "&" in text, text
            letters.append(text[text.index("&") + 1].lower())
        assert len(letters) == len(set(letters)), (menu_action.text(), letters)
