"""Resume -> PDF with real WeasyPrint, checked by reading the PDF back (never byte-compared).

Text is read with ``pdftotext -raw``: the order text is *drawn* in, which is what simple applicant
tracking systems read. Every test that is about templates runs over every discovered template.
"""

from __future__ import annotations

import http.server
import io
import logging
import os
import re
import shutil
import subprocess
import threading
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from pdf_reading import assert_in_order, flat, pdf_text
from pypdf import PdfReader

from resume_builder.errors import ExportError, ResumeFileError, TemplateError
from resume_builder.models import SECTION_TITLES, Resume
from resume_builder.output.exporting import ExportResult, export_pdf, render_pdf
from resume_builder.output.outline import format_date, format_date_range
from resume_builder.output.pdf import FetchRefusedError, html_to_pdf, make_fetcher
from resume_builder.output.rendering import build_html
from resume_builder.output.themes import discover_themes
from resume_builder.paths import templates_dir
from resume_builder.sample import sample_resume

THEMES = list(discover_themes())
NEEDS_POPPLER = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils (pdftotext, pdffonts) is not installed",
)
pytestmark = NEEDS_POPPLER

LETTER = (612.0, 792.0)
A4 = (595.28, 841.89)


# --- helpers -------------------------------------------------------------------------------


def pdf_fonts(pdf: bytes, tmp_path: Path) -> list[tuple[str, bool]]:
    """(font name, embedded?) for every font in the PDF, from ``pdffonts``."""
    path = tmp_path / "fonts.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = []
    for line in out.stdout.splitlines()[2:]:
        columns = line.split()
        # name, type words..., encoding, emb, sub, uni, object, generation
        rows.append((columns[0], columns[-5] == "yes"))
    return rows


@cache
def _sample_pdf(theme_id: str, paper: str = "letter") -> ExportResult:
    return render_pdf(sample_resume(), template=theme_id, paper=paper)


def _expected_sequence(resume: Resume) -> list[str]:
    """What must be read, in order: name, contacts, then each section's key text."""
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


