"""Sections shown, hidden and reordered in the Design step: drag, buttons, Alt+arrows, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent

from resume_builder.models import SECTION_IDS, Resume
from resume_builder.ui.document import ResumeDocument
from resume_builder.ui.section_order import SectionOrderBox


@pytest.fixture
def document(qapp):
    document = ResumeDocument()
    document.set_resume(Resume())
    return document


@pytest.fixture
def box(qtbot, document):
    box = SectionOrderBox(document)
    box.resize(400, 420)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    return box


def _order(document):
    return document.resume.settings.ordered_sections()


def test_keyboard_and_buttons_move_a_section_as_one_undoable_edit(qtbot, box, document):
    box.list.setFocus()
    box.list.setCurrentRow(SECTION_IDS.index("skills"))
    qtbot.keyClick(box.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(box.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _order(document)[:4] == ["summary", "work", "skills", "education"]
    assert box.section_ids()[2] == "skills" and box.list.currentRow() == 2
    qtbot.mouseClick(box.down_button, Qt.MouseButton.LeftButton)
    assert _order(document)[:4] == ["summary", "work", "education", "skills"]
    document.undo_stack.undo()
    assert _order(document)[:3] == ["summary", "work", "skills"]  # one edit per move
    assert box.section_ids()[:3] == ["summary", "work", "skills"]  # the list follows it back
    box.list.setCurrentRow(0)
    assert not box.up_button.isEnabled()


def test_dropping_a_section_moves_it_there(qtbot, box, document):
    source = box.list.item(SECTION_IDS.index("certificates"))
    box.list.setCurrentItem(source)
    mime = box.list.model().mimeData([box.list.indexFromItem(source)])
    target = box.list.visualItemRect(box.list.item(1))  # "work", dropped on its upper half
    drop = QDropEvent(
        QPointF(target.center().x(), target.top() + 2),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    box.list.dropEvent(drop)
    assert _order(document)[:3] == ["summary", "certificates", "work"]
    assert box.list.count() == len(SECTION_IDS)  # moved, not copied


def test_unticking_hides_a_section_and_undo_shows_it_again(qtbot, box, document):
    item = box.list.item(SECTION_IDS.index("work"))
    rect = box.list.visualItemRect(item)
    check = rect.topLeft() + (rect.bottomLeft() - rect.topLeft()) / 2
    check.setX(rect.left() + rect.height() // 2)
    qtbot.mouseClick(box.list.viewport(), Qt.MouseButton.LeftButton, pos=check)
    assert "work" not in _order(document)
    assert document.resume.settings.hidden_sections == ["work"]
    assert box.list.item(1).checkState() == Qt.CheckState.Unchecked
    document.undo_stack.undo()
    assert "work" in _order(document)
    assert box.list.item(1).checkState() == Qt.CheckState.Checked
