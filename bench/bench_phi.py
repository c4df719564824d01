"""TP/FP/FN of the PHI check on a labelled set of sentences, against the check before issue 12.

The sentences are in tests/data/phi_sentences.json (phi true/false per sentence). A sentence
counts as flagged when the check finds anything in it. The baseline is coaching/phi.py as it was
at BASELINE_COMMIT, read from git and run in the same process. Also printed: the time to check
the whole set (median and p95 over --reps runs).

Run: .venv/bin/python bench/bench_phi.py [--reps 20] [--verbose]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from bench_matching import module_at_commit

from resume_builder.coaching import phi

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "phi_sentences.json"


def baseline_phi() -> ModuleType:
    """The old PHI module, loaded from git under another name."""
    return module_at_commit("resume_builder/coaching/phi.py", "phi_baseline")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reps", type=int, default=20)
    parser.add_argument("--verbose", action="store_true", help="list each miss and false alarm")
    args = parser.parse_args()

    data = json.loads(DATA.read_text(encoding="utf-8"))
    own = data["own_name"]
    sentences = data["sentences"]
    old = baseline_phi()
    checks: dict[str, Callable[[str], bool]] = {
        "baseline": lambda text: bool(old.phi_matches(text)),
        "new": lambda text: bool(phi.phi_matches(text, own_name=own)),
    }
    positives = sum(s["phi"] for s in sentences)
    print(f"{len(sentences)} sentences, {positives} with PHI, {len(sentences) - positives} without")
    medians: dict[str, float] = {}
    for name, check in checks.items():
        tp = fp = fn = 0
        for sentence in sentences:
            flagged = check(sentence["text"])
            if flagged and sentence["phi"]:
                tp += 1
            elif flagged:
                fp += 1
                if args.verbose:
                    print(f"  {name} false alarm: {sentence['text']}")
            elif sentence["phi"]:
                fn += 1
                if args.verbose:
                    print(f"  {name} missed:      {sentence['text']}")
        timings = []
        for _ in range(args.reps):
            start = time.perf_counter()
            for sentence in sentences:
                check(sentence["text"])
            timings.append(time.perf_counter() - start)
        timings.sort()
        medians[name] = statistics.median(timings)
        p95 = timings[max(0, int(len(timings) * 0.95) - 1)]
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        print(
            f"{name:8} TP {tp:3}  FP {fp:3}  FN {fn:3}  precision {precision:6.1%}  "
            f"recall {recall:6.1%}  whole set median {medians[name] * 1000:.2f} ms, "
            f"p95 {p95 * 1000:.2f} ms"
        )
    print(f"time ratio new/baseline: {medians['new'] / medians['baseline']:.2f}")


if __name__ == "__main__":
    main()
