"""The ATS check reads every field right on every template, and fails on each known defect.

Three resumes written for this (the app's sample, a long two-page one, and a JSON Resume file
of an unusual shape: a long hyphenated name, several profiles, "Present", no location) are
rendered with every template and read back field by field. Then a small hand-written page that
passes is broken one way at a time, each the way a template once was, and the check must fail.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from rendered import RESUMES, RenderedPdfs

from resume_builder.models import Resume
from resume_builder.output.ats_reading import read_pdf
from resume_builder.output.checking import check_pdf, has_phrase
from resume_builder.output.pdf import html_to_pdf
from resume_builder.output.themes import discover_themes
from resume_builder.storage import load_resume

DATA = Path(__file__).parent / "data" / "ats"
BROKEN = DATA / "broken"
THEMES = list(discover_themes())
KINDS = ["sample", "long", "unusual"]
"""The app's sample and two resumes written for this check (tests/data/ats)."""


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("theme_id", THEMES)
def test_every_field_reads_right(theme_id: str, kind: str, rendered_pdf: RenderedPdfs) -> None:
    resume = RESUMES[kind]()
    report = check_pdf(rendered_pdf(theme_id, kind).pdf, resume)
    wrong = [(f.field, f.expected, f.read) for f in report.fields if not f.ok]
    assert wrong == []
    assert report.findings == ()
    assert report.passed
    names = {f.field for f in report.fields}
    assert {"name", "email", "phone", "skill", "Experience 1 title", "Education 1 title"} <= names
    jobs = {f.field for f in report.fields if f.field.endswith(" dates")}
    assert len(jobs) >= len(resume.work) + len(resume.education)


def test_the_test_resumes_have_the_shapes_they_promise(rendered_pdf: RenderedPdfs) -> None:
    unusual = RESUMES["unusual"]()
    assert rendered_pdf("classic", "long").page_count == 2
    assert unusual.basics.location is None
    assert len(unusual.basics.profiles) >= 3
    assert unusual.work[0].end_date is None  # "Present" in the file
    assert "-" in unusual.basics.name and len(unusual.basics.credentials) == 3


@pytest.mark.parametrize("theme_id", THEMES)
def test_a4_keeps_names_degrees_and_skills_whole(theme_id: str, rendered_pdf: RenderedPdfs) -> None:
    report = check_pdf(rendered_pdf(theme_id, "unusual", "a4").pdf, RESUMES["unusual"]())
    assert report.passed, [(f.field, f.read) for f in report.fields if not f.ok] + list(
        report.findings
    )


def test_running_header_reads_first_on_later_pages(rendered_pdf: RenderedPdfs) -> None:
    reading = read_pdf(rendered_pdf("classic", "long").pdf)
    assert reading.page_starts, "the long resume has a second page"
    for page, first in reading.page_starts:
        assert first in reading.running_headers
        assert f"Page {page} of" in first and "Deshawn Whitfield" in first


def test_contacts_and_credentials_are_separate_items(rendered_pdf: RenderedPdfs) -> None:
    header = read_pdf(rendered_pdf("executive").pdf).sections[0].lines
    assert header[0].items[0].text == "Maria Lopez"
    assert [i.text for i in header[0].items[1:]] == ["RHIT, CCA"]
    contacts = header[2].text
    assert "maria.lopez@example.com | (555) 010-4827 | Springfield, IL" in contacts


# --- each defect, on its own, fails the check -----------------------------------------------------

DEFECTS: dict[str, tuple[str, str, str]] = {
    # name: (text in good.html, what replaces it, the finding it must cause)
    "dot separators": (
        '<span class="sep"> | </span>',
        '<span class="sep" style="color: #888"> &#183; </span>',
        "glued-separator",
    ),
    "letter-spaced headings": ("h2 {", "h2 { letter-spacing: 0.15em;", "spaced-letters"),
    "bold bullet markers": (
        ".entry { margin-bottom: 1em; }",
        ".entry { margin-bottom: 0.2em; } li::before { font-weight: bold; }",
        "entries",
    ),
    "entries too close": (
        ".entry { margin-bottom: 1em; }",
        "h3 { font-weight: normal; }",
        "entries",
    ),
    "wrapped name": ("<h1>", '<h1 style="width: 1.1in">', "wrapped-name"),
    "comma after the name": (
        '<h1><span>Ana Ruiz</span> <span class="cred">RHIT</span></h1>',
        "<h1>Ana Ruiz, RHIT</h1>",
        "name",
    ),
    "skill broken at its hyphen": (
        ".skills { width: 6.5in; }",
        ".skills { width: 0.5in; }",
        "split-keyword",
    ),
    "word broken at its hyphen": ("ICD-10-CM and", "ICD-10-<br>CM and", "word-break"),
    "heading first on a page": (
        '<section class="education">',
        '<section class="education" style="break-before: page">',
        "page-join",
    ),
}


