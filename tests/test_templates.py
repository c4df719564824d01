"""Every template style, read back from real PDFs: order, bounds, fonts, structure, pagination.

Each (template, resume, paper) is rendered once for the whole session (the ``rendered_pdf``
fixture), and every test is parametrised over the templates found on disk, so a new template
folder is checked without writing a test. Three resumes (tests/rendered.py): the full sample, a
LARGE one (5 jobs x 8 bullets, 30 skills) and a SPARSE one (a name and one job).
"""

from __future__ import annotations

import re

import pytest
from pdf_reading import (
    assert_in_order,
    catalog,
    flat,
    needs_poppler,
    page_characters,
    page_count,
    page_sizes,
    page_text,
    pdf_fonts,
    pdf_text,
    qpdf_problems,
    reader,
    xmp,
)
from rendered import RESUMES, RenderedPdfs, large_resume, sparse_resume

from resume_builder.models import SECTION_TITLES, Resume
from resume_builder.output.checking import check_pdf
from resume_builder.output.exporting import render_pdf
from resume_builder.output.outline import format_date, format_date_range
from resume_builder.output.papers import DEFAULT_PAPER, PAPERS
from resume_builder.output.rendering import render_html
from resume_builder.output.themes import DEFAULT_THEME, discover_themes
from resume_builder.sample import sample_resume

THEMES = list(discover_themes())
KINDS = ["sample", "large", "sparse"]
pytestmark = needs_poppler
EDGE_PT = 14.0
"""Text must keep at least this far (about 0.2 in) from every edge of the paper."""


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


def written_order(resume: Resume) -> list[str]:
    """The sample's reading order written out by hand, independent of the outline code."""
    basics = resume.basics
    needles = [
        "Maria Lopez",
        "RHIT, CCA",
        basics.label,
        basics.email,
        basics.phone,
        "Springfield, IL",
    ]
    needles.append(SECTION_TITLES["summary"])
    needles.append(basics.summary)
    needles.append(SECTION_TITLES["work"])
    for job in resume.work:
        needles += [job.position, job.name, *job.highlights]
    needles.append(SECTION_TITLES["education"])
    for school in resume.education:
        needles += [school.study_type, school.area, school.institution]
    needles.append(SECTION_TITLES["certificates"])
    for cert in resume.certificates:
        needles.append(cert.name)
    needles.append(SECTION_TITLES["skills"])
    needles += [skill.name for skill in resume.skills]
    needles.append(SECTION_TITLES["volunteer"])
    needles += [resume.volunteer[0].position, *resume.volunteer[0].highlights]
    needles.append(SECTION_TITLES["projects"])
    for project in resume.projects:
        needles += [project.name, *project.highlights]
    needles.append(SECTION_TITLES["awards"])
    needles += [award.title for award in resume.awards]
    needles.append(SECTION_TITLES["publications"])
    needles += [pub.name for pub in resume.publications]
    needles.append(SECTION_TITLES["languages"])
    needles += [lang.language for lang in resume.languages]
    needles.append(SECTION_TITLES["interests"])
    needles += [interest.name for interest in resume.interests]
    needles.append(SECTION_TITLES["references"])
    needles += [ref.reference for ref in resume.references]
    return [n for n in needles if n]


# --- every template, every resume -------------------------------------------------------------


CASES = [(theme_id, kind) for theme_id in THEMES for kind in KINDS]


def test_at_least_six_distinct_templates() -> None:
    assert len(THEMES) >= 6
    assert THEMES[0] == DEFAULT_THEME
    names = [theme.name for theme in discover_themes().values()]
    assert len(set(names)) == len(names)


@pytest.mark.parametrize(("theme_id", "kind"), CASES)
def test_ats_check_passes(theme_id: str, kind: str, rendered_pdf: RenderedPdfs) -> None:
    result = rendered_pdf(theme_id, kind)
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
    theme_id: str, kind: str, rendered_pdf: RenderedPdfs
) -> None:
    """pdftotext -raw (drawing order) and pypdf (file order) both read the resume in order."""
    resume = RESUMES[kind]()
    pdf = rendered_pdf(theme_id, kind).pdf
    needles = expected_order(resume)
    assert_in_order(pdf_text(pdf), needles)
    if kind == "sample":
        assert_in_order(pdf_text(pdf), written_order(resume))
    from resume_builder.output.checking import extract_text

    assert_in_order(extract_text(pdf), needles)
    text = flat(pdf_text(pdf))
    assert text.startswith(flat(needles[0])), text[:80]


