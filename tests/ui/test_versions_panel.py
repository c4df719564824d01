"""The versions panel: new, switch, rename, delete through the document, all undoable."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QListWidget  # noqa: E402
from widget_lookup import button, only  # noqa: E402

from resume_builder.ui import dialogs  # noqa: E402
from resume_builder.ui.versions_panel import VersionNameDialog, VersionsPanel  # noqa: E402
from resume_builder.versions import version_names  # noqa: E402


@pytest.fixture
def panel(qtbot, document) -> VersionsPanel:
    panel = VersionsPanel(document)
    qtbot.addWidget(panel)
    panel.resize(420, 500)
    panel.show()
    return panel


@pytest.fixture
def answer(monkeypatch):
    """Set what the patched name dialog answers: answer(name, posting=None, ok=True)."""
    state: dict = {"value": ("", None), "ok": False, "asked": []}

    def fake(cls, parent, title, name="", *, with_posting=False):
        state["asked"].append(title)
        return state["value"], state["ok"]

    monkeypatch.setattr(VersionNameDialog, "get_name", classmethod(fake))

    def set_answer(name: str, posting: str | None = None, ok: bool = True) -> dict:
        state.update(value=(name, posting), ok=ok)
        return state

    return set_answer


@pytest.fixture
def errors(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text, *a: shown.append(text))
    return shown


def test_new_version_becomes_active_and_undo_restores(qtbot, panel, document, answer):
    original = document.resume
    answer("Riverbend", "HIM Technician II posting")
    qtbot.mouseClick(button(panel, "New\u2026"), Qt.MouseButton.LeftButton)
    assert version_names(document.resume) == ["Riverbend", "Main"]
    assert document.resume.settings.posting == "HIM Technician II posting"
    assert panel.names() == ["Riverbend", "Main"]
    assert "(editing)" in only(panel, QListWidget).item(0).text()
    document.undo_stack.undo()
    assert document.resume == original
    assert panel.names() == ["Main"]


def test_cancelled_dialog_changes_nothing(qtbot, panel, document, answer):
    answer("Ignored", ok=False)
    count = document.undo_stack.count()
    panel.new_version()
    assert document.undo_stack.count() == count


def test_switch_by_double_click_swaps_content(qtbot, panel, document, answer):
    answer("Coder")
    panel.new_version()

    def edit(resume):
        resume.basics.summary = "Coder summary"

    document.apply("Edit summary", edit)
    main_summary = document.resume.settings.versions[0].content["basics"]["summary"]
    versions = only(panel, QListWidget)
    rect = versions.visualItemRect(versions.item(panel.names().index("Main")))
    with qtbot.waitSignal(panel.version_switched) as blocker:
        # Qt 6 only reports a double-click after a press/release at the same spot
        qtbot.mouseClick(versions.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(versions.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["Main"]
    assert document.resume.settings.active_version == "Main"
    assert document.resume.basics.summary == main_summary
    document.undo_stack.undo()
    assert document.resume.settings.active_version == "Coder"
    assert document.resume.basics.summary == "Coder summary"


def test_rename_and_delete(qtbot, panel, document, answer):
    answer("Coder")
    panel.new_version()
    panel.select("Main")
    answer("General")
    qtbot.mouseClick(button(panel, "Rename\u2026"), Qt.MouseButton.LeftButton)
    assert panel.names() == ["Coder", "General"]
    panel.select("Coder")
    delete = button(panel, "Delete")
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert version_names(document.resume) == ["General"]
    assert not delete.isEnabled()
    document.undo_stack.undo()
    assert version_names(document.resume) == ["Coder", "General"]
    document.undo_stack.undo()
    assert version_names(document.resume) == ["Coder", "Main"]


def test_duplicate_a_stored_version(panel, document, answer):
    answer("Coder")
    panel.new_version()
    panel.select("Main")
    answer("Main copy")
    panel.duplicate_version()
    assert version_names(document.resume) == ["Main copy", "Coder", "Main"]


def test_taken_name_is_shown_not_raised(panel, document, answer, errors):
    answer("Main")
    count = document.undo_stack.count()
    panel.new_version()
    assert errors and "already exists" in errors[0]
    assert document.undo_stack.count() == count
