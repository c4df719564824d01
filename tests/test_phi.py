"""Patient information in a resume is flagged; look-alikes common in this field are not."""

from __future__ import annotations

import pytest

from resume_builder.coaching import find_phi, lint_resume, phi_in_text
from resume_builder.models import Resume
from resume_builder.sample import sample_resume

PHI = [
    ("Updated the chart for patient John Smith after a merge.", "phi-name", "patient John Smith"),
    ("Called patient Jones about her records request.", "phi-name", "patient Jones"),
    ("Reviewed Mr. Jones's diabetes follow-up notes.", "phi-name", "Mr. Jones"),
    ("Mrs. Alvarez was admitted for surgery twice.", "phi-name", "Mrs. Alvarez"),
    ("Corrected MRN 12345678 on a scanned consent form.", "phi-mrn", "MRN 12345678"),
    ("Fixed the overlay on MR# 004-55123.", "phi-mrn", "MR# 004-55123"),
    ("Medical record number: 55512345 was merged.", "phi-mrn", "Medical record number: 55512345"),
    ("Found SSN 123-45-6789 on a faxed form.", "phi-ssn", "SSN 123-45-6789"),
    ("Redacted 123-45-6789 from a release packet.", "phi-ssn", "123-45-6789"),
    (
        "Social Security number 219099999 was on the fax.",
        "phi-ssn",
        "Social Security number 219099999",
    ),
    ("Verified DOB 01/02/1980 before release.", "phi-dob", "DOB 01/02/1980"),
    ("The requester was born 1/2/80 per the form.", "phi-dob", "born 1/2/80"),
    (
        "Confirmed date of birth March 3, 1975 with the caller.",
        "phi-dob",
        "date of birth March 3, 1975",
    ),
    ("Posted a payment to account # 12345.", "phi-account", "account # 12345"),
    ("Resubmitted claim no. 44871239 after a denial.", "phi-account", "claim no. 44871239"),
    (
        "Released records for a patient with HIV to his attorney.",
        "phi-diagnosis",
        "patient with HIV",
    ),
    (
        "Jane D. diagnosed with breast cancer requested her records.",
        "phi-diagnosis",
        "Jane D. diagnosed with",
    ),
    (
        "Coded the stay of a woman who had a miscarriage.",
        "phi-diagnosis",
        "woman who had a miscarriage",
    ),
]


@pytest.mark.parametrize(("text", "rule", "excerpt"), PHI)
def test_phi_is_flagged(text: str, rule: str, excerpt: str) -> None:
    findings = phi_in_text(text, "work[0].highlights[0]")
    assert [(f.rule, f.excerpt) for f in findings] == [(rule, excerpt)]
    finding = findings[0]
    assert finding.severity == "error" and finding.kind == "privacy"
    assert text[finding.start : finding.end] == excerpt
    assert "Ignore" in finding.message


LOOK_ALIKES = [
    "Earned the RHIT #12345 credential in 2019.",
    "Credential ID 8841230, AHIMA member ID 123456789.",
    "License number 123-45-6789 on file with the state.",
    "Call (555) 123-4567 or 555-123-4567.",
    "Worked there 2019-2023 (Jan 2019 – Mar 2023).",
    "Chicago, IL 60601-1234",
    "Kept 98% accuracy and 99.5% uptime.",
    "Processed 1,200 requests a month.",
    "Coded E11.9, I10 and Z79.4 for diabetes follow-up visits.",
    "Applied HIPAA and HITECH to every release.",
    "Verified patient DOB and MRN on every request.",
    "Verified account numbers and claim numbers for 300 accounts.",
    "Coded records for patients with diabetes and COPD.",
    "Worked in Patient Access and Patient Financial Services.",
    "Patient Safety Committee member since 2021.",
    "Worked with Resident Physicians on chart completion.",
    "Trained with Mrs. Carter, HIM Director, on chart deficiencies.",
    "Supported Mrs. Carter's coding team during the Epic go-live.",
    "Maintained the master patient index (MPI).",
    "Answered patient questions about portal access.",
    "Reduced DNFB from 5.2 to 3.1 days.",
    "Ran SSN verification for new registrations.",
    "Shipped lot 900-12-3456 and lot 000-12-3456 of forms.",  # not valid SSN areas
    "Abstracted 40 cancer cases a month for the tumor registry.",
    "Released 3 patients' records under 42 CFR Part 2.",
    "Coded Patients Diagnosed With Cancer in the oncology work queue.",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_are_not_flagged(text: str) -> None:
    assert phi_in_text(text) == []


def test_certificate_numbers_are_never_read() -> None:
    resume = Resume.from_json_dict(
        {
            "certificates": [
                {"name": "RHIT", "number": "123-45-6789", "date": "2019-06"},
                {"name": "CCS", "number": "MRN 12345678"},
            ]
        }
    )
    assert find_phi(resume) == []


def test_every_text_field_is_scanned_with_its_path() -> None:
    resume = Resume.from_json_dict(
        {
            "basics": {"name": "Ana Ruiz", "phone": "555-123-4567", "summary": "Ex: MRN 4455667"},
            "work": [{"name": "Mercy", "highlights": ["Coded 40 charts.", "Merged MRN 9988776"]}],
            "projects": [{"name": "Audit", "description": "Reviewed claim # 55667788"}],
            "skills": [{"name": "ROI", "keywords": ["DOB 01/02/1980"]}],
        }
    )
    paths = [(f.path, f.rule) for f in find_phi(resume)]
    assert paths == [
        ("basics.summary", "phi-mrn"),
        ("work[0].highlights[1]", "phi-mrn"),
        ("projects[0].description", "phi-account"),
        ("skills[0].keywords[0]", "phi-dob"),
    ]


def test_ids_are_stable_and_ignorable() -> None:
    one = Resume.from_json_dict(
        {"work": [{"highlights": ["Coded 9 charts.", "Fixed MRN 12345678"]}]}
    )
    two = Resume.from_json_dict({"work": [{"highlights": ["Fixed MRN 12345678 ", "Coded 9."]}]})
    (a,) = find_phi(one)
    (b,) = find_phi(two)
    assert a.id == b.id and a.path != b.path
    assert a.id != phi_in_text("Fixed MRN 87654321")[0].id
    remaining = lint_resume(one, ignored={a.id}, spelling=False)
    assert [f for f in remaining if f.kind == "privacy"] == []


def test_sample_resume_has_no_phi() -> None:
    assert find_phi(sample_resume()) == []
