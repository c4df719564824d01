"""The core is plain Python: importing any core module never loads Qt (or WeasyPrint early)."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import resume_builder

ROOT = Path(__file__).resolve().parents[1]


def _core_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(resume_builder.__path__, "resume_builder."):
        if not info.name.startswith("resume_builder.ui"):
            names.append(info.name)
    return names


def _loaded_after_import(modules: list[str]) -> set[str]:
    code = (
        "import importlib, json, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return set(json.loads(out.stdout))


def test_core_modules_are_found() -> None:
    modules = _core_modules()
    for expected in ("resume_builder.models", "resume_builder.storage", "resume_builder.cli"):
        assert expected in modules


def test_no_core_module_imports_qt() -> None:
    loaded = _loaded_after_import(_core_modules())
    assert not {name for name in loaded if name.startswith(("PySide6", "shiboken6"))}


def test_weasyprint_is_imported_only_when_rendering() -> None:
    light = [m for m in _core_modules() if m not in {"resume_builder.output.pdf"}]
    loaded = _loaded_after_import(light)
    assert "weasyprint" not in loaded
