"""The shipped field dataset: valid against its schema, sourced, ranked by evidence, complete."""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from resume_builder.dataset import (
    CATEGORY_LABELS,
    DEFAULT_ROLE,
    SOURCE_IDS,
    evidence_tier,
    load_catalogue,
)
from resume_builder.errors import DatasetError
from resume_builder.paths import skills_data_dir

DATA = skills_data_dir()
ONET = DATA / "onet"
DATA_FILES = sorted(p for p in DATA.glob("*.json") if p.name != "schema.json")
ROLE_IDS = json.loads((DATA / "catalogue.json").read_text(encoding="utf-8"))["roles"]

IRREGULAR_PAST = {
    "built",
    "cut",
    "held",
    "kept",
    "led",
    "met",
    "ran",
    "sent",
    "set",
    "took",
    "wrote",
}


def _json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def _onet_rows(name: str) -> list[dict[str, str]]:
    with (ONET / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def _role_data(role_id: str) -> dict[str, Any]:
    return _json(DATA / f"{role_id}.json")


@pytest.fixture(scope="module")
def validator() -> jsonschema.protocols.Validator:
    schema = _json(DATA / "schema.json")
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


# --- schema and loading ---------------------------------------------------------------------


def test_every_file_is_shipped() -> None:
    names = {p.name for p in DATA_FILES}
    assert {"catalogue.json", "certifications.json", "market.json"} <= names
    assert {f"{role}.json" for role in ROLE_IDS} <= names
    assert {"medical-records-technician", "medical-records-clerk", "medical-receptionist"} <= set(
        ROLE_IDS
    )


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: p.name)
def test_file_validates_against_schema(path: Path, validator: Any) -> None:
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(_json(path))]
    assert not errors, errors


def test_schema_rejects_a_bad_skill(validator: Any) -> None:
    data = _role_data(DEFAULT_ROLE)
    data["skills"][0]["category"] = "astrology"
    assert not validator.is_valid(data)
    data = _role_data(DEFAULT_ROLE)
    del data["skills"][0]["source"]
    assert not validator.is_valid(data)


def test_schema_categories_match_the_code() -> None:
    schema = _json(DATA / "schema.json")
    assert schema["$defs"]["category"]["enum"] == list(CATEGORY_LABELS)
    assert schema["$defs"]["source"]["enum"] == list(SOURCE_IDS)
    assert CATEGORY_LABELS == {
        "coding": "Coding & classification",
        "software": "Health records software",
        "compliance": "Compliance & privacy",
        "clinical": "Clinical knowledge",
        "office": "Office & data",
        "soft": "Soft skills",
    }


def test_default_catalogue_loads_once() -> None:
    catalogue = load_catalogue()
    assert catalogue is load_catalogue()
    assert catalogue.default_role == DEFAULT_ROLE
    assert set(catalogue.roles) == set(ROLE_IDS)
    assert catalogue.role(DEFAULT_ROLE).title == "Medical Records Technician"


def test_unknown_role_is_a_dataset_error() -> None:
    with pytest.raises(DatasetError, match="astronaut"):
        load_catalogue().role("astronaut")


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    target = tmp_path / "skills_data"
    shutil.copytree(DATA, target)
    return target


def _edit(path: Path, change: Any) -> None:
    data = _json(path)
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")


def test_copy_loads_like_the_original(data_copy: Path) -> None:
    catalogue = load_catalogue(data_copy)
    assert catalogue is not load_catalogue()
    assert set(catalogue.roles) == set(ROLE_IDS)


def test_a_file_changed_after_passing_is_checked_again(data_copy: Path) -> None:
    load_catalogue(data_copy)  # passes, and is remembered as checked
    _edit(
        data_copy / "medical-records-technician.json",
        lambda d: d["skills"][3].__setitem__("category", "astrology"),
    )
    with pytest.raises(DatasetError, match=r"\$\.skills\[3\]\.category"):
        load_catalogue(data_copy)


def test_an_unchanged_dataset_loads_without_jsonschema(data_copy: Path) -> None:
    """The schema check (and the jsonschema import) is skipped for files that passed before."""
    load_catalogue(data_copy)
    code = (
        "import sys; from resume_builder.dataset import load_catalogue; "
        f"load_catalogue({str(data_copy)!r}); print('jsonschema' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=os.environ
    )
    assert out.stdout.strip() == "False"


