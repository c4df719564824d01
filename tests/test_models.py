"""The resume model: JSON Resume in, JSON Resume out, with our extras kept in bounds."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from resume_builder.models import Resume, display_name

# A copy of ../shared/reference/jsonresume/schema.json (MIT, see jsonresume-LICENSE.md).
LOCAL_SCHEMA = Path(__file__).parent / "data" / "jsonresume-schema.json"


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft7Validator:
    schema = json.loads(LOCAL_SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())


def test_any_json_resume_opens_and_unknown_fields_survive() -> None:
    data = {
        "$schema": "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
        "basics": {"name": "Ana Ruiz", "x-pronouns": "she/her", "location": {"city": "Tulsa"}},
        "work": [{"name": "Clinic", "startDate": "2019", "endDate": "2021-06-30", "x-team": 4}],
        "skills": [{"name": "Coding", "keywords": ["ICD-10-CM"]}],
        "customSection": {"anything": [1, 2, 3]},
    }
    resume = Resume.from_json_dict(data)
    out = resume.to_json_dict()
    assert out["basics"]["x-pronouns"] == "she/her"
    assert out["work"][0]["x-team"] == 4
    assert out["customSection"] == {"anything": [1, 2, 3]}
    assert out["$schema"] == data["$schema"]


def test_saved_document_validates_against_json_resume_schema(validator) -> None:
    resume = Resume.from_json_dict(
        {
            "basics": {"name": "Ana Ruiz", "credentials": ["RHIT"], "email": "ana@example.com"},
            "work": [{"name": "Mercy", "position": "HIM Tech", "startDate": "2022-03"}],
            "certificates": [{"name": "RHIT", "number": "123", "expiryDate": "2027-12-31"}],
            "skills": [{"name": "ICD-10-CM", "category": "coding"}],
            "meta": {"resumeBuilder": {"targetRole": "medical-records-technician"}},
        }
    )
    errors = list(validator.iter_errors(resume.to_json_dict()))
    assert errors == []


@pytest.mark.parametrize("text", ["Present", "present", "Current", "", "  "])
def test_present_end_date_means_current_job(text: str) -> None:
    work = Resume.from_json_dict({"work": [{"startDate": "2020", "endDate": text}]}).work[0]
    assert work.end_date is None
    assert "endDate" not in Resume(work=[work]).to_json_dict()["work"][0]


@pytest.mark.parametrize("good", ["2021", "2021-06", "2024-02-29"])
def test_partial_dates_accepted(good: str) -> None:
    assert Resume.from_json_dict({"awards": [{"date": good}]}).awards[0].date == good


@pytest.mark.parametrize(
    ("bad", "fragment"),
    [
        ("2021-13", "not a month"),
        ("2023-02-29", "no day 29"),
        ("June 2021", "date like"),
        ("21", ""),
    ],
)
def test_bad_dates_rejected_with_plain_words(bad: str, fragment: str) -> None:
    with pytest.raises(ValidationError) as info:
        Resume.from_json_dict({"work": [{"startDate": bad}]})
    assert fragment in str(info.value)


def test_wrong_type_is_rejected() -> None:
    with pytest.raises(ValidationError):
        Resume.from_json_dict({"work": [{"highlights": "not a list"}]})


def test_section_order_and_visibility() -> None:
    resume = Resume.from_json_dict(
        {
            "meta": {
                "resumeBuilder": {"sectionOrder": ["skills", "work"], "hiddenSections": ["work"]}
            }
        }
    )
    order = resume.settings.ordered_sections()
    assert order[0] == "skills"
    assert "work" not in order
    assert "education" in order


def test_display_name_sets_credentials_apart() -> None:
    resume = Resume.from_json_dict({"basics": {"name": "Ana Ruiz", "credentials": ["RHIT", "CCS"]}})
    assert display_name(resume.basics) == "Ana Ruiz, RHIT, CCS"


@given(st.text(max_size=200))
def test_any_text_round_trips_literally(text: str) -> None:
    resume = Resume.from_json_dict({"basics": {"name": text, "summary": text}})
    again = Resume.from_json_dict(json.loads(json.dumps(resume.to_json_dict())))
    assert (again.basics.summary or "") == (text if text else "")
