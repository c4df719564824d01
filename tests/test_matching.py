"""Tailoring to a posting: terms found through the dataset's names and synonyms, coverage, gaps."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from resume_builder.coaching import find_terms, match_posting, posting_text, read_posting
from resume_builder.dataset import Catalogue, load_catalogue
from resume_builder.errors import DatasetError, UserError
from resume_builder.models import Resume
from resume_builder.sample import sample_resume

ROOT = Path(__file__).resolve().parents[1]
POSTINGS = ROOT / "tests" / "data" / "postings"


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


def ids(text: str, catalogue: Catalogue) -> set[str]:
    return set(find_terms(text, catalogue))


def resume(**sections: Any) -> Resume:
    return Resume.from_json_dict(sections)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Experience with ICD10 required", "skill:icd-10-cm"),
        ("Experience with ICD-10 required", "skill:icd-10-cm"),
        ("experience with icd 10 required", "skill:icd-10-cm"),
        ("ICD 10 CM and CPT", "skill:icd-10-cm"),
        ("Cerner or a similar EHR", "skill:oracle-health"),
        ("PowerChart experience", "skill:oracle-health"),
        ("release of information", "skill:release-of-information"),
        ("Release-of-Information desk", "skill:release-of-information"),
        ("ROI requests", "skill:release-of-information"),
        ("EHRs and EMRs", "skill:ehr-systems"),
        ("MS-DRG and APR-DRG", "skill:drg"),
        ("H&Ps and discharge summaries", "skill:clinical-documentation"),
        ("E/M leveling", "skill:e-m-levels"),
        ("Epic Hyperspace", "skill:epic"),
        ("Experience in Epic.", "skill:epic"),
        ("EPIC REQUIRED", "skill:epic"),
        ("Microsoft Access or SQL", "skill:ms-access"),
        ("Word, Excel and Outlook", "skill:ms-word"),
        ("RHIT required", "certification:rhit"),
        ("Registered Health Information Technician", "certification:rhit"),
        ("CCS-P or CPC-A", "certification:ccs-p"),
        ("CPC-A welcome", "certification:cpc"),
    ],
)
def test_terms_found_through_names_and_synonyms(text: str, term: str, catalogue: Catalogue) -> None:
    assert term in ids(text, catalogue)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("the epicentre of the outbreak", "skill:epic"),
        ("an epic effort by the team", "skill:epic"),
        ("Patient Access Representative", "skill:ms-access"),
        ("Access to records is limited", "skill:ms-access"),
        ("a good roi for the hospital", "skill:release-of-information"),
        ("please send him your resume", "skill:health-information-management"),
        ("prompt replies to every word of the request", "skill:ms-word"),
        ("reports to the HIM director", "skill:statistical-reports"),
        ("ICD-10-PCS coding", "skill:icd-10-cm"),  # the longer spelling wins
        ("the CPTRs group", "skill:cpt"),
        ("Collected data, entry logs and faxes", "skill:data-entry"),  # a comma splits a phrase
        ("a strict dress code", "skill:medical-coding"),
        ("HIMSS conference", "skill:health-information-management"),
    ],
)
def test_false_hits_avoided(text: str, term: str, catalogue: Catalogue) -> None:
    assert term not in ids(text, catalogue)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Scanned 300 documents a day", "skill:scanning-indexing"),
        ("Coded 40 charts a day", "skill:medical-coding"),
        ("Abstracted cancer cases", "skill:abstracting"),
        ("Trained 4 new clerks", "skill:training"),
        ("Scheduled 60 patients a day", "skill:scheduling"),
        ("Photocopied records", "skill:fax-copier"),
    ],
)
def test_past_tense_of_a_skill_word_counts(text: str, term: str, catalogue: Catalogue) -> None:
    assert term in ids(text, catalogue)


def test_longest_spelling_wins_but_both_terms_of_a_shared_spelling_count(
    catalogue: Catalogue,
) -> None:
    found = find_terms("ICD-10-PCS and ICD-10-CM", catalogue)
    assert found["skill:icd-10-pcs"] == ["ICD-10-PCS"]
    assert found["skill:icd-10-cm"] == ["ICD-10-CM"]
    shared = find_terms("Knows the HIPAA Security Rule", catalogue)
    assert {"skill:hipaa", "skill:records-security"} <= set(shared)


EXPECTED = {
    "him_technician.txt": {
        "skill:chart-analysis",
        "skill:scanning-indexing",
        "skill:mpi",
        "skill:release-of-information",
        "skill:hipaa",
        "skill:icd-10-cm",  # written "ICD10"
        "skill:oracle-health",  # written "Cerner PowerChart"
        "skill:epic",
        "skill:onbase",
        "skill:joint-commission",
        "skill:dnfb",
        "skill:ms-excel",
        "skill:ms-word",
        "skill:ms-outlook",
        "skill:medical-terminology",
        "skill:anatomy-physiology",
        "certification:rhit",
        "certification:rhia",
    },
    "inpatient_coder.txt": {
        "skill:icd-10-cm",
        "skill:icd-10-pcs",  # also written "icd 10 pcs"
        "skill:drg",
        "skill:encoder",  # "3M 360 Encompass"
        "skill:physician-queries",
        "skill:clinical-documentation",  # "CDI"
        "skill:classification-manuals",  # "Coding Clinic"
        "skill:coding-productivity",
        "skill:dnfb",
        "skill:pathophysiology",
        "skill:pharmacology",
        "certification:ccs",
        "certification:cpc",
    },
    "roi_specialist.txt": {
        "skill:release-of-information",
        "skill:hipaa",
        "skill:hitech",
        "skill:part-2",
        "skill:subpoenas",
        "skill:roi-software",
        "skill:cures-act",
        "skill:confidentiality",
        "skill:meditech",
        "skill:ten-key",
        "skill:customer-service",
        "certification:chps",
    },
    "clinic_records_clerk.txt": {
        "skill:eclinicalworks",
        "skill:filing-retrieval",
        "skill:data-entry",
        "skill:fax-copier",
        "skill:hipaa",
        "skill:medical-terminology",
        "skill:customer-service",
        "certification:cmaa",
        "certification:cehrs",
    },
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_postings_yield_the_field_terms(name: str, catalogue: Catalogue) -> None:
    text = read_posting(POSTINGS / name)
    found = ids(text, catalogue)
    assert EXPECTED[name] <= found, EXPECTED[name] - found


def test_clinic_posting_has_no_coding_terms(catalogue: Catalogue) -> None:
    found = ids(read_posting(POSTINGS / "clinic_records_clerk.txt"), catalogue)
    assert not {"skill:icd-10-cm", "skill:drg", "skill:epic", "skill:ms-access"} & found


def test_report_separates_covered_and_missing(catalogue: Catalogue) -> None:
    r = resume(
        basics={"summary": "RHIT with 5 years of ICD-10-CM coding and release of information."},
        work=[{"name": "Mercy", "highlights": ["Scanned 300 documents a day into Epic."]}],
        skills=[{"name": "epic"}, {"name": "HIPAA", "keywords": ["chart deficiency analysis"]}],
        certificates=[{"name": "Registered Health Information Technician"}],
    )
    report = match_posting(r, read_posting(POSTINGS / "him_technician.txt"), catalogue=catalogue)
    covered = {h.term.id: h for h in report.covered}
    missing = {h.term.id: h for h in report.missing}
    assert {
        "skill:icd-10-cm",
        "skill:release-of-information",
        "skill:epic",
        "skill:hipaa",
        "skill:chart-analysis",
        "skill:scanning-indexing",
        "certification:rhit",
    } <= set(covered)
    assert covered["skill:epic"].resume_paths == ("work[0].highlights[0]", "skills[0].name")
    assert covered["certification:rhit"].resume_paths == (
        "basics.summary",
        "certificates[0].name",
    )
    assert {"skill:oracle-health", "skill:mpi", "skill:onbase", "certification:rhia"} <= set(
        missing
    )
    cerner = missing["skill:oracle-health"]
    assert cerner.posting_spellings == ("Cerner", "PowerChart")
    posting = read_posting(POSTINGS / "him_technician.txt")
    assert [posting[s:e] for s, e in cerner.posting_spans] == ["Cerner", "PowerChart"]


def test_missing_skills_come_with_dataset_bullets_tagged_with_them(catalogue: Catalogue) -> None:
    report = match_posting(resume(), "Maintain the master patient index.", catalogue=catalogue)
    (hit,) = [h for h in report.missing if h.term.id == "skill:mpi"]
    assert hit.suggestions
    assert all("mpi" in entry.skills for entry in hit.suggestions)
    role_ids = {r.id for r in catalogue.role(report.role_id).responsibilities}
    assert hit.suggestions[0].id in role_ids  # the target role's own bullets first


def test_suggestions_leave_out_bullets_already_in_the_resume(catalogue: Catalogue) -> None:
    tagged = [
        r for r in catalogue.role(catalogue.default_role).responsibilities if "mpi" in r.skills
    ]
    r = resume(work=[{"highlights": [tagged[0].text]}])
    # The bullet names the MPI, so the term is covered and needs no suggestions ...
    report = match_posting(r, "master patient index", catalogue=catalogue)
    assert report.covered and not report.missing
    # ... and a term it does not name gets suggestions without that bullet.
    other = match_posting(r, "MPI and EMPI work, duplicate records", catalogue=catalogue)
    for hit in other.missing:
        assert tagged[0].text not in [s.text for s in hit.suggestions]


def test_score_is_weighted_covered_over_found(catalogue: Catalogue) -> None:
    posting = "ICD-10-CM coding, Epic, and teamwork."  # coding 2, coding 2, software 2, soft 1
    r = resume(skills=[{"name": "ICD-10-CM"}, {"name": "Teamwork"}])
    report = match_posting(r, posting, catalogue=catalogue)
    weights = {h.term.id: h.term.weight for h in report.found}
    assert weights == {
        "skill:icd-10-cm": 2.0,
        "skill:medical-coding": 2.0,
        "skill:epic": 2.0,
        "skill:teamwork": 1.0,
    }
    assert report.score == round(100 * 3 / 7)
    assert [h.term.id for h in report.missing] == ["skill:medical-coding", "skill:epic"]


def test_posting_without_field_terms_has_no_score(catalogue: Catalogue) -> None:
    report = match_posting(
        sample_resume(), "Barista wanted, latte art a plus.", catalogue=catalogue
    )
    assert report.found == () and report.score is None


def test_sample_resume_covers_most_of_the_coder_posting(catalogue: Catalogue) -> None:
    report = match_posting(
        sample_resume(), read_posting(POSTINGS / "inpatient_coder.txt"), catalogue=catalogue
    )
    assert report.score is not None and 50 <= report.score < 100
    assert "skill:drg" in {h.term.id for h in report.covered}


def test_unknown_role_is_a_clear_error(catalogue: Catalogue) -> None:
    with pytest.raises(DatasetError, match="Unknown role"):
        match_posting(None, "ICD-10", catalogue=catalogue, role_id="astronaut")


def test_json_resume_job_file(catalogue: Catalogue) -> None:
    text = read_posting(POSTINGS / "coder_job.json")
    assert "Harbor Point" not in text  # the company is not part of the posting text
    found = ids(text, catalogue)
    assert {
        "skill:icd-10-cm",
        "skill:cpt",
        "skill:hcpcs",
        "skill:e-m-levels",
        "skill:hcc-risk-adjustment",
        "skill:epic",
        "skill:encoder",
        "certification:cpc",
        "certification:ccs-p",
    } <= found


def test_bad_posting_files(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="missing.txt: does not exist"):
        read_posting(tmp_path / "missing.txt")
    broken = tmp_path / "job.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(UserError, match="not valid JSON"):
        read_posting(broken)
    broken.write_text(json.dumps({"basics": {"name": "A resume, not a job"}}), encoding="utf-8")
    with pytest.raises(UserError, match="job file has no description"):
        read_posting(broken)
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    with pytest.raises(UserError, match="empty"):
        read_posting(empty)
    assert posting_text({"title": "Coder", "skills": [{"keywords": ["CPT"]}]}) == "Coder\nCPT"


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "resume_builder.cli", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("match") / "sample.json"
    path.write_text(json.dumps(sample_resume().to_json_dict()), encoding="utf-8")
    return path


def test_cli_match_text(sample_file: Path) -> None:
    result = run_cli("match", str(sample_file), str(POSTINGS / "him_technician.txt"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Score: ")
    assert "Missing (" in result.stdout and "Oracle Health (Cerner)" in result.stdout


def test_cli_match_json(sample_file: Path) -> None:
    result = run_cli(
        "match",
        str(sample_file),
        str(POSTINGS / "coder_job.json"),
        "--json",
        "--role",
        "medical-coder",
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["role"] == "medical-coder"
    assert 0 <= data["score"] <= 100
    assert {m["id"] for m in data["missing"]} | {c["id"] for c in data["covered"]} >= {
        "skill:cpt",
        "certification:cpc",
    }


def test_cli_match_errors(sample_file: Path, tmp_path: Path) -> None:
    result = run_cli("match", str(sample_file), str(tmp_path / "nope.txt"))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "nope.txt" in result.stderr
    result = run_cli("match", str(sample_file), str(POSTINGS / "roi_specialist.txt"), "--role", "x")
    assert result.returncode == 1 and "Unknown role" in result.stderr
    assert run_cli("match", str(sample_file)).returncode == 2
