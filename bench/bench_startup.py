"""Cold start to the first shown window: the app against a bare PySide6 QMainWindow.

Each run is a fresh interpreter (offscreen unless DISPLAY is set) that prints the wall-clock time
at its first show; the figure is that time minus the moment before the process was launched.
Target: the app's median within 6x of the bare window's.

    .venv/bin/python bench/bench_startup.py [runs]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 7

BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Window(QMainWindow):
    shown = False
    def showEvent(self, event):
        super().showEvent(event)
        if not self.shown:
            self.shown = True
            print(f"first-shown {time.time():.6f}", flush=True)
            QTimer.singleShot(0, self.close)

app = QApplication(sys.argv[:1])
window = Window()
window.resize(1280, 800)
window.show()
app.exec()
"""

APP = """
import sys
from resume_builder.ui.app import run
sys.exit(run())
"""


def _once(code: str, env: dict[str, str]) -> float:
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    for line in out.stdout.splitlines():
        if line.startswith("first-shown "):
            return float(line.split()[1]) - start
    raise RuntimeError(f"no first-shown line:\n{out.stdout}\n{out.stderr[-2000:]}")


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> None:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen" if "DISPLAY" not in env else "xcb")
    env["RESUME_BUILDER_QUIT_AFTER_SHOW"] = "1"
    env["RESUME_BUILDER_DATA_DIR"] = tempfile.mkdtemp(prefix="bench-startup-")
    env["PYTHONPATH"] = str(ROOT)
    results: dict[str, list[float]] = {"bare": [], "app": []}
    _once(BARE, env), _once(APP, env)  # warm the OS file cache, as a second launch would be
    for _ in range(RUNS):  # interleaved, so load on the machine affects both alike
        results["bare"].append(_once(BARE, env))
        results["app"].append(_once(APP, env))
    sys.stdout.write(f"platform {env['QT_QPA_PLATFORM']}, {RUNS} runs each\n")
    for name, values in results.items():
        sys.stdout.write(
            f"{name:5s} median {statistics.median(values) * 1000:7.1f} ms   "
            f"p95 {_p95(values) * 1000:7.1f} ms\n"
        )
    ratio = statistics.median(results["app"]) / statistics.median(results["bare"])
    verdict = "OK" if ratio <= 6 else "TOO SLOW"
    sys.stdout.write(f"app / bare (median) = {ratio:.2f}x  (target <= 6x)  {verdict}\n")


if __name__ == "__main__":
    main()
