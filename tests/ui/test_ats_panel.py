"""The Review step's ATS panel: the check runs off the UI thread and shows every field."""

from __future__ import annotations

from pathlib import Path

from resume_builder.output.exporting import render_pdf
from resume_builder.output.pdf import html_to_pdf
from resume_builder.sample import sample_resume
from resume_builder.storage import load_resume
from resume_builder.ui.ats_panel import AtsPanel

BROKEN = Path(__file__).parents[1] / "data" / "ats" / "broken"
TIMEOUT_MS = 60_000


def test_panel_shows_each_field_after_checking_off_the_ui_thread(qtbot) -> None:
    panel = AtsPanel()
    qtbot.addWidget(panel)
    resume = sample_resume()
    pdf = render_pdf(resume, "minimal").pdf
    with qtbot.waitSignal(panel.checked, timeout=TIMEOUT_MS):
        panel.check(pdf, resume)
        # check() returned before the result: the reading happens on the thread pool.
        assert "Reading the preview" in panel.status.text()
    assert panel.report is not None and panel.report.passed
    assert "reads all" in panel.status.text()
    assert panel.table.rowCount() == panel.report.checked > 50
    rows = {panel.table.item(r, 0).text() for r in range(panel.table.rowCount())}
    assert "\u2713 name" in rows and "\u2713 email" in rows
    assert panel.findings.isHidden()


def test_panel_lists_what_a_parser_misreads_first(qtbot) -> None:
    panel = AtsPanel()
    qtbot.addWidget(panel)
    html = (BROKEN / "good.html").read_text(encoding="utf-8")
    html = html.replace('<span class="sep"> | </span>', '<span class="sep"> &#183; </span>')
    pdf = html_to_pdf(html, BROKEN, root=BROKEN).pdf
    with qtbot.waitSignal(panel.checked, timeout=TIMEOUT_MS):
        panel.check(pdf, load_resume(BROKEN / "resume.json"))
    assert "\u26a0" in panel.status.text()
    assert not panel.findings.isHidden()
    assert panel.table.item(0, 0).text().startswith("\u26a0")
    assert "\u00b7" in panel.table.item(0, 2).text()


def test_only_the_newest_check_is_shown(qtbot) -> None:
    panel = AtsPanel()
    qtbot.addWidget(panel)
    resume = sample_resume()
    html = (BROKEN / "good.html").read_text(encoding="utf-8")
    stale = html_to_pdf(html, BROKEN, root=BROKEN).pdf
    fresh = render_pdf(resume, "classic").pdf
    panel.check(stale, resume)  # checked against the wrong resume: would show problems
    with qtbot.waitSignal(panel.checked, timeout=TIMEOUT_MS):
        panel.check(fresh, resume)
    qtbot.waitUntil(lambda: panel.report is not None and panel.report.passed, timeout=TIMEOUT_MS)
    assert "reads all" in panel.status.text()
