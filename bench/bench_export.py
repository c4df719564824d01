"""How much the app adds on top of WeasyPrint when exporting the sample resume.

Warm: 20 exports in one process (``exporting.render_pdf``) against bare WeasyPrint on the very
same HTML (``HTML(string=...).write_pdf()``). Cold: a fresh ``python -m resume_builder.cli export``
process against a fresh ``python -c "import weasyprint; ..."`` process on the same HTML, and
against one that renders a one-line page (the floor: Python, WeasyPrint's import, its font set-up).
The app imports WeasyPrint without its library search (``pdf.load_weasyprint``); a one-line page
imported the same way is printed too, so what that alone gains is plain to see. On Linux the CLI
also forks a child that imports WeasyPrint while the parent reads the resume and builds its HTML
(``output/pdf_process.py``), so the cold figure counts two cores' work in one wall-clock time.

Targets: warm median within 1.2x of bare WeasyPrint; cold median within 1.3x of the bare process
rendering a one-line page. The processes run interleaved, so load on the machine hits all alike.
Run: ``.venv/bin/python bench/bench_export.py [--runs 20] [--cold-runs 5]``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from resume_builder.output.exporting import render_pdf  # noqa: E402
from resume_builder.output.pdf import make_fetcher  # noqa: E402
from resume_builder.output.rendering import build_html  # noqa: E402
from resume_builder.sample import sample_resume  # noqa: E402

WARM_TARGET = 1.2
COLD_TARGET = 1.3


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def time_ms(func: Callable[[], object]) -> float:
    """Milliseconds one call of ``func`` takes (other benches import this)."""
    start = time.perf_counter()
    func()
    return (time.perf_counter() - start) * 1000


def row(label: str, values: list[float]) -> str:
    return f"  {label:<34} median {statistics.median(values):7.1f} ms   p95 {p95(values):7.1f} ms"


def warm(runs: int) -> tuple[float, float]:
    """Alternate app and bare exports so drift (CPU boost, caches) hits both alike."""
    from weasyprint import HTML

    resume = sample_resume()
    rendered = build_html(resume)
    base_url = rendered.theme.directory.resolve().as_uri() + "/"

    def app() -> object:
        return render_pdf(resume)

    def bare() -> object:
        return HTML(string=rendered.html, base_url=base_url).write_pdf()

    def bare_fetcher() -> object:
        return HTML(string=rendered.html, base_url=base_url, url_fetcher=make_fetcher()).write_pdf()

    for func in (app, bare, bare_fetcher):  # warm-up: imports, font caches
        func()
    times: dict[str, list[float]] = {"app": [], "bare": [], "bare_fetcher": []}
    for _ in range(runs):
        times["app"].append(time_ms(app))
        times["bare"].append(time_ms(bare))
        times["bare_fetcher"].append(time_ms(bare_fetcher))
    html_times = [time_ms(lambda: build_html(resume)) for _ in range(runs)]

    print(f"Warm, {runs} exports of the sample in one process:")
    print(row("app: exporting.render_pdf", times["app"]))
    print(row("bare WeasyPrint, same HTML", times["bare"]))
    print(row("bare WeasyPrint + local fetcher", times["bare_fetcher"]))
    print(row("of which Jinja2 HTML", html_times))
    ratio = statistics.median(times["app"]) / statistics.median(times["bare"])
    return ratio, statistics.median(times["app"])


def _run(cmd: list[str], cwd: Path) -> float:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its .pyc files
    start = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, check=True, capture_output=True, env=env)
    return (time.perf_counter() - start) * 1000


def cold(runs: int) -> float:
    """Fresh processes: the CLI export against the smallest WeasyPrint script on the same HTML."""
    resume = sample_resume()
    rendered = build_html(resume)
    base_url = rendered.theme.directory.resolve().as_uri() + "/"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "resume.json").write_text(json.dumps(resume.to_json_dict()), encoding="utf-8")
        (folder / "resume.html").write_text(rendered.html, encoding="utf-8")
        python = sys.executable
        app_cmd = [python, "-m", "resume_builder.cli", "export", str(folder / "resume.json")]
        app_cmd += ["-o", str(folder / "app.pdf")]
        bare_code = (
            "import weasyprint; "
            f"weasyprint.HTML(string=open({str(folder / 'resume.html')!r}, encoding='utf-8').read(), "
            f"base_url={base_url!r}).write_pdf({str(folder / 'bare.pdf')!r})"
        )
        bare_cmd = [python, "-c", bare_code]
        line_code = (
            "import weasyprint; weasyprint.HTML(string='<p>One line.</p>')"
            f".write_pdf({str(folder / 'line.pdf')!r})"
        )
        line_cmd = [python, "-c", line_code]
        fast_import = "from resume_builder.output.pdf import load_weasyprint; load_weasyprint(); "
        line_fast_cmd = [python, "-c", fast_import + line_code]
        import_cmd = [python, "-c", "import weasyprint"]
        commands = {
            "app": app_cmd,
            "bare": bare_cmd,
            "line": line_cmd,
            "line_fast": line_fast_cmd,
            "import": import_cmd,
        }
        for command in commands.values():  # warm the OS file cache and the .pyc files
            _run(command, ROOT)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(runs):
            for name, command in commands.items():
                times[name].append(_run(command, ROOT))
    load = os.getloadavg()
    print(f"Cold, {runs} fresh processes each (load average {load[0]:.1f} {load[1]:.1f}):")
    print(row("app: python -m resume_builder.cli", times["app"]))
    print(row("bare: python -c 'import weasyprint…'", times["bare"]))
    print(row("one line: WeasyPrint, '<p>One line.'", times["line"]))
    print(row("one line, app's WeasyPrint import", times["line_fast"]))
    print(row("just: python -c 'import weasyprint'", times["import"]))
    same = statistics.median(times["app"]) / statistics.median(times["bare"])
    fast = statistics.median(times["app"]) / statistics.median(times["line_fast"])
    print(f"  app / bare on the same HTML: {same:.2f}x")
    print(f"  app / one line with the app's WeasyPrint import (no library search): {fast:.2f}x")
    return statistics.median(times["app"]) / statistics.median(times["line"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--cold-runs", type=int, default=5)
    args = parser.parse_args()
    warm_ratio, _ = warm(args.runs)
    cold_ratio = cold(args.cold_runs)
    ok_warm = warm_ratio <= WARM_TARGET
    ok_cold = cold_ratio <= COLD_TARGET
    print(
        f"Warm ratio {warm_ratio:.2f}x (target <= {WARM_TARGET}x): {'ok' if ok_warm else 'MISSED'}"
    )
    print(
        f"Cold ratio to a one-line page {cold_ratio:.2f}x (target <= {COLD_TARGET}x): "
        f"{'ok' if ok_cold else 'MISSED'}"
    )
    return 0 if ok_warm and ok_cold else 1


if __name__ == "__main__":
    sys.exit(main())
