"""The coaching panel: findings with Ignore, the strength score, and the PHI export check."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QLocale, Qt  # noqa: E402
from PySide6.QtWidgets import QListWidget, QProgressBar  # noqa: E402
from widget_lookup import button, named, only  # noqa: E402

from resume_builder.models import Basics, Resume, Work  # noqa: E402
from resume_builder.ui import coaching_panel  # noqa: E402
from resume_builder.ui.coaching_panel import CoachingPanel, privacy_findings  # noqa: E402
from resume_builder.ui.document import ResumeDocument  # noqa: E402

TIMEOUT_MS = 30_000
"""How long a signal may take on a busy machine (a bound for failing, not a speed goal)."""


def _resume() -> Resume:
    return Resume(
        basics=Basics(name="Maria Lopez", email="maria.lopez@example.com"),
        work=[
            Work(
                name="Riverside Clinic",
                position="Medical Records Technician",
                highlights=["Responsible for filing charts", "Pulled the chart for MRN 12345678"],
            )
        ],
    )


@pytest.fixture
def document() -> ResumeDocument:
    document = ResumeDocument()
    document.set_resume(_resume())
    return document


@pytest.fixture
def panel(qtbot, document) -> CoachingPanel:
    panel = CoachingPanel(document)
    qtbot.addWidget(panel)
    panel.resize(420, 700)
    panel.show()
    return panel


def _row_of(panel: CoachingPanel, rule: str) -> int:
    return next(i for i, f in enumerate(panel.findings) if f.rule == rule)


def test_weak_opening_listed_and_ignore_hides_it(qtbot, panel, document):
    row = _row_of(panel, "weak-opening")
    finding = panel.findings[row]
    assert finding.path == "work[0].highlights[0]"
    findings = named(panel, QListWidget, "Coach findings")
    assert "Job 1, bullet 1" in findings.item(row).text()  # the place in plain words
    findings.setCurrentRow(row)
    qtbot.mouseClick(button(panel, "Ignore"), Qt.MouseButton.LeftButton)
    assert finding.id in document.resume.settings.ignored_findings
    assert finding.id not in {f.id for f in panel.findings}
    document.undo_stack.undo()
    qtbot.waitUntil(lambda: finding.id in {f.id for f in panel.findings}, timeout=TIMEOUT_MS)


def test_phi_finding_shown_and_returned_for_export(panel, document):
    row = _row_of(panel, "phi-mrn")
    assert panel.findings[row].severity == "error"
    found = privacy_findings(document.resume)
    assert [f.rule for f in found] == ["phi-mrn"]
    ignored = document.resume.model_copy(deep=True)
    ignored.settings.ignored_findings.append(found[0].id)
    assert privacy_findings(ignored) == []


def test_recomputed_after_an_edit(qtbot, panel, document):
    def fix(resume: Resume) -> None:
        resume.work[0].highlights[1] = "Pulled 40 charts a day for audits"

    document.apply("Edit bullet", fix)
    qtbot.waitUntil(
        lambda: not any(f.kind == "privacy" for f in panel.findings), timeout=TIMEOUT_MS
    )


def test_double_click_emits_the_path(qtbot, panel):
    row = _row_of(panel, "weak-opening")
    findings = named(panel, QListWidget, "Coach findings")
    rect = findings.visualItemRect(findings.item(row))
    with qtbot.waitSignal(panel.finding_activated) as blocker:
        # Qt 6 only reports a double-click after a press/release at the same spot
        qtbot.mouseClick(findings.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(findings.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["work[0].highlights[0]"]


def test_strength_score_and_checklist(panel):
    strength = panel.strength
    assert strength is not None
    assert only(panel, QProgressBar).value() == strength.score
    assert named(panel, QListWidget, "Strength checklist").count() == len(strength.items)


def test_confirm_export_without_findings_does_not_ask():
    assert coaching_panel.confirm_export_with_phi(None, []) == (True, True)


def test_edits_are_coached_off_the_ui_thread(qtbot, panel, document, monkeypatch):
    """Lint takes up to ~100 ms on a long resume; typing must never wait for it."""
    import threading

    from resume_builder.coaching import review

    threads: list[threading.Thread] = []
    real_lint = review.lint_resume

    def lint_and_note_thread(resume, **options):
        threads.append(threading.current_thread())
        return real_lint(resume, **options)

    monkeypatch.setattr(review, "lint_resume", lint_and_note_thread)
    with qtbot.waitSignal(panel.updated, timeout=TIMEOUT_MS):
        document.apply("Bullet", lambda r: r.work[0].highlights.append("Handled various tasks"))
    assert threads and threading.main_thread() not in threads
    assert any("Handled various tasks" in (f.excerpt or "") for f in panel.findings)


def test_findings_are_written_in_the_app_language(panel):
    english = panel.findings[_row_of(panel, "weak-opening")].message
    QLocale.setDefault(QLocale("es_US"))  # what i18n.install("es") sets for a Spanish app
    try:
        panel.refresh()
        spanish = panel.findings[_row_of(panel, "weak-opening")]
    finally:
        QLocale.setDefault(QLocale("en_US"))
    assert spanish.message != english
    assert "describe el puesto" in spanish.message and "Empiece con un verbo" in spanish.message
    panel.refresh()
    assert panel.findings[_row_of(panel, "weak-opening")].message == english


def test_the_window_and_the_coach_share_one_lint_per_edit(qtbot, make_window, monkeypatch):
    """The step list and the Coach tab both follow edits; the checks run once for both."""
    from resume_builder.coaching import review
    from resume_builder.sample import sample_resume

    linted: list[str] = []
    real_find_phi = review.find_phi

    def counted_find_phi(resume, *args, **options):  # one call per run of the whole lint
        linted.append(resume.basics.summary or "")
        return real_find_phi(resume, *args, **options)

    monkeypatch.setattr(review, "find_phi", counted_find_phi)
    window = make_window()
    window.document.set_resume(sample_resume())
    window.go_to_step("summary")
    coach = window.side_panel.coaching
    marker = " Pulled the chart for MRN 48392017."
    with qtbot.waitSignal(coach.updated, timeout=10_000):
        window.document.apply(
            "Summary", lambda r: setattr(r.basics, "summary", r.basics.summary + marker)
        )
    qtbot.waitUntil(
        lambda: any("medical record number" in p.text for p in window.problems), timeout=10_000
    )
    assert any("MRN" in (f.excerpt or "") for f in coach.findings)
    assert sum(marker in summary for summary in linted) == 1
