"""Cold start to the first paint: the app, with and without a resume, against a bare QMainWindow.

Each run is a fresh interpreter (offscreen unless DISPLAY is set) that prints the wall-clock time
of its first paint; the figure is that time minus the moment before the process was launched.
"app + file" opens the sample resume given on the command line and counts the first paint of the
editor showing it. The three are run interleaved, so load on the machine hits them alike, after
one warm-up run of each (the OS file cache and the .pyc files an installed app has).
Target: "app + file" median within 4x of the bare window's.

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
sys.path.insert(0, str(ROOT))
RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 7
TARGET = 4.0

BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Window(QMainWindow):
    painted = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            print(f"first-painted {time.time():.6f} {time.process_time():.6f}", flush=True)
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
sys.exit(run(sys.argv[1] if len(sys.argv) > 1 else None))
"""


def _once(code: str, env: dict[str, str], *args: str) -> tuple[float, float]:
    """Wall-clock seconds from launch to the first paint, and the CPU seconds used by then."""
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    for line in out.stdout.splitlines():
        if line.startswith("first-painted "):
            _, painted_at, cpu = line.split()
            return float(painted_at) - start, float(cpu)
    raise RuntimeError(f"no first-painted line:\n{out.stdout}\n{out.stderr[-2000:]}")


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> None:
    from resume_builder.sample import sample_resume
    from resume_builder.storage import save_resume

    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen" if "DISPLAY" not in env else "xcb")
    env["RESUME_BUILDER_QUIT_AFTER_SHOW"] = "1"
    data_dir = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    env["RESUME_BUILDER_DATA_DIR"] = str(data_dir)
    env["XDG_CONFIG_HOME"] = str(data_dir / "config")  # QSettings (last step, layout) stay here
    env["PYTHONPATH"] = str(ROOT)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its .pyc files: so do we
    resume_file = data_dir / "sample.json"
    save_resume(sample_resume(), resume_file)
    cases = {"bare": (BARE,), "app": (APP,), "app + file": (APP, str(resume_file))}
    results: dict[str, list[tuple[float, float]]] = {name: [] for name in cases}
    for code, *args in cases.values():  # warm the OS file cache, as a second launch would be
        _once(code, env, *args)
    for _ in range(RUNS):  # interleaved, so load on the machine affects all alike
        for name, (code, *args) in cases.items():
            results[name].append(_once(code, env, *args))
    load = os.getloadavg()
    sys.stdout.write(
        f"platform {env['QT_QPA_PLATFORM']}, {RUNS} runs each, {os.cpu_count()} cores, "
        f"load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}\n"
    )
    walls = {name: [wall for wall, _cpu in values] for name, values in results.items()}
    cpus = {name: [cpu for _wall, cpu in values] for name, values in results.items()}
    bare, bare_cpu = statistics.median(walls["bare"]), statistics.median(cpus["bare"])
    for name in cases:
        wall, cpu = walls[name], cpus[name]
        sys.stdout.write(
            f"{name:10s} median {statistics.median(wall) * 1000:7.1f} ms   "
            f"p95 {_p95(wall) * 1000:7.1f} ms   {statistics.median(wall) / bare:5.2f}x bare   "
            f"(CPU median {statistics.median(cpu) * 1000:6.1f} ms, "
            f"{statistics.median(cpu) / bare_cpu:5.2f}x bare)\n"
        )
    ratio = statistics.median(walls["app + file"]) / bare
    verdict = "OK" if ratio <= TARGET else "TOO SLOW"
    sys.stdout.write(
        f"app + file / bare (median) = {ratio:.2f}x  (target <= {TARGET:g}x)  {verdict}\n"
    )


if __name__ == "__main__":
    main()
