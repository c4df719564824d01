"""The strength score and its checklist, and the certification expiry alerts it relies on."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from resume_builder.coaching import certificate_alerts, lint_resume, resume_strength
from resume_builder.coaching.certificates import expiry_day
from resume_builder.dataset import load_catalogue
from resume_builder.models import Resume
from resume_builder.sample import sample_resume

TODAY = date(2026, 11, 29)


def strong_resume(**changes: Any) -> Resume:
    data: dict[str, Any] = {
        "basics": {
            "name": "Ana Ruiz",
            "email": "ana@example.com",
            "phone": "(555) 201-4410",
            "location": {"city": "Tulsa", "region": "OK"},
            "summary": (
                "Registered Health Information Technician with 6 years of hospital coding, "
                "release of information and chart deficiency analysis in Epic."
            ),
        },
        "work": [
            {
                "name": "Mercy Hospital",
                "position": "HIM Technician",
                "startDate": "2020-01",
                "highlights": [
                    "Coded 45 outpatient visits a day at 97% accuracy.",
                    "Processed 300 release-of-information requests a month.",
                    "Cut delinquent records from 9% to 3% in 12 months.",
                ],
            }
        ],
        "education": [{"institution": "Tulsa CC", "studyType": "AAS", "area": "HIT"}],
        "certificates": [{"name": "RHIT", "date": "2020-06", "expiryDate": "2028-06"}],
        "skills": [
            {"name": "ICD-10-CM"},
            {"name": "CPT"},
            {"name": "HCPCS"},
            {"name": "Epic"},
            {"name": "HIPAA"},
            {"name": "Release of information"},
            {"name": "Chart deficiency analysis"},
            {"name": "Medical terminology"},
        ],
    }
    data.update(changes)
    return Resume.from_json_dict(data)


def report_items(resume: Resume) -> dict[str, bool]:
    report = resume_strength(resume, today=TODAY)
    return {item.id: item.done for item in report.items}


def test_a_strong_resume_scores_100() -> None:
    report = resume_strength(strong_resume(), today=TODAY)
    assert report.score == 100
    assert report.to_do == ()
    assert sum(item.weight for item in report.items) == 100


def test_an_empty_resume_scores_what_it_has() -> None:
    report = resume_strength(Resume(), today=TODAY)
    done = {i.id for i in report.items if i.done}
    assert done == {"writing", "privacy"}  # nothing written, nothing wrong
    assert report.score == 20
    assert report.to_do[0].id == "experience"  # the heaviest item comes first


@pytest.mark.parametrize(
    ("changes", "item", "text"),
    [
        ({"basics": {"name": "Ana Ruiz", "email": "ana@example.com"}}, "contact", "phone and city"),
        ({"education": []}, "education", "education"),
        ({"certificates": []}, "certifications", "List your certifications"),
        (
            {"certificates": [{"name": "RHIT", "expiryDate": "2025-06"}]},
            "certifications",
            "Renew or update RHIT",
        ),
        ({"skills": [{"name": "CPT", "keywords": ["HCPCS"]}]}, "skills", "you have 2"),
    ],
)
def test_each_item_can_fail(changes: dict[str, Any], item: str, text: str) -> None:
    report = resume_strength(strong_resume(**changes), today=TODAY)
    (entry,) = [i for i in report.items if i.id == item]
    assert not entry.done and text in entry.text
    assert report.score == 100 - entry.weight - sum(
        i.weight for i in report.items if not i.done and i.id != item
    )


def test_summary_experience_and_numbers() -> None:
    short = strong_resume()
    short.basics.summary = "RHIT."
    assert report_items(short)["summary"] is False
    thin = strong_resume()
    thin.work[0].highlights = ["Coded 45 visits a day.", "Filed charts."]
    items = report_items(thin)
    assert items["experience"] is False
    vague = strong_resume()
    vague.work[0].highlights = ["Coded visits.", "Processed requests.", "Filed charts at [N]%."]
    assert report_items(vague)["numbers"] is False


def test_writing_and_privacy_items_follow_the_findings() -> None:
    weak = strong_resume()
    weak.work[0].highlights[0] = "Responsible for coding 45 visits a day."
    items = report_items(weak)
    assert items["writing"] is False and items["privacy"] is True
    leaky = strong_resume()
    leaky.work[0].highlights[0] = "Coded 45 visits a day, including MRN 12345678."
    assert report_items(leaky)["privacy"] is False


def test_tips_do_not_cost_points() -> None:
    resume = strong_resume()
    resume.work[0].highlights.append("Maintained high coding accuracy.")  # a no-number tip
    findings = lint_resume(resume, today=TODAY)
    assert [f.rule for f in findings] == ["no-number"]
    assert resume_strength(resume, findings, today=TODAY).score == 100


def test_sample_resume_is_strong() -> None:
    report = resume_strength(sample_resume(), today=date(2026, 1, 15))
    assert report.score >= 90, report.to_do


# Certification expiry ---------------------------------------------------------------------


def certs(*expiry: str) -> Resume:
    return Resume.from_json_dict(
        {
            "certificates": [
                {"name": n, "expiryDate": e}
                for n, e in zip(("RHIT", "CCS", "CPC")[: len(expiry)], expiry, strict=True)
            ]
        }
    )


@pytest.mark.parametrize(
    ("value", "last"),
    [
        ("2026", date(2026, 12, 31)),
        ("2026-02", date(2026, 2, 28)),
        ("2026-02-10", date(2026, 2, 10)),
    ],
)
def test_partial_expiry_dates_mean_their_last_day(value: str, last: date) -> None:
    assert expiry_day(value) == last


def test_expired_and_expiring_certifications() -> None:
    resume = certs("2026-11-28", "2027-02-27", "2027-02-28")
    alerts = certificate_alerts(resume, today=TODAY, catalogue=load_catalogue())
    assert [(a.path, a.rule, a.severity) for a in alerts] == [
        ("certificates[0].expiryDate", "cert-expired", "error"),
        ("certificates[1].expiryDate", "cert-expiring", "warning"),
    ]
    assert "expired on Nov 28, 2026" in alerts[0].message
    assert "in 90 days" in alerts[1].message
    assert "continuing education" in alerts[0].message  # the dataset's renewal rule


def test_month_precision_is_not_expired_early() -> None:
    assert certificate_alerts(certs("2026-11"), today=TODAY)[0].rule == "cert-expiring"
    assert certificate_alerts(certs("2026-10"), today=TODAY)[0].rule == "cert-expired"
    assert certificate_alerts(certs("2028"), today=TODAY) == []


def test_expiry_alerts_default_to_today() -> None:
    assert certificate_alerts(certs("2001-01"))[0].rule == "cert-expired"
    assert certificate_alerts(certs("2999-01")) == []
