"""The preview pane: real worker, real PDF, read back from the bytes on display."""

from __future__ import annotations

import os
import signal

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from pdf_reading import page_count, pdf_text
from PySide6.QtWidgets import QApplication
from render_probes import ALWAYS_FAILS_MESSAGE, fail_every_render
from widget_lookup import button

from resume_builder.models import Resume, Work
from resume_builder.ui.preview import PreviewPane
from resume_builder.ui.render_worker import RenderService

TIMEOUT_MS = 30_000


def _resume(name: str = "Maria Lopez", jobs: int = 1) -> Resume:
    resume = Resume()
    resume.basics.name = name
    resume.basics.summary = (
        "Registered Health Information Technician with release-of-information experience."
    )
    for i in range(jobs):
        resume.work.append(
            Work(
                name=f"Riverside Clinic {i}",
                position="Medical Records Technician",
                start_date="2019-03",
                highlights=[f"Abstracted {100 + i} charts a week with 99% accuracy"] * 4,
            )
        )
    return resume


@pytest.fixture
def pane(qtbot, service):
    pane = PreviewPane(service)
    pane.resize(520, 700)
    qtbot.addWidget(pane)
    pane.show()
    return pane


def test_edit_is_rendered_after_the_debounce(qtbot, pane):
    assert pane.page_count == 0
    with qtbot.waitSignal(pane.rendered, timeout=TIMEOUT_MS):
        pane.schedule_render(_resume(name="First Name"))
    assert "First Name" in pdf_text(pane.pdf_bytes)
    assert pane.page_count == page_count(pane.pdf_bytes) == 1
    assert pane.status_text.startswith("Updated in ")

    longer = _resume(name="Edited Name", jobs=8)
    with qtbot.waitSignal(pane.rendered, timeout=TIMEOUT_MS):
        pane.schedule_render(longer)
        assert pane.status_text.startswith("Updated")  # nothing sent before the debounce
    assert "Edited Name" in pdf_text(pane.pdf_bytes)
    assert "First Name" not in pdf_text(pane.pdf_bytes)
    assert pane.page_count == page_count(pane.pdf_bytes) >= 2
    assert pane.error_text == ""


def test_a_burst_of_edits_shows_only_the_newest(qtbot, pane):
    shown: list[str] = []
    pane.rendered.connect(lambda _ms: shown.append(pdf_text(pane.pdf_bytes)))
    for i in range(5):
        pane.render_now(_resume(name=f"Version {i}"))  # no debounce: every call wants a render
    qtbot.waitUntil(lambda: pane.is_idle, timeout=TIMEOUT_MS)  # nothing more can come
    assert len(shown) == 1
    assert "Version 4" in shown[0]


def test_quick_edits_are_debounced_into_one_render(qtbot, pane):
    shown: list[str] = []
    pane.rendered.connect(lambda _ms: shown.append(pdf_text(pane.pdf_bytes)))
    for i in range(5):
        pane.schedule_render(_resume(name=f"Typed {i}"))
    assert not pane.is_idle  # the debounce is running
    qtbot.waitUntil(lambda: pane.is_idle, timeout=TIMEOUT_MS)
    assert len(shown) == 1
    assert "Typed 4" in shown[0]


def test_edits_during_a_render_become_one_follow_up_render(qtbot, pane):
    shown: list[str] = []
    pane.rendered.connect(lambda _ms: shown.append(pdf_text(pane.pdf_bytes)))
    pane.schedule_render(_resume(name="Started"))
    qtbot.waitUntil(lambda: pane.status_text == "Rendering\u2026", timeout=TIMEOUT_MS)
    for i in range(3):
        pane.schedule_render(_resume(name=f"Meanwhile {i}"))
    qtbot.waitUntil(lambda: pane.is_idle, timeout=TIMEOUT_MS)
    assert len(shown) == 2
    assert "Started" in shown[0]  # the newest render requested when it finished
    assert "Meanwhile 2" in shown[1]


def test_missing_template_falls_back_with_a_notice_in_the_pane(qtbot, pane):
    resume = _resume(name="Old File")
    resume.settings.template = "no-such-template"
    with qtbot.waitSignal(pane.rendered, timeout=TIMEOUT_MS):
        pane.render_now(resume)
    assert "Old File" in pdf_text(pane.pdf_bytes)
    assert "no-such-template" in pane.notice_text
    assert pane.error_text == ""
    with qtbot.waitSignal(pane.rendered, timeout=TIMEOUT_MS):
        pane.render_now(_resume(name="New File"))
    assert pane.notice_text == ""


@pytest.fixture(scope="module")
def broken_service(qapp):
    """A real worker whose renderer cannot be loaded: every job fails inside the worker."""
    service = RenderService(warm_up=False, renderer=fail_every_render)
    yield service
    service.shutdown()


def test_render_error_is_shown_in_the_pane_and_the_app_keeps_running(qtbot, broken_service):
    pane = PreviewPane(broken_service)
    qtbot.addWidget(pane)
    pane.show()
    with qtbot.waitSignal(pane.render_failed, timeout=TIMEOUT_MS) as blocker:
        pane.render_now(_resume())
    assert ALWAYS_FAILS_MESSAGE in blocker.args[0]
    assert ALWAYS_FAILS_MESSAGE in pane.error_text
    assert pane.page_count == 0
    assert pane.status_text == "Preview not updated"
    # The worker is still there and answers the next request (again with an error).
    pid = broken_service.worker_pid
    with qtbot.waitSignal(pane.render_failed, timeout=TIMEOUT_MS):
        pane.render_now(_resume(name="Second Try"))
    assert broken_service.worker_pid == pid


def test_killed_worker_is_reported_and_recovered(qtbot, pane, service):
    with qtbot.waitSignal(pane.rendered, timeout=TIMEOUT_MS):
        pane.render_now(_resume(name="Before Crash"))
    with qtbot.waitSignal(pane.render_failed, timeout=TIMEOUT_MS) as blocker:
        pane.render_now(_resume(name="During Crash"))
        os.kill(service.worker_pid, signal.SIGKILL)
    assert "stopped unexpectedly" in blocker.args[0]
    assert "stopped unexpectedly" in pane.error_text
    with qtbot.waitSignal(pane.rendered, timeout=TIMEOUT_MS):
        pane.render_now(_resume(name="After Crash"))
    assert "After Crash" in pdf_text(pane.pdf_bytes)
    assert pane.error_text == ""


def test_scroll_position_and_zoom_survive_a_refresh(qtbot, pane):
    with qtbot.waitSignal(pane.rendered, timeout=TIMEOUT_MS):
        pane.render_now(_resume(jobs=10))
    bar = pane.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 400, timeout=TIMEOUT_MS)
    bar.setValue(400)
    with qtbot.waitSignal(pane.rendered, timeout=TIMEOUT_MS):
        pane.render_now(_resume(name="Scrolled Edit", jobs=10))
    QApplication.processEvents()  # let the view lay the new document out
    assert bar.value() == 400

    button(pane, "+").click()
    zoom = pane.view.zoomFactor()
    with qtbot.waitSignal(pane.rendered, timeout=TIMEOUT_MS):
        pane.render_now(_resume(name="Zoomed Edit", jobs=10))
    assert pane.view.zoomFactor() == zoom
    fit = button(pane, "Fit width")
    assert not fit.isChecked()
    fit.click()
    assert pane.view.zoomMode() == pane.view.ZoomMode.FitToWidth
