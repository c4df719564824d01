"""Every template style, read back from real PDFs: order, bounds, fonts, structure, pagination.

Each (template, resume, paper) is rendered once for the whole module (``_render`` is cached), and
every test is parametrised over the templates found on disk, so a new template folder is checked
without writing a test. Three resumes: the full sample, a LARGE one (5 jobs x 8 bullets, 30
skills) and a SPARSE one (a name and one job).
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest
from pdf_reading import assert_in_order, flat, pdf_text
from pypdf import PdfReader

from resume_builder.models import SECTION_TITLES, Resume, Skill
from resume_builder.output.checking import check_pdf
from resume_builder.output.exporting import ExportResult, render_pdf
from resume_builder.output.papers import PAPERS
from resume_builder.output.rendering import render_html
from resume_builder.output.themes import DEFAULT_THEME, discover_themes
from resume_builder.sample import sample_resume

THEMES = list(discover_themes())
pytestmark = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("pdftotext", "pdffonts", "qpdf")),
    reason="poppler-utils and qpdf are needed to read the PDFs back",
)
EDGE_PT = 14.0
"""Text must keep at least this far (about 0.2 in) from every edge of the paper."""


# --- resumes ----------------------------------------------------------------------------------


def large_resume() -> Resume:
    """Five jobs of eight bullets and thirty skills: several pages in every template."""
    resume = sample_resume()
    template = resume.work[0]
    jobs = []
    for number in range(1, 6):
        job = template.model_copy(deep=True)
        job.position = f"Health Information Technician {number}"
        job.name = f"Employer Number {number} Medical Center"
        job.highlights = [
            f"Bullet {k} of job {number}: coded and audited inpatient records in ICD-10-CM and "
            "CPT with high accuracy and clear provider queries."
            for k in range(1, 9)
        ]
        jobs.append(job)
    resume.work = jobs
    categories = ["coding", "software", "compliance"]
    resume.skills = [
        Skill(name=f"Skill number {k}", category=categories[k % 3]) for k in range(1, 31)
    ]
    return resume


def sparse_resume() -> Resume:
    """Just a name and one job."""
    return Resume.from_json_dict(
        {
            "basics": {"name": "Sam Doe"},
            "work": [{"name": "Clinic", "position": "Records Clerk", "startDate": "2020-01"}],
        }
    )


RESUMES: dict[str, Callable[[], Resume]] = {
    "sample": sample_resume,
    "large": large_resume,
    "sparse": sparse_resume,
}


@cache
def _render(theme_id: str, kind: str, paper: str = "letter") -> ExportResult:
    return render_pdf(RESUMES[kind](), template=theme_id, paper=paper)


@pytest.fixture(scope="module")
def rendered() -> Callable[..., ExportResult]:
    """The cached renderer: one layout per (template, resume, paper) for the module."""
    return _render


# --- reading helpers --------------------------------------------------------------------------


def expected_order(resume: Resume) -> list[str]:
    """Name, contacts, then per section its title and each entry's key text, bullets included."""
    from resume_builder.output.outline import build_outline

    outline = build_outline(resume)
    needles = [resume.basics.name or outline.name, *(c.text for c in outline.contacts)]
    for section in outline.sections:
        needles.append(section.title)
        for entry in section.entries:
            needles += [t for t in (entry.title, *entry.lines) if t]
            needles += [f"\u2022 {bullet}" for bullet in entry.bullets]
    return needles


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


# --- every template, every resume -------------------------------------------------------------


CASES = [(theme_id, kind) for theme_id in THEMES for kind in RESUMES]


def test_at_least_six_distinct_templates() -> None:
    assert len(THEMES) >= 6
    assert THEMES[0] == DEFAULT_THEME
    names = [theme.name for theme in discover_themes().values()]
    assert len(set(names)) == len(names)


@pytest.mark.parametrize(("theme_id", "kind"), CASES)
def test_ats_check_passes(theme_id: str, kind: str, rendered: Callable[..., ExportResult]) -> None:
    result = rendered(theme_id, kind)
    assert result.warnings == []
    report = check_pdf(result.pdf, RESUMES[kind]())
    if kind == "sparse":
        # Parsers never take one of the first two lines for a heading: with no contact line,
        # "Experience" is the second line, and the check says so and how to fix it.
        assert [f.rule for f in report.findings] == ["missing-section"]
        assert "Add your contact details" in report.findings[0].fix
        return
    assert report.passed, [f.message for f in report.findings]


