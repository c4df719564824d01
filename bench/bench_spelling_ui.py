"""Time one keystroke in a text field with the spell checker attached, against the same field without.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_spelling_ui.py [--runs N]
Types a bullet (misspellings included) key by key into a one-line field and at the end of a
long paragraph in a multi-line field, each key followed by the event processing and painting
it causes. The plain fields are timed in the same run, key for key, so the ratio is the
checker's cost on typing. The word lists are loaded before timing (the app loads them on a
worker thread); suggestions are not part of typing, they are timed apart as the menu's cost.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget  # noqa: E402

from resume_builder.dataset import load_catalogue  # noqa: E402
from resume_builder.ui.document import ResumeDocument  # noqa: E402
from resume_builder.ui.spell_check import SpellChecker, mark_for_spelling  # noqa: E402

TYPED = "Processed relase of information requests within HIPAA timelines, mangement of backlogs"
PARAGRAPH = (
    "Registered Health Information Technician with five years in hospital HIM departments. "
    "Abstracted inpatient and outpatient records, coded with ICD-10-CM and CPT, and kept "
    "chart deficiencies under the Joint Commission limit while training two new coders. "
) * 2


def percentile(samples: list[float], q: float) -> float:
    """The ``q`` quantile of sorted ``samples`` (nearest rank)."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def type_into(app: QApplication, edit: QWidget, start: str) -> list[float]:
    """Milliseconds per key for typing :data:`TYPED` after ``start``, painting after each key."""
    if isinstance(edit, QLineEdit):
        edit.setText(start)
        edit.end(False)
    else:
        edit.setPlainText(start)
        edit.moveCursor(edit.textCursor().MoveOperation.End)
    edit.setFocus()
    app.processEvents()
    samples = []
    for char in TYPED:
        began = time.perf_counter()
        QTest.keyClick(edit, char)
        app.processEvents()
        edit.repaint()
        samples.append((time.perf_counter() - began) * 1000)
    return samples


def main() -> None:
    """Print median and p95 per keystroke, checked and plain, and their ratio."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5, help="times each sentence is typed")
    args = parser.parse_args()
    app = QApplication([])
    document = ResumeDocument()
    window = QWidget()
    speller = SpellChecker(document, load_catalogue(), window)
    speller.misspellings("start")  # starts loading the word lists on the pool
    while not speller.ready:
        app.processEvents()
        time.sleep(0.01)

    window.resize(700, 300)
    fields = {
        ("line", "plain"): QLineEdit(window),
        ("line", "checked"): QLineEdit(window),
        ("multi-line", "plain"): QPlainTextEdit(window),
        ("multi-line", "checked"): QPlainTextEdit(window),
    }
    for (kind, mode), edit in fields.items():
        edit.setGeometry(10, 10, 680, 30 if kind == "line" else 200)
        mark_for_spelling(edit, mode == "checked")
    window.show()
    QTest.qWaitForWindowExposed(window)

    print(f"{args.runs} runs of {len(TYPED)} keys each; times per key in ms (type + paint)")
    for kind, start in (("line", "Medical records "), ("multi-line", PARAGRAPH)):
        times: dict[str, list[float]] = {"plain": [], "checked": []}
        for _ in range(args.runs):
            for mode in ("plain", "checked"):  # interleaved, so load on the machine hits both
                fields[kind, mode].raise_()
                times[mode] += type_into(app, fields[kind, mode], start)
        plain, checked = times["plain"], times["checked"]
        ratio = statistics.median(checked) / statistics.median(plain)
        print(
            f"{kind:10}  plain median {statistics.median(plain):.3f} p95 {percentile(plain, 0.95):.3f}"
            f"  checked median {statistics.median(checked):.3f} p95 {percentile(checked, 0.95):.3f}"
            f"  ratio {ratio:.2f}x"
        )

    menu_times = []
    for word in ("mangement", "relase", "techncian", "HIPPA", "recieve") * args.runs:
        began = time.perf_counter()
        speller.suggestions(word)
        menu_times.append((time.perf_counter() - began) * 1000)
    print(
        f"suggestions when a menu opens: median {statistics.median(menu_times):.2f} ms, "
        f"p95 {percentile(menu_times, 0.95):.2f} ms"
    )
    window.close()


if __name__ == "__main__":
    main()
