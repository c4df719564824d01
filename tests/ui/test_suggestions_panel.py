"""The suggestions panel: ranked and grouped, searchable, one click, marks what is present."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from resume_builder.dataset import load_catalogue
from resume_builder.models import Resume, Skill
from resume_builder.suggestions import group_by_category, suggest
from resume_builder.ui.suggestions_panel import SuggestionsPanel

TIMEOUT_MS = 30_000
"""How long a signal may take on a busy machine (a bound for failing, not a speed goal)."""


@pytest.fixture
def panel(qtbot):
    panel = SuggestionsPanel(load_catalogue())
    qtbot.addWidget(panel)
    panel.resize(320, 700)
    panel.show()
    return panel


def _texts(panel):
    return [panel.model.item(r).text() for r in range(panel.model.rowCount())]


def test_skills_grouped_with_the_known_share(panel):
    panel.set_context("skills", Resume())
    texts = _texts(panel)
    assert "Coding & classification" in texts
    assert any("on 19.6% of resumes" in t for t in texts)
    assert sum("% of resumes" in t for t in texts) == 1
    assert "evidence" in panel.note.text()


def test_click_emits_and_present_items_are_marked(qtbot, panel):
    resume = Resume(skills=[Skill(name="Medical coding")])
    panel.set_context("skills", resume)
    marked = [t for t in _texts(panel) if t.startswith("\u2713")]
    assert any("Medical coding" in t for t in marked)
    first_new = next(s for s in panel.shown if not s.in_resume)
    index = panel.index_of(first_new.text)
    rect = panel.view.visualRect(index)
    with qtbot.waitSignal(panel.suggestion_chosen, timeout=TIMEOUT_MS) as blocker:
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args[0].text == first_new.text


def test_search_and_role_change(qtbot, panel):
    panel.set_context("skills", Resume())
    everything = len(panel.shown)
    qtbot.keyClicks(panel.search, "ICD")
    qtbot.waitUntil(lambda: 0 < len(panel.shown) < everything, timeout=TIMEOUT_MS)
    assert any("ICD-10" in s.text for s in panel.shown)
    catalogue = load_catalogue()
    resume = Resume()
    resume.settings.target_role = "medical-receptionist"
    panel.set_context("responsibilities", resume)
    ranked = suggest(catalogue, "medical-receptionist", "responsibilities", resume=resume)
    expected = [s.text for group in group_by_category(ranked).values() for s in group]
    assert [s.text for s in panel.shown] == expected
    assert "Medical Receptionist" in panel.title.text()
