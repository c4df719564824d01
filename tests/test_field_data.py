"""Corrections to the field data (issue 12), each pinned with its source."""

from __future__ import annotations

import re

import pytest

from resume_builder.coaching.certificates import certificate_alerts, credential_notes
from resume_builder.dataset import load_catalogue
from resume_builder.models import Resume
from resume_builder.sample import sample_resume
from resume_builder.suggestions import retired_note, suggest

TECH = "medical-records-technician"


def _cert(abbreviation: str):
    for cert in load_catalogue().certifications.values():
        if cert.abbreviation == abbreviation:
            return cert
    raise AssertionError(abbreviation)


def test_ctr_is_now_oncology_data_specialist() -> None:
    ods = _cert("ODS")
    assert ods.name == "Oncology Data Specialist"
    assert ods.issuer == "NCRA"
    assert {"CTR", "Certified Tumor Registrar"} <= set(ods.aliases)
    assert set(ods.former_names) == {"CTR", "Certified Tumor Registrar"}
    assert ods.renamed and "2024" in ods.renamed
    assert ods.source_url and ods.source_url.startswith("https://www.ncra-usa.org/")
    assert "ctr" not in load_catalogue().certifications


@pytest.mark.parametrize("abbreviation", ["CCA", "CCS", "CCS-P"])
def test_ahima_coding_renewal_has_no_self_reviews(abbreviation: str) -> None:
    cert = _cert(abbreviation)
    assert cert.renewal is not None
    assert "including annual coding self-reviews" not in cert.renewal
    assert "1 January 2021" in cert.renewal
    assert cert.source_url and "ahima.org" in cert.source_url


def test_expiry_message_uses_the_current_renewal_rule() -> None:
    from datetime import date

    resume = Resume.model_validate(
        {"certificates": [{"name": "CCS", "issuer": "AHIMA", "expiryDate": "2026-01"}]}
    )
    alerts = certificate_alerts(resume, today=date(2026, 6, 1), catalogue=load_catalogue())
    assert "self-review requirement on 1 January 2021" in alerts[0].message
    assert "including annual coding self-reviews" not in alerts[0].message


@pytest.mark.parametrize(
    ("abbreviation", "issuer", "url_part"),
    [
        ("CIC", "AAPC", "aapc.com"),
        ("CPMA", "AAPC", "aapc.com"),
        ("CBCS", "NHA", "nhanow.com"),
        ("CCDS", "ACDIS", "acdis.org"),
        ("CRIS", "AHIOS", "ahios.org"),
    ],
)
def test_added_credentials_have_issuer_renewal_and_source(
    abbreviation: str, issuer: str, url_part: str
) -> None:
    cert = _cert(abbreviation)
    assert cert.issuer == issuer
    assert cert.renewal
    assert cert.source == "issuer"
    assert cert.source_url and url_part in cert.source_url


@pytest.mark.parametrize("abbreviation", ["CEHRS", "CMAA"])
def test_nha_renewal(abbreviation: str) -> None:
    cert = _cert(abbreviation)
    assert cert.renewal and "10 continuing education credits every two years" in cert.renewal
    assert cert.source_url and "nhanow.com" in cert.source_url


def test_sunrise_and_touchworks_belong_to_altera() -> None:
    role = load_catalogue().role(TECH)
    assert not {"Sunrise", "TouchWorks"} & set(role.skill("veradigm").synonyms)
    altera = role.skill("altera")
    assert {"Sunrise", "TouchWorks"} <= set(altera.synonyms)
    assert "2022" in altera.evidence


def test_over_broad_synonyms_are_gone() -> None:
    catalogue = load_catalogue()
    for role in catalogue.roles.values():
        for skill in role.skills:
            lowered = {s.lower() for s in skill.synonyms}
            if skill.id == "records-security":
                assert "security" not in lowered
            if skill.id == "scanning-indexing":
                assert "imaging" not in lowered
            if skill.id == "onbase":
                assert "document imaging" not in lowered
            if skill.id == "patients":
                assert not {"patient care", "patient service"} & lowered
    for role_id in ("medical-records-clerk", "release-of-information-specialist"):
        role = catalogue.role(role_id)
        assert "audits" not in {s.id for s in role.skills}
        assert "coding" not in role.skill("audit-support").name.lower()


RISKY = [
    r"\bupdated patients'? medical histories\b",
    r"\bcompleted \[N\] disability\b",
    r"answered the same day",
    r"well inside",
    r"^Helped\b",
]


