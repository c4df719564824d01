"""Precision and recall of the job-posting matcher on hand-labelled postings, against a baseline.

The postings and their labels are in tests/data/postings/labelled/. Three matchers run in the
same process: "before" is the matcher and dataset as they were before issue 12 (read from git at
BASELINE_COMMIT), "baseline" is that old matcher on today's dataset (so it isolates the matching
rules from the data fixes), and "new" is the current one. The old dataset's certification ids
differ (CTR, no CIC), so "before" misses those by design. Also printed: how
often the requirement level (required / preferred), the education and the years of experience
are read right, and the time to find the terms in one posting (median and p95).

Run: .venv/bin/python bench/bench_matching.py [--reps 20]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from resume_builder.coaching import matching
from resume_builder.coaching.posting import requirements, sentences
from resume_builder.dataset import load_catalogue

ROOT = Path(__file__).resolve().parent.parent
LABELLED = ROOT / "tests" / "data" / "postings" / "labelled"
BASELINE_COMMIT = "9ae5de6"
"""The last commit before issue 12's matcher changes."""


def module_at_commit(relative_path: str, name: str) -> ModuleType:
    """The module ``relative_path`` as it was at BASELINE_COMMIT, loaded from git as ``name``."""
    source = subprocess.run(
        ["git", "show", f"{BASELINE_COMMIT}:{relative_path}"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    path = Path(tempfile.mkdtemp()) / f"{name}.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def baseline_matcher() -> ModuleType:
    """The old matching module, loaded from git under another name."""
    return module_at_commit("resume_builder/coaching/matching.py", "matching_baseline")


def baseline_dataset() -> Path:
    """The skills_data/ folder as it was at BASELINE_COMMIT, in a temporary folder."""
    target = Path(tempfile.mkdtemp())
    archive = subprocess.run(
        ["git", "archive", BASELINE_COMMIT, "skills_data"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
    return target / "skills_data"


def score(found: set[str], expected: set[str]) -> tuple[int, int, int]:
    """(true positives, false positives, false negatives)."""
    return len(found & expected), len(found - expected), len(expected - found)


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[max(0, int(len(ordered) * 0.95) - 1)]


def run_set(
    postings: dict[str, dict],
    finders: dict[str, Callable[[str], dict[str, list[str]]]],
    reps: int,
    verbose: bool,
) -> None:
    """Print TP/FP/FN per posting and precision, recall and timing per matcher."""
    totals = {name: [0, 0, 0] for name in finders}
    timings: dict[str, list[float]] = {name: [] for name in finders}
    print(f"{'posting':38} {'':8} {'TP':>3} {'FP':>3} {'FN':>3}")
    for name, label in postings.items():
        text = (LABELLED / name).read_text(encoding="utf-8")
        expected = set(label["terms"])
        for finder_name, find in finders.items():
            found = set(find(text))
            tp, fp, fn = score(found, expected)
            for k, v in enumerate((tp, fp, fn)):
                totals[finder_name][k] += v
            print(f"{name:38} {finder_name:8} {tp:3} {fp:3} {fn:3}")
            if verbose and finder_name == "new":
                print(f"    false hits: {sorted(found - expected)}")
                print(f"    missed:     {sorted(expected - found)}")
            for _ in range(reps):
                start = time.perf_counter()
                find(text)
                timings[finder_name].append(time.perf_counter() - start)
    for finder_name, (tp, fp, fn) in totals.items():
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        median, p95 = percentiles(timings[finder_name])
        print(
            f"{finder_name:8} precision {precision:6.1%}  recall {recall:6.1%}  "
            f"(TP {tp}, FP {fp}, FN {fn})  find_terms median {median * 1000:.2f} ms, "
            f"p95 {p95 * 1000:.2f} ms"
        )
    base_median = percentiles(timings["baseline"])[0]
    new_median = percentiles(timings["new"])[0]
    print(f"time ratio new/baseline: {new_median / base_median:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reps", type=int, default=20)
    parser.add_argument("--verbose", action="store_true", help="list each miss and false hit")
    args = parser.parse_args()

    catalogue = load_catalogue()
    data = json.loads((LABELLED / "labels.json").read_text(encoding="utf-8"))
    labels = data["postings"]
    old = baseline_matcher()
    old_catalogue = load_catalogue(baseline_dataset())
    finders: dict[str, Callable[[str], dict[str, list[str]]]] = {
        "before": lambda text: old.find_terms(text, old_catalogue),
        "baseline": lambda text: old.find_terms(text, catalogue),
        "new": lambda text: matching.find_terms(text, catalogue),
    }
    for title, postings in (
        ("Tuned set (the rules and synonyms were fitted to these)", labels),
        (
            "Held-out set (labelled before the first run, never tuned on)",
            data["held_out"]["postings"],
        ),
    ):
        print(title)
        run_set(postings, finders, args.reps, args.verbose)
        print()
    print()
    levels_right = levels_total = 0  # on the tuned set, which has levels labelled
    other_right = other_total = 0
    for name, label in labels.items():
        text = (LABELLED / name).read_text(encoding="utf-8")
        report = matching.match_posting(None, text, catalogue=catalogue)
        got = {h.term.id: h.requirement for h in report.found}
        for level in ("required", "preferred"):
            for term_id in label[level]:
                levels_total += 1
                levels_right += got.get(term_id) == level
        found = requirements(sentences(text))
        education = min(
            (r.education for r in found if r.kind == "education" and r.education),
            key=lambda e: matching.EDUCATION_LEVELS[e],
            default=None,
        )
        years = next((r.years for r in found if r.kind == "experience"), None)
        excluded = sorted(matching.apprentice_excluded(text))
        for want, have in (
            (label["education"], education),
            (label["years"], years),
            (label["apprentice_excluded"], excluded),
        ):
            other_total += 1
            other_right += want == have
            if want != have and args.verbose:
                print(f"  {name}: expected {want!r}, read {have!r}")
    print(f"requirement level right for {levels_right} of {levels_total} labelled terms")
    print(f"education, years and apprentice rule right in {other_right} of {other_total} cases")


if __name__ == "__main__":
    main()