class _RecordingHandler(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        type(self).hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/css")
        self.end_headers()
        self.wfile.write(b"body { color: red }")

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture
def web_server() -> Iterator[tuple[str, list[str]]]:
    """A real local web server that records every request; nothing should ever reach it."""
    handler = type("Handler", (_RecordingHandler,), {"hits": []})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", handler.hits
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def tmp_templates(tmp_path: Path) -> Path:
    root = tmp_path / "templates"
    root.mkdir()
    for shared in ("_shared", "_fonts", "classic"):
        shutil.copytree(templates_dir() / shared, root / shared)
    return root


# --- the sample through every template ------------------------------------------------------


@pytest.mark.parametrize("theme_id", THEMES)
def test_sample_text_reads_back_in_order(theme_id: str) -> None:
    result = _sample_pdf(theme_id)
    assert result.pdf.startswith(b"%PDF-")
    assert result.warnings == []
    assert_in_order(pdf_text(result.pdf), _expected_sequence(sample_resume()))


@pytest.mark.parametrize("theme_id", THEMES)
def test_sample_dates_and_details_read_back(theme_id: str) -> None:
    resume = sample_resume()
    text = flat(pdf_text(_sample_pdf(theme_id).pdf))
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
def test_bullets_stay_with_their_job_in_drawing_order(theme_id: str) -> None:
    """An ATS reading the drawing order must find each job's bullets right after its title."""
    resume = sample_resume()
    text = flat(pdf_text(_sample_pdf(theme_id).pdf))
    start = text.index(SECTION_TITLES["work"].upper())
    for job, next_job in zip(resume.work, [*resume.work[1:], None], strict=True):
        start = text.index(job.position, start)
        end = text.index(next_job.position, start) if next_job else len(text)
        for bullet in job.highlights:
            assert start < text.index(flat(bullet)) < end, bullet


@pytest.mark.parametrize("theme_id", THEMES)
def test_page_count_matches_pdf(theme_id: str) -> None:
    result = _sample_pdf(theme_id)
    assert result.page_count == len(PdfReader(io.BytesIO(result.pdf)).pages)
    assert 1 <= result.page_count <= 3


@pytest.mark.parametrize("theme_id", THEMES)
@pytest.mark.parametrize(("paper", "size"), [("letter", LETTER), ("a4", A4)])
def test_paper_size(theme_id: str, paper: str, size: tuple[float, float]) -> None:
    reader = PdfReader(io.BytesIO(_sample_pdf(theme_id, paper).pdf))
    for page in reader.pages:
        box = page.mediabox
        assert (float(box.width), float(box.height)) == pytest.approx(size, abs=0.5)


def test_paper_from_settings_and_letter_by_default() -> None:
    resume = sample_resume()
    reader = PdfReader(io.BytesIO(render_pdf(resume).pdf))
    assert float(reader.pages[0].mediabox.width) == pytest.approx(LETTER[0], abs=0.5)
    resume.settings.paper = "a4"
    reader = PdfReader(io.BytesIO(render_pdf(resume).pdf))
    assert float(reader.pages[0].mediabox.width) == pytest.approx(A4[0], abs=0.5)


@pytest.mark.parametrize("theme_id", THEMES)
def test_metadata(theme_id: str) -> None:
    meta = PdfReader(io.BytesIO(_sample_pdf(theme_id).pdf)).metadata
    assert meta is not None
    assert meta.title == "Maria Lopez, RHIT, CCA \u2014 Resume"
    assert meta.author == "Maria Lopez, RHIT, CCA"
    assert meta.subject == sample_resume().basics.label
    keywords = [k.strip() for k in (meta.get("/Keywords") or "").split(",")]
    assert {"ICD-10-CM", "CPT", "HCPCS Level II", "Release of information"} <= set(keywords)


@pytest.mark.parametrize("theme_id", THEMES)
def test_later_pages_show_name_and_page_numbers(theme_id: str) -> None:
    resume = sample_resume()
    resume.work = resume.work * 2  # two pages in every template, compact included
    result = render_pdf(resume, template=theme_id)
    assert result.page_count >= 2
    reader = PdfReader(io.BytesIO(result.pdf))
    pages = [flat(pdf_text(result.pdf, "-f", str(n), "-l", str(n))) for n in (1, 2)]
    total = len(reader.pages)
    assert f"Page 1 of {total}" not in pages[0]
    # The running header is drawn, and read, first on the page.
    assert pages[1].startswith(f"| Maria Lopez | Page 2 of {total}")


@pytest.mark.parametrize("theme_id", THEMES)
def test_fonts_are_embedded(theme_id: str, tmp_path: Path) -> None:
    fonts = pdf_fonts(_sample_pdf(theme_id).pdf, tmp_path)
    assert fonts
    assert all(embedded for _, embedded in fonts), fonts


def test_classic_uses_only_the_bundled_fonts(tmp_path: Path) -> None:
    names = [name.split("+", 1)[-1] for name, _ in pdf_fonts(_sample_pdf("classic").pdf, tmp_path)]
    assert any(n.startswith("Lato") for n in names)
    assert any(n.startswith("Caladea") for n in names)
    assert all(n.startswith(("Lato", "Caladea")) for n in names), names


def test_fonts_come_from_the_templates_folder() -> None:
    rendered = build_html(sample_resume(), "classic")
    output = html_to_pdf(rendered.html, rendered.theme.directory)
    assert "_fonts/Lato-Regular.ttf" in output.served
    assert "_fonts/Caladea-Bold.ttf" in output.served
    assert output.refused == []


@pytest.mark.parametrize("theme_id", THEMES)
def test_hidden_sections_and_order_in_the_pdf(theme_id: str) -> None:
    resume = sample_resume()
    resume.settings.section_order = ["certificates", "skills", "work"]
    resume.settings.hidden_sections = ["summary", "publications"]
    text = flat(pdf_text(render_pdf(resume, template=theme_id).pdf)).lower()
    assert_in_order(text, ["Certifications", "Skills", "Experience", "Education", "Volunteer"])
    assert "7 years in hospital" not in text
    assert resume.publications[0].name.lower() not in text


# --- what users type comes out literally ----------------------------------------------------


HOSTILE_LINES = [
    "<script>alert('x')</script>",
    "{{ 7*7 }} and {% if true %}yes{% endif %}",
    '</div></body> & &amp; "quotes"',
    "Zoë Ñandú, José Müller-Łukasz, café",
    "Arabic: مرحبا بالعالم",
    "Hebrew: שלום עולם",
    "Emoji: \U0001f600 \u2705",
]


@pytest.mark.parametrize("theme_id", THEMES)
def test_hostile_and_international_text_comes_out_literally(
    theme_id: str, caplog: pytest.LogCaptureFixture
) -> None:
    resume = Resume.from_json_dict(
        {
            "basics": {"name": "<b>Ada</b> {{ 7*7 }}", "summary": "Summary: " + HOSTILE_LINES[1]},
            "work": [{"name": "Clinic </div>", "position": "Tech", "highlights": HOSTILE_LINES}],
            "skills": [{"name": "{{ 7*7 }}", "category": "<i>cat</i>"}],
        }
    )
    with caplog.at_level(logging.WARNING, logger="weasyprint"):
        result = render_pdf(resume, template=theme_id)
    # pdftotext's default mode puts right-to-left runs back in reading order, as ATS parsers do.
    text = flat(pdf_text(result.pdf, "-nopgbrk", raw=False))
    for expected in ["<b>Ada</b> {{ 7*7 }}", "Clinic </div>", "<i>cat</i>", *HOSTILE_LINES]:
        assert flat(expected) in text, expected
    assert "49" not in text
    # Every letter has a glyph (accents from the bundled fonts; Arabic and Hebrew from the
    # system fallback, DejaVu Sans). Emoji coverage depends on the system's fonts.
    missing = [r.getMessage() for r in caplog.records if ".notdef" in r.getMessage()]
    assert not [m for m in missing if not re.search("[\U0001f000-\U0001faff\u2600-\u27bf]", m)]


# --- the fetcher: only the app's own files -------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9/evil.css",
        "https://example.com/font.ttf",
        "ftp://example.com/x.png",
        "file:///etc/passwd",
        "file://otherhost/templates/classic/style.css",
        "gopher://example.com/",
    ],
)
def test_fetcher_refuses_anything_but_template_files(url: str) -> None:
    fetcher = make_fetcher()
    with pytest.raises(FetchRefusedError):
        fetcher.fetch(url)
    assert fetcher.refused == [url]