def test_invalid_json_names_file_and_line(data_copy: Path) -> None:
    path = data_copy / "medical-records-clerk.json"
    path.write_text(path.read_text(encoding="utf-8")[:-40], encoding="utf-8")
    with pytest.raises(DatasetError, match=r"medical-records-clerk\.json \(line \d+"):
        load_catalogue(data_copy)


def test_schema_error_names_file_and_json_path(data_copy: Path) -> None:
    _edit(
        data_copy / "medical-records-technician.json",
        lambda d: d["skills"][3].__setitem__("category", "astrology"),
    )
    with pytest.raises(DatasetError) as info:
        load_catalogue(data_copy)
    message = str(info.value)
    assert "medical-records-technician.json" in message
    assert "$.skills[3].category" in message


def test_unknown_skill_tag_names_the_bullet(data_copy: Path) -> None:
    _edit(
        data_copy / "medical-receptionist.json",
        lambda d: d["responsibilities"][2]["skills"].append("no-such-skill"),
    )
    with pytest.raises(DatasetError, match=r"medical-receptionist\.json.*responsibilities\[2\]"):
        load_catalogue(data_copy)


def test_missing_file_is_named(data_copy: Path) -> None:
    (data_copy / "certifications.json").unlink()
    with pytest.raises(DatasetError, match=r"certifications\.json"):
        load_catalogue(data_copy)


def test_missing_role_file_is_named(data_copy: Path) -> None:
    (data_copy / "medical-records-clerk.json").unlink()
    with pytest.raises(DatasetError, match=r"medical-records-clerk\.json"):
        load_catalogue(data_copy)


def test_unknown_certification_is_named(data_copy: Path) -> None:
    _edit(data_copy / "medical-records-clerk.json", lambda d: d["certifications"].append("xyz"))
    with pytest.raises(DatasetError, match=r"medical-records-clerk\.json.*certifications\[\d+\]"):
        load_catalogue(data_copy)


def test_broken_schema_is_named(data_copy: Path) -> None:
    (data_copy / "schema.json").write_text("{ not json", encoding="utf-8")
    with pytest.raises(DatasetError, match=r"schema\.json"):
        load_catalogue(data_copy)


# --- content --------------------------------------------------------------------------------


def test_counts() -> None:
    catalogue = load_catalogue()
    main = catalogue.role(DEFAULT_ROLE)
    assert len(main.skills) >= 60
    assert len(main.responsibilities) >= 40
    assert len(main.summaries) >= 3
    for role_id in ("medical-records-clerk", "medical-receptionist"):
        role = catalogue.role(role_id)
        assert len(role.responsibilities) >= 15, role_id
        assert len(role.skills) >= 20, role_id
        assert len(role.summaries) >= 3, role_id


def test_every_onet_task_is_covered_by_a_main_role_bullet() -> None:
    task_ids = {row["Task ID"] for row in _onet_rows("29-2072_Task_Statements.txt")}
    assert len(task_ids) == 17
    covered = {r.onet_task for r in load_catalogue().role(DEFAULT_ROLE).responsibilities}
    assert task_ids - covered == set()


def test_onet_task_ids_exist() -> None:
    for role in load_catalogue().roles.values():
        code = (role.onet_code or "29-2072.00").removesuffix(".00")
        task_ids = {row["Task ID"] for row in _onet_rows(f"{code}_Task_Statements.txt")}
        for bullet in role.responsibilities:
            assert bullet.onet_task is None or bullet.onet_task in task_ids, bullet.id
        for skill in role.skills:
            assert set(skill.onet_tasks) <= task_ids, skill.id


@pytest.mark.parametrize("role_id", ROLE_IDS)
def test_bullets_start_with_a_past_tense_verb(role_id: str) -> None:
    role = load_catalogue().role(role_id)
    skill_ids = {s.id for s in role.skills}
    for bullet in role.responsibilities:
        verb = re.match(r"[A-Za-z]+", bullet.text).group().lower()  # type: ignore[union-attr]
        assert verb.endswith("ed") or verb in IRREGULAR_PAST, bullet.text
        assert bullet.text[0].isupper(), bullet.text
        assert set(bullet.skills) <= skill_ids, bullet.id
        # "[N]" is the only placeholder.
        assert not re.search(r"\[(?!N\])[^\]]*\]", bullet.text), bullet.text


