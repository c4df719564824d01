"""Start-up: the window paints with a resume open before the heavy code loads (in a new process);
the garbage collector, paused while starting, is back on after the first paint."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from resume_builder.sample import sample_resume
from resume_builder.storage import save_resume

ROOT = Path(__file__).resolve().parents[2]

LATE = (
    "weasyprint",  # only in the render worker
    "jsonschema",  # only when a dataset file changed
    "multiprocessing",  # the render worker starts after the first paint
    "rapidfuzz",  # with the first suggestions
    "spellchecker",  # the spelling word lists load once the window has painted
    "resume_builder.coaching.review",  # the Coach's checks run after a pause
    "resume_builder.coaching.matching",  # the Job match tab matches once a posting is in
    "resume_builder.letters",  # the cover letter, built when its tab is opened
    "resume_builder.output.rendering",  # Jinja2: the ATS check and exports
    "resume_builder.ui.design_page",  # the Design step, built when shown
    "resume_builder.ui.exporting_ui",  # printing and export dialogs
)
"""Modules the app must not load before its first paint with a resume on the Target role step."""

APP = """
import gc, sys
from resume_builder.ui.app import run
code = run(sys.argv[1])
late = [name for name in sys.argv[2:] if name in sys.modules]
print("LOADED", " ".join(late) or "-")
print("GC", "on" if gc.isenabled() else "off", "frozen", gc.get_freeze_count())
sys.exit(code)
"""


def test_the_first_paint_comes_before_the_heavy_modules(tmp_path: Path) -> None:
    path = tmp_path / "resume.json"
    save_resume(sample_resume(), path)
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", RESUME_BUILDER_QUIT_AFTER_SHOW="1")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    command = [sys.executable, "-c", APP, str(path), *LATE]
    subprocess.run(command, env=env, cwd=ROOT, capture_output=True, timeout=120)  # keeps the
    # dataset check's digests, as any start after the first does
    out = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert "first-painted " in out.stdout, out.stdout + out.stderr[-3000:]
    assert "LOADED -" in out.stdout, out.stdout
    # the garbage collector, off while starting, is on again with start-up's objects set aside
    gc_line = next(line for line in out.stdout.splitlines() if line.startswith("GC "))
    _, state, _, frozen = gc_line.split()
    assert state == "on"
    assert int(frozen) > 10_000