@pytest.mark.parametrize(("theme_id", "kind"), CASES)
def test_contacts_read_before_the_first_heading(
    theme_id: str, kind: str, rendered_pdf: RenderedPdfs
) -> None:
    from resume_builder.output.outline import build_outline

    outline = build_outline(RESUMES[kind]())
    text = flat(pdf_text(rendered_pdf(theme_id, kind).pdf)).lower()
    first_heading = text.find(outline.sections[0].title.lower())
    assert first_heading > 0
    for contact in outline.contacts:
        assert 0 <= text.find(contact.text.lower()) < first_heading, contact


@pytest.mark.parametrize("theme_id", THEMES)
def test_sample_dates_and_details_read_back(theme_id: str, rendered_pdf: RenderedPdfs) -> None:
    resume = sample_resume()
    text = flat(pdf_text(rendered_pdf(theme_id).pdf))
    for job in resume.work:
        assert format_date_range(job.start_date, job.end_date) in text
    assert "Jun 2021 \u2013 Present" in text
    for cert in resume.certificates:
        if cert.number:
            assert f"No. {cert.number}" in text
        assert f"{format_date(cert.date)}, expires {format_date(cert.expiry_date)}" in text
    assert "AHIMA" in text
    assert "Coding & classification" in text


@pytest.mark.parametrize("theme_id", THEMES)
def test_bullets_stay_with_their_job_in_drawing_order(
    theme_id: str, rendered_pdf: RenderedPdfs
) -> None:
    """An ATS reading the drawing order must find each job's bullets right after its title."""
    resume = sample_resume()
    text = flat(pdf_text(rendered_pdf(theme_id).pdf))
    start = text.index(SECTION_TITLES["work"].upper())
    for job, next_job in zip(resume.work, [*resume.work[1:], None], strict=True):
        start = text.index(job.position, start)
        end = text.index(next_job.position, start) if next_job else len(text)
        for bullet in job.highlights:
            assert start < text.index(flat(bullet)) < end, bullet


