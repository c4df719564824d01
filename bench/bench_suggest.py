"""Time suggest() on the real dataset: median and p95 in milliseconds.

Run: .venv/bin/python bench/bench_suggest.py [--reps 50]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

from resume_builder.dataset import DEFAULT_ROLE, load_catalogue
from resume_builder.models import Resume
from resume_builder.suggestions import KINDS, suggest

QUERIES = [
    "icd 10",
    "ICD10",
    "epic",
    "hipaa",
    "hipa",
    "meditch",
    "release of info",
    "roi",
    "cerner",
    "drg",
    "coding audit",
    "scan",
    "excel",
    "mpi",
    "abstract",
    "chart deficiency",
    "privacy",
    "cpt",
    "registry",
    "rhit",
]

RESUME = Resume.from_json_dict(
    {
        "basics": {
            "name": "Dana Reyes",
            "credentials": ["RHIT"],
            "summary": "Medical records technician with 6 years of ICD-10-CM and CPT coding.",
        },
        "skills": [
            {"name": "Coding", "keywords": ["ICD-10-CM", "CPT", "HCPCS"]},
            {"name": "Software", "keywords": ["Epic", "Cerner", "Excel"]},
            {"name": "HIPAA"},
        ],
        "work": [
            {
                "name": "General Hospital",
                "highlights": [
                    "Coded 24 inpatient charts per day with ICD-10-CM and ICD-10-PCS.",
                    "Processed 150 release-of-information requests per week.",
                    "Scanned 2,000 pages of health records per day into the EHR.",
                    "Trained 12 staff members on HIPAA privacy.",
                ]
                * 3,
            }
        ],
        "certificates": [{"name": "Certified Coding Associate (CCA)", "issuer": "AHIMA"}],
    }
)


def timed(call: Callable[[], object], reps: int) -> list[float]:
    out = []
    for _ in range(reps):
        start = time.perf_counter()
        call()
        out.append((time.perf_counter() - start) * 1000.0)
    return out


def report(label: str, samples: list[float]) -> None:
    samples = sorted(samples)
    p95 = samples[min(len(samples) - 1, round(0.95 * (len(samples) - 1)))]
    print(
        f"{label:<44} n={len(samples):>5}  median {statistics.median(samples):6.3f} ms"
        f"  p95 {p95:6.3f} ms  max {samples[-1]:6.3f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reps", type=int, default=50)
    args = parser.parse_args()

    start = time.perf_counter()
    catalogue = load_catalogue()
    print(f"load_catalogue (validate all files): {(time.perf_counter() - start) * 1000:.1f} ms")
    start = time.perf_counter()
    for kind in KINDS:
        suggest(catalogue, DEFAULT_ROLE, kind)
    print(f"first suggest() per kind (builds index): {(time.perf_counter() - start) * 1000:.1f} ms")

    for kind in ("skills", "responsibilities", "certifications"):
        for resume in (None, RESUME):
            who = "resume" if resume else "no resume"
            report(
                f"{kind}, no query, {who}",
                timed(lambda k=kind, r=resume: suggest(catalogue, DEFAULT_ROLE, k, r), args.reps),
            )
            samples: list[float] = []
            for query in QUERIES:
                samples += timed(
                    lambda k=kind, r=resume, q=query: suggest(catalogue, DEFAULT_ROLE, k, r, q),
                    args.reps,
                )
            report(f"{kind}, {len(QUERIES)} queries x {args.reps}, {who}", samples)


if __name__ == "__main__":
    main()
