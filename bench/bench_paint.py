"""Painting the whole window: the app's style (Fusion with outlined boxes, the focus ring, icons)
against plain Fusion, in the same run on the same window.

Each sample grabs the main window on the Experience step (a full repaint of every widget).

    .venv/bin/python bench/bench_paint.py [samples]
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

SAMPLES = int(sys.argv[1]) if len(sys.argv) > 1 else 15
"""Samples per style per round (four rounds)."""


def measure(window, app) -> list[float]:
    times = []
    for _ in range(SAMPLES):
        start = time.perf_counter()
        window.grab()
        times.append((time.perf_counter() - start) * 1000)
        app.processEvents()
    return times


def report(label: str, times: list[float]) -> float:
    median = statistics.median(times)
    p95 = sorted(times)[int(0.95 * (len(times) - 1))]
    print(f"{label:<34} median {median:7.2f} ms   p95 {p95:7.2f} ms")
    return median


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = Path(tempfile.mkdtemp(prefix="bench-paint-"))
    os.environ["RESUME_BUILDER_DATA_DIR"] = str(scratch / "data")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QStyleFactory

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch))
    app = QApplication(sys.argv[:1])
    from resume_builder.sample import sample_resume
    from resume_builder.ui import theme
    from resume_builder.ui.main_window import MainWindow

    window = MainWindow(offer_recovery=False)
    window.document.set_resume(sample_resume())
    window.resize(1280, 800)
    window.show()
    window.go_to_step("experience")
    window.page("experience").editor.fields["position"].setFocus()
    app.processEvents()
    times: dict[str, list[float]] = {"ours": [], "bare": []}
    for _round in range(4):  # alternate, so load on the machine falls on both alike
        for key in ("ours", "bare"):
            if key == "ours":
                theme.apply_theme("light")  # sets the app's style again after plain Fusion
            else:
                app.setStyle(QStyleFactory.create("Fusion"))
            app.processEvents()
            window.grab()  # the first paint after a style change polishes every widget
            times[key] += measure(window, app)
    ours = report("app style (light)", times["ours"])
    bare = report("plain Fusion, same window (baseline)", times["bare"])
    print(f"ratio app/baseline: {ours / bare:.2f}")
    window.document.set_resume(window.document.resume, None, dirty=False)
    window.close()


if __name__ == "__main__":
    main()
