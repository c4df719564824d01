"""How much typing can a crash lose? Autosave measured while a person types without pausing.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_autosave.py``

Real key events go into a line edit wired to a real document and autosaver (the app's 2 s
delay), at ``--rate`` keys a second for ``--seconds``. At every keystroke the bench asks: if the app
died right now, how much of what was typed would the autosave file on disk miss? It reports the
median, p95 and worst loss in seconds of typing and in characters, for the app's autosave (the
delay runs from the first unsaved edit) and, in the same run, for the baseline it replaced (the
delay restarted by every edit, so nothing is written until the typist pauses).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest  # noqa: E402, TID251
from PySide6.QtWidgets import QApplication, QLineEdit  # noqa: E402, TID251

from resume_builder.models import Resume  # noqa: E402
from resume_builder.ui.autosave import DELAY_MS, Autosave  # noqa: E402
from resume_builder.ui.document import ResumeDocument  # noqa: E402

TEXT = (
    "Abstracted and coded inpatient records with ICD-10-CM and ICD-10-PCS, "
    "released records under HIPAA and kept the master patient index clean. "
)


def run(rate: float, seconds: float, restart_on_edit: bool) -> dict[str, float]:
    """Type for ``seconds`` and return the loss figures; ``restart_on_edit`` is the baseline."""
    folder = Path(tempfile.mkdtemp(prefix="bench-autosave-"))
    document = ResumeDocument()
    document.set_resume(Resume())
    autosave = Autosave(document, folder)
    if restart_on_edit:  # the old behaviour: every edit pushed the write back
        document.resume_changed.connect(lambda: autosave._timer.start())  # noqa: SLF001
    autosave.start()
    edit = QLineEdit()
    edit.show()

    def on_edited(text: str) -> None:
        def mutate(resume: Resume) -> None:
            resume.basics.summary = text

        document.apply("Edit summary", mutate, merge_key="summary")

    edit.textEdited.connect(on_edited)
    on_disk = {"chars": 0}

    def on_saved(path: Path) -> None:
        summary = json.loads(path.read_text())["resume"]["basics"].get("summary") or ""
        on_disk["chars"] = len(summary)

    autosave.saved.connect(on_saved)
    typed_at: list[float] = []
    losses_s: list[float] = []
    losses_chars: list[int] = []
    interval = 1.0 / rate
    start = time.perf_counter()
    i = 0
    while time.perf_counter() - start < seconds:
        QTest.keyClick(edit, TEXT[i % len(TEXT)])
        now = time.perf_counter()
        typed_at.append(now)
        i += 1
        lost = len(typed_at) - on_disk["chars"]
        losses_chars.append(lost)
        losses_s.append(now - typed_at[on_disk["chars"]] if lost else 0.0)
        deadline = start + i * interval
        while time.perf_counter() < deadline:
            QApplication.processEvents()
            time.sleep(0.002)
    autosave.stop()
    edit.close()
    return {
        "keys": float(len(typed_at)),
        "median_s": statistics.median(losses_s),
        "p95_s": statistics.quantiles(losses_s, n=20)[18],
        "max_s": max(losses_s),
        "max_chars": float(max(losses_chars)),
    }


def main() -> None:
    """Measure the app's autosave and the baseline it replaced."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rate", type=float, default=6.0, help="keys per second (default 6)")
    parser.add_argument("--seconds", type=float, default=15.0, help="typing time (default 15)")
    args = parser.parse_args()
    QApplication.instance() or QApplication(sys.argv)
    print(f"Autosave delay {DELAY_MS} ms; typing {args.rate:g} keys/s for {args.seconds:g} s")
    for label, restart in (("app (throttle)", False), ("baseline (debounce)", True)):
        r = run(args.rate, args.seconds, restart)
        print(
            f"{label:20s} loss if it crashed now: median {r['median_s']:.2f} s, "
            f"p95 {r['p95_s']:.2f} s, worst {r['max_s']:.2f} s = {r['max_chars']:.0f} chars "
            f"({r['keys']:.0f} keys)"
        )


if __name__ == "__main__":
    main()