@pytest.mark.parametrize(("theme_id", "kind"), CASES)
def test_text_reads_in_order_with_bullet_markers(
    theme_id: str, kind: str, rendered: Callable[..., ExportResult]
) -> None:
    """pdftotext -raw (drawing order) and pypdf (file order) both read the resume in order."""
    resume = RESUMES[kind]()
    pdf = rendered(theme_id, kind).pdf
    needles = expected_order(resume)
    assert_in_order(pdf_text(pdf), needles)
    from resume_builder.output.checking import extract_text

    assert_in_order(extract_text(pdf), needles)
    text = flat(pdf_text(pdf))
    assert text.startswith(flat(needles[0])), text[:80]


@pytest.mark.parametrize(("theme_id", "kind"), CASES)
def test_contacts_read_before_the_first_heading(
    theme_id: str, kind: str, rendered: Callable[..., ExportResult]
) -> None:
    from resume_builder.output.outline import build_outline

    outline = build_outline(RESUMES[kind]())
    text = flat(pdf_text(rendered(theme_id, kind).pdf)).lower()
    first_heading = text.find(outline.sections[0].title.lower())
    assert first_heading > 0
    for contact in outline.contacts:
        assert 0 <= text.find(contact.text.lower()) < first_heading, contact


@pytest.mark.parametrize(("theme_id", "kind"), CASES)
def test_no_text_outside_the_page(
    theme_id: str, kind: str, rendered: Callable[..., ExportResult]
) -> None:
    """Every character sits inside the paper, clear of its edges (nothing clipped)."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar, LTContainer

    def chars(item: object) -> list[LTChar]:
        if isinstance(item, LTChar):
            return [item]
        if isinstance(item, LTContainer):
            return [c for child in item for c in chars(child)]
        return []

    for number, page in enumerate(extract_pages(io.BytesIO(rendered(theme_id, kind).pdf)), 1):
        x0, y0, x1, y1 = page.bbox
        outside = [
            (c.get_text(), round(c.x0), round(c.y0))
            for c in chars(page)
            if c.get_text().strip()
            and (
                c.x0 < x0 + EDGE_PT
                or c.x1 > x1 - EDGE_PT
                or c.y0 < y0 + EDGE_PT
                or c.y1 > y1 - EDGE_PT
            )
        ]
        assert not outside, f"page {number}: {outside[:10]}"


@pytest.mark.parametrize(("theme_id", "kind"), CASES)
def test_fonts_embedded_and_structure_valid(
    theme_id: str, kind: str, rendered: Callable[..., ExportResult], tmp_path: Path
) -> None:
    path = tmp_path / "resume.pdf"
    path.write_bytes(rendered(theme_id, kind).pdf)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = [line.split() for line in fonts.stdout.splitlines()[2:]]
    assert rows
    assert all(row[-5] == "yes" for row in rows), fonts.stdout
    check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr


@pytest.mark.parametrize("theme_id", THEMES)
@pytest.mark.parametrize("paper", list(PAPERS))
def test_paper_sizes(theme_id: str, paper: str, rendered: Callable[..., ExportResult]) -> None:
    """Every page has the size the one paper table gives (letter is 612 x 792 pt)."""
    result = rendered(theme_id, "sample", paper)
    size = (PAPERS[paper].width_pt, PAPERS[paper].height_pt)
    for page in PdfReader(io.BytesIO(result.pdf)).pages:
        box = page.mediabox
        assert (float(box.width), float(box.height)) == pytest.approx(size, abs=0.5)
    assert check_pdf(result.pdf, sample_resume()).passed


@pytest.mark.parametrize("theme_id", THEMES)
def test_tagged_pdf_with_metadata(theme_id: str, rendered: Callable[..., ExportResult]) -> None:
    reader = PdfReader(io.BytesIO(rendered(theme_id, "sample").pdf))
    catalog = reader.trailer["/Root"]
    assert catalog["/Lang"] == "en"
    assert catalog["/MarkInfo"]["/Marked"]
    assert "/StructTreeRoot" in catalog
    assert "/Metadata" in catalog
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Maria Lopez, RHIT, CCA \u2014 Resume"
    assert meta.author == "Maria Lopez, RHIT, CCA"
    assert meta.subject
    assert "ICD-10-CM" in (meta.get("/Keywords") or "")


# --- pagination -------------------------------------------------------------------------------


@pytest.mark.parametrize("theme_id", THEMES)
@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_large_resume_pagination(
    theme_id: str, paper: str, rendered: Callable[..., ExportResult]
) -> None:
    """No page ends on a heading or an entry's title; later pages carry name and page number."""
    resume = large_resume()
    result = rendered(theme_id, "large", paper)
    total = page_count(result.pdf)
    assert total >= 2
    assert result.page_count == total
    starts = {title.lower() for title in SECTION_TITLES.values()}
    for job in resume.work:
        starts |= {job.position.lower(), job.name.lower()}
    starts |= {p.name.lower() for p in resume.projects} | {
        v.position.lower() for v in resume.volunteer
    }
    starts |= {e.institution.lower() for e in resume.education}
    for number in range(1, total + 1):
        page = pdf_text(result.pdf, "-f", str(number), "-l", str(number))
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        body = [line for line in lines if not re.search(r"Page \d+ of \d+", line)]
        if number < total:
            last = body[-1].lower()
            assert not any(last.startswith(start) for start in starts), (
                f"page {number} ends with a heading: {body[-1]!r}"
            )
            assert last != "\u2022"
        if number > 1:
            text = flat(page)
            assert f"Page {number} of {total}" in text
            assert f"| Maria Lopez | Page {number} of {total}" in text
        else:
            assert f"Page 1 of {total}" not in flat(page)