@pytest.mark.parametrize(("theme_id", "kind"), CASES)
def test_no_text_outside_the_page(theme_id: str, kind: str, rendered_pdf: RenderedPdfs) -> None:
    """Every character sits inside the paper, clear of its edges (nothing clipped)."""
    pages = page_characters(rendered_pdf(theme_id, kind).pdf)
    for number, ((x0, y0, x1, y1), chars) in enumerate(pages, 1):
        outside = [
            (c.get_text(), round(c.x0), round(c.y0))
            for c in chars
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
def test_fonts_embedded_structure_valid_and_pages_counted(
    theme_id: str, kind: str, rendered_pdf: RenderedPdfs
) -> None:
    result = rendered_pdf(theme_id, kind)
    fonts = pdf_fonts(result.pdf)
    assert fonts
    assert all(embedded for _, embedded in fonts), fonts
    assert qpdf_problems(result.pdf) == ""
    assert result.page_count == page_count(result.pdf) >= 1
    if kind == "sample":
        assert result.page_count <= 3


def test_classic_uses_only_the_bundled_fonts(rendered_pdf: RenderedPdfs) -> None:
    names = [name.split("+", 1)[-1] for name, _ in pdf_fonts(rendered_pdf("classic").pdf)]
    assert any(n.startswith("Lato") for n in names)
    assert any(n.startswith("Caladea") for n in names)
    assert all(n.startswith(("Lato", "Caladea")) for n in names), names


RENDERS = [(t, kind, "letter") for t, kind in CASES] + [(t, "sample", "a4") for t in THEMES]


@pytest.mark.parametrize(("theme_id", "kind", "paper"), RENDERS)
def test_templates_render_without_weasyprint_warnings(
    theme_id: str, kind: str, paper: str, rendered_pdf: RenderedPdfs
) -> None:
    """Unsupported CSS, a bad selector or a missing glyph shows up here as a WeasyPrint warning."""
    assert rendered_pdf.weasyprint_warnings(theme_id, kind, paper) == []


# --- paper and metadata -----------------------------------------------------------------------


@pytest.mark.parametrize("theme_id", THEMES)
@pytest.mark.parametrize("paper", list(PAPERS))
def test_paper_sizes(theme_id: str, paper: str, rendered_pdf: RenderedPdfs) -> None:
    """Every page has the size the one paper table gives (letter is 612 x 792 pt)."""
    result = rendered_pdf(theme_id, "sample", paper)
    size = (PAPERS[paper].width_pt, PAPERS[paper].height_pt)
    for page_size in page_sizes(result.pdf):
        assert page_size == pytest.approx(size, abs=0.5)
    assert check_pdf(result.pdf, sample_resume()).passed


def test_paper_from_settings_and_letter_by_default() -> None:
    resume = sample_resume()
    default = PAPERS[DEFAULT_PAPER].width_pt
    assert page_sizes(render_pdf(resume).pdf)[0][0] == pytest.approx(default, abs=0.5)
    resume.settings.paper = "a4"
    a4 = PAPERS["a4"].width_pt
    assert page_sizes(render_pdf(resume).pdf)[0][0] == pytest.approx(a4, abs=0.5)


@pytest.mark.parametrize("theme_id", THEMES)
def test_tagged_pdf_with_metadata(theme_id: str, rendered_pdf: RenderedPdfs) -> None:
    pdf = rendered_pdf(theme_id).pdf
    root = catalog(pdf)
    assert root["/Lang"] == "en"
    assert root["/MarkInfo"]["/Marked"]
    assert "/StructTreeRoot" in root
    assert "/Metadata" in root
    meta = reader(pdf).metadata
    assert meta is not None
    assert meta.title == "Maria Lopez, RHIT, CCA \u2014 Resume"
    assert meta.author == "Maria Lopez, RHIT, CCA"
    assert meta.subject == sample_resume().basics.label
    keywords = [k.strip() for k in (meta.get("/Keywords") or "").split(",")]
    assert {"ICD-10-CM", "CPT", "HCPCS Level II", "Release of information"} <= set(keywords)


# --- pagination -------------------------------------------------------------------------------


@pytest.mark.parametrize("theme_id", THEMES)
@pytest.mark.parametrize("paper", list(PAPERS))
def test_large_resume_pagination(theme_id: str, paper: str, rendered_pdf: RenderedPdfs) -> None:
    """No page ends on a heading or an entry's title; later pages start with name and number."""
    resume = large_resume()
    result = rendered_pdf(theme_id, "large", paper)
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
        page = page_text(result.pdf, number)
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        body = [line for line in lines if not re.search(r"Page \d+ of \d+", line)]
        if number < total:
            last = body[-1].lower()
            assert not any(last.startswith(start) for start in starts), (
                f"page {number} ends with a heading: {body[-1]!r}"
            )
            assert last != "\u2022"
        if number > 1:
            # The running header is drawn, and read, first on the page.
            assert flat(page).startswith(f"| Maria Lopez | Page {number} of {total}")
        else:
            assert f"Page 1 of {total}" not in flat(page)


# --- order and options ------------------------------------------------------------------------


@pytest.mark.parametrize("theme_id", THEMES)
def test_hidden_sections_and_order_in_the_pdf(theme_id: str) -> None:
    resume = sample_resume()
    resume.settings.section_order = ["certificates", "skills", "work"]
    resume.settings.hidden_sections = ["summary", "publications"]
    text = flat(pdf_text(render_pdf(resume, template=theme_id).pdf)).lower()
    assert_in_order(text, ["Certifications", "Skills", "Experience", "Education", "Volunteer"])
    assert "7 years in hospital" not in text
    assert resume.publications[0].name.lower() not in text


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


def test_pdf_a_option_writes_an_archival_pdf() -> None:
    result = render_pdf(sample_resume(), pdf_a=True)
    root = catalog(result.pdf)
    metadata = xmp(result.pdf)
    assert 'pdfaid:part="3"' in metadata
    assert 'pdfaid:conformance="B"' in metadata
    assert "/OutputIntents" in root
    assert "/StructTreeRoot" in root  # still tagged
    assert qpdf_problems(result.pdf) == ""
    assert check_pdf(result.pdf, sample_resume()).passed


def test_untagged_output_is_still_possible() -> None:
    result = render_pdf(sparse_resume(), tagged=False)
    assert "/StructTreeRoot" not in catalog(result.pdf)


PHOTO = (
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk"
    "YPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)


@pytest.mark.parametrize("theme_id", THEMES)
def test_photo_is_drawn_and_keeps_the_reading_order(theme_id: str) -> None:
    resume = sample_resume()
    resume.basics.image = PHOTO
    result = render_pdf(resume, template=theme_id)
    assert result.warnings == []
    assert list(reader(result.pdf).pages[0].images)
    report = check_pdf(result.pdf, resume)
    assert report.passed, [f.message for f in report.findings]
