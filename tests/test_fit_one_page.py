"""Fit to one page: the search over tightening steps, and real fitting through WeasyPrint."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from pdf_reading import page_characters, page_count, xmp

from resume_builder.models import Resume
from resume_builder.output.checking import check_pdf
from resume_builder.output.exporting import fit_to_one_page, render_pdf
from resume_builder.output.fitting import MIN_FONT_PT, FitStep, fit_html, fit_steps, with_css
from resume_builder.output.themes import discover_themes
from resume_builder.sample import sample_resume
from resume_builder.storage import save_resume

ROOT = Path(__file__).resolve().parents[1]
FIT_THEME = "compact" if "compact" in discover_themes() else "classic"


def large_resume() -> Resume:
    """Five jobs of eight bullets: too long for one page at any readable size."""
    resume = sample_resume()
    job = resume.work[0]
    job.highlights = [f"{text} (again {n})" for n in range(2) for text in job.highlights][:8]
    resume.work = [job.model_copy(deep=True) for _ in range(5)]
    for number, copy in enumerate(resume.work, 1):
        copy.position = f"Health Information Technician {number}"
    return resume


# --- the search, without WeasyPrint -----------------------------------------------------------


def test_steps_tighten_and_stay_readable() -> None:
    steps = fit_steps(10.5)
    sizes = [s.font_pt for s in steps]
    assert sizes == sorted(sizes, reverse=True)
    assert min(sizes) == MIN_FONT_PT
    assert steps[0].font_pt == 10.5
    assert all(s.space <= 1 for s in steps)
    # A template already at the minimum only tightens spacing.
    assert {s.font_pt for s in fit_steps(8)} == {MIN_FONT_PT}


def test_css_goes_last_in_the_head() -> None:
    html = "<html><head><style>a{}</style></head><body></body></html>"
    out = with_css(html, FitStep(9, 1.2, 0.7, 0.5).css())
    assert out.index("a{}") < out.index("font-size: 9pt !important") < out.index("</head>")
    assert "@page { margin-top: 0.5in; margin-bottom: 0.5in; }" in out


def _pages_by_size(limit: float):
    """A fake layout: one page when the injected font size is at most ``limit``."""
    calls: list[str] = []

    def count(html: str) -> int:
        calls.append(html)
        if "fit-one-page" not in html:
            return 2
        size = float(html.split("html { font-size: ")[1].split("pt")[0])
        return 1 if size <= limit else 2

    return count, calls


def test_already_one_page_is_left_alone() -> None:
    html, result = fit_html("<head></head>", 10, lambda _html: 1)
    assert html == "<head></head>"
    assert result.fits and result.step is None


def test_loosest_fitting_step_is_chosen_in_few_layouts() -> None:
    count, calls = _pages_by_size(9.5)
    html, result = fit_html("<head></head>", 10.5, count)
    assert result.fits
    assert result.font_pt == 9.5
    assert "font-size: 9.5pt" in html
    assert len(calls) <= 6
    assert "9.5 pt" in result.message


def test_failure_is_reported_plainly() -> None:
    count, _ = _pages_by_size(5)
    html, result = fit_html("<head></head>", 10, count)
    assert not result.fits
    assert html == "<head></head>"
    assert "does not fit on one page" in result.message
    assert "8.5 pt" in result.message


# --- real fitting -----------------------------------------------------------------------------


def _body_size(pdf: bytes) -> float:
    """The most common character size on page 1 (the body text)."""
    _box, chars = page_characters(pdf)[0]
    return Counter(round(c.size, 1) for c in chars).most_common(1)[0][0]


def test_sample_fits_one_page_on_a_compact_template() -> None:
    assert render_pdf(sample_resume(), template=FIT_THEME).page_count > 1
    result = fit_to_one_page(sample_resume(), FIT_THEME)
    assert result.fit is not None and result.fit.fits, result.fit
    assert result.page_count == 1 == page_count(result.pdf)
    assert result.fit.font_pt >= MIN_FONT_PT
    assert _body_size(result.pdf) >= MIN_FONT_PT - 0.05
    assert result.warnings == []
    report = check_pdf(result.pdf, sample_resume())
    assert report.passed, [f.message for f in report.findings]


def test_large_resume_reports_that_it_cannot_fit() -> None:
    result = fit_to_one_page(large_resume(), FIT_THEME)
    assert result.fit is not None
    assert not result.fit.fits
    assert result.page_count > 1
    assert result.fit.message in result.warnings
    assert check_pdf(result.pdf, large_resume()).passed


def test_setting_in_template_options_turns_fitting_on() -> None:
    resume = sample_resume()
    resume.settings.template = FIT_THEME
    resume.settings.template_options = {"fit_one_page": True}
    result = render_pdf(resume)
    assert result.fit is not None and result.fit.fits
    assert result.page_count == 1
    assert render_pdf(resume, fit_one_page=False).fit is None


def test_cli_fit_one_page_and_pdf_a(tmp_path: Path) -> None:
    source = tmp_path / "maria.json"
    save_resume(sample_resume(), source)
    target = tmp_path / "maria.pdf"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "resume_builder.cli",
            "export",
            str(source),
            "-o",
            str(target),
            "--template",
            FIT_THEME,
            "--fit-one-page",
            "--pdf-a",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "(1 page)" in done.stdout
    assert page_count(target) == 1
    assert "pdfaid:part" in xmp(target)


@pytest.mark.parametrize("theme_id", list(discover_themes()))
def test_fitting_keeps_every_template_readable(theme_id: str) -> None:
    """A shortened sample fits in every template, and still passes the ATS check."""
    resume = sample_resume()
    resume.settings.hidden_sections = ["projects", "publications", "interests", "references"]
    resume.work = resume.work[:2]
    result = fit_to_one_page(resume, theme_id)
    assert result.fit is not None and result.fit.fits, result.fit.message
    assert result.page_count == 1
    report = check_pdf(result.pdf, resume)
    assert report.passed, [f.message for f in report.findings]


@pytest.mark.parametrize("theme_id", ["compact", "executive", "minimal", "modern", "sidebar"])
def test_the_whole_sample_fits_one_page(theme_id: str) -> None:
    """The full sample (every section) fits one page at 8.5 pt or more, and reads right."""
    result = fit_to_one_page(sample_resume(), theme_id)
    assert result.fit is not None and result.fit.fits, result.fit
    assert result.page_count == 1
    assert result.fit.font_pt >= MIN_FONT_PT
    report = check_pdf(result.pdf, sample_resume())
    assert report.passed, [f.message for f in report.findings]