def test_main_role_bullets_cover_the_field() -> None:
    role = load_catalogue().role(DEFAULT_ROLE)
    tags = {tag for bullet in role.responsibilities for tag in bullet.skills}
    themes = {
        "icd-10-cm",
        "icd-10-pcs",
        "cpt",
        "hcpcs",
        "drg",
        "apc",
        "release-of-information",
        "chart-analysis",
        "abstracting",
        "registry-abstracting",
        "audits",
        "hipaa",
        "scanning-indexing",
        "record-retention",
    }
    assert themes - tags == set()
    with_slot = [b for b in role.responsibilities if "[N]" in b.text]
    assert len(with_slot) >= len(role.responsibilities) // 2


def _all_entries() -> list[tuple[str, dict[str, Any]]]:
    """(where, entry) for every sourced entry in every data file."""
    out: list[tuple[str, dict[str, Any]]] = []
    for role_id in ROLE_IDS:
        data = _role_data(role_id)
        out.append((role_id, data))
        for key in ("skills", "responsibilities", "summaries"):
            out += [(f"{role_id}:{key}:{e['id']}", e) for e in data[key]]
    out += [(f"cert:{c['id']}", c) for c in _json(DATA / "certifications.json")["certifications"]]
    market = _json(DATA / "market.json")
    for key in ("facts", "states", "best_states", "employer_types"):
        out += [(f"market:{key}:{i}", e) for i, e in enumerate(market[key])]
    return out


def test_every_entry_has_a_valid_source() -> None:
    entries = _all_entries()
    assert len(entries) > 300
    bad = [where for where, entry in entries if entry.get("source") not in SOURCE_IDS]
    assert bad == []


def test_only_the_seed_share_exists() -> None:
    shares = [
        (role.id, skill.id, skill.share, skill.source)
        for role in load_catalogue().roles.values()
        for skill in role.skills
        if skill.share is not None
    ]
    assert shares == [(DEFAULT_ROLE, "patients", 19.6, "seed")]


def test_skill_source_follows_its_basis() -> None:
    for role in load_catalogue().roles.values():
        for skill in role.skills:
            kinds = set(skill.basis)
            if kinds & {"seed", "seed-share"}:
                expected = "seed"
            elif any(k.startswith("onet") for k in kinds):
                expected = "onet"
            else:
                expected = next((s for s in ("bls", "issuer") if s in kinds), "curated")
            assert skill.source == expected, (role.id, skill.id)
            assert ("onet-task" in kinds) == bool(skill.onet_tasks), (role.id, skill.id)
            assert skill.evidence.strip(), (role.id, skill.id)


def test_onet_technology_flags_match_the_onet_file() -> None:
    tech = {
        row["Example"]: (row["Hot Technology"], row["In Demand"])
        for row in _onet_rows("29-2072_Technology_Skills.txt")
    }
    tools = {row["Example"] for row in _onet_rows("29-2072_Tools_Used.txt")}
    expected_flags = {
        "onet-hot-in-demand": ("Y", "Y"),
        "onet-hot": ("Y", "N"),
        "onet-technology": ("N", "N"),
    }
    for role in load_catalogue().roles.values():
        for skill in role.skills:
            flags = [b for b in skill.basis if b in expected_flags]
            if "onet-tool" in skill.basis:
                assert skill.onet_technology in tools, (role.id, skill.id)
            elif flags:
                assert len(flags) == 1
                assert tech.get(skill.onet_technology) == expected_flags[flags[0]], skill.id
            else:
                assert skill.onet_technology is None, (role.id, skill.id)


@pytest.mark.parametrize("role_id", ROLE_IDS)
def test_skills_are_in_evidence_order_after_the_duty_anchors(role_id: str) -> None:
    role = load_catalogue().role(role_id)
    anchors = [duty.skills[0] for duty in role.duties]
    assert [s.id for s in role.skills[: len(anchors)]] == anchors
    tiers = [evidence_tier(s.basis) for s in role.skills[len(anchors) :]]
    assert tiers == sorted(tiers)


