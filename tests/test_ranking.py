"""The ranking rule of skills_data/README.md, checked per role: main duties first, one each."""

from __future__ import annotations

import json

import pytest

from resume_builder.dataset import load_catalogue
from resume_builder.paths import skills_data_dir
from resume_builder.suggestions import suggest

ROLE_IDS = json.loads((skills_data_dir() / "catalogue.json").read_text(encoding="utf-8"))["roles"]


def _duty_of(role_id: str, skill_ids: tuple[str, ...]) -> int | None:
    """Index of the duty a bullet shows: the duty its first skill tag belongs to."""
    for k, duty in enumerate(load_catalogue().role(role_id).duties):
        if skill_ids[0] in duty.skills:
            return k
    return None


@pytest.mark.parametrize("role_id", ROLE_IDS)
def test_every_role_lists_its_main_duties(role_id: str) -> None:
    role = load_catalogue().role(role_id)
    assert len(role.duties) >= 4
    skill_ids = {s.id for s in role.skills}
    for duty in role.duties:
        assert set(duty.skills) <= skill_ids, duty.name


@pytest.mark.parametrize("role_id", ROLE_IDS)
def test_first_bullets_show_each_main_duty_once_in_order(role_id: str) -> None:
    catalogue = load_catalogue()
    role = catalogue.role(role_id)
    top = suggest(catalogue, role_id, "responsibilities", limit=len(role.duties))
    shown = [_duty_of(role_id, role_bullet.skills) for role_bullet in _bullets(role_id, top)]
    assert shown == list(range(len(role.duties)))


@pytest.mark.parametrize("role_id", ROLE_IDS)
def test_first_skills_are_the_duty_anchors(role_id: str) -> None:
    catalogue = load_catalogue()
    role = catalogue.role(role_id)
    top = [s.id for s in suggest(catalogue, role_id, "skills", limit=len(role.duties))]
    assert top == [duty.skills[0] for duty in role.duties]


def test_technician_top_bullets_are_not_all_coding() -> None:
    catalogue = load_catalogue()
    top = suggest(catalogue, "medical-records-technician", "responsibilities", limit=10)
    coding = {"medical-coding", "icd-10-cm", "icd-10-pcs", "cpt", "hcpcs", "drg", "apc", "encoder"}
    role = catalogue.role("medical-records-technician")
    firsts = [b.skills[0] for b in _bullets("medical-records-technician", top)]
    assert sum(tag in coding for tag in firsts) <= 5
    for theme in ("release-of-information", "chart-analysis", "scanning-indexing", "mpi", "audits"):
        assert theme in firsts, theme
    assert role.duties[0].name == "Coding"


def test_roi_puts_release_of_information_above_privacy_act_and_foia() -> None:
    catalogue = load_catalogue()
    ranked = [s.id for s in suggest(catalogue, "release-of-information-specialist", "skills")]
    assert ranked.index("release-of-information") < ranked.index("privacy-act")
    assert ranked.index("release-of-information") < ranked.index("foia")


def test_receptionist_front_desk_duties_above_soft_skills() -> None:
    catalogue = load_catalogue()
    ranked = [s.id for s in suggest(catalogue, "medical-receptionist", "skills")]
    for duty in ("scheduling", "check-in", "insurance-verification"):
        for soft in ("calm-under-pressure", "communication", "empathy"):
            assert ranked.index(duty) < ranked.index(soft), (duty, soft)


@pytest.mark.parametrize("role_id", ["medical-records-clerk", "release-of-information-specialist"])
def test_experience_gated_credentials_are_not_suggested_to_newcomer_roles(role_id: str) -> None:
    catalogue = load_catalogue()
    certs = catalogue.role(role_id).certifications
    gated = {c.id for c in catalogue.certifications.values() if c.eligibility}
    assert "chps" in gated
    assert gated & set(certs) == set()


def _bullets(role_id: str, suggestions: list) -> list:
    by_id = {b.id: b for b in load_catalogue().role(role_id).responsibilities}
    return [by_id[s.id] for s in suggestions]
