"""Time a resume save with its backups, against the save it replaced (same run, same disk).

Run: .venv/bin/python bench/bench_save.py [--runs N]
Baseline: write a temporary file, fsync, ``shutil.copy2`` the old file to ``.bak``, replace. Now:
the same plus mode, symlink and leftover checks, and three backup generations made by a hard link
and renames (no copy), so a save writes the resume once instead of twice.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from resume_builder.sample import sample_resume
from resume_builder.storage import save_resume


def baseline_save(data: bytes, path: Path) -> None:
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    if path.is_file():
        shutil.copy2(path, path.with_name(path.name + ".bak"))
    os.replace(tmp_name, path)
    folder = os.open(path.parent, os.O_RDONLY)
    os.fsync(folder)
    os.close(folder)


def timings(save, runs: int) -> tuple[float, float]:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        save()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[min(runs - 1, round(0.95 * (runs - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=40)
    args = parser.parse_args()
    resume = sample_resume()
    data = (json.dumps(resume.to_json_dict(), indent=2, ensure_ascii=False) + "\n").encode()
    with tempfile.TemporaryDirectory() as folder:
        old_path, new_path = Path(folder) / "old.json", Path(folder) / "new.json"
        base = timings(lambda: baseline_save(data, old_path), args.runs)
        now = timings(lambda: save_resume(resume, new_path), args.runs)
    print(f"sample resume, {len(data):,} bytes, {args.runs} saves each")
    print(f"baseline (copy2 backup): median {base[0]:.2f} ms, p95 {base[1]:.2f} ms")
    print(f"now (3 generations):     median {now[0]:.2f} ms, p95 {now[1]:.2f} ms")
    print(f"ratio now/baseline: {now[0] / base[0]:.2f}")


if __name__ == "__main__":
    main()