def _broken_pdf(old: str, new: str) -> bytes:
    html = (BROKEN / "good.html").read_text(encoding="utf-8")
    assert old in html
    return html_to_pdf(html.replace(old, new), BROKEN, root=BROKEN).pdf


def _broken_resume() -> Resume:
    return load_resume(BROKEN / "resume.json")


def test_the_unbroken_page_passes() -> None:
    report = check_pdf(_broken_pdf("<h1>", "<h1>"), _broken_resume())
    assert report.passed, report.findings


@pytest.mark.parametrize("defect", list(DEFECTS))
def test_each_defect_fails_the_check(defect: str) -> None:
    old, new, rule = DEFECTS[defect]
    report = check_pdf(_broken_pdf(old, new), _broken_resume())
    assert not report.passed
    assert rule in {f.rule for f in report.findings}, report.findings
    assert report.right < report.checked or report.findings


def test_phrases_must_stand_alone() -> None:
    assert has_phrase("Springfield, IL | https://x.example", "Springfield, IL")
    assert not has_phrase("Springfield, IL·https://x.example", "Springfield, IL")
    assert not has_phrase("Healthcare StatisticsCERTIFICATIONS", "Healthcare Statistics")
    assert has_phrase("Jun 2021 – Present", "Jun 2021 - Present")


def test_cli_check_json_gives_each_field(tmp_path: Path, rendered_pdf: RenderedPdfs) -> None:
    pdf = tmp_path / "resume.pdf"
    pdf.write_bytes(rendered_pdf("modern", "unusual").pdf)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "resume_builder.cli",
            "check",
            str(pdf),
            "--against",
            str(DATA / "unusual.json"),
            "--json",
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    data = json.loads(result.stdout)
    assert data["passed"] and data["right"] == data["checked"] > 40
    by_field = {f["field"]: f for f in data["fields"]}
    assert by_field["name"]["read"] == "Marisol Okafor-Lindqvist"
    assert by_field["email"]["read"] == "m.okafor-lindqvist@example.org"


def test_cli_check_fails_on_a_broken_pdf(tmp_path: Path) -> None:
    pdf = tmp_path / "broken.pdf"
    pdf.write_bytes(_broken_pdf(*DEFECTS["dot separators"][:2]))
    (tmp_path / "resume.json").write_text((BROKEN / "resume.json").read_text())
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "resume_builder.cli",
            "check",
            str(pdf),
            "--against",
            str(tmp_path / "resume.json"),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "email: reads as 'ana.ruiz@example.com·(555)'" in result.stdout


def test_hyphenated_words_are_kept_whole_without_a_span_at_a_space() -> None:
    from resume_builder.output.rendering import keep_words

    assert str(keep_words("in ICD-10-CM/PCS, CPT")) == (
        'in IC<span class="nowrap">D-10-CM/P</span>CS, CPT'
    )
    # A span edge at a space would lose the space in parsers: it is moved into the words.
    assert str(keep_words("raising E/M documentation")) == (
        'raisin<span class="nowrap">g E/M d</span>ocumentation'
    )
    assert str(keep_words("<b>a-b</b>")) == '&lt;b&gt;<span class="nowrap">a-b</span>&lt;/b&gt;'


def test_the_check_speaks_the_readers_language(rendered_pdf: RenderedPdfs) -> None:
    """An English resume checked for a Spanish-speaking user: same results, Spanish words."""
    pdf, resume = rendered_pdf("classic", "sample").pdf, RESUMES["sample"]()
    english, spanish = check_pdf(pdf, resume), check_pdf(pdf, resume, lang="es")
    assert [f.ok for f in spanish.fields] == [f.ok for f in english.fields]
    assert english.summary().startswith("An applicant tracking system reads all")
    assert spanish.summary().startswith("Un sistema de seguimiento de candidatos lee bien")
    names = [f.field for f in spanish.fields]
    assert "nombre" in names and "sección: Experience" in names
    assert "Experience 1: viñeta 1" in names
    other = resume.model_copy(deep=True)
    other.basics.name = "Ana Ruiz"  # not the name on the page: a finding, in Spanish
    wrong = check_pdf(pdf, other, lang="es")
    assert "hay 1 problema que corregir" in wrong.summary()
    assert [f.message for f in wrong.findings] == ["Un lector lee el nombre como «Maria Lopez», no «Ana Ruiz»."]