def test_risky_claims_are_gone() -> None:
    for role in load_catalogue().roles.values():
        for bullet in role.responsibilities:
            for pattern in RISKY:
                assert not re.search(pattern, bullet.text, re.IGNORECASE), bullet.text
            if "Privacy Act" in bullet.text or "Freedom of Information" in bullet.text:
                assert "federal" in bullet.text, bullet.text
            if "HIPAA" in bullet.text and "30-day" in bullet.text:
                assert "patient access" in bullet.text, bullet.text
            if "disability" in bullet.text and "forms" in bullet.text:
                assert "provider signature" in bullet.text, bullet.text
        for summary in role.summaries:
            assert "well inside" not in summary.text
    go_live = load_catalogue().role(TECH).responsibilities
    assert not any("go-live" in b.text and "Epic" in b.text for b in go_live)


def test_receptionist_bullet_does_not_read_as_triage() -> None:
    role = load_catalogue().role("medical-receptionist")
    text = next(b.text for b in role.responsibilities if b.id == "stay-calm")
    assert "urgent care" not in text and "guiding patients" not in text
    assert "clinical staff" in text


def test_sample_says_breaches_not_reportable_disclosures() -> None:
    highlights = [h for job in sample_resume().work for h in job.highlights]
    assert not any("reportable disclosures" in h for h in highlights)
    assert any("privacy breaches" in h for h in highlights)


def test_every_market_figure_has_a_year_and_source() -> None:
    market = load_catalogue().market
    for fact in market.facts:
        if fact.value is not None:
            assert fact.as_of, fact.id
            assert fact.source in ("seed", "bls"), fact.id
    for row in (*market.states, *market.best_states):
        assert row.as_of and row.source == "seed", row.code
    latest = {f.id: f for f in market.facts}["bls-median-2024"]
    assert (latest.value, latest.as_of) == (50250, "May 2024")


@pytest.mark.parametrize(
    ("kind", "query", "expected"),
    [
        ("skills", "denials", "denials-management"),
        ("skills", "chargemaster", "chargemaster"),
        ("skills", "modifiers", "modifiers-ncci"),
        ("skills", "NCCI", "modifiers-ncci"),
        ("skills", "POA", "poa-indicators"),
        ("skills", "accounting of disclosures", "accounting-of-disclosures"),
        ("skills", "legal health record", "legal-health-record"),
        ("skills", "right of access", "right-of-access"),
        ("skills", "birth certificates", "birth-certificates"),
        ("skills", "medical necessity", "medical-necessity"),
        ("skills", "sunrise", "altera"),
        ("certifications", "ODS", "ods"),
        ("certifications", "CTR", "ods"),
        ("certifications", "CIC", "cic"),
        ("certifications", "cbcs", "cbcs"),
        ("certifications", "rhit", "rhit"),
        ("certifications", "cpc", "cpc"),
    ],
)
def test_search_finds_the_right_entry(kind: str, query: str, expected: str) -> None:
    results = suggest(load_catalogue(), TECH, kind, query=query, limit=3)
    assert results and results[0].id == expected, [r.id for r in results]


@pytest.mark.parametrize(("query", "wrong"), [("rhit", "hitech"), ("cpc", "hcpcs")])
def test_short_acronyms_do_not_match_inside_other_names(query: str, wrong: str) -> None:
    results = suggest(load_catalogue(), TECH, "skills", query=query)
    assert wrong not in [r.id for r in results]
    assert suggest(load_catalogue(), TECH, "skills", query="sca")[0].id == "scanning-indexing"


@pytest.mark.parametrize("query", ["icd 9", "ICD-9", "icd9cm", "ICD-9-CM"])
def test_icd9_search_says_it_is_retired_and_points_to_icd10(query: str) -> None:
    catalogue = load_catalogue()
    note = retired_note(catalogue, query)
    assert note and "retired" in note and "ICD-10-CM" in note
    assert suggest(catalogue, TECH, "skills", query=query, limit=1)[0].id == "icd-10-cm"
    assert retired_note(catalogue, "icd 10") is None


def _notes(certificates: list[dict[str, str]]) -> list:
    resume = Resume.model_validate({"certificates": certificates})
    return credential_notes(resume, load_catalogue())


def test_wrong_issuer_is_noted() -> None:
    (note,) = _notes([{"name": "RHIT", "issuer": "AAPC"}])
    assert note.rule == "cert-wrong-issuer"
    assert "AHIMA" in note.message and "AAPC" in note.message
    assert note.path == "certificates[0].issuer"


def test_issuers_old_name_is_noted() -> None:
    (note,) = _notes([{"name": "ODS", "issuer": "National Tumor Registrars Association"}])
    assert note.rule == "cert-issuer-old-name"
    assert "NCRA" in note.message


def test_ahimas_old_name_is_noted() -> None:
    (note,) = _notes([{"name": "RHIT", "issuer": "American Medical Record Association"}])
    assert note.rule == "cert-issuer-old-name"
    assert "American Health Information Management Association (AHIMA)" in note.message


