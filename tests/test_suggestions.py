"""Suggestions on the real dataset: search, ranking, and leaving out what a resume has."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from resume_builder.dataset import CATEGORY_LABELS, DEFAULT_ROLE, Catalogue, load_catalogue
from resume_builder.errors import DatasetError
from resume_builder.models import Resume
from resume_builder.suggestions import (
    KINDS,
    NUMBER_SLOT,
    Suggestion,
    fill_number,
    group_by_category,
    suggest,
)

CLERK = "medical-records-clerk"
RECEPTIONIST = "medical-receptionist"


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


def ids(items: list[Suggestion]) -> list[str]:
    return [item.id for item in items]


def resume_with(**data: object) -> Resume:
    return Resume.from_json_dict({"basics": {"name": "Dana Reyes"}, **data})


# --- search ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("icd 10", "icd-10-cm"),
        ("ICD10", "icd-10-cm"),
        ("icd-10", "icd-10-cm"),
        ("epic", "epic"),
        ("hipaa", "hipaa"),
        ("hipa", "hipaa"),
        ("HIPPA", "hipaa"),
        ("meditch", "meditech"),
        ("meditech", "meditech"),
        ("release of info", "release-of-information"),
        ("ROI", "release-of-information"),
        ("cerner", "oracle-health"),
        ("drg", "drg"),
        ("excel", "ms-excel"),
        ("mpi", "mpi"),
    ],
)
def test_search_finds_skill_first(catalogue: Catalogue, query: str, expected: str) -> None:
    results = suggest(catalogue, DEFAULT_ROLE, "skills", query=query, limit=5)
    assert results, query
    assert results[0].id == expected, ids(results)


def test_icd_search_prefers_diagnosis_codes_then_procedures(catalogue: Catalogue) -> None:
    top = ids(suggest(catalogue, DEFAULT_ROLE, "skills", query="icd 10", limit=3))
    assert top[:2] == ["icd-10-cm", "icd-10-pcs"]


def test_search_does_not_match_nonsense(catalogue: Catalogue) -> None:
    assert suggest(catalogue, DEFAULT_ROLE, "skills", query="xylophone quartet") == []


def test_release_of_info_finds_roi_bullets(catalogue: Catalogue) -> None:
    role = catalogue.role(DEFAULT_ROLE)
    roi_bullets = {b.id for b in role.responsibilities if "release-of-information" in b.skills}
    top = suggest(catalogue, DEFAULT_ROLE, "responsibilities", query="release of info", limit=4)
    assert len(top) == 4
    assert {item.id for item in top} <= roi_bullets


@pytest.mark.parametrize(
    ("query", "word"),
    [("modifier", "modifiers"), ("hipaa", "HIPAA"), ("drg", "DRG"), ("scan", "can")],
)
def test_search_finds_bullets_by_text(catalogue: Catalogue, query: str, word: str) -> None:
    top = suggest(catalogue, DEFAULT_ROLE, "responsibilities", query=query, limit=3)
    assert top and word in top[0].text


def test_search_certifications(catalogue: Catalogue) -> None:
    assert suggest(catalogue, DEFAULT_ROLE, "certifications", query="rhit")[0].id == "rhit"
    top = suggest(catalogue, DEFAULT_ROLE, "certifications", query="coding specialist", limit=2)
    assert ids(top) == ["ccs", "ccs-p"]
    assert "AAPC" in {i.category_label for i in suggest(catalogue, DEFAULT_ROLE, "certifications")}


@pytest.mark.parametrize("query", [None, "", "   ", "--"])
def test_blank_query_returns_the_ranked_list(catalogue: Catalogue, query: str | None) -> None:
    role = catalogue.role(DEFAULT_ROLE)
    results = suggest(catalogue, DEFAULT_ROLE, "skills", query=query)
    assert ids(results) == [s.id for s in role.skills]
    scores = [r.score for r in results]
    assert scores == sorted(scores, reverse=True)
    assert all(0 < s <= 1 for s in scores)


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_returns_ranked_items(catalogue: Catalogue, kind: str) -> None:
    results = suggest(catalogue, DEFAULT_ROLE, kind, limit=5)
    assert len(results) == 5
    assert all(r.kind == kind and r.text and r.source and not r.in_resume for r in results)


def test_suggestion_fields(catalogue: Catalogue) -> None:
    skills = suggest(catalogue, DEFAULT_ROLE, "skills")
    assert {s.category_label for s in skills} == set(CATEGORY_LABELS.values())
    assert [s.id for s in skills if s.share is not None] == ["patients"]
    bullets = suggest(catalogue, DEFAULT_ROLE, "responsibilities")
    assert any(NUMBER_SLOT in b.text for b in bullets)
    assert any("O*NET task" in b.detail for b in bullets)


def test_limit_kind_and_role_errors(catalogue: Catalogue) -> None:
    assert len(suggest(catalogue, DEFAULT_ROLE, "skills", limit=3)) == 3
    with pytest.raises(ValueError, match="colours"):
        suggest(catalogue, DEFAULT_ROLE, "colours")
    with pytest.raises(DatasetError, match="astronaut"):
        suggest(catalogue, "astronaut", "skills")


# --- what the resume already has ------------------------------------------------------------


def test_skills_in_resume_are_left_out(catalogue: Catalogue) -> None:
    resume = resume_with(
        skills=[
            {"name": "Coding", "keywords": ["ICD10", "C.P.T.", "Cerner"]},
            {"name": "Epic / MEDITECH"},
            {"name": "release of info"},
        ]
    )
    left = ids(suggest(catalogue, DEFAULT_ROLE, "skills", resume=resume))
    for skill_id in ("icd-10-cm", "cpt", "oracle-health", "epic", "meditech"):
        assert skill_id not in left
    assert "release-of-information" not in left
    assert "icd-10-pcs" in left  # "ICD10" is not the procedure code set
    assert "medical-coding" not in left  # "Coding" is a synonym of medical coding

    flagged = suggest(catalogue, DEFAULT_ROLE, "skills", resume=resume, include_present=True)
    assert len(flagged) == len(catalogue.role(DEFAULT_ROLE).skills)
    present = {s.id for s in flagged if s.in_resume}
    assert {"icd-10-cm", "epic", "oracle-health"} <= present
    assert present.isdisjoint(left)


def test_skill_matching_is_not_substring_matching(catalogue: Catalogue) -> None:
    resume = resume_with(skills=[{"name": "Risk adjustment coding"}, {"name": "Medical"}])
    left = ids(suggest(catalogue, DEFAULT_ROLE, "skills", resume=resume))
    assert "hcc-risk-adjustment" not in left
    assert "medical-coding" in left
    assert "medical-terminology" in left


def test_filled_bullet_counts_as_present(catalogue: Catalogue) -> None:
    role = catalogue.role(DEFAULT_ROLE)
    bullet = next(b for b in role.responsibilities if b.id == "code-inpatient-charts")
    other = next(b for b in role.responsibilities if b.id == "process-roi")
    filled = fill_number(bullet.text, 24)
    assert NUMBER_SLOT not in filled and "24" in filled
    edited = fill_number(other.text, "1,200").replace("Processed", "Processed about")
    resume = resume_with(work=[{"name": "General Hospital", "highlights": [filled, edited]}])
    left = ids(suggest(catalogue, DEFAULT_ROLE, "responsibilities", resume=resume))
    assert "code-inpatient-charts" not in left
    assert "process-roi" not in left
    assert "assign-drgs" in left
    assert len(left) == len(role.responsibilities) - 2


def test_summary_in_resume_is_left_out(catalogue: Catalogue) -> None:
    starter = catalogue.role(DEFAULT_ROLE).summaries[1]
    resume = resume_with(basics={"summary": fill_number(starter.text, 7) + " Open to remote."})
    left = ids(suggest(catalogue, DEFAULT_ROLE, "summaries", resume=resume))
    assert starter.id not in left
    assert len(left) == len(catalogue.role(DEFAULT_ROLE).summaries) - 1


def test_certifications_by_abbreviation_or_name(catalogue: Catalogue) -> None:
    resume = resume_with(
        certificates=[
            {"name": "Registered Health Information Technician", "issuer": "AHIMA"},
            {"name": "Certified Coding Specialist - Physician-based (CCS-P)", "issuer": "AHIMA"},
            {"name": "Certified Professional Coder", "issuer": "AAPC"},
            {"name": "CTR"},
        ],
    )
    left = ids(suggest(catalogue, DEFAULT_ROLE, "certifications", resume=resume))
    for cert_id in ("rhit", "ccs-p", "cpc", "ods"):
        assert cert_id not in left
    assert "ccs" in left  # CCS-P is a different credential
    assert "rhia" in left


def test_letters_after_the_name_are_not_the_certifications_section(catalogue: Catalogue) -> None:
    """RHIT typed after the name does not put RHIT in Certifications, so it stays suggested."""
    resume = resume_with(basics={"name": "Dana Reyes", "credentials": ["RHIT"]})
    shown = suggest(catalogue, DEFAULT_ROLE, "certifications", resume=resume, include_present=True)
    rhit = next(s for s in shown if s.id == "rhit")
    assert not rhit.in_resume


def test_apprentice_credential_counts(catalogue: Catalogue) -> None:
    resume = resume_with(certificates=[{"name": "CPC-A"}])
    assert "cpc" not in ids(suggest(catalogue, DEFAULT_ROLE, "certifications", resume=resume))


def test_empty_resume_leaves_everything(catalogue: Catalogue) -> None:
    resume = Resume()
    for kind in KINDS:
        assert suggest(catalogue, DEFAULT_ROLE, kind, resume=resume) == suggest(
            catalogue, DEFAULT_ROLE, kind
        )


# --- roles and grouping ---------------------------------------------------------------------


def test_a_different_role_reranks(catalogue: Catalogue) -> None:
    resume = resume_with(skills=[{"name": "HIPAA"}, {"name": "Data entry"}])
    tech = ids(suggest(catalogue, DEFAULT_ROLE, "skills", resume=resume, limit=10))
    clerk = ids(suggest(catalogue, CLERK, "skills", resume=resume, limit=10))
    desk = ids(suggest(catalogue, RECEPTIONIST, "skills", resume=resume, limit=10))
    assert tech != clerk != desk
    assert tech[0] == "medical-coding"
    assert clerk[0] == "filing-retrieval"
    assert desk[0] == "scheduling"
    assert "hipaa" not in tech + clerk + desk
    assert "cpt" not in desk
    tech_all = ids(suggest(catalogue, DEFAULT_ROLE, "skills"))
    clerk_all = ids(suggest(catalogue, CLERK, "skills"))
    shared = [s for s in tech_all if s in clerk_all]
    assert shared != [s for s in clerk_all if s in tech_all]  # same skills, other order


def test_group_by_category_keeps_rank_order(catalogue: Catalogue) -> None:
    results = suggest(catalogue, DEFAULT_ROLE, "skills")
    groups = group_by_category(results)
    assert list(groups) == list(CATEGORY_LABELS.values())
    position = {item.id: i for i, item in enumerate(results)}
    for label, items in groups.items():
        assert all(item.category_label == label for item in items)
        assert [position[i.id] for i in items] == sorted(position[i.id] for i in items)
    assert sum(len(items) for items in groups.values()) == len(results)
    summaries = group_by_category(suggest(catalogue, DEFAULT_ROLE, "summaries"))
    assert list(summaries) == ["Summary starters"]


# --- speed ----------------------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(query=st.text(max_size=40), limit=st.integers(min_value=1, max_value=30))
def test_any_query_is_safe(query: str, limit: int) -> None:
    catalogue = load_catalogue()
    for kind in KINDS:
        results = suggest(catalogue, DEFAULT_ROLE, kind, query=query, limit=limit)
        assert len(results) <= limit
        assert len({r.id for r in results}) == len(results)
        scores = [r.score for r in results]
        assert scores == sorted(scores, reverse=True)
