"""Writing advice: every rule fires on weak text and stays quiet on good text."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from resume_builder.coaching import lint_text, lint_writing
from resume_builder.coaching.findings import Finding
from resume_builder.dataset import Catalogue, load_catalogue
from resume_builder.models import Resume
from resume_builder.sample import sample_resume


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


def rules(findings: list[Finding]) -> list[str]:
    return [f.rule for f in findings]


def bullet(text: str, catalogue: Catalogue, *, ended: bool = False) -> list[str]:
    return rules(lint_text(text, "work[0].highlights[0]", ended=ended, catalogue=catalogue))


def resume_with(highlights: list[str], end_date: str | None = None, **basics: Any) -> Resume:
    job: dict[str, Any] = {"name": "Mercy Hospital", "position": "HIM Technician"}
    job["highlights"] = highlights
    job["startDate"] = "2019-01"
    if end_date:
        job["endDate"] = end_date
    return Resume.from_json_dict({"basics": basics, "work": [job]})


GOOD_BULLETS = [
    "Coded 55 inpatient charts a day in ICD-10-CM and ICD-10-PCS at 96% accuracy.",
    "Processed 350 release-of-information requests a month under HIPAA.",
    "Scanned and indexed 4,000 documents a month in MEDITECH with a 0.5% misfile rate.",
    "Kept the master patient index clean by merging 300 duplicate records.",
    "Led a monthly coding audit of 30 charts per provider.",
    "Trained 6 new technicians on Epic HIM and eClinicalWorks.",
    "Assigned MS-DRGs and APCs with the 3M encoder; sent HCPCS and DRG edits to RHIT staff.",
]


@pytest.mark.parametrize("text", GOOD_BULLETS)
def test_good_bullets_get_no_advice(text: str, catalogue: Catalogue) -> None:
    assert bullet(text, catalogue, ended=True) == []


def test_sample_resume_has_no_writing_problems(catalogue: Catalogue) -> None:
    findings = lint_writing(sample_resume(), catalogue)
    assert [f for f in findings if f.severity != "tip"] == []


@pytest.mark.parametrize(
    ("text", "rewrite"),
    [
        ("Responsible for scanning and indexing records.", "Scanned and indexed records."),
        ("Duties included filing charts.", "Filed charts."),
        ("Helped with coding outpatient visits.", "Coded outpatient visits."),
        ("Worked on the Epic go-live.", None),
        ("responsible for ROI requests", None),
        ("Assisted with chart audits.", None),
    ],
)
def test_weak_opening(text: str, rewrite: str | None, catalogue: Catalogue) -> None:
    findings = lint_text(text, "x", catalogue=catalogue)
    weak = [f for f in findings if f.rule == "weak-opening"]
    assert len(weak) == 1
    assert weak[0].replacement == rewrite
    assert "action verb" in weak[0].message
    assert "no-action-verb" not in rules(findings)  # one piece of advice, not two


@pytest.mark.parametrize(
    "text",
    [
        "Helped convert 45,000 paper charts to Epic.",  # a dataset bullet: says what was done
        "Assisted 40 walk-in requesters a day.",
        "Worked 3 coding-hold queues daily.",
    ],
)
def test_verbs_that_only_look_weak(text: str, catalogue: Catalogue) -> None:
    assert "weak-opening" not in bullet(text, catalogue)


@pytest.mark.parametrize(
    "text",
    [
        "Excellent knowledge of ICD-10-CM and CPT coding.",
        "Various clerical duties in a busy HIM office.",
        "The go-to person for 12 physicians' record requests.",
    ],
)
def test_no_action_verb_fires(text: str, catalogue: Catalogue) -> None:
    assert "no-action-verb" in bullet(text, catalogue)


@pytest.mark.parametrize(
    "text",
    [
        "Coding 40 charts a day for two clinics.",  # a gerund is still a verb
        "Reconciled 120 charge corrections a week.",
        "ICD-10-CM coding for 3 clinics.",  # not sure it is a noun phrase: stay quiet
        "Triaged the ROI queue every morning.",  # a dataset verb not in the curated list
    ],
)
def test_no_action_verb_quiet(text: str, catalogue: Catalogue) -> None:
    assert "no-action-verb" not in bullet(text, catalogue)


@pytest.mark.parametrize(
    ("text", "past"),
    [
        ("Code 40 inpatient charts a day.", "Coded"),
        ("Codes 40 inpatient charts a day.", "Coded"),
        ("Scan 300 documents a day.", "Scanned"),
        ("Verify 25 insurance claims a day.", "Verified"),
        ("Lead 3 coders on the night shift.", "Led"),
    ],
)
def test_present_tense_in_past_job(text: str, past: str, catalogue: Catalogue) -> None:
    findings = [f for f in lint_text(text, "x", ended=True, catalogue=catalogue)]
    tense = [f for f in findings if f.rule == "present-tense"]
    assert len(tense) == 1
    assert tense[0].replacement is not None and tense[0].replacement.startswith(past + " ")


@pytest.mark.parametrize(
    ("text", "ended"),
    [
        ("Code 40 inpatient charts a day.", False),  # current job: present is right
        ("Coded 40 inpatient charts a day.", True),
        ("Set up 4 new scanning stations.", True),  # "set" reads the same in both tenses
        ("Audit of 200 charts for E/M levels each quarter.", True),  # noun use
        ("Audits completed on time for 4 clinics.", True),  # noun as the subject
    ],
)
def test_present_tense_quiet(text: str, ended: bool, catalogue: Catalogue) -> None:
    assert "present-tense" not in bullet(text, catalogue, ended=ended)


def test_present_tense_uses_the_job_end_date(catalogue: Catalogue) -> None:
    past = resume_with(["Code 40 charts a day."], end_date="2022-05")
    current = resume_with(["Code 40 charts a day."])
    assert "present-tense" in rules(lint_writing(past, catalogue))
    assert "present-tense" not in rules(lint_writing(current, catalogue))


@pytest.mark.parametrize(
    "text",
    [
        "Maintained high coding accuracy on internal audits.",
        "Reduced the chart backlog by working extra shifts.",
        "Improved ROI turnaround for attorney requests.",
        "Processed a high volume of records requests.",
    ],
)
def test_no_number_fires(text: str, catalogue: Catalogue) -> None:
    findings = lint_text(text, "x", catalogue=catalogue)
    tips = [f for f in findings if f.rule == "no-number"]
    assert len(tips) == 1 and tips[0].severity == "tip"


@pytest.mark.parametrize(
    "text",
    [
        "Maintained 98% coding accuracy on internal audits.",
        "Reduced the chart backlog from 900 to 150 records.",
        "Improved ROI turnaround from twelve days to five.",
        "Greeted visitors and answered questions at the front desk.",  # nothing to count
        "Reduced DNFB days from [N] to [N].",  # the placeholder rule covers it
    ],
)
def test_no_number_quiet(text: str, catalogue: Catalogue) -> None:
    assert "no-number" not in bullet(text, catalogue)


def test_too_long(catalogue: Catalogue) -> None:
    long_bullet = " ".join(["Coded"] + ["charts"] * 30) + "."
    assert "too-long" in bullet(long_bullet, catalogue)
    assert "too-long" not in bullet(" ".join(["Coded"] + ["charts"] * 29), catalogue)
    summary = " ".join(["word"] * 81)
    assert "too-long" in rules(lint_text(summary, "basics.summary", role="summary"))
    assert "too-long" not in rules(lint_text(" ".join(["word"] * 79), "s", role="summary"))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I coded 40 charts a day.", "I"),
        ("Coded charts for my supervisor's 3 clinics.", "my"),
        ("Trained 4 clerks who reported to me.", "me"),
        ("I'm skilled in 3 EHRs.", "I'm"),
    ],
)
def test_first_person_fires(text: str, word: str, catalogue: Catalogue) -> None:
    found = [f for f in lint_text(text, "x", catalogue=catalogue) if f.rule == "first-person"]
    assert [f.excerpt for f in found] == [word]


@pytest.mark.parametrize(
    "text",
    [
        "Coded records for a Level I trauma center.",
        "Assigned HCPCS Level I and II codes to 90 visits a day.",
        "Mentored 3 coders.",
        "Maine (ME) and Idaho clinics: 2 sites.",
    ],
)
def test_first_person_quiet(text: str, catalogue: Catalogue) -> None:
    assert "first-person" not in bullet(text, catalogue)


def test_first_person_in_summary() -> None:
    findings = lint_text("I am an RHIT with 5 years of coding.", "basics.summary", role="summary")
    assert "first-person" in rules(findings)


def test_placeholder(catalogue: Catalogue) -> None:
    findings = lint_text("Coded [N] charts a day at [N]% accuracy.", "x", catalogue=catalogue)
    placeholders = [f for f in findings if f.rule == "placeholder"]
    assert [(f.excerpt, f.severity) for f in placeholders] == [("[N]", "error")] * 2
    assert placeholders[0].start == 6
    assert "placeholder" not in bullet("Coded 45 charts a day [per policy 7].", catalogue)


def test_placeholder_in_dataset_bullet_is_caught(catalogue: Catalogue) -> None:
    slotted = next(
        r.text for r in catalogue.role(catalogue.default_role).responsibilities if "[N]" in r.text
    )
    assert "placeholder" in bullet(slotted, catalogue)


def test_repeated_opening_verb(catalogue: Catalogue) -> None:
    resume = resume_with(
        [
            "Managed the ROI queue of 300 requests.",
            "Managed 2 scanning clerks.",
            "Manages the chart locator for 4 clinics.",
            "Managed off-site storage of 900 boxes.",
            "Coded 40 charts a day.",
        ]
    )
    repeated = [f for f in lint_writing(resume, catalogue) if f.rule == "repeated-verb"]
    assert [f.path for f in repeated] == ["work[0].highlights[2]", "work[0].highlights[3]"]
    assert "4 bullets" in repeated[0].message and "Oversaw" in repeated[0].message


def test_two_uses_of_a_verb_are_fine(catalogue: Catalogue) -> None:
    resume = resume_with(["Managed 2 clerks.", "Managed 900 boxes.", "Coded 40 charts a day."])
    assert "repeated-verb" not in rules(lint_writing(resume, catalogue))


def test_spelling_flags_typos_with_suggestions(catalogue: Catalogue) -> None:
    findings = lint_text("Recieved and proccessed 40 requests a day.", "x", catalogue=catalogue)
    spelling = {f.excerpt: f.replacement for f in findings if f.rule == "spelling"}
    assert spelling == {"Recieved": "Received", "proccessed": "processed"}


@pytest.mark.parametrize(
    "text",
    [
        "Coded HCPCS, DRG and APC edits in MEDITECH and eClinicalWorks for RHIT review.",
        "Worked meditech and cerner workqueues; abstracted 40 charts a day.",  # field words
        "Emailed results to Dr. Okonkwo at St. Vincent's in Tulsa.",  # names mid-sentence
        "Analysed colour-coded paediatric charts.",  # British spelling
        "Posted to https://example.org/roi and jane.doe@example.com daily.",
        "Coded E11.9, Z79.4 and 99213 visits.",
        "Assigned MS-DRGs and queried hospitalists on 20 charts.",
        "Worked NCCI and MUE edits with the PFS team on 30 claims a day.",  # unknown acronyms
    ],
)
def test_spelling_quiet_on_field_words(text: str, catalogue: Catalogue) -> None:
    assert "spelling" not in bullet(text, catalogue)


def test_findings_carry_paths_spans_and_stable_ids(catalogue: Catalogue) -> None:
    first = resume_with(["Responsible for filing.", "Coded 40 charts a day."])
    moved = resume_with(["Coded 40 charts a day.", "Responsible for filing."])
    a = [f for f in lint_writing(first, catalogue) if f.rule == "weak-opening"][0]
    b = [f for f in lint_writing(moved, catalogue) if f.rule == "weak-opening"][0]
    assert (a.path, b.path) == ("work[0].highlights[0]", "work[0].highlights[1]")
    assert a.id == b.id and a.id.startswith("weak-opening:")
    assert (a.start, a.end) == (0, len("Responsible for"))


# The `lint` command ------------------------------------------------------------------------

ROOT = Path(__file__).resolve().parents[1]


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "resume_builder.cli", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def test_cli_lint_prints_one_finding_per_line(tmp_path: Path) -> None:
    resume = resume_with(
        ["Responsible for coding.", "Fixed the overlay on MRN 12345678."], end_date="2022-01"
    )
    data = resume.to_json_dict()
    data["certificates"] = [{"name": "RHIT", "expiryDate": "2001-01"}]
    path = tmp_path / "r.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = run_cli("lint", str(path))
    assert result.returncode == 0, result.stderr  # findings are advice, not failure
    lines = result.stdout.splitlines()
    assert lines[0].startswith('work[0].highlights[1]: error [phi-mrn] "MRN 12345678"')
    assert any(
        line.startswith("certificates[0].expiryDate: error [cert-expired]") for line in lines
    )
    assert any(line.startswith("work[0].highlights[0]: warning [weak-opening]") for line in lines)
    assert any(line.startswith("3 findings. Strength: ") for line in lines)

    as_json = json.loads(run_cli("lint", str(path), "--json").stdout)
    assert [f["rule"] for f in as_json["findings"]] == ["phi-mrn", "cert-expired", "weak-opening"]
    assert 0 <= as_json["strength"]["score"] <= 100


def test_cli_lint_bad_input(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    result = run_cli("lint", str(broken))
    assert result.returncode == 1
    assert result.stderr.startswith("resume-builder: ") and result.stderr.count("\n") == 1
    assert run_cli("lint").returncode == 2
