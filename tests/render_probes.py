"""Renderers for the render worker's tests, importable by name in the spawned worker process."""

from __future__ import annotations

import sys
from typing import Any

from resume_builder.models import Resume
from resume_builder.output.exporting import render_pdf
from resume_builder.output.pdf import ExportResult

ALWAYS_FAILS_MESSAGE = "this renderer always fails"


def fail_every_render(resume: Resume, template: Any, paper: Any, **options: Any) -> ExportResult:
    """Fail inside the worker, as a broken template or library would."""
    raise RuntimeError(ALWAYS_FAILS_MESSAGE)


def render_and_report_modules(
    resume: Resume, template: Any, paper: Any, **options: Any
) -> ExportResult:
    """Render as the app does, and say in a warning whether the worker has loaded Qt."""
    result = render_pdf(resume, template, paper, **options)
    qt = sorted(name for name in sys.modules if name.startswith(("PySide6", "shiboken6")))
    result.warnings.append(f"qt modules in the worker: {qt}")
    return result
