"""Time putting the app in Spanish at start-up, against staying in English (same run).

Run: .venv/bin/python bench/bench_translations.py [--runs N]
Baseline: ``i18n.install("en")`` (no catalogue to load). First start: the catalogue is compiled
by lrelease into an empty cache folder, then loaded. Later starts: the cached ``.qm`` is found by
the digest of the ``.ts`` and loaded, with Qt's own Spanish catalogue.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def timings(step: Callable[[], None], runs: int) -> tuple[float, float]:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        step()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(0.95 * (len(samples) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=21)
    runs = parser.parse_args().runs
    from PySide6.QtWidgets import QApplication

    app = QApplication([])  # noqa: F841 - translators need the application
    from resume_builder.ui import i18n

    def first_start() -> None:
        os.environ["RESUME_BUILDER_DATA_DIR"] = tempfile.mkdtemp(prefix="bench-i18n-")
        i18n.install("es")

    base, base_p95 = timings(lambda: i18n.install("en"), runs)
    print(f"English (baseline):        median {base:.2f} ms, p95 {base_p95:.2f} ms")
    for label, step in (("Spanish, first start:", first_start), ("Spanish, later starts:", None)):
        median, p95 = timings(step or (lambda: i18n.install("es")), runs)
        print(f"{label:26} median {median:.2f} ms, p95 {p95:.2f} ms (+{median - base:.2f} ms)")
    i18n.install("en")


if __name__ == "__main__":
    main()
