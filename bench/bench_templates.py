"""Render time of the sample resume in every template, and what PDF tagging costs.

For each template: warm median and p95 of ``exporting.render_pdf`` (tagged, PDF/UA-1, the
default) over N runs after one warm-up, the same untagged, and the overhead of tagging. Also the
time "fit to one page" takes on the compact template.
Run: ``.venv/bin/python bench/bench_templates.py [--runs 10]``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from resume_builder.output.exporting import fit_to_one_page, render_pdf  # noqa: E402
from resume_builder.output.themes import discover_themes  # noqa: E402
from resume_builder.sample import sample_resume  # noqa: E402


def _times(func: Callable[[], object], runs: int) -> list[float]:
    func()  # warm-up: imports, font loading, caches
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        out.append(time.perf_counter() - start)
    return out


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    resume = sample_resume()
    print(
        f"{'template':<11} {'pages':>5} {'tagged ms':>10} {'p95':>6} {'untagged':>9} {'tagging':>8}"
    )
    overheads = []
    for theme_id in discover_themes():
        pages = render_pdf(resume, template=theme_id).page_count
        tagged = _times(lambda t=theme_id: render_pdf(resume, template=t), args.runs)
        plain = _times(lambda t=theme_id: render_pdf(resume, template=t, tagged=False), args.runs)
        overhead = statistics.median(tagged) / statistics.median(plain) - 1
        overheads.append(overhead)
        print(
            f"{theme_id:<11} {pages:>5} {statistics.median(tagged) * 1000:>10.0f} "
            f"{_p95(tagged) * 1000:>6.0f} {statistics.median(plain) * 1000:>9.0f} "
            f"{overhead:>+8.1%}"
        )
    print(f"tagging overhead, median over templates: {statistics.median(overheads):+.1%}")
    if "compact" in discover_themes():
        fit = _times(lambda: fit_to_one_page(resume, "compact"), max(3, args.runs // 2))
        print(f"fit to one page (compact, sample): median {statistics.median(fit) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
