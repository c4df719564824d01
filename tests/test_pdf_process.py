"""The CLI's PDF maker: a child forked early makes the PDF; errors and stops come back as errors."""

from __future__ import annotations

import os
import sys

import pytest
from pdf_reading import flat, needs_poppler, pdf_text

from resume_builder.errors import ExportError, TemplateError
from resume_builder.output import pdf, pdf_process
from resume_builder.output.exporting import prepare_pdf
from resume_builder.output.pdf import PdfJob, make_pdf
from resume_builder.output.pdf_process import pdf_maker
from resume_builder.paths import templates_dir
from resume_builder.sample import sample_resume

pytestmark = [
    needs_poppler,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks on Linux only"),
]


def _no_children_left() -> bool:
    try:
        os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


def test_the_child_makes_the_same_pdf_as_this_process() -> None:
    job = prepare_pdf(sample_resume(), "classic", None, fit_one_page=True)
    with pdf_maker() as maker:
        made = maker(job)
    here = make_pdf(job)
    assert made.page_count == here.page_count
    assert made.fit is not None and made.fit == here.fit
    assert made.warnings == here.warnings
    assert flat(pdf_text(made.pdf)) == flat(pdf_text(here.pdf))
    assert _no_children_left()


def test_a_template_error_in_the_child_is_raised_here() -> None:
    broken = '<link rel="stylesheet" href="missing.css"><p>Text</p>'
    with pdf_maker() as maker, pytest.raises(TemplateError, match="missing.css"):
        maker(PdfJob(html=broken, base_dir=templates_dir() / "classic"))
    assert _no_children_left()


def test_a_child_that_stops_is_an_export_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """The child is a fork of this process, so it runs the patched ``make_pdf``."""
    monkeypatch.setattr(pdf, "make_pdf", lambda job: os._exit(3))
    job = prepare_pdf(sample_resume())
    with pdf_maker() as maker, pytest.raises(ExportError, match="stopped unexpectedly"):
        maker(job)
    assert _no_children_left()


def test_leaving_without_a_job_ends_the_child_at_once() -> None:
    with pytest.raises(ValueError, match="not readable"), pdf_maker():
        raise ValueError("the resume was not readable")
    assert _no_children_left()


def test_other_platforms_make_the_pdf_in_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_process.sys, "platform", "darwin")
    with pdf_maker() as maker:
        assert maker is make_pdf


def test_the_cli_export_leaves_weasyprint_to_the_child(tmp_path) -> None:
    """The exporting process itself never imports WeasyPrint: the forked child does."""
    import json
    import subprocess
    from pathlib import Path

    source = tmp_path / "resume.json"
    source.write_text(json.dumps(sample_resume().to_json_dict()), encoding="utf-8")
    target = tmp_path / "resume.pdf"
    code = (
        "import sys; from resume_builder import cli; "
        f"code = cli.main(['export', {str(source)!r}, '-o', {str(target)!r}]); "
        "print('weasyprint here:', 'weasyprint' in sys.modules); sys.exit(code)"
    )
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "weasyprint here: False" in done.stdout
    assert "Maria Lopez" in flat(pdf_text(target.read_bytes()))
