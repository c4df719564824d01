"""What a preview render costs in the worker, against the full export render it used to be.

The worker keeps WeasyPrint's font set-up between renders and writes untagged, uncompressed PDFs
for the screen (``RenderRequest.preview``); exports stay tagged PDF/UA. Both are timed here in one
process, interleaved, on the sample resume, through ``render_jobs.run_job`` as the worker runs it.
Run: ``.venv/bin/python bench/bench_render_jobs.py [--runs 15] [--template classic]``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from resume_builder.output.exporting import render_pdf  # noqa: E402
from resume_builder.output.pdf import FontCache  # noqa: E402
from resume_builder.output.render_jobs import RenderKind, RenderRequest, RenderResult, run_job  # noqa: E402
from resume_builder.sample import sample_resume  # noqa: E402


def main() -> None:
    """Time preview jobs (kept fonts, light PDF) against export jobs (fresh fonts, PDF/UA)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--template", default="classic")
    args = parser.parse_args()
    data = sample_resume().to_json_dict()
    fonts = FontCache()
    times: dict[str, list[float]] = {"preview": [], "export": []}
    for i in range(args.runs + 2):
        for label, preview, cache in (("preview", True, fonts), ("export", False, None)):
            request = RenderRequest(i, RenderKind.PDF, data, args.template, preview=preview)
            reply = run_job(render_pdf, request, cache)
            assert isinstance(reply, RenderResult), reply
            if i >= 2:  # the first two warm the caches
                times[label].append(reply.render_ms)
    fonts.close()
    for label, values in times.items():
        p95 = statistics.quantiles(values, n=20)[18]
        print(f"{label:8s} median {statistics.median(values):6.1f} ms  p95 {p95:6.1f} ms")
    ratio = statistics.median(times["preview"]) / statistics.median(times["export"])
    print(f"preview / export (baseline) median ratio: {ratio:.2f}")


if __name__ == "__main__":
    main()
