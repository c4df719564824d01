"""The sample resume: complete, realistic, fictional, and about two pages in the classic template."""

from __future__ import annotations

import re

from pdf_reading import needs_poppler, page_text
from rendered import RenderedPdfs

from resume_builder.dataset import CATEGORY_LABELS, DEFAULT_ROLE
from resume_builder.models import SECTION_IDS, Resume
from resume_builder.sample import SAMPLE_ROLE, sample_resume

FIELD_TERMS = [
    "ICD-10-CM",
    "ICD-10-PCS",
    "CPT",
    "HCPCS",
    "release of information",
    "deficiency",
    "audit",
    "Epic",
    "MEDITECH",
    "HIPAA",
]


def _all_text(resume: Resume) -> str:
    return " ".join(_strings(resume.to_json_dict()))


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def test_every_section_is_filled() -> None:
    resume = sample_resume()
    assert resume.basics.summary
    for section in SECTION_IDS:
        if section != "summary":
            assert getattr(resume, section), section
    assert resume.settings.ordered_sections() == list(SECTION_IDS)


def test_basics() -> None:
    basics = sample_resume().basics
    assert basics.name == "Maria Lopez"
    assert basics.credentials[0] == "RHIT"
    assert basics.label
    assert basics.location is not None and basics.location.city and basics.location.region
    assert basics.profiles and basics.profiles[0].url


def test_three_jobs_with_strong_bullets() -> None:
    resume = sample_resume()
    assert len(resume.work) == 3
    assert resume.work[0].end_date is None  # current job reads "Present"
    for job in resume.work:
        assert job.name and job.position and job.start_date
        assert 4 <= len(job.highlights) <= 6
        for bullet in job.highlights:
            assert re.search(r"\d", bullet), f"no number in: {bullet}"
            assert len(bullet) <= 200, f"longer than two lines: {bullet}"
    work_text = " ".join(h for job in resume.work for h in job.highlights).lower()
    for term in FIELD_TERMS:
        assert term.lower() in work_text, term


def test_education_and_certificates() -> None:
    resume = sample_resume()
    school = resume.education[0]
    assert school.area == "Health Information Technology"
    assert "Associate of Applied Science" in (school.study_type or "")
    names = [c.name or "" for c in resume.certificates]
    rhit = next(c for c in resume.certificates if "(RHIT)" in (c.name or ""))
    assert rhit.number and rhit.expiry_date and rhit.issuer == "AHIMA"
    assert any("(CCA)" in n for n in names)


def test_skills_are_grouped_with_dataset_categories() -> None:
    skills = sample_resume().skills
    assert all(s.category for s in skills)
    categories = {s.category for s in skills}
    assert len(categories) >= 3
    assert categories <= set(CATEGORY_LABELS)


def test_target_role_is_the_dataset_role() -> None:
    resume = sample_resume()
    assert resume.settings.target_role == SAMPLE_ROLE == "medical-records-technician"
    assert DEFAULT_ROLE == SAMPLE_ROLE


def test_fictional_contact_details_only() -> None:
    text = _all_text(sample_resume())
    for email in re.findall(r"[\w.+-]+@[\w.-]+", text):
        assert email.endswith(("example.com", "example.org")), email
    for phone in re.findall(r"\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}", text):
        digits = re.sub(r"\D", "", phone)
        assert digits[3:6] == "010" or digits[3:6] == "555", phone
    assert "555" in text
    assert not re.search(r"\b\d{3}-\d{2}-\d{4}\b", text)  # nothing shaped like an SSN


def test_round_trips_through_json() -> None:
    resume = sample_resume()
    assert Resume.from_json_dict(resume.to_json_dict()) == resume


def test_each_call_is_a_fresh_copy() -> None:
    first = sample_resume()
    first.work[0].highlights.append("changed")
    first.basics.name = "Someone Else"
    second = sample_resume()
    assert "changed" not in second.work[0].highlights
    assert second.basics.name == "Maria Lopez"


@needs_poppler
def test_fills_about_two_pages_in_classic(rendered_pdf: RenderedPdfs) -> None:
    result = rendered_pdf("classic")
    assert result.page_count == 2
    second_page = page_text(result.pdf, 2, raw=False)
    assert len([line for line in second_page.splitlines() if line.strip()]) >= 20