def test_fetcher_refuses_escapes_from_the_templates_folder(tmp_path: Path) -> None:
    root = tmp_path / "root"
    root.mkdir()
    (root / "ok.css").write_text("p {}")
    (tmp_path / "secret.txt").write_text("secret")
    (root / "link.css").symlink_to(tmp_path / "secret.txt")
    fetcher = make_fetcher(root)
    for url in [
        (root / ".." / "secret.txt").as_uri(),
        root.as_uri() + "/../secret.txt",
        root.as_uri() + "/%2e%2e/secret.txt",
        (root / "link.css").as_uri(),
    ]:
        with pytest.raises(FetchRefusedError):
            fetcher.fetch(url)
    response = fetcher.fetch((root / "ok.css").as_uri())
    assert response.read() == b"p {}"
    assert response.content_type == "text/css"


def test_fetcher_serves_fonts_and_data_uris() -> None:
    fetcher = make_fetcher()
    font = templates_dir() / "_fonts" / "Lato-Regular.ttf"
    response = fetcher.fetch(font.as_uri())
    assert response.read() == font.read_bytes()
    assert response.content_type == "font/ttf"
    data = fetcher.fetch("data:text/plain;base64,aGVsbG8=")
    assert data.read() == b"hello"
    assert fetcher.refused == []


