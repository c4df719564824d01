"""What a cover letter costs next to the resume it goes with.

Warm, in one process, alternating so drift hits both alike: drafting a letter from the sample
resume and a posting (``letters.draft_letter``, which matches the posting's terms), and exporting
the letter as a tagged PDF (``letter_export.render_letter_pdf``, fitted to one page) against
exporting the resume itself (``exporting.render_pdf``), the baseline.

Run: ``.venv/bin/python bench/bench_letters.py [--runs 15]``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_export import row, time_ms  # noqa: E402

from resume_builder.letters import draft_letter  # noqa: E402
from resume_builder.output.exporting import render_pdf  # noqa: E402
from resume_builder.output.letter_export import render_letter_pdf  # noqa: E402
from resume_builder.sample import sample_resume  # noqa: E402

POSTING = ROOT / "tests" / "data" / "postings" / "him_technician.txt"


def main() -> None:
    """Print medians and p95 for drafting, the letter PDF and the resume PDF, and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    resume = sample_resume()
    posting = POSTING.read_text(encoding="utf-8")
    letter = draft_letter(resume, posting)
    render_pdf(resume)  # warm up fonts and caches
    render_letter_pdf(resume, letter)
    drafts, letters, resumes = [], [], []
    for _ in range(runs):
        drafts.append(time_ms(lambda: draft_letter(resume, posting)))
        letters.append(time_ms(lambda: render_letter_pdf(resume, letter)))
        resumes.append(time_ms(lambda: render_pdf(resume)))
    print(f"Sample resume and {POSTING.name}, {runs} runs each:")
    print(row("draft letter from posting", drafts))
    print(row("letter PDF (tagged, fitted)", letters))
    print(row("resume PDF (baseline)", resumes))
    ratio = statistics.median(letters) / statistics.median(resumes)
    print(f"  letter PDF / resume PDF: {ratio:.2f}x")


if __name__ == "__main__":
    main()
