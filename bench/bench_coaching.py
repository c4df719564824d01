"""Time posting matches and the full lint of a complete resume (target: < 50 ms each, warm).

Run: .venv/bin/python bench/bench_coaching.py [--runs N]
Prints the one-off costs (dataset load, matcher compile, word list load) and then the median
and 95th percentile of repeated calls, which is what the app pays on every edit.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from resume_builder.coaching import lint_resume, match_posting, read_posting, resume_strength
from resume_builder.coaching.matching import _matcher
from resume_builder.coaching.spelling import warm_up
from resume_builder.dataset import load_catalogue
from resume_builder.sample import sample_resume

POSTINGS = Path(__file__).resolve().parents[1] / "tests" / "data" / "postings"
TARGET_MS = 50.0


def once(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def timings(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    samples = sorted(once(fn) for _ in range(runs))
    p95 = samples[min(len(samples) - 1, int(round(0.95 * (len(samples) - 1))))]
    return statistics.median(samples), p95


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()

    catalogue_ms = once(load_catalogue)
    catalogue = load_catalogue()
    words_ms = once(warm_up)
    compile_ms = once(lambda: _matcher(catalogue))
    print(
        f"one-off: dataset load {catalogue_ms:.0f} ms, word list {words_ms:.0f} ms, "
        f"matcher compile {compile_ms:.0f} ms"
    )

    resume = sample_resume()
    files = sorted(POSTINGS.glob("*.txt")) + sorted(POSTINGS.glob("*.json"))
    long_posting = "\n\n".join(read_posting(p) for p in files)
    very_long = "\n\n".join([long_posting] * 3)
    today = date(2026, 11, 29)
    bullets = sum(len(w.highlights) for w in (*resume.work, *resume.projects))
    print(
        f"resume: sample_resume() with {bullets} bullets; postings: {len(long_posting):,} "
        f"chars (all test postings) and {len(very_long):,} chars (x3); {args.runs} runs each"
    )

    cases: list[tuple[str, Callable[[], object]]] = [
        ("match, long posting", lambda: match_posting(resume, long_posting, catalogue=catalogue)),
        ("match, x3 posting", lambda: match_posting(resume, very_long, catalogue=catalogue)),
        ("lint (all checks)", lambda: lint_resume(resume, catalogue=catalogue, today=today)),
        (
            "lint + strength",
            lambda: resume_strength(
                resume, lint_resume(resume, catalogue=catalogue, today=today), today=today
            ),
        ),
    ]
    worst = 0.0
    for name, fn in cases:
        fn()  # warm
        median, p95 = timings(fn, args.runs)
        worst = max(worst, p95)
        flag = "ok" if p95 < TARGET_MS else "SLOW"
        print(f"{name:<22} median {median:6.2f} ms   p95 {p95:6.2f} ms   {flag}")
    print(f"target < {TARGET_MS:.0f} ms: {'met' if worst < TARGET_MS else 'NOT met'}")


if __name__ == "__main__":
    main()
