"""Plain text to a resume: headings in English and Spanish, any bullet marker, written dates."""

from __future__ import annotations

import pytest

from resume_builder.importing.dates import find_range
from resume_builder.importing.headings import section_for
from resume_builder.importing.text_reader import import_text


@pytest.mark.parametrize(
    ("text", "start", "end", "present"),
    [
        ("03/2022 - Present", "2022-03", None, True),
        ("Mar 2022", "2022-03", None, False),
        ("March 2022 – Present", "2022-03", None, True),
        ("2019 - 2021", "2019", "2021", False),
        ("Summer 2020 to Fall 2021", "2020-06", "2021-09", False),
        ("Sept. 2018 – Jan. 2020", "2018-09", "2020-01", False),
        ("2021-06 to 2023-01", "2021-06", "2023-01", False),
        ("marzo de 2020 - actualidad", "2020-03", None, True),
        ("ene 2019 – dic 2020", "2019-01", "2020-12", False),
    ],
)
def test_dates_in_the_forms_people_write(text, start, end, present) -> None:
    found = find_range(f"Coder, Riverbend Clinic   {text}")
    assert (found.start, found.end, found.present) == (start, end, present)


def test_a_code_is_not_a_date() -> None:
    assert find_range("ICD-10-CM and CPT codes 99213") is None


@pytest.mark.parametrize(
    ("heading", "section"),
    [
        ("Work History", "work"),
        ("PROFESSIONAL EXPERIENCE:", "work"),
        ("Employment", "work"),
        ("Credentials", "certificates"),
        ("Licenses & Certifications", "certificates"),
        ("Technical Skills", "skills"),
        ("Experiencia Laboral", "work"),
        ("Formación Académica", "education"),
        ("Habilidades", "skills"),
        ("Idiomas", "languages"),
        ("E X P E R I E N C E", "work"),
        ("C ERTI FI C ATI ONS", "certificates"),
        ("Experience managing release of information queues", None),
    ],
)
def test_headings_in_any_common_wording(heading: str, section: str | None) -> None:
    assert section_for(heading) == section


SPANISH = """\
ANA MARÍA GÓMEZ RUIZ, RHIT
Técnica en Documentación Sanitaria
ana.gomez@example.com | +34 612 345 678 | Madrid

PERFIL PROFESIONAL
Técnica con seis años en archivo y codificación clínica.

EXPERIENCIA LABORAL
Técnica de Documentación Sanitaria — Hospital Universitario del Sur    marzo de 2020 - actualidad
  ▪ Codificación de altas hospitalarias con CIE-10-ES
  ▪ Gestión de solicitudes de acceso a la historia clínica
Auxiliar Administrativa, Clínica San Rafael    ene 2017 – feb 2020
  1) Archivo y digitalización de historias clínicas

FORMACIÓN ACADÉMICA
Técnico Superior en Documentación y Administración Sanitarias
Instituto de Formación Profesional La Paz    2016

IDIOMAS
Español (nativo), Inglés (B2)
"""


def test_a_spanish_resume() -> None:
    result = import_text(SPANISH)
    resume = result.resume
    assert resume.basics.name == "Ana María Gómez Ruiz"
    assert resume.basics.credentials == ["RHIT"]
    assert resume.basics.email == "ana.gomez@example.com"
    assert resume.basics.phone == "+34 612 345 678"
    assert [j.position for j in resume.work] == [
        "Técnica de Documentación Sanitaria",
        "Auxiliar Administrativa",
    ]
    assert [j.name for j in resume.work] == ["Hospital Universitario del Sur", "Clínica San Rafael"]
    assert (resume.work[0].start_date, resume.work[0].end_date) == ("2020-03", None)
    assert resume.work[1].end_date == "2020-02"
    assert len(resume.work[0].highlights) == 2
    assert resume.work[1].highlights == ["Archivo y digitalización de historias clínicas"]
    assert resume.education[0].institution == "Instituto de Formación Profesional La Paz"
    assert resume.education[0].end_date == "2016"
    assert [(x.language, x.fluency) for x in resume.languages] == [
        ("Español", "nativo"),
        ("Inglés", "B2"),
    ]
    # An all-capitals name is recased, and the reader says it is less sure of it.
    assert result.confidence("basics.name") < result.confidence("basics.email")


ENGLISH = """\
Jonathan Q. Whitfield-Montgomery RHIA CHDA
Springfield, IL · (555) 010-2233 · jon.wm@example.com · linkedin.com/in/jwm-example

Work History
Cedar Valley Medical Group
HIM Analyst | Summer 2020 - Current
* Built the monthly chart deficiency report
* Cut ROI turnaround from 22 to 9 days,
  working with the clinics' front desks
Coder at Mesa Verde Healthcare (Remote), 2018 - 2020
o Coded outpatient visits

Licenses & Certifications
Registered Health Information Administrator (RHIA), AHIMA, 2017, No. 123456
Certified Health Data Analyst (CHDA) — AHIMA — exp 12/2026

Technical Skills
Software: Epic; Cerner, 3M encoder
Coding: ICD-10-CM, CPT
"""


