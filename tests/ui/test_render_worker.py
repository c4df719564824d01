"""The render worker: a real spawned process, real WeasyPrint, real PDFs."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from pdf_reading import catalog, page_count, pdf_text
from render_probes import render_and_report_modules

from resume_builder.models import Resume
from resume_builder.ui.render_worker import (
    WORKER_DIED_MESSAGE,
    RenderKind,
    RenderResult,
    RenderService,
)

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT_MS = 30_000


def _resume(name: str = "Maria Lopez", summary: str = "Detail-oriented technician.") -> Resume:
    resume = Resume()
    resume.basics.name = name
    resume.basics.credentials = ["RHIT"]
    resume.basics.summary = summary
    return resume


@pytest.fixture(scope="module")
def service(qapp):
    service = RenderService()
    service.start()
    yield service
    service.shutdown()
    assert service.worker_pid is None


def _collect(service: RenderService) -> tuple[list[int], list[tuple[int, str]]]:
    finished: list[int] = []
    failed: list[tuple[int, str]] = []
    service.finished.connect(lambda job, _result: finished.append(job))
    service.failed.connect(lambda job, message: failed.append((job, message)))
    return finished, failed


def test_renders_a_pdf_with_the_resume_text(qtbot, service):
    with qtbot.waitSignal(service.finished, timeout=TIMEOUT_MS) as blocker:
        job = service.request(RenderKind.PDF, _resume().to_json_dict())
    job_id, result = blocker.args
    assert job_id == job
    assert isinstance(result, RenderResult)
    assert result.data.startswith(b"%PDF")
    assert result.page_count == page_count(result.data) >= 1
    assert "Maria Lopez" in pdf_text(result.data)


def test_thumbnail_is_a_png_of_the_requested_width(qtbot, service):
    with qtbot.waitSignal(service.finished, timeout=TIMEOUT_MS) as blocker:
        service.request(RenderKind.THUMBNAIL, _resume().to_json_dict(), width=120, key="thumb")
    result = blocker.args[1]
    assert result.data.startswith(b"\x89PNG")
    width = int.from_bytes(result.data[16:20], "big")
    assert width == 120


def test_only_the_newest_of_a_burst_is_reported(qtbot, service):
    finished, _failed = _collect(service)
    jobs = [
        service.request(RenderKind.PDF, _resume(summary=f"Version {i}").to_json_dict(), key="burst")
        for i in range(5)
    ]
    with qtbot.waitSignal(
        service.finished, timeout=TIMEOUT_MS, check_params_cb=lambda j, _r: j == jobs[-1]
    ):
        pass
    # One worker renders in order: an earlier job's answer would have come before this one.
    assert not service.is_busy
    assert [job for job in finished if job in jobs] == [jobs[-1]]


def test_jobs_without_a_key_are_never_dropped(qtbot, service):
    finished, _failed = _collect(service)
    jobs = [service.request(RenderKind.PDF, _resume().to_json_dict()) for _ in range(2)]
    qtbot.waitUntil(lambda: all(job in finished for job in jobs), timeout=TIMEOUT_MS)


def test_render_error_comes_back_as_a_message(qtbot, service):
    with qtbot.waitSignal(service.failed, timeout=TIMEOUT_MS) as blocker:
        job = service.request(RenderKind.PDF, _resume().to_json_dict(), template="no-such-template")
    assert blocker.args[0] == job
    assert "no-such-template" in blocker.args[1]
    # The worker survives a render error.
    with qtbot.waitSignal(service.finished, timeout=TIMEOUT_MS):
        service.request(RenderKind.PDF, _resume().to_json_dict())


def test_killed_worker_fails_its_job_and_restarts_on_the_next_request(qtbot, service):
    with qtbot.waitSignal(service.finished, timeout=TIMEOUT_MS):
        service.request(RenderKind.PDF, _resume().to_json_dict())
    old_pid = service.worker_pid
    with qtbot.waitSignal(service.failed, timeout=TIMEOUT_MS) as blocker:
        job = service.request(RenderKind.PDF, _resume().to_json_dict())
        os.kill(old_pid, signal.SIGKILL)
    assert blocker.args == [job, WORKER_DIED_MESSAGE]
    with qtbot.waitSignals([service.worker_started, service.finished], timeout=TIMEOUT_MS):
        service.request(RenderKind.PDF, _resume(name="After Restart").to_json_dict())
    assert service.worker_pid not in (None, old_pid)


def test_a_cancelled_job_whose_worker_dies_is_not_reported(qtbot, service):
    finished, failed = _collect(service)
    with qtbot.waitSignal(service.finished, timeout=TIMEOUT_MS):  # an idle worker to start from
        service.request(RenderKind.PDF, _resume().to_json_dict())
    old_pid = service.worker_pid
    job = service.request(RenderKind.PDF, _resume().to_json_dict())
    service.cancel([job])
    with qtbot.waitSignal(service.worker_started, timeout=TIMEOUT_MS):
        os.kill(old_pid, signal.SIGKILL)
        qtbot.waitUntil(lambda: not service.is_busy, timeout=TIMEOUT_MS)
        after = service.request(RenderKind.PDF, _resume(name="After").to_json_dict())
    qtbot.waitUntil(lambda: after in finished, timeout=TIMEOUT_MS)
    assert job not in finished
    assert job not in [j for j, _message in failed]


def test_a_deferred_service_queues_until_started(qtbot, qapp):
    deferred = RenderService(warm_up=False)
    try:
        deferred.defer_start()
        job = deferred.request(RenderKind.PDF, _resume(name="Waited").to_json_dict())
        qtbot.wait(200)
        assert deferred.worker_pid is None
        assert deferred.queued_jobs == 1
        with qtbot.waitSignal(deferred.finished, timeout=TIMEOUT_MS) as blocker:
            deferred.start()
        assert blocker.args[0] == job
    finally:
        deferred.shutdown()


def test_worker_killed_while_idle_is_replaced(qtbot, service):
    with qtbot.waitSignal(service.finished, timeout=TIMEOUT_MS):
        service.request(RenderKind.PDF, _resume().to_json_dict())
    old_pid = service.worker_pid
    os.kill(old_pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: service.worker_pid != old_pid, timeout=TIMEOUT_MS)
    with qtbot.waitSignal(service.finished, timeout=TIMEOUT_MS) as blocker:
        service.request(RenderKind.PDF, _resume(name="Back Again").to_json_dict())
    assert "Back Again" in pdf_text(blocker.args[1].data)


def test_shutdown_stops_the_worker(qtbot, qapp):
    service = RenderService(warm_up=False)
    service.start()
    process_pid = service.worker_pid
    assert process_pid is not None
    service.shutdown()
    assert service.worker_pid is None
    with pytest.raises(ProcessLookupError):
        for _ in range(50):  # the pid is reaped by join(); it must be gone
            os.kill(process_pid, 0)
            qtbot.wait(100)
    with qtbot.waitSignal(service.failed, timeout=TIMEOUT_MS):
        service.request(RenderKind.PDF, _resume().to_json_dict())


def test_the_ui_process_never_imports_weasyprint():
    """Checked in a fresh interpreter: other tests in this session may import it themselves."""
    code = textwrap.dedent(
        """
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtCore import QEventLoop, QTimer
        from PySide6.QtWidgets import QApplication
        from resume_builder.models import Resume
        import resume_builder.ui.design_page, resume_builder.ui.exporting_ui
        from resume_builder.ui.preview import PreviewPane
        from resume_builder.ui.render_worker import RenderService

        def main():
            app = QApplication([])
            service = RenderService()
            pane = PreviewPane(service)
            loop = QEventLoop()
            pane.rendered.connect(loop.quit)
            pane.render_failed.connect(lambda m: (print("FAILED", m), loop.quit()))
            QTimer.singleShot(60000, loop.quit)
            resume = Resume()
            resume.basics.name = "Isolated Check"
            pane.render_now(resume)
            loop.exec()
            print("PAGES", pane.page_count)
            print("WEASYPRINT", "weasyprint" in sys.modules)
            service.shutdown()

        if __name__ == "__main__":
            main()
        """
    )
    script = Path(os.environ.get("TMPDIR", "/tmp")) / f"rb_isolation_{os.getpid()}.py"
    script.write_text(code)
    try:
        out = subprocess.run(
            [sys.executable, str(script)], capture_output=True, text=True, cwd=ROOT, timeout=90
        )
    finally:
        script.unlink(missing_ok=True)
    assert "PAGES 1" in out.stdout, out.stdout + out.stderr
    assert "WEASYPRINT False" in out.stdout


def test_cancelled_jobs_never_run_or_report(qtbot, service):
    finished, failed = _collect(service)
    with qtbot.waitSignal(service.finished, timeout=TIMEOUT_MS):  # an idle worker to start from
        service.request(RenderKind.PDF, _resume().to_json_dict())
    running = service.request(RenderKind.THUMBNAIL, _resume().to_json_dict(), key="card:a")
    queued = [
        service.request(RenderKind.THUMBNAIL, _resume().to_json_dict(), key=f"card:{i}")
        for i in range(5)
    ]
    assert service.queued_jobs == 5
    service.cancel([running, *queued])
    assert service.queued_jobs == 0
    with qtbot.waitSignal(service.finished, timeout=TIMEOUT_MS) as blocker:
        wanted = service.request(RenderKind.PDF, _resume(name="Wanted Now").to_json_dict())
    assert blocker.args[0] == wanted
    assert not service.is_busy  # answers come in order: the cancelled ones had their turn
    reported = set(finished) | {job for job, _ in failed}
    assert not reported & {running, *queued}


def test_previews_are_light_and_exports_are_tagged(qtbot, service):
    with qtbot.waitSignal(service.finished, timeout=TIMEOUT_MS) as blocker:
        service.request(RenderKind.PDF, _resume().to_json_dict(), preview=True)
    preview = blocker.args[1].data
    with qtbot.waitSignal(service.finished, timeout=TIMEOUT_MS) as blocker:
        service.request(RenderKind.PDF, _resume().to_json_dict())
    export = blocker.args[1].data
    assert "/StructTreeRoot" in catalog(export)
    assert "/StructTreeRoot" not in catalog(preview)
    assert "Maria Lopez" in pdf_text(preview)


def test_the_worker_process_never_loads_qt(qtbot, qapp):
    probe = RenderService(renderer=render_and_report_modules)
    try:
        with qtbot.waitSignal(probe.finished, timeout=TIMEOUT_MS) as blocker:
            probe.request(RenderKind.PDF, _resume().to_json_dict())
    finally:
        probe.shutdown()
    assert "qt modules in the worker: []" in blocker.args[1].warnings
