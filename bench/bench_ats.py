"""Fields right per template, as `check` reads them and as independent readers do, before and after.

For three resumes (the app's sample, ``tests/data/ats/long.json`` and ``unusual.json``) and every
template, the PDF is read by ``resume_builder.output.checking.check_pdf`` (pdf.js-style items + PDFium
text) and, independently, by ``pdftotext`` (poppler, default mode) and pdfminer.six (default
layout). For the independent readers a field counts as right when its text reads as a whole
phrase (same rule as the check). Then the check's verdicts are compared with each independent
reader's: precision = of the fields the check calls wrong, the share the reader also gets wrong;
recall = of the fields the reader gets wrong, the share the check calls wrong.

"Before" renders with the templates of another revision (``--before REV``, default ``main``),
exported with ``git archive`` to a temporary folder; "after" with this checkout's templates.
Run: ``.venv/bin/python bench/bench_ats.py [--before main] [--paper letter]``.
"""

from __future__ import annotations

import argparse
import io
import re
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from resume_builder.models import Resume  # noqa: E402
from resume_builder.output.checking import _LINE_END_BREAK_RE, check_pdf, has_phrase  # noqa: E402
from resume_builder.output.pdf import html_to_pdf  # noqa: E402
from resume_builder.output.rendering import build_html  # noqa: E402
from resume_builder.output.themes import discover_themes  # noqa: E402
from resume_builder.sample import sample_resume  # noqa: E402
from resume_builder.storage import load_resume  # noqa: E402

DATA = ROOT / "tests" / "data" / "ats"
RESUMES = {
    "sample": sample_resume,
    "long": lambda: load_resume(DATA / "long.json"),
    "unusual": lambda: load_resume(DATA / "unusual.json"),
}


def pdftotext(pdf: bytes) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True)
    return out.stdout.decode("utf-8")


def pdfminer(pdf: bytes) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(io.BytesIO(pdf))


READERS = {"pdftotext": pdftotext, "pdfminer": pdfminer}


def render(resume: Resume, theme_id: str, paper: str, templates: Path | None) -> bytes:
    rendered = build_html(resume, theme_id, paper=paper, directory=templates)
    return html_to_pdf(rendered.html, rendered.theme.directory, root=templates).pdf


def export_templates(revision: str, folder: Path) -> Path:
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", revision, "templates"], capture_output=True, check=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    return folder / "templates"


def measure(templates: Path | None, paper: str) -> dict:
    """Per template: fields right by the check and by each reader, and the verdict pairs."""
    rows: dict[str, dict] = {}
    for theme_id in discover_themes(templates):
        row = {"expected": 0, "check": 0, **dict.fromkeys(READERS, 0), "pairs": []}
        for kind, make in RESUMES.items():
            resume = make()
            pdf = render(resume, theme_id, paper, templates)
            report = check_pdf(pdf, resume)
            texts = {
                name: " ".join(_LINE_END_BREAK_RE.sub("", read(pdf)).split())
                for name, read in READERS.items()
            }
            row["expected"] += report.checked
            row["check"] += report.right
            for field in report.fields:
                verdicts = {name: has_phrase(text, field.expected) for name, text in texts.items()}
                for name, ok in verdicts.items():
                    row[name] += ok
                row["pairs"].append((field.ok, verdicts))
            row.setdefault("per_resume", {})[kind] = f"{report.right}/{report.checked}"
        rows[theme_id] = row
    return rows


def agreement(rows: dict, reader: str) -> tuple[float, float]:
    """Precision and recall of the check's "wrong" against ``reader``'s "wrong"."""
    both = check_only = reader_only = 0
    for row in rows.values():
        for check_ok, verdicts in row["pairs"]:
            check_wrong, reader_wrong = not check_ok, not verdicts[reader]
            both += check_wrong and reader_wrong
            check_only += check_wrong and not reader_wrong
            reader_only += reader_wrong and not check_wrong
    precision = both / (both + check_only) if both + check_only else float("nan")
    recall = both / (both + reader_only) if both + reader_only else float("nan")
    return precision, recall


def report(label: str, rows: dict) -> None:
    print(f"\n## {label}\n")
    print("| template | check | pdftotext | pdfminer | check per resume (sample, long, unusual) |")
    print("|---|---|---|---|---|")
    for theme_id, row in rows.items():
        n = row["expected"]
        per = ", ".join(row["per_resume"].values())
        print(
            f"| {theme_id} | {row['check']}/{n} | {row['pdftotext']}/{n} | {row['pdfminer']}/{n} "
            f"| {per} |"
        )
    for reader in READERS:
        precision, recall = agreement(rows, reader)
        print(f"\ncheck vs {reader}: precision {precision:.2f}, recall {recall:.2f}", end="")
    print()


def timing(runs: int = 15) -> None:
    """Median and p95 of one check of the sample (classic), against pypdf's text extraction
    alone (what the old check did, measured in the same run) as the baseline."""
    import statistics

    from pypdf import PdfReader

    resume = sample_resume()
    pdf = render(resume, "classic", "letter", None)

    def old_reading() -> None:
        for page in PdfReader(io.BytesIO(pdf)).pages:
            page.extract_text()

    results = {}
    for name, func in (("check_pdf", lambda: check_pdf(pdf, resume)), ("pypdf text", old_reading)):
        func()
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            func()
            times.append((time.perf_counter() - start) * 1000)
        ordered = sorted(times)
        results[name] = statistics.median(times)
        p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
        print(f"{name}: median {results[name]:.0f} ms, p95 {p95:.0f} ms ({runs} runs)")
    print(f"ratio check / baseline: {results['check_pdf'] / results['pypdf text']:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", default="main", help="git revision for the 'before' templates")
    parser.add_argument("--paper", default="letter", choices=["letter", "a4"])
    parser.add_argument("--timing-only", action="store_true")
    args = parser.parse_args()
    timing()
    if args.timing_only:
        return
    with tempfile.TemporaryDirectory() as tmp:
        before_dir = export_templates(args.before, Path(tmp))
        start = time.perf_counter()
        before = measure(before_dir, args.paper)
        after = measure(None, args.paper)
        elapsed = time.perf_counter() - start
    report(f"before (templates of {args.before}), {args.paper}", before)
    report(f"after (this checkout), {args.paper}", after)
    print(f"\n({elapsed:.0f} s)")
    if any(re.search("nan", str(agreement(after, r))) for r in READERS):
        print("(nan: no field was read wrong, so there is nothing to agree on)")


if __name__ == "__main__":
    main()
