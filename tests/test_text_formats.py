"""Plain-text and Word exports carry every field of the resume, in the user's section order."""

from __future__ import annotations

import io

import docx

from resume_builder.models import Resume
from resume_builder.output.docx_export import render_docx
from resume_builder.output.outline import build_outline, format_date_range
from resume_builder.output.text_export import render_text

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