def test_fetcher_records_missing_own_files() -> None:
    fetcher = make_fetcher()
    with pytest.raises(FileNotFoundError):
        fetcher.fetch((templates_dir() / "classic" / "nope.css").as_uri())
    assert fetcher.missing == [str(Path("classic") / "nope.css")]


def test_html_asking_for_outside_resources_still_renders(
    web_server: tuple[str, list[str]],
) -> None:
    base, hits = web_server
    html = f"""<!DOCTYPE html><html><head>
    <link rel="stylesheet" href="file:///etc/passwd">
    <link rel="stylesheet" href="{base}/linked.css">
    <style>
      @import url("{base}/imported.css");
      @font-face {{ font-family: Remote; src: url("{base}/font.ttf"); }}
      body {{ background: url("file:///etc/hostname"); font-family: Remote, sans-serif; }}
    </style></head><body>
    <p>Still here</p>
    <img src="{base}/photo.png" alt="">
    <img src="../../pyproject.toml" alt="">
    </body></html>"""
    output = html_to_pdf(html, templates_dir() / "classic")
    assert "Still here" in pdf_text(output.pdf)
    assert hits == []
    refused = " ".join(output.refused)
    for part in ["/etc/passwd", "linked.css", "imported.css", "font.ttf", "/etc/hostname"]:
        assert part in refused, part
    assert "photo.png" in refused
    assert "pyproject.toml" in refused


def test_template_asking_for_the_network_is_refused(
    tmp_templates: Path, web_server: tuple[str, list[str]]
) -> None:
    base, hits = web_server
    style = tmp_templates / "classic" / "style.css"
    style.write_text(f'@import url("{base}/theme.css");\n' + style.read_text())
    rendered = build_html(sample_resume(), "classic", directory=tmp_templates)
    output = html_to_pdf(rendered.html, rendered.theme.directory, root=tmp_templates)
    assert hits == []
    assert output.refused == [f"{base}/theme.css"]
    assert output.page_count >= 1


def test_template_missing_its_own_font_is_a_template_error(tmp_templates: Path) -> None:
    (tmp_templates / "_fonts" / "Lato-Bold.ttf").unlink()
    rendered = build_html(sample_resume(), "classic", directory=tmp_templates)
    with pytest.raises(TemplateError, match="Lato-Bold.ttf"):
        html_to_pdf(rendered.html, rendered.theme.directory, root=tmp_templates)


def test_template_missing_its_stylesheet_is_a_template_error(tmp_templates: Path) -> None:
    rendered = build_html(sample_resume(), "classic", directory=tmp_templates)
    (tmp_templates / "_shared" / "base.css").unlink()
    with pytest.raises(TemplateError, match="base.css"):
        html_to_pdf(rendered.html, rendered.theme.directory, root=tmp_templates)


def test_remote_photo_is_not_fetched_and_export_succeeds(
    web_server: tuple[str, list[str]],
) -> None:
    base, hits = web_server
    resume = sample_resume()
    resume.basics.image = f"{base}/me.jpg"
    result = render_pdf(resume)
    assert hits == []
    assert result.page_count >= 1
    assert len(result.warnings) == 1
    assert f"{base}/me.jpg" in result.warnings[0]
    assert "not included" in result.warnings[0]


def test_embedded_photo_is_drawn() -> None:
    png = (
        "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk"
        "YPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
    )
    resume = sample_resume()
    resume.basics.image = png
    result = render_pdf(resume)
    assert result.warnings == []
    reader = PdfReader(io.BytesIO(result.pdf))
    assert list(reader.pages[0].images)


def test_links_are_clickable_but_never_fetched(web_server: tuple[str, list[str]]) -> None:
    base, hits = web_server
    resume = sample_resume()
    resume.basics.url = f"{base}/portfolio"
    result = render_pdf(resume)
    assert hits == []
    annotations = PdfReader(io.BytesIO(result.pdf)).pages[0].get("/Annots") or []
    uris = [a.get_object()["/A"].get("/URI") for a in annotations]
    assert f"{base}/portfolio" in uris
    assert "mailto:maria.lopez@example.com" in uris


