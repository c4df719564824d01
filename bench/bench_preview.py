"""Typing with the live preview open: does the UI stall, and how fast does the preview follow?

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_preview.py`` (or with a display).

A real window holds a line edit and the preview pane, with the real render worker. The bench
types ``--edits`` characters into the summary at ``--interval`` ms, each edit scheduling a render
as the app does, then makes ``--isolated`` single edits with pauses between them. It reports:

- the longest stall of the UI event loop (gaps of a 5 ms precise timer, minus 5 ms); target < 50;
- edit -> preview displayed, in ms (median and p95), for refreshes during typing (newest edit in
  the shown PDF -> shown) and for single edits after a pause; target p95 <= 250;
- the baseline, measured in the same run: the time the worker itself spent rendering those single
  edits (WeasyPrint with the app's template), and the ratio of the two medians (what the round
  trip, the queue and the PDF load in the pane add).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402, TID251
from PySide6.QtWidgets import (  # noqa: E402, TID251
    QApplication,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from resume_builder.sample import sample_resume  # noqa: E402
from resume_builder.ui.preview import DEBOUNCE_MS, PreviewPane  # noqa: E402
from resume_builder.ui.render_worker import RenderService  # noqa: E402

TICK_MS = 5


class StallMeter:
    """A 5 ms precise timer; any longer gap between ticks is time the event loop was busy."""

    def __init__(self) -> None:
        self.gaps: list[float] = []
        self._last = 0.0
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._on_tick)

    def start(self) -> None:
        self.gaps.clear()
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _on_tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self._last) * 1000.0 - TICK_MS)
        self._last = now


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(signal, timeout_ms: int = 30_000) -> bool:
    loop = QEventLoop()
    fired = []
    signal.connect(lambda *args: (fired.append(True), loop.quit()))
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    return bool(fired)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def run(edits: int, interval_ms: int, isolated: int) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    service = RenderService()
    service.start()
    try:
        return measure(service, edits, interval_ms, isolated)
    finally:
        service.shutdown()
        app.processEvents()


def measure(service: RenderService, edits: int, interval_ms: int, isolated: int) -> int:
    resume = sample_resume()

    window = QMainWindow()
    editor = QLineEdit(resume.basics.summary or "")
    pane = PreviewPane(service)
    left = QWidget()
    QVBoxLayout(left).addWidget(editor)
    splitter = QSplitter()
    splitter.addWidget(left)
    splitter.addWidget(pane)
    splitter.setSizes([500, 600])
    window.setCentralWidget(splitter)
    window.resize(1100, 800)
    window.show()

    edit_times: list[float] = []

    def on_text_changed(text: str) -> None:
        edit_times.append(time.perf_counter())
        resume.basics.summary = text
        pane.schedule_render(resume)

    editor.textChanged.connect(on_text_changed)

    worker_ms: list[float] = []
    service.finished.connect(lambda _job, result: worker_ms.append(result.render_ms))
    started = time.perf_counter()
    pane.render_now(resume)
    if not wait_for(pane.rendered, 60_000):
        print("the first render never arrived:", pane.error_text or pane.status_text)
        return 1
    print(
        f"first render (worker start + WeasyPrint import + render): "
        f"{(time.perf_counter() - started) * 1000:.0f} ms, {pane.page_count} pages"
    )
    wait(300)

    burst_latencies: list[float] = []
    pane.rendered.connect(lambda _ms: burst_latencies.append(pane.last_edit_latency_ms or 0.0))
    meter = StallMeter()
    meter.start()
    typed = " Reduced release-of-information backlog by forty percent"
    for i in range(edits):
        editor.end(False)
        editor.insert(typed[i % len(typed)])
        wait(interval_ms)
    last_edit = edit_times[-1]
    final_latency = 0.0
    while not final_latency:  # renders already running when typing stopped do not count
        if not wait_for(pane.rendered, 30_000):
            print("the final render never arrived")
            return 1
        since = (time.perf_counter() - last_edit) * 1000.0
        if abs(since - (pane.last_edit_latency_ms or 0.0)) < 5.0:
            final_latency = since
    meter.stop()
    burst_gaps = list(meter.gaps)
    burst_count = len(burst_latencies)

    isolated_latencies: list[float] = []
    isolated_from = len(worker_ms)
    meter.start()
    for i in range(isolated):
        editor.end(False)
        if i % 2:
            editor.backspace()
        else:
            editor.insert("x")
        if not wait_for(pane.rendered, 30_000):
            print("an isolated edit was never rendered")
            return 1
        isolated_latencies.append(pane.last_edit_latency_ms or 0.0)
        wait(700)
    meter.stop()
    all_gaps = burst_gaps + meter.gaps
    isolated_worker = worker_ms[isolated_from:]

    load = os.getloadavg()
    print(f"debounce {DEBOUNCE_MS} ms; load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}")
    print(f"typing: {edits} edits at {interval_ms} ms -> {burst_count} preview refreshes")
    print(
        f"  UI event-loop stall: longest {max(all_gaps):.1f} ms, "
        f"p99 {percentile(all_gaps, 0.99):.1f} ms over {len(all_gaps)} ticks (target < 50 ms)"
    )
    if burst_latencies:
        print(
            f"  edit -> preview during typing: median {statistics.median(burst_latencies):.0f} ms, "
            f"p95 {percentile(burst_latencies, 0.95):.0f} ms"
        )
    print(f"  last keystroke -> preview: {final_latency:.0f} ms")
    print(
        f"single edits after a pause ({isolated}): median "
        f"{statistics.median(isolated_latencies):.0f} ms, "
        f"p95 {percentile(isolated_latencies, 0.95):.0f} ms (target p95 <= 250 ms)"
    )
    print(
        f"  baseline, the worker's render of those edits: median "
        f"{statistics.median(isolated_worker):.0f} ms, "
        f"p95 {percentile(isolated_worker, 0.95):.0f} ms; ratio of medians "
        f"{statistics.median(isolated_latencies) / statistics.median(isolated_worker):.2f}x"
    )
    print(f"  status line after the last one: {pane.status_text!r}")
    steady = worker_ms[1:]
    print(
        f"render time inside the worker: median {statistics.median(steady):.0f} ms, "
        f"p95 {percentile(steady, 0.95):.0f} ms over {len(steady)} renders"
    )

    window.close()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=60)
    parser.add_argument("--interval", type=int, default=80, help="ms between keystrokes")
    parser.add_argument("--isolated", type=int, default=12, help="single edits after a pause")
    args = parser.parse_args()
    return run(args.edits, args.interval, args.isolated)


if __name__ == "__main__":
    sys.exit(main())
