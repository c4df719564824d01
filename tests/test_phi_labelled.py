"""The PHI check on its labelled set (tests/data/phi_sentences.json) and the issue-12 cases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from resume_builder.coaching import find_phi, phi_in_text
from resume_builder.models import Resume

DATA = json.loads((Path(__file__).parent / "data" / "phi_sentences.json").read_text("utf-8"))
SENTENCES = DATA["sentences"]


def test_the_labelled_set_is_large_and_balanced() -> None:
    assert len(SENTENCES) >= 100
    positives = sum(s["phi"] for s in SENTENCES)
    assert 40 <= positives <= len(SENTENCES) - 40


@pytest.mark.parametrize("sentence", SENTENCES, ids=lambda s: s["text"][:40])
def test_labelled_sentence(sentence: dict[str, object]) -> None:
    text = str(sentence["text"])
    flagged = phi_in_text(text, own_name=DATA["own_name"])
    assert bool(flagged) == sentence["phi"], [(f.rule, f.excerpt) for f in flagged]


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        (
            "John Smith, a patient with stage III colon cancer, asked for his records.",
            "John Smith, a patient with stage III colon cancer",
        ),
        (
            "Jane Doe, diagnosed with schizophrenia, requested an amendment.",
            "Jane Doe, diagnosed with",
        ),
        (
            "Released Robert Brown's psychiatric records to his attorney.",
            "Robert Brown's psychiatric records",
        ),
    ],
)
def test_issue_cases_are_caught_with_the_name(text: str, excerpt: str) -> None:
    (finding,) = phi_in_text(text)
    assert finding.excerpt == excerpt
    assert finding.severity == "error"


def test_the_users_own_name_is_not_a_patient() -> None:
    resume = Resume.from_json_dict(
        {
            "basics": {"name": "Jane Doe"},
            "work": [{"name": "Mercy", "highlights": ["Jane Doe's coding records were audited."]}],
        }
    )
    assert find_phi(resume) == []
    other = Resume.from_json_dict(
        {
            "basics": {"name": "Maria Lopez"},
            "work": [{"name": "Mercy", "highlights": ["Jane Doe's psychiatric records."]}],
        }
    )
    assert [f.rule for f in find_phi(other)] == ["phi-record"]


def test_physicians_are_colleagues_not_patients() -> None:
    assert phi_in_text("Prepared Dr. Karen Lee's clinic charts for the week.") == []