def test_an_english_resume_with_mixed_markers_and_layouts() -> None:
    result = import_text(ENGLISH)
    resume = result.resume
    assert resume.basics.name == "Jonathan Q. Whitfield-Montgomery"
    assert resume.basics.credentials == ["RHIA", "CHDA"]
    assert resume.basics.profiles[0].url == "linkedin.com/in/jwm-example"
    first, second = resume.work
    assert (first.position, first.name, first.start_date) == (
        "HIM Analyst",
        "Cedar Valley Medical Group",
        "2020-06",
    )
    assert first.highlights[1] == (
        "Cut ROI turnaround from 22 to 9 days, working with the clinics' front desks"
    )
    assert (second.position, second.name) == ("Coder", "Mesa Verde Healthcare (Remote)")
    assert result.confidence("work[0].startDate") < 0.7  # a season is a guess at the month
    certs = resume.certificates
    assert [c.name for c in certs] == [
        "Registered Health Information Administrator (RHIA)",
        "Certified Health Data Analyst (CHDA)",
    ]
    assert (certs[0].issuer, certs[0].date, certs[0].number) == ("AHIMA", "2017", "123456")
    assert certs[1].expiry_date == "2026-12"
    assert [(s.category, s.name) for s in resume.skills] == [
        ("Software", "Epic"),
        ("Software", "Cerner"),
        ("Software", "3M encoder"),
        ("Coding", "ICD-10-CM"),
        ("Coding", "CPT"),
    ]


def test_a_document_that_is_not_a_resume_says_so() -> None:
    result = import_text("Banana bread\n\nMash three bananas. Add flour and bake for an hour.")
    assert any("does not look like a resume" in note for note in result.notes)


DATES_FIRST = """\
DANIEL O\u2019BRIEN
Medical Records Specialist
Columbus, OH 43215 | 555-010-7781 | dobrien@example.org

EMPLOYMENT
2019 \u2013 present    Mercy Health System, Columbus, OH
                  Release of Information Specialist
                  \u25aa Logged and fulfilled 400 requests a month
                  \u25aa Trained two clerks
06/2016 \u2013 05/2019  Ohio Valley Clinic
                  Medical Records Clerk
                  \u25aa Filed and retrieved charts

EDUCATION AND TRAINING
Columbus State Community College \u2014 A.A.S. Health Information Management Technology, 2016

CERTIFICATIONS
RHIT, AHIMA (2017) #1234567

SKILLS
Epic  \u2022  ROI  \u2022  HIPAA  \u2022  Medical terminology
"""


def test_dates_first_and_employer_before_title() -> None:
    resume = import_text(DATES_FIRST).resume
    assert resume.basics.name == "Daniel O\u2019Brien"
    assert resume.basics.location.city == "Columbus"
    assert [(j.position, j.name, j.start_date, j.end_date) for j in resume.work] == [
        ("Release of Information Specialist", "Mercy Health System", "2019", None),
        ("Medical Records Clerk", "Ohio Valley Clinic", "2016-06", "2019-05"),
    ]
    assert resume.work[0].highlights == [
        "Logged and fulfilled 400 requests a month",
        "Trained two clerks",
    ]
    assert resume.education[0].institution == "Columbus State Community College"
    cert = resume.certificates[0]
    assert (cert.name, cert.issuer, cert.date, cert.number) == ("RHIT", "AHIMA", "2017", "1234567")
    assert [s.name for s in resume.skills] == ["Epic", "ROI", "HIPAA", "Medical terminology"]


ONE_LINE_JOBS = """\
Robert L. Turner Jr., RHIT
+1 555.010.2020 · rturner@example.net · Tucson, AZ

RELEVANT EXPERIENCE
Medical Records Coordinator — Desert Springs Hospital — Tucson, AZ — Jan 2020 – Present
  • Coordinated chart completion for 12 physicians
Banner Valley Clinic
Health Unit Clerk, 03/2018 - 12/2019
  • Registered patients

EDUCATION
Pima Community College, Tucson, AZ
Certificate in Health Information Technology, May 2017

LICENSES & CERTIFICATIONS
• RHIT – American Health Information Management Association (AHIMA), 2018

CORE COMPETENCIES
Chart analysis | Release of information | ICD-10-CM
"""


def test_one_line_jobs_employer_first_and_a_suffix_after_the_name() -> None:
    result = import_text(ONE_LINE_JOBS)
    resume = result.resume
    assert (resume.basics.name, resume.basics.credentials) == ("Robert L. Turner Jr.", ["RHIT"])
    assert resume.basics.phone == "+1 555.010.2020"
    assert [(j.position, j.name, j.location, j.start_date, j.end_date) for j in resume.work] == [
        ("Medical Records Coordinator", "Desert Springs Hospital", "Tucson, AZ", "2020-01", None),
        ("Health Unit Clerk", "Banner Valley Clinic", None, "2018-03", "2019-12"),
    ]
    school = resume.education[0]
    assert (school.institution, school.study_type, school.area, school.end_date) == (
        "Pima Community College",
        "Certificate",
        "Health Information Technology",
        "2017-05",
    )
    assert (resume.certificates[0].name, resume.certificates[0].date) == ("RHIT", "2018")
    assert [s.name for s in resume.skills] == [
        "Chart analysis",
        "Release of information",
        "ICD-10-CM",
    ]
    # A bare abbreviation as a certification name is flagged for the user to check.
    assert [f.path for f in result.unsure()] == ["certificates[0].name"]