# --- template-specific ------------------------------------------------------------------------


@pytest.mark.parametrize("theme_id", THEMES)
def test_options_reach_the_page(theme_id: str) -> None:
    theme = discover_themes()[theme_id]
    assert theme.options["accent_color"].type == "color"
    assert theme.options["font_size"].unit == "pt"
    resume = sample_resume()
    resume.settings.template = theme_id
    resume.settings.template_options = {"accent_color": "#7a1f2b", "font_size": 11}
    html = render_html(resume, theme_id)
    assert "--accent-color: #7a1f2b;" in html
    assert "--font-size: 11.0pt;" in html


def test_sidebar_keeps_all_text_in_one_column() -> None:
    """The band holds no text: a side column is read beside the main one by layout-preserving
    parsers (pdftotext -layout), and a name or a degree in it wraps."""
    resume = sample_resume()
    resume.settings.section_order = ["skills", "certificates", "summary", "work"]
    html = render_html(resume, "sidebar")
    assert "<aside" not in html
    result = render_pdf(resume, template="sidebar")
    report = check_pdf(result.pdf, resume)
    assert report.passed, [f.message for f in report.findings]
    layout = pdf_text(result.pdf, "-layout", raw=False)
    skills = next(line for line in layout.splitlines() if "Coding & classification" in line)
    assert skills.strip().startswith("Coding & classification")


def test_pdf_a_option_writes_an_archival_pdf(tmp_path: Path) -> None:
    result = render_pdf(sample_resume(), pdf_a=True)
    catalog = PdfReader(io.BytesIO(result.pdf)).trailer["/Root"]
    xmp = catalog["/Metadata"].get_object().get_data().decode("utf-8")
    assert 'pdfaid:part="3"' in xmp
    assert 'pdfaid:conformance="B"' in xmp
    assert "/OutputIntents" in catalog
    assert "/StructTreeRoot" in catalog  # still tagged
    path = tmp_path / "archive.pdf"
    path.write_bytes(result.pdf)
    assert subprocess.run(["qpdf", "--check", str(path)], capture_output=True).returncode == 0
    assert check_pdf(result.pdf, sample_resume()).passed


def test_untagged_output_is_still_possible() -> None:
    result = render_pdf(sparse_resume(), tagged=False)
    catalog = PdfReader(io.BytesIO(result.pdf)).trailer["/Root"]
    assert "/StructTreeRoot" not in catalog


PHOTO = (
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk"
    "YPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)


@pytest.mark.parametrize("theme_id", THEMES)
def test_photo_keeps_the_reading_order(theme_id: str) -> None:
    resume = sample_resume()
    resume.basics.image = PHOTO
    result = render_pdf(resume, template=theme_id)
    assert result.warnings == []
    assert list(PdfReader(io.BytesIO(result.pdf)).pages[0].images)
    report = check_pdf(result.pdf, resume)
    assert report.passed, [f.message for f in report.findings]
