"""Field accuracy and time of import per source type, on the committed corpus.

Sources: our own PDFs (rendered now, with the embedded data), PDFs from our templates without it
(the committed corpus PDFs), Word files in four styles, LibreOffice PDFs of those, and plain text (pdftotext of the PDFs,
when pdftotext is installed). Prints accuracy per field kind and median/p95 read time, with
reading the JSON truth as the baseline.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from resume_builder.importing import import_file
from resume_builder.importing.accuracy import accuracy, field_scores
from resume_builder.output.exporting import render_pdf
from resume_builder.storage import load_resume

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "data" / "import_corpus"


def main() -> int:
    truths = sorted(CORPUS.glob("*.json"))
    totals: dict[str, Counter[str]] = {}
    times: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for truth_path in truths:
            truth = load_resume(truth_path)
            own = Path(tmp) / f"{truth_path.stem}.own.pdf"
            own.write_bytes(render_pdf(truth).pdf)
            sources = {
                "json (baseline)": truth_path,
                "our PDF": own,
                "template PDF, no data": truth_path.with_suffix(".pdf"),
                "docx": truth_path.with_suffix(".docx"),
                "LibreOffice PDF from docx": truth_path.with_suffix(".lo.pdf"),
            }
            if shutil.which("pdftotext"):
                text = Path(tmp) / f"{truth_path.stem}.txt"
                subprocess.run(
                    ["pdftotext", "-layout", str(sources["template PDF, no data"]), str(text)],
                    check=True,
                )
                sources["text (pdftotext)"] = text
            for kind, path in sources.items():
                start = time.perf_counter()
                result = import_file(path)
                times.setdefault(kind, []).append(time.perf_counter() - start)
                totals.setdefault(kind, Counter()).update(field_scores(truth, result.resume))
        times.update(_hostile_times(Path(tmp)))
    baseline = statistics.median(times["json (baseline)"])
    normal = statistics.median(times["template PDF, no data"])
    print("Hostile files (median of 5 runs; baseline: a normal 1-2 page PDF)")
    for kind in ("300-page PDF", "ZIP bomb .docx (refused)", "encrypted PDF (refused)"):
        median = statistics.median(times[kind])
        print(f"  {kind}: {median * 1000:.1f} ms, {median / normal:.1f}x the normal PDF")
    print(f"\nImport accuracy on {len(truths)} corpus resumes (share of fields right)")
    for kind, scores in totals.items():
        shares = accuracy(scores)
        detail = ", ".join(f"{k} {v:.0%}" for k, v in shares.items() if k != "all")
        runs = sorted(times[kind])
        p95 = runs[min(len(runs) - 1, int(len(runs) * 0.95))]
        median = statistics.median(runs)
        print(
            f"\n{kind}: {shares['all']:.1%} of {sum(v for k, v in scores.items() if k.endswith(':total'))} fields"
        )
        print(f"  {detail}")
        print(
            f"  time median {median * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms, {median / baseline:.0f}x the JSON baseline"
        )
    return 0


def _hostile_times(tmp: Path) -> dict[str, list[float]]:
    """Time reading a 300-page PDF and refusing a ZIP bomb and an encrypted PDF."""
    import zipfile

    from pypdf import PdfReader, PdfWriter

    from resume_builder.errors import ResumeFileError

    page = PdfReader(CORPUS / "01.pdf").pages[0]
    writer = PdfWriter()
    for _ in range(300):
        writer.add_page(page)
    long_pdf = tmp / "long.pdf"
    writer.write(long_pdf)
    bomb = tmp / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (80 * 1024 * 1024))
    locked = tmp / "locked.pdf"
    writer = PdfWriter(clone_from=CORPUS / "01.pdf")
    writer.encrypt("secret")
    writer.write(locked)
    times: dict[str, list[float]] = {}
    for kind, path in (
        ("300-page PDF", long_pdf),
        ("ZIP bomb .docx (refused)", bomb),
        ("encrypted PDF (refused)", locked),
    ):
        for _ in range(5):
            start = time.perf_counter()
            try:
                import_file(path)
            except ResumeFileError:
                pass
            times.setdefault(kind, []).append(time.perf_counter() - start)
    return times


if __name__ == "__main__":
    sys.exit(main())
