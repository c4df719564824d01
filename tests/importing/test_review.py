"""Applying a review to an import, and importing into an open resume as a new version."""

from __future__ import annotations

import pytest

from resume_builder.importing.review import (
    ReviewError,
    add_as_version,
    apply_review,
    path_tokens,
)
from resume_builder.importing.text_reader import import_text
from resume_builder.models import Resume
from resume_builder.versions import switch_version, version_names

TEXT = """Pat Example, RHIT
pat@example.com

Experience
Coder, Riverside Clinic    2019 - 2021
- Coded visits
- Filed charts
Clerk, Hill Hospital    2017 - 2019
- Scanned records

Skills
CPT, HIPAA
"""


def test_path_tokens() -> None:
    assert path_tokens("work[0].highlights[12]") == ["work", 0, "highlights", 12]
    assert path_tokens("basics.location.city") == ["basics", "location", "city"]


def test_fix_and_drop_fields_and_entries() -> None:
    resume = import_text(TEXT).resume
    reviewed = apply_review(
        resume,
        {"work[0].position": "Medical Coder", "work[0].endDate": "Present"},
        ["work[0].highlights[0]", "work[1]", "skills[1]"],
    )
    assert [j.position for j in reviewed.work] == ["Medical Coder"]
    assert reviewed.work[0].end_date is None
    assert reviewed.work[0].highlights == ["Filed charts"]
    assert [s.name for s in reviewed.skills] == ["CPT"]
    assert resume.work[0].position == "Coder"  # the import itself is untouched


def test_dropping_several_items_of_one_list_drops_the_right_ones() -> None:
    resume = import_text(TEXT).resume
    reviewed = apply_review(resume, {}, ["work[0].highlights[1]", "work[0].highlights[0]"])
    assert reviewed.work[0].highlights == []
    assert reviewed.work[1].highlights == ["Scanned records"]


def test_a_value_the_resume_cannot_hold_is_refused_by_name() -> None:
    with pytest.raises(ReviewError, match=r"work\[0\].startDate"):
        apply_review(import_text(TEXT).resume, {"work[0].startDate": "soon"}, [])


def test_import_as_a_new_version_keeps_everything(full_resume: Resume) -> None:
    imported = import_text(TEXT).resume
    merged = add_as_version(full_resume, imported, "Imported")

    assert version_names(merged) == ["Imported", "Main"]
    assert [j.name for j in merged.work] == ["Riverside Clinic", "Hill Hospital"]
    # The shared contact details are the open resume's: the import did not overwrite them.
    assert merged.basics.email == full_resume.basics.email
    assert merged.basics.name == full_resume.basics.name
    back = switch_version(merged, "Main")
    assert back.work == full_resume.work
    assert back.skills == full_resume.skills


def test_import_as_a_version_fills_empty_contact_details() -> None:
    merged = add_as_version(Resume(), import_text(TEXT).resume, "From my old resume")
    assert merged.basics.email == "pat@example.com"


def test_merge_an_entry_split_in_two_into_the_one_above() -> None:
    resume = import_text(TEXT).resume
    reviewed = apply_review(
        resume, {"work[1].location": "Decatur, IL"}, [], [("work[1]", "work[0]")]
    )
    (job,) = reviewed.work
    assert (job.position, job.name, job.start_date) == ("Coder", "Riverside Clinic", "2019")
    assert job.location == "Decatur, IL"  # missing in the target, taken from the source
    assert job.highlights == ["Coded visits", "Filed charts", "Scanned records"]
