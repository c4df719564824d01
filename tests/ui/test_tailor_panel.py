"""The tailor panel: paste a posting, see the coverage, add a missing term in one click."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QTreeWidget  # noqa: E402
from widget_lookup import named, only  # noqa: E402

from resume_builder.ui import tree_items  # noqa: E402
from resume_builder.ui.tailor_panel import TailorPanel  # noqa: E402

TIMEOUT_MS = 30_000
"""How long a signal may take on a busy machine (a bound for failing, not a speed goal)."""

POSTINGS = Path(__file__).resolve().parents[1] / "data" / "postings"


@pytest.fixture
def panel(qtbot, document) -> TailorPanel:
    panel = TailorPanel(document)
    qtbot.addWidget(panel)
    panel.resize(420, 700)
    panel.show()
    return panel


def _paste(qtbot, panel: TailorPanel, name: str) -> None:
    panel.set_posting((POSTINGS / name).read_text(encoding="utf-8"))
    with qtbot.waitSignal(panel.report_changed, timeout=TIMEOUT_MS):
        pass


def test_pasting_a_posting_shows_the_score_and_stores_the_text(qtbot, panel, document):
    _paste(qtbot, panel, "him_technician.txt")
    report = panel.report
    assert report is not None and report.score is not None
    assert f"{report.score}%" in [label.text() for label in panel.findChildren(QLabel)]
    assert only(panel, QProgressBar).value() == report.score
    assert report.missing
    assert document.resume.settings.posting == panel.posting()


def test_add_skill_button_adds_and_undo_removes(qtbot, panel, document):
    _paste(qtbot, panel, "him_technician.txt")
    hit = next(h for h in panel.report.missing if h.term.kind == "skill")
    button = _tree(panel).findChild(QPushButton, f"add:{hit.term.id}")
    assert button is not None
    before = len(document.resume.skills)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    added = document.resume.skills[-1]
    assert len(document.resume.skills) == before + 1
    assert (added.name, added.category) == (hit.term.name, hit.term.category_label)
    panel.refresh()
    assert hit.term.id in {h.term.id for h in panel.report.covered}
    document.undo_stack.undo()
    assert len(document.resume.skills) == before
    assert hit.term.name not in {s.name for s in document.resume.skills}


def test_add_to_job_puts_the_bullet_under_the_selected_job(qtbot, panel, document):
    _paste(qtbot, panel, "him_technician.txt")
    hit = next(h for h in panel.report.missing if h.suggestions)
    entry = hit.suggestions[0]
    button = _tree(panel).findChild(QPushButton, f"bullet:{entry.id}")
    button.click()  # may be scrolled out of view, where a synthetic mouse click misses
    assert document.resume.work[0].highlights[-1] == entry.text
    document.undo_stack.undo()
    assert entry.text not in document.resume.work[0].highlights


def test_typing_merges_into_one_undo_step(qtbot, panel, document):
    count = document.undo_stack.count()
    for text in ("Coder", "Coder with ICD-10", "Coder with ICD-10 and CPT"):
        panel.set_posting(text)
    assert document.undo_stack.count() == count + 1
    document.undo_stack.undo()
    assert panel.posting() == ""


def test_open_a_json_job_file(qtbot, panel):
    assert panel.load_posting(POSTINGS / "coder_job.json")
    panel.refresh()
    assert panel.report is not None and panel.report.found


def test_unreadable_posting_shows_an_error(qtbot, panel, tmp_path, monkeypatch):
    from resume_builder.ui import dialogs

    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda *args: shown.append(args[1]))
    assert not panel.load_posting(tmp_path / "missing.txt")
    assert shown


def _tree(panel: TailorPanel) -> QTreeWidget:
    return named(panel, QTreeWidget, "Posting terms")


def _term_row(panel: TailorPanel, term_id: str):
    from resume_builder.ui.tailor_panel import KEY_ROLE

    rows = tree_items.all_items(_tree(panel))
    return next((row for row in rows if row.data(0, KEY_ROLE) == f"term:{term_id}"), None)


def test_add_keeps_the_list_s_place(qtbot, panel, document):
    """After "Add" the list is redrawn where it was: same scroll position, same rows open."""
    panel.resize(420, 500)
    _paste(qtbot, panel, "him_technician.txt")
    skills = [h for h in panel.report.missing if h.term.kind == "skill"]
    assert len(skills) >= 3
    opened = _term_row(panel, skills[-1].term.id)
    opened.setExpanded(True)
    bar = _tree(panel).verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum() // 2)
    place = bar.value()
    assert place > 0
    viewport = _tree(panel).viewport().rect()
    target = next(  # a button under the pointer: one the user can see
        h
        for h in skills[:-1]
        if viewport.contains(_tree(panel).visualItemRect(_term_row(panel, h.term.id)).center())
    )
    button = _tree(panel).findChild(QPushButton, f"add:{target.term.id}")
    with qtbot.waitSignal(panel.report_changed, timeout=TIMEOUT_MS):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert target.term.id in {h.term.id for h in panel.report.covered}
    assert abs(bar.value() - place) <= 1
    assert _term_row(panel, skills[-1].term.id).isExpanded()


def test_a_bullet_added_to_a_job_is_announced_with_its_place(qtbot, panel, document):
    """A bullet with [N] never lands silently: the panel says where it went."""
    with qtbot.waitSignal(panel.bullet_added) as added:
        panel.add_bullet("Abstracted [N] charts a day", job_index=1)
    assert added.args == [f"work[1].highlights[{len(document.resume.work[1].highlights) - 1}]"]


def test_levels_and_requirements_are_shown(qtbot, panel):
    panel.set_posting((POSTINGS / "labelled" / "outpatient_coder.txt").read_text(encoding="utf-8"))
    panel.refresh()
    tree = _tree(panel)
    groups = {
        tree.topLevelItem(i).text(0): tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
    }
    requirements = next(item for title, item in groups.items() if title.startswith("Education"))
    lines = [
        requirements.child(i).text(0).replace("\n", " ") for i in range(requirements.childCount())
    ]
    assert any("3 years" in line and "(required)" in line for line in lines)
    labels = []
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        for j in range(group.childCount()):
            category = group.child(j)
            labels += [category.child(k).text(0) for k in range(category.childCount())]
    assert any(
        label.startswith("Certified Professional Coder") and "required" in label for label in labels
    )
