"""The wheel carries the templates, the dataset and the translations; the package finds them."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_contains_templates_and_dataset(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(ROOT),
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("resume_builder-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for folder in ("templates", "skills_data", "translations"):
        shipped = sorted((ROOT / folder).rglob("*"))
        files = [p for p in shipped if p.is_file() and "__pycache__" not in p.parts]
        assert files, f"{folder}/ is empty"
        for path in files:
            inside = f"resume_builder/_resources/{path.relative_to(ROOT).as_posix()}"
            assert inside in names, f"{inside} missing from the wheel"

    # The installed layout resolves its resources inside the package.
    unpacked = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(unpacked)
    code = "from resume_builder import paths; print(paths.templates_dir())"
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(unpacked), "PATH": "/usr/bin:/bin"},
    )
    assert Path(out.stdout.strip()) == unpacked / "resume_builder" / "_resources" / "templates"
