"""Suggestions where the user writes, and honest progress, in the real window.

The side panel opens on the tab each step needs and remembers the user's own choice per step;
a Job match bullet is shown on its job, never added out of sight; the step list, the Review
page and the Coach share one definition of "done".
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QComboBox
from widget_lookup import named

from resume_builder.models import Resume
from resume_builder.sample import sample_resume
from resume_builder.steps import MIN_SKILLS, STEPS

WRITING_STEPS = ("summary", "experience", "certifications", "skills")


@pytest.fixture
def window(make_window):
    window = make_window()
    window.document.set_resume(sample_resume())
    window.go_to_step("contact")
    return window


@pytest.mark.parametrize("step_id", WRITING_STEPS)
def test_writing_steps_open_on_suggestions(window, step_id):
    window.go_to_step("contact")
    window.side_panel.setCurrentWidget(window.side_panel.coaching)
    window.go_to_step(step_id)
    assert window.side_panel.current_key() == "suggestions"
    assert window.side_panel.suggestions.kind == window.page(step_id).suggestion_kind
    assert window.side_panel.suggestions.shown  # something to click, not an empty box


def test_the_users_tab_is_remembered_per_step(window):
    panel = window.side_panel
    window.go_to_step("skills")
    panel.tabBar().setCurrentIndex(panel.indexOf(panel.tailor))  # the user picks Job match here
    window.go_to_step("summary")
    assert panel.current_key() == "suggestions"  # another step keeps its own tab
    window.go_to_step("skills")
    assert panel.current_key() == "tailor"
    window.go_to_step("design")
    assert panel.isHidden()  # the gallery gets the room
    window.go_to_step("review")
    assert panel.isVisible() and panel.current_key() == "coaching"


def test_a_job_match_bullet_is_shown_on_its_job(qtbot, window):
    """Added from another step, a bullet with [N] is opened on its job, [N] ready to type over."""
    window.go_to_step("skills")
    tailor = window.side_panel.tailor
    window.side_panel.setCurrentWidget(tailor)
    named(tailor, QComboBox, "Add bullets to").setCurrentIndex(1)
    tailor.add_bullet("Abstracted [N] records a day")
    assert window.current_step() == "experience"
    editor = window.experience_page.editor
    assert editor.current_row == 1
    bullets = editor.bullets
    assert bullets.view.currentIndex().data() == "Abstracted [N] records a day"
    qtbot.waitUntil(lambda: bullets.view.state() == bullets.view.State.EditingState)
    assert window.side_panel.current_key() == "tailor"  # Job match stays open


def test_credentials_after_the_name_leave_the_certification_to_add(window):
    window.document.set_resume(Resume(basics={"name": "Dana Reyes", "credentials": ["RHIT"]}))
    window.go_to_step("certifications")
    panel = window.side_panel.suggestions
    rhit = next(s for s in panel.shown if s.id == "rhit")
    assert not rhit.in_resume
    panel.view.clicked.emit(panel.index_of(rhit.text))
    assert [c.name for c in window.document.resume.certificates] == [rhit.text]


def test_step_list_review_and_coach_agree(qtbot, window):
    """Five skills are not "done" anywhere; an expired credential keeps its step open."""
    window.document.apply("Five skills", lambda r: setattr(r, "skills", r.skills[:5]))
    window.document.apply(
        "Expired",
        lambda r: setattr(r.certificates[0], "expiry_date", "2020-01"),
    )
    certifications = window.steps.item([s.id for s in STEPS].index("certifications"))
    # The Coach's checks run in the background once typing pauses; then the step reopens.
    qtbot.waitUntil(lambda: certifications.text().startswith("\u25cb"), timeout=10_000)
    rows = {s.id: window.steps.item(i).text() for i, s in enumerate(STEPS)}
    assert f"Add at least {MIN_SKILLS} skills" in rows["skills"]
    todo = [window.review_page.todo.item(i).text() for i in range(window.review_page.todo.count())]
    assert any(t.startswith("\u2022 Skills:") for t in todo)
    expired = next(t for t in todo if t.startswith("\u2022 Certifications"))
    assert "Certification 1, expiry date" in expired
    assert all("[" not in t.split(":")[0] and "expiryDate" not in t for t in todo)
    coach = window.side_panel.coaching
    coach.refresh()
    skills = next(i for i in coach.strength.items if i.id == "skills")
    assert not skills.done
    assert "complete" not in window.review_page.status.text()


def test_a_review_problem_leads_to_its_field(qtbot, window):
    window.document.apply("No phone", lambda r: setattr(r.basics, "phone", None))
    window.go_to_step("review")
    todo = window.review_page.todo
    row = next(i for i in range(todo.count()) if "phone" in todo.item(i).text())
    todo.itemClicked.emit(todo.item(row))
    assert window.current_step() == "contact"
    contact = window.page("contact")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is contact.fields["phone"].edit)


def test_progress_counts_only_steps_with_content(qtbot, window):
    window.document.set_resume(Resume())
    window.go_to_step("contact")
    assert window.step_label.text().endswith("\n0 of 6 done")  # the six required steps
    window.document.set_resume(sample_resume())
    qtbot.waitUntil(
        lambda: window.step_label.text().split("\n")[1].endswith("of 8 done"), timeout=10_000
    )
    design = window.steps.item([s.id for s in STEPS].index("design")).text()
    assert not design.startswith(("\u2713", "\u25cb"))  # neither done nor missing
