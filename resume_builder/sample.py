"""A complete sample resume of a fictional medical records technician.

It fills every section, so it serves as the "see an example" document in the app, as the full
fixture for template tests, and as the benchmark input. Everyone and everything in it is invented:
the person, employers, schools and numbers. It holds no patient information. Phone numbers use the
555-01xx range and addresses use ``example.com``/``example.org``, both reserved for fiction.
"""

from __future__ import annotations

import copy
from typing import Any

from resume_builder.models import Resume

SAMPLE_ROLE = "medical-records-technician"

_SAMPLE: dict[str, Any] = {
    "basics": {
        "name": "Maria Lopez",
        "credentials": ["RHIT", "CCA"],
        "label": "Medical Records Technician — Coding, Release of Information & Chart Audits",
        "email": "maria.lopez@example.com",
        "phone": "(555) 010-4827",
        "summary": (
            "Registered Health Information Technician with 7 years in hospital and multi-site "
            "clinic HIM departments. Codes inpatient and outpatient records in ICD-10-CM/PCS, CPT "
            "and HCPCS Level II at 96%+ audited accuracy, runs release of information under HIPAA "
            "and state law, and keeps chart deficiencies and DNFB low through daily analysis and "
            "clear provider follow-up. Fluent in Epic and MEDITECH; bilingual English/Spanish."
        ),
        "location": {"city": "Springfield", "region": "IL", "countryCode": "US"},
        "profiles": [
            {
                "network": "LinkedIn",
                "username": "maria-lopez-rhit-example",
                "url": "https://www.linkedin.com/in/maria-lopez-rhit-example",
            }
        ],
    },
    "work": [
        {
            "name": "Riverbend Regional Medical Center",
            "position": "Medical Records Technician II",
            "location": "Springfield, IL",
            "startDate": "2021-06",
            "summary": (
                "320-bed acute care hospital; HIM team of 14 supporting inpatient, emergency and "
                "outpatient surgery."
            ),
            "highlights": [
                "Code 55–65 inpatient and outpatient encounters a day in ICD-10-CM, ICD-10-PCS "
                "and CPT, holding 96.8% accuracy across four quarterly external audits.",
                "Run chart deficiency analysis for 1,200+ discharges a month, cutting delinquent "
                "records from 9.1% to 3.4% of discharges in 12 months.",
                "Process 350+ release of information requests a month under HIPAA and 42 CFR Part "
                "2, with no privacy breaches in three years.",
                "Lowered DNFB from $2.3M to $1.1M by building a daily Epic work-queue triage with "
                "patient financial services.",
                "Trained 6 new technicians on Epic HIM (Chart Deficiency, ROI, Coding) and wrote "
                "the department's 28-page desk procedures.",
            ],
        },
        {
            "name": "Lakeside Family Health Partners",
            "position": "Health Information Technician",
            "location": "Decatur, IL",
            "startDate": "2018-08",
            "endDate": "2021-05",
            "highlights": [
                "Abstracted and coded 80+ outpatient visits a day in ICD-10-CM, CPT and HCPCS Level "
                "II, including modifiers -25 and -59, for primary care and cardiology.",
                "Led a monthly internal coding audit of 30 charts per provider, raising E/M "
                "documentation compliance from 84% to 95%.",
                "Scanned, indexed and quality-checked 4,000+ documents a month in MEDITECH "
                "Expanse with a 0.5% misfile rate.",
                "Answered records requests from patients, attorneys and insurers within 10 "
                "business days, down from 22.",
            ],
        },
        {
            "name": "Prairie View Community Hospital",
            "position": "Medical Records Clerk",
            "location": "Lincoln, IL",
            "startDate": "2016-09",
            "endDate": "2018-07",
            "highlights": [
                "Assembled and analyzed 600+ discharged paper and hybrid charts a month for "
                "missing signatures, dictations and authentications.",
                "Retrieved and filed records for clinics and the ED with 99% same-day turnaround.",
                "Helped convert 45,000 paper records to MEDITECH as part of a 10-person scanning "
                "team, two months ahead of schedule.",
                "Kept the master patient index clean by finding and merging 300+ duplicate "
                "medical record numbers.",
            ],
        },
    ],
    "volunteer": [
        {
            "organization": "Springfield Free Clinic",
            "position": "Volunteer Health Records Assistant",
            "startDate": "2019-03",
            "highlights": [
                "Set up the clinic's paper-to-electronic intake filing system and trained 12 "
                "volunteers on HIPAA basics.",
            ],
        }
    ],
    "education": [
        {
            "institution": "Lincoln Land Valley Community College",
            "area": "Health Information Technology",
            "studyType": "Associate of Applied Science (AAS)",
            "startDate": "2014-08",
            "endDate": "2016-05",
            "score": "3.8 / 4.0",
            "courses": [
                "ICD-10-CM/PCS Coding",
                "CPT/HCPCS Coding",
                "Legal Aspects of Health Information",
                "Healthcare Statistics",
            ],
        }
    ],
    "certificates": [
        {
            "name": "Registered Health Information Technician (RHIT)",
            "issuer": "AHIMA",
            "date": "2016-07",
            "number": "RHIT-0000-4821",
            "expiryDate": "2028-12",
        },
        {
            "name": "Certified Coding Associate (CCA)",
            "issuer": "AHIMA",
            "date": "2017-04",
            "number": "CCA-0000-1937",
            "expiryDate": "2028-12",
        },
        {
            "name": "Basic Life Support (BLS) Provider",
            "issuer": "American Heart Association",
            "date": "2026-02",
            "expiryDate": "2028-02",
        },
    ],
    "skills": [
        {"name": "ICD-10-CM", "category": "coding"},
        {"name": "ICD-10-PCS", "category": "coding"},
        {"name": "CPT", "category": "coding"},
        {"name": "HCPCS Level II", "category": "coding"},
        {"name": "MS-DRG assignment", "category": "coding"},
        {"name": "Medical terminology", "category": "coding"},
        {"name": "Epic (HIM, Chart Deficiency, ROI)", "category": "software"},
        {"name": "MEDITECH Expanse", "category": "software"},
        {"name": "3M encoder", "category": "software"},
        {"name": "Microsoft Excel", "category": "software"},
        {"name": "HIPAA Privacy Rule", "category": "compliance"},
        {"name": "Release of information", "category": "compliance"},
        {"name": "42 CFR Part 2", "category": "compliance"},
        {"name": "Chart deficiency analysis", "category": "compliance"},
        {"name": "Coding audits", "category": "compliance"},
        {"name": "Provider queries", "category": "soft"},
        {"name": "Training and desk procedures", "category": "soft"},
        {"name": "Bilingual English/Spanish", "category": "soft"},
    ],
    "projects": [
        {
            "name": "Epic HIM Work-Queue Redesign",
            "entity": "Riverbend Regional Medical Center",
            "roles": ["Project lead"],
            "startDate": "2023-01",
            "endDate": "2023-06",
            "description": (
                "Redesigned deficiency and coding work queues with IT and revenue cycle."
            ),
            "highlights": [
                "Cut average discharged-not-final-coded days from 6.2 to 3.1.",
                "Retired 9 legacy queues and wrote routing rules for the remaining 5.",
            ],
        },
        {
            "name": "Release of Information Turnaround Study",
            "entity": "Lakeside Family Health Partners",
            "startDate": "2020-02",
            "endDate": "2020-09",
            "highlights": [
                "Mapped the request workflow and removed two hand-offs; median turnaround fell "
                "from 22 to 9 business days."
            ],
        },
    ],
    "awards": [
        {
            "title": "HIM Employee of the Year",
            "date": "2023-12",
            "awarder": "Riverbend Regional Medical Center",
        },
        {
            "title": "Outstanding HIT Graduate",
            "date": "2016-05",
            "awarder": "Lincoln Land Valley Community College",
        },
    ],
    "publications": [
        {
            "name": "Five Habits That Shrink the Deficiency Backlog",
            "publisher": "Illinois HIMA Newsletter",
            "releaseDate": "2024-03",
            "summary": "A practical guide to daily chart deficiency analysis in small teams.",
        }
    ],
    "languages": [
        {"language": "English", "fluency": "Native"},
        {"language": "Spanish", "fluency": "Professional working proficiency"},
    ],
    "interests": [
        {"name": "Data quality", "keywords": ["Excel dashboards", "process improvement"]},
        {"name": "Community health"},
        {"name": "Trail running"},
    ],
    "references": [{"reference": "Supervisor and physician references available on request."}],
    "meta": {
        "version": "1.0.0",
        "resumeBuilder": {
            "targetRole": SAMPLE_ROLE,
            "template": "classic",
            "paper": "letter",
        },
    },
}


def sample_resume() -> Resume:
    """A fresh copy of the sample resume (callers may change it freely)."""
    return Resume.from_json_dict(copy.deepcopy(_SAMPLE))
