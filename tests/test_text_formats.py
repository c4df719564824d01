"""Plain-text and Word exports carry every field of the resume, in the user's section order, and
print the same display data as the templates."""

from __future__ import annotations

import io
import re
from html import unescape

import docx
import pytest

from resume_builder.models import Resume
from resume_builder.output.docx_export import render_docx
from resume_builder.output.outline import build_outline, format_date_range
from resume_builder.output.rendering import render_html
from resume_builder.output.text_export import render_text
from resume_builder.sample import sample_resume

RESUME = Resume.from_json_dict(
    {
        "basics": {
            "name": "Dana Whitfield",
            "credentials": ["RHIT"],
            "label": "Health Information Technician",
            "email": "dana@example.com",
            "phone": "(555) 010-2233",
            "location": {"city": "Dayton", "region": "OH"},
            "summary": "Coder with five years of inpatient experience.",
        },
        "work": [
            {
                "name": "Riverbend Medical Center",
                "position": "HIM Technician",
                "startDate": "2021-06",
                "highlights": ["Coded 40 charts a day in ICD-10-CM", "Cut DNFB by 12%"],
            }
        ],
        "education": [{"institution": "Sinclair College", "studyType": "AAS", "area": "HIT"}],
        "certificates": [
            {"name": "RHIT", "issuer": "AHIMA", "number": "9911", "expiryDate": "2027-06"}
        ],
        "skills": [
            {"name": "ICD-10-CM", "category": "Coding & classification"},
            {"name": "CPT", "category": "Coding & classification"},
            {"name": "Epic"},
        ],
        "languages": [{"language": "Spanish", "fluency": "Conversational"}],
        "meta": {
            "resumeBuilder": {"sectionOrder": ["skills", "work"], "hiddenSections": ["languages"]}
        },
    }
)

EXPECTED_IN_ORDER = [
    "Dana Whitfield, RHIT",
    "dana@example.com",
    "Dayton, OH",
    "Skills",
    "ICD-10-CM, CPT",
    "Epic",
    "Experience",
    "HIM Technician",
    "Riverbend Medical Center",
    "Jun 2021 – Present",
    "Coded 40 charts a day in ICD-10-CM",
    "Cut DNFB by 12%",
    "Summary",
    "Coder with five years",
    "Education",
    "AAS, HIT",
    "Certifications",
    "No. 9911",
]


def assert_in_order(text: str, pieces: list[str]) -> None:
    """Each piece appears after the previous one (headings may be upper-cased)."""
    position = 0
    for piece in pieces:
        found = text.lower().find(piece.lower(), position)
        assert found >= 0, f"{piece!r} missing or out of order"
        position = found + len(piece)


def test_date_ranges() -> None:
    assert format_date_range("2021-06-15", None) == "Jun 2021 – Present"
    assert format_date_range("2019", "2020-02") == "2019 – Feb 2020"
    assert format_date_range(None, None) == ""
    assert format_date_range("2019", None, open_ended=False) == "2019"


def test_outline_honours_order_and_hidden_sections() -> None:
    ids = [s.id for s in build_outline(RESUME).sections]
    assert ids[:2] == ["skills", "work"]
    assert "languages" not in ids


def test_plain_text_has_every_field_in_order() -> None:
    text = render_text(RESUME)
    assert_in_order(text, EXPECTED_IN_ORDER)
    assert "Spanish" not in text  # hidden section


def test_docx_has_real_headings_and_bullets() -> None:
    document = docx.Document(io.BytesIO(render_docx(RESUME)))
    paragraphs = [(p.style.name, p.text) for p in document.paragraphs]
    text = "\n".join(t for _, t in paragraphs)
    assert_in_order(text, EXPECTED_IN_ORDER)
    assert ("Heading 1", "Experience") in paragraphs
    assert ("List Bullet", "Cut DNFB by 12%") in paragraphs
    assert paragraphs[0] == ("Title", "Dana Whitfield, RHIT")
    assert document.core_properties.author == "Dana Whitfield, RHIT"


# --- one projection for every output ---------------------------------------------------------


def _page_text(html: str) -> str:
    """The HTML's visible text with tags dropped (a kept-whole word's span joins its halves)."""
    body = html[html.index("<body") :]
    text = re.sub(r"<[^>]+>", "", body)
    return " ".join(unescape(text).split())


@pytest.mark.parametrize("language", ["en", "es"])
def test_page_text_and_word_print_the_same_display_data(language: str) -> None:
    """Templates, plain text and Word read one projection, so each prints every piece of it."""
    resume = sample_resume()
    resume.settings.language = language
    outline = build_outline(resume)
    page = _page_text(render_html(resume))
    plain = " ".join(render_text(resume).split())
    word = " ".join(
        " ".join(p.text for p in docx.Document(io.BytesIO(render_docx(resume))).paragraphs).split()
    )
    pieces = [outline.person, outline.credentials, outline.label]
    pieces += [c.text for c in outline.contacts]
    for section in outline.sections:
        pieces.append(section.title)
        for entry in section.entries:
            pieces += [entry.title, entry.subtitle, entry.dates, entry.summary, *entry.bullets]
            pieces += [d.text for d in entry.details]
            pieces += [piece for skill in entry.skills for piece in skill]
    for piece in filter(None, pieces):
        flat = " ".join(piece.split())
        for name, text in (("page", page), ("text", plain), ("word", word)):
            assert flat.lower() in text.lower(), f"{flat!r} missing from the {name} output"


def test_text_export_says_what_the_page_says() -> None:
    """Where the text export once drifted from the page: category ids, a project's open end,
    coursework as bullets."""
    resume = sample_resume()
    resume.projects[0].end_date = None
    text = render_text(resume)
    assert "Coding & classification" in text
    assert "\ncoding\n" not in text
    ongoing = format_date_range(resume.projects[0].start_date, None)
    assert ongoing.endswith("Present") and ongoing in text
    assert "Relevant coursework: ICD-10-CM/PCS Coding; CPT/HCPCS Coding" in text
    page = _page_text(render_html(resume))
    assert "Relevant coursework: ICD-10-CM/PCS Coding; CPT/HCPCS Coding" in page


def test_blank_fields_print_nothing() -> None:
    """Blank fields count as missing everywhere: no "None", no empty spans, no dangling ": "."""
    resume = Resume.from_json_dict(
        {
            "basics": {"name": "Sam Doe", "label": "  "},
            "work": [{"position": "  ", "name": "Riverbend", "startDate": "2020"}],
            "skills": [{"name": " ", "keywords": [""]}, {"name": "CPT", "keywords": [" "]}],
            "interests": [{"name": "Chess", "keywords": [" "]}],
            "references": [{"name": " ", "reference": " "}],
        }
    )
    outline = build_outline(resume)
    work = next(s for s in outline.sections if s.id == "work").entries[0]
    assert (work.title, work.subtitle) == ("Riverbend", "")
    skills = next(s for s in outline.sections if s.id == "skills").entries
    assert [e.skills for e in skills] == [(("CPT",),)]
    assert "references" not in [s.id for s in outline.sections]
    html = render_html(resume)
    assert ">None<" not in html and '<span class="skill"></span>' not in html
    assert "Chess</span>" in html and "Chess: " not in html
    assert '<p class="headline">' not in html