# --- writing the file ----------------------------------------------------------------------


def test_export_pdf_writes_the_file(tmp_path: Path) -> None:
    target = tmp_path / "resume.pdf"
    target.write_bytes(b"old")
    result = export_pdf(sample_resume(), target)
    assert target.read_bytes() == result.pdf
    assert result.pdf.startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == ["resume.pdf"]


def test_export_pdf_to_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        export_pdf(sample_resume(), tmp_path / "nowhere" / "resume.pdf")


def test_export_pdf_onto_a_folder(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="is a folder"):
        export_pdf(sample_resume(), tmp_path)


def test_export_pdf_permission_refused(tmp_path: Path, monkeypatch) -> None:
    """The OS refusing the write (as for a read-only folder) is said in plain words."""
    import tempfile

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(ResumeFileError, match="permission was refused"):
        export_pdf(sample_resume(), tmp_path / "resume.pdf")
    assert not (tmp_path / "resume.pdf").exists()


def test_export_pdf_write_failure_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "resume.pdf"
    target.write_bytes(b"old")

    def full_disk(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(ResumeFileError, match="disk is full"):
        export_pdf(sample_resume(), target)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["resume.pdf"]


def test_unknown_template_is_a_plain_error() -> None:
    with pytest.raises(TemplateError, match="Known templates"):
        render_pdf(sample_resume(), template="nope")


@pytest.mark.parametrize("theme_id", THEMES)
def test_templates_render_without_weasyprint_warnings(
    theme_id: str, caplog: pytest.LogCaptureFixture
) -> None:
    """Unsupported CSS, a bad selector or a missing glyph shows up here as a WeasyPrint warning."""
    with caplog.at_level(logging.WARNING, logger="weasyprint"):
        render_pdf(sample_resume(), template=theme_id, paper="a4")
    assert [r.getMessage() for r in caplog.records if r.name.startswith("weasyprint")] == []


def _long_resume() -> Resume:
    """The sample with four times the jobs, so that entries and sections must break across pages."""
    resume = sample_resume()
    jobs = []
    for round_ in range(1, 5):
        for job in sample_resume().work:
            job.position = f"{job.position} {round_}"
            jobs.append(job)
    resume.work = jobs
    return resume


@pytest.mark.parametrize("theme_id", THEMES)
@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_headings_and_entry_titles_never_end_a_page(theme_id: str, paper: str) -> None:
    resume = _long_resume()
    result = render_pdf(resume, template=theme_id, paper=paper)
    assert result.page_count >= 3
    starts = {SECTION_TITLES[s].lower() for s in SECTION_TITLES}
    starts |= {job.position.lower() for job in resume.work} | {
        job.name.lower() for job in resume.work
    }
    starts |= {p.name.lower() for p in resume.projects} | {
        v.position.lower() for v in resume.volunteer
    }
    for number in range(1, result.page_count):
        page = pdf_text(result.pdf, "-f", str(number), "-l", str(number))
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        body = [line for line in lines if not re.search(r"Page \d+ of \d+", line)]
        last = body[-1].lower()
        assert not any(last.startswith(start) for start in starts), (
            f"page {number} ends with a heading: {body[-1]!r}"
        )
        assert last != "\u2022"


@pytest.mark.parametrize("theme_id", THEMES)
def test_sample_passes_the_apps_own_ats_check(theme_id: str) -> None:
    """What the app's ATS check reads (pypdf text, in file order) matches the resume."""
    from resume_builder.output import checking

    report = checking.check_pdf(_sample_pdf(theme_id).pdf, sample_resume())
    assert report.passed, [f.message for f in report.findings]


def test_no_temporary_files_are_left_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    render_pdf(sample_resume())
    assert list(tmp_path.iterdir()) == []


def test_font_size_option_changes_the_layout() -> None:
    small, large = sample_resume(), sample_resume()
    small.settings.template_options = {"font_size": 9}
    large.settings.template_options = {"font_size": 12}
    assert render_pdf(small).page_count < render_pdf(large).page_count
