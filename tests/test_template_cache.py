"""Compiled templates are kept in the user's cache folder between runs (in new processes)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

RENDER = (
    "from resume_builder.output.rendering import render_html; "
    "from resume_builder.sample import sample_resume; "
    "print('Maria' in render_html(sample_resume()))"
)


def _render(data_dir: Path) -> str:
    env = dict(os.environ, RESUME_BUILDER_DATA_DIR=str(data_dir))
    out = subprocess.run(
        [sys.executable, "-c", RENDER], env=env, capture_output=True, text=True, check=True
    )
    return out.stdout.strip()


def test_compiled_templates_are_kept_for_the_next_run(tmp_path: Path) -> None:
    assert _render(tmp_path) == "True"
    kept = list((tmp_path / "cache" / "templates").glob("*.cache"))
    assert kept
    assert _render(tmp_path) == "True"  # and read back
    assert sorted((tmp_path / "cache" / "templates").glob("*.cache")) == sorted(kept)


def test_a_cache_folder_that_cannot_be_made_costs_nothing_but_time(tmp_path: Path) -> None:
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / "templates").write_text("not a folder", encoding="utf-8")
    assert _render(tmp_path) == "True"
