"""Job-posting match as a hiring manager reads a posting (issue 12): labelled postings,
boilerplate, word forms, required vs preferred, apprentice credentials, education and years."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from resume_builder.coaching.matching import experience_years, find_terms, match_posting
from resume_builder.coaching.posting import apprentice_excluded, requirements, sentences
from resume_builder.dataset import Catalogue, load_catalogue
from resume_builder.models import Resume

LABELLED = Path(__file__).parent / "data" / "postings" / "labelled"
LABELS: dict[str, dict[str, Any]] = json.loads(
    (LABELLED / "labels.json").read_text(encoding="utf-8")
)["postings"]


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


def _text(name: str) -> str:
    return (LABELLED / name).read_text(encoding="utf-8")


def test_there_are_at_least_eight_labelled_postings_of_the_kinds_asked_for() -> None:
    assert len(LABELS) >= 8
    for name in LABELS:
        assert (LABELLED / name).is_file(), name


def test_precision_and_recall_on_the_labelled_postings(catalogue: Catalogue) -> None:
    tp = fp = fn = 0
    for name, label in LABELS.items():
        found = set(find_terms(_text(name), catalogue))
        expected = set(label["terms"])
        tp += len(found & expected)
        fp += len(found - expected)
        fn += len(expected - found)
    assert tp / (tp + fp) >= 0.95
    assert tp / (tp + fn) >= 0.90


@pytest.mark.parametrize("name", sorted(LABELS))
def test_required_and_preferred_as_labelled(name: str, catalogue: Catalogue) -> None:
    report = match_posting(None, _text(name), catalogue=catalogue)
    got = {h.term.id: h.requirement for h in report.found}
    for level in ("required", "preferred"):
        for term_id in LABELS[name][level]:
            assert got.get(term_id) == level, (term_id, got.get(term_id))


@pytest.mark.parametrize("name", sorted(LABELS))
def test_education_years_and_apprentice_rule_as_labelled(name: str) -> None:
    text = _text(name)
    found = requirements(sentences(text))
    education = [r.education for r in found if r.kind == "education"]
    years = [r.years for r in found if r.kind == "experience"]
    label = LABELS[name]
    if label["education"] is None:
        assert education == []
    else:
        assert label["education"] in education
    assert (years[0] if years else None) == label["years"]
    assert sorted(apprentice_excluded(text)) == label["apprentice_excluded"]


@pytest.mark.parametrize(
    ("posting", "term"),
    [
        ("Benefits\n- Tuition reimbursement and 401(k)", "skill:insurance-billing"),
        ("We offer tuition reimbursement after one year.", "skill:insurance-billing"),
        ("Applicants on Social Security Disability are welcome.", "skill:records-security"),
        ("Most of our clients find us by Word of mouth.", "skill:ms-word"),
        (
            "Our clients see a measurable return on investment (ROI).",
            "skill:release-of-information",
        ),
        ("Work closely with Patient Financial Services.", "skill:patients"),
        ("We are a Level II trauma center.", "skill:registry-abstracting"),
        ("Business casual dress code.", "skill:medical-coding"),
        ("Mercy Health is an equal opportunity employer; HIPAA training provided.", "skill:hipaa"),
        (
            "About Mercy\nMercy Health has used Epic since 2010.\n\nDuties\n- File charts",
            "skill:epic",
        ),
    ],
)
def test_boilerplate_and_false_friends_never_count(
    posting: str, term: str, catalogue: Catalogue
) -> None:
    assert term not in find_terms(posting, catalogue)


def test_the_same_term_in_the_duties_still_counts(catalogue: Catalogue) -> None:
    posting = (
        "About Mercy\nMercy Health has used Epic since 2010.\n\nDuties\n- Index documents in Epic."
    )
    assert find_terms(posting, catalogue)["skill:epic"] == ["Epic"]


@pytest.mark.parametrize(
    ("posting", "term"),
    [
        ("Scan, index and quality-check loose documents.", "skill:scanning-indexing"),
        ("File and retrieve paper records.", "skill:filing-retrieval"),
        ("Abstract cancer cases for the registry.", "skill:abstracting"),
        ("Query providers when documentation is unclear.", "skill:physician-queries"),
        ("Keep all information confidential.", "skill:confidentiality"),
        ("Apply the record retention schedule.", "skill:record-retention"),
        ("Work in the electronic health record.", "skill:ehr-systems"),
        ("Experience with an electronic medical record required.", "skill:ehr-systems"),
    ],
)
def test_word_forms_count(posting: str, term: str, catalogue: Catalogue) -> None:
    assert term in find_terms(posting, catalogue)


def _resume(**sections: Any) -> Resume:
    return Resume.from_json_dict(sections)


def test_ehr_covers_electronic_medical_record_and_office_parts_cover_office(
    catalogue: Catalogue,
) -> None:
    posting = (
        "Requirements\n- Experience with an electronic medical record.\n"
        "- Proficient in Microsoft Office."
    )
    resume = _resume(skills=[{"name": "EHR"}, {"name": "Excel"}, {"name": "Word"}])
    covered = {h.term.id for h in match_posting(resume, posting, catalogue=catalogue).covered}
    assert {"skill:ehr-systems", "skill:ms-office"} <= covered


def test_apprentice_credential_does_not_meet_a_posting_that_refuses_it(
    catalogue: Catalogue,
) -> None:
    posting = "Requirements\n- CPC required, CPC-A not accepted.\n"
    apprentice = _resume(certificates=[{"name": "CPC-A", "issuer": "AAPC"}])
    report = match_posting(apprentice, posting, catalogue=catalogue)
    (hit,) = [h for h in report.found if h.term.id == "certification:cpc"]
    assert not hit.covered
    assert hit.requirement == "required"
    assert "apprentice" in hit.note and "CPC-A" in hit.note
    certified = _resume(certificates=[{"name": "CPC", "issuer": "AAPC"}])
    assert "certification:cpc" in {
        h.term.id for h in match_posting(certified, posting, catalogue=catalogue).covered
    }
    welcome = "Requirements\n- CPC or CPC-A required.\n"
    assert "certification:cpc" in {
        h.term.id for h in match_posting(apprentice, welcome, catalogue=catalogue).covered
    }


def test_required_and_preferred_from_the_sentence_and_the_heading(catalogue: Catalogue) -> None:
    posting = (
        "Requirements\n- RHIT required.\n- Epic experience.\n\n"
        "Preferred qualifications\n- CCS.\n- Working knowledge of CPT is a plus.\n"
        "Duties\n- Code outpatient visits with ICD-10-CM.\n"
    )
    got = {
        h.term.id: h.requirement for h in match_posting(None, posting, catalogue=catalogue).found
    }
    assert got["certification:rhit"] == "required"
    assert got["skill:epic"] == "required"
    assert got["certification:ccs"] == "preferred"
    assert got["skill:cpt"] == "preferred"
    assert got["skill:icd-10-cm"] is None


def test_education_and_experience_compared_with_the_resume(catalogue: Catalogue) -> None:
    posting = (
        "Requirements\n"
        "- Associate degree from a CAHIIM-accredited HIM program required.\n"
        "- Minimum of 3 years of hospital coding experience.\n"
    )
    resume = _resume(
        education=[{"institution": "Lakeland CC", "studyType": "AAS", "area": "Health IT"}],
        work=[
            {"name": "A", "startDate": "2019-01", "endDate": "2020-12"},
            {"name": "B", "startDate": "2020-06", "endDate": "2021-12"},
        ],
    )
    checks = {c.requirement.kind: c for c in match_posting(resume, posting).requirements}
    education, experience = checks["education"], checks["experience"]
    assert education.requirement.education == "associate degree"
    assert education.requirement.accredited and "CAHIIM" in education.detail
    assert education.met is True
    assert experience.requirement.years == 3
    assert experience.met is True  # 2019-01 .. 2021-12, the overlap counted once
    high_school = _resume(education=[{"studyType": "High School Diploma"}], work=[])
    checks = {c.requirement.kind: c for c in match_posting(high_school, posting).requirements}
    assert checks["education"].met is False
    assert checks["experience"].met is None


def test_experience_years_merge_overlaps_and_count_open_jobs() -> None:
    resume = _resume(
        work=[
            {"name": "A", "startDate": "2020-01", "endDate": "2020-12"},
            {"name": "B", "startDate": "2020-07", "endDate": "2021-06"},
            {"name": "C", "startDate": "2024-01"},
        ]
    )
    assert experience_years(resume, today=date(2024, 12, 15)) == 2.5
    assert experience_years(_resume(work=[{"name": "A"}])) is None


def test_report_json_has_levels_and_requirements(catalogue: Catalogue) -> None:
    data = match_posting(None, _text("outpatient_coder.txt"), catalogue=catalogue).to_json()
    assert {m["id"]: m["requirement"] for m in data["missing"]}["certification:cpc"] == "required"
    kinds = {r["kind"] for r in data["requirements"]}
    assert kinds == {"education", "experience"}