def test_renamed_credential_is_noted_with_its_source() -> None:
    (note,) = _notes([{"name": "Certified Tumor Registrar (CTR)", "issuer": "NCRA"}])
    assert note.rule == "cert-renamed"
    assert "Oncology Data Specialist (ODS)" in note.message and "2024" in note.message
    assert "ncra-usa.org" in note.message


@pytest.mark.parametrize(
    "certificate",
    [
        {"name": "RHIT", "issuer": "AHIMA"},
        {
            "name": "Registered Health Information Technician",
            "issuer": "American Health Information Management Association",
        },
        {"name": "CPC", "issuer": "AAPC"},
        {"name": "Oncology Data Specialist (ODS)", "issuer": "NCRA"},
        {"name": "CPR and First Aid", "issuer": "American Red Cross"},
    ],
)
def test_right_credentials_get_no_note(certificate: dict[str, str]) -> None:
    assert _notes([certificate]) == []


# --- spelling and weak openings -------------------------------------------------------------


def _lint(text: str) -> list:
    from resume_builder.coaching import lint_text

    return lint_text(text, "work[0].highlights[0]", catalogue=load_catalogue())


@pytest.mark.parametrize(
    "text",
    ["Trained staff on HIPPA privacy rules.", "Trained staff on hippa privacy rules."],
)
def test_hippa_is_a_misspelling_even_though_search_knows_it(text: str) -> None:
    spelling = [f for f in _lint(text) if f.rule == "spelling"]
    assert [(f.excerpt, f.replacement) for f in spelling] == [(text.split()[3], "HIPAA")]
    assert suggest(load_catalogue(), TECH, "skills", query="HIPPA", limit=1)[0].id == "hipaa"


def test_misspellings_are_not_in_the_dictionary() -> None:
    from resume_builder.coaching.spelling import field_vocabulary

    assert "hippa" not in field_vocabulary(load_catalogue())


def test_timelines_is_a_word() -> None:
    text = "Met release timelines for 300 requests a month."
    assert "spelling" not in [f.rule for f in _lint(text)]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Handled various tasks as needed.", "Handled various tasks"),
        ("I was responsible for filing charts.", "I was responsible for"),
        ("Helped out with scanning on busy days.", "Helped out"),
        ("My duties included chart assembly.", "My duties included"),
        ("Assisted in audits of 30 charts.", "Assisted in"),
    ],
)
def test_weak_opening_message_names_the_phrase_used(text: str, phrase: str) -> None:
    weak = [f for f in _lint(text) if f.rule == "weak-opening"]
    assert len(weak) == 1
    assert weak[0].message.startswith(f'"{phrase}"'), weak[0].message


# --- new roles ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role_id", "onet_code", "first_cert"),
    [
        ("cancer-registrar", "29-9021.00", "ods"),
        ("cdi-specialist", "29-2072.00", "ccds"),
        ("clinical-data-abstractor", "29-2072.00", "rhit"),
        ("coding-auditor", "29-2072.00", "cpma"),
    ],
)
def test_new_roles_are_complete_and_sourced(role_id: str, onet_code: str, first_cert: str) -> None:
    catalogue = load_catalogue()
    role = catalogue.role(role_id)
    assert role.onet_code == onet_code
    assert len(role.skills) >= 15
    assert len(role.responsibilities) >= 9
    assert len(role.summaries) >= 3
    assert role.certifications[0] == first_cert
    assert all(s.source in ("onet", "bls", "issuer", "curated") for s in role.skills)
    assert all(s.evidence for s in role.skills)
    assert not any(s.source == "seed" for s in role.skills)  # the seed is about technicians


def test_registrar_tasks_come_from_29_9021() -> None:
    role = load_catalogue().role("cancer-registrar")
    tasks = {t for s in role.skills for t in s.onet_tasks}
    assert tasks and all(t >= "22894" for t in tasks)
    assert "22904" in {b.onet_task for b in role.responsibilities}
    assert "29-9021.00" in load_catalogue().credits


@pytest.mark.parametrize(
    ("role_id", "query", "expected"),
    [
        ("cancer-registrar", "staging", "cancer-staging"),
        ("cancer-registrar", "ICD-O-3", "icd-o-3"),
        ("cdi-specialist", "concurrent review", "concurrent-review"),
        ("cdi-specialist", "CC/MCC", "cc-mcc-capture"),
        ("clinical-data-abstractor", "core measures", "quality-measures"),
        ("coding-auditor", "RAC", "payer-audit-response"),
    ],
)
def test_new_role_search(role_id: str, query: str, expected: str) -> None:
    assert suggest(load_catalogue(), role_id, "skills", query=query, limit=1)[0].id == expected