def test_evidence_tier_rules() -> None:
    assert evidence_tier(["seed", "onet-task"]) == 0
    assert evidence_tier(["seed-share"]) == 0
    assert evidence_tier(["seed"]) < evidence_tier(["onet-task"])
    assert evidence_tier(["onet-hot-in-demand"]) < evidence_tier(["onet-hot"])
    assert evidence_tier(["onet-hot"]) < evidence_tier(["onet-technology"])
    assert evidence_tier(["bls"]) < evidence_tier(["curated"])


@pytest.mark.parametrize("role_id", ROLE_IDS)
def test_skill_categories_and_synonyms(role_id: str) -> None:
    role = load_catalogue().role(role_id)
    assert {s.category for s in role.skills} <= set(CATEGORY_LABELS)
    names = [s.name.lower() for s in role.skills]
    assert len(names) == len(set(names)), "duplicate skill names"


def test_required_synonyms() -> None:
    role = load_catalogue().role(DEFAULT_ROLE)
    synonyms = {s.id: {x.lower() for x in s.synonyms} for s in role.skills}
    assert {"icd10", "icd-10", "icd 10"} <= synonyms["icd-10-cm"]
    assert "cerner" in synonyms["oracle-health"]
    assert {"roi", "release of info"} <= synonyms["release-of-information"]


EXPECTED_CERTS = {
    "RHIT": "AHIMA",
    "RHIA": "AHIMA",
    "CCA": "AHIMA",
    "CCS": "AHIMA",
    "CCS-P": "AHIMA",
    "CDIP": "AHIMA",
    "CHDA": "AHIMA",
    "CHPS": "AHIMA",
    "CPC": "AAPC",
    "COC": "AAPC",
    "CRC": "AAPC",
    "CPB": "AAPC",
    "CIC": "AAPC",
    "CPMA": "AAPC",
    "ODS": "NCRA",
    "CEHRS": "NHA",
    "CMAA": "NHA",
    "CBCS": "NHA",
    "CCDS": "ACDIS",
    "CRIS": "AHIOS",
}


def test_certifications() -> None:
    catalogue = load_catalogue()
    by_abbrev = {c.abbreviation: c for c in catalogue.certifications.values()}
    assert {a: c.issuer for a, c in by_abbrev.items()} == EXPECTED_CERTS
    assert by_abbrev["RHIT"].name == "Registered Health Information Technician"
    assert by_abbrev["RHIT"].issuer_name == "American Health Information Management Association"
    assert all(c.source == "issuer" for c in by_abbrev.values())
    assert catalogue.role(DEFAULT_ROLE).certifications[0] == "rhit"


def test_market_facts_are_the_seed_figures() -> None:
    market = load_catalogue().market
    seed = {f.id: f.value for f in market.facts if f.source == "seed"}
    assert seed["salary-range-low"] == 35000
    assert seed["salary-range-high"] == 58000
    assert seed["salary-average-intro"] == 44719
    assert seed["salary-average"] == 37087
    assert seed["hourly-average"] == 17.83
    assert seed["salary-top-10"] == 48000
    assert seed["salary-bottom-10"] == 28000
    assert seed["clerk-salary-average"] == 32491
    assert seed["receptionist-salary-average"] == 31960
    states = {(s.code, s.jobs, s.average_salary) for s in market.states}
    assert ("NY", 1386, 46076) in states
    assert ("SD", 119, 35145) in states
    assert len(market.states) == 10
    assert [s.code for s in market.best_states][:4] == ["NJ", "NY", "AK", "VT"]
    assert "Hospitals" in market.employer_types
    assert {f.role for f in market.facts} <= set(ROLE_IDS)


def test_credits_attribute_onet() -> None:
    credits = load_catalogue().credits
    assert "O*NET" in credits
    assert "CC BY 4.0" in credits or "Creative Commons Attribution 4.0" in credits
    assert "29-2072.00" in credits


def test_catalogue_is_read_only() -> None:
    import dataclasses

    catalogue = load_catalogue()
    role = catalogue.role(DEFAULT_ROLE)
    with pytest.raises(dataclasses.FrozenInstanceError):
        role.skills[0].name = "Changed"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        catalogue.credits = ""  # type: ignore[misc]
    with pytest.raises(TypeError):
        catalogue.roles["x"] = role  # type: ignore[index]
    assert isinstance(role.skills, tuple) and isinstance(role.skills[0].synonyms, tuple)
    assert [s.rank for s in role.skills] == list(range(1, len(role.skills) + 1))
