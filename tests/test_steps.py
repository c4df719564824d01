"""The step registry: one definition of "done", plain words for every open problem."""

from __future__ import annotations

import pytest

from resume_builder.coaching import lint_resume
from resume_builder.coaching.strength import resume_strength
from resume_builder.models import Certificate, Resume, Skill
from resume_builder.steps import (
    MIN_SKILLS,
    STEPS,
    describe_path,
    is_done,
    open_problems,
    progress,
    step_for_path,
)


def _texts(resume: Resume, step_id: str) -> list[str]:
    return [p.text for p in open_problems(resume) if p.step == step_id]


def test_every_step_is_declared_once_with_its_page() -> None:
    ids = [s.id for s in STEPS]
    assert len(ids) == len(set(ids))
    assert ids[0] == "role" and ids[-1] == "review"
    assert all(s.page.endswith("Page") for s in STEPS)
    # a step that offers suggestions opens the side panel on them
    assert all(s.side_tab == "suggestions" for s in STEPS if s.suggestion_kind)


def test_rules_say_what_to_do_in_words(minimal_resume: Resume) -> None:
    assert _texts(Resume(), "experience") == ["Add at least one job"]
    assert "Add a phone number" in _texts(minimal_resume, "contact")
    minimal_resume.basics.email = "maria@"
    assert any(t.startswith("Check the email address") for t in _texts(minimal_resume, "contact"))
    assert _texts(Resume(), "skills") == [f"Add at least {MIN_SKILLS} skills (0 so far)"]
    assert _texts(Resume(), "certifications") == []


def test_skills_rule_agrees_with_the_coach() -> None:
    """The step list and the Coach's checklist count skills the same way, to the same bar."""
    for count in (MIN_SKILLS - 1, MIN_SKILLS):
        resume = Resume(skills=[Skill(name=f"Skill {i}") for i in range(count)])
        coach = next(i for i in resume_strength(resume, findings=[]).items if i.id == "skills")
        assert coach.done == is_done("skills", resume, open_problems(resume))


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("certificates[0].expiryDate", "Certification 1, expiry date"),
        ("work[1].highlights[2]", "Job 2, bullet 3"),
        ("basics.summary", "Summary"),
    ],
)
def test_paths_in_plain_words(path: str, words: str) -> None:
    assert describe_path(path) == words


@pytest.mark.parametrize(
    ("path", "step_id"),
    [
        ("basics.summary", "summary"),
        ("basics.email", "contact"),
        ("work[1].highlights[0]", "experience"),
        ("certificates[0].expiryDate", "certifications"),
        ("projects[0].highlights[1]", "more"),
        ("workshop", "more"),
    ],
)
def test_a_path_belongs_to_the_step_that_edits_it(path: str, step_id: str) -> None:
    assert step_for_path(path) == step_id


def test_the_coach_s_problems_keep_a_step_open(full_resume: Resume) -> None:
    """An expired credential and patient details are open problems, named in plain words."""
    assert is_done("certifications", full_resume, open_problems(full_resume))
    full_resume.certificates.append(
        Certificate(name="Registered Health Information Technician (RHIT)", expiry_date="2020-01")
    )
    full_resume.work[0].highlights.append("Pulled the chart for MRN 4471123 on request")
    problems = open_problems(full_resume, lint_resume(full_resume))
    assert not is_done("certifications", full_resume, problems)
    assert not is_done("experience", full_resume, problems)
    expired = next(p for p in problems if p.step == "certifications")
    assert expired.where == f"Certification {len(full_resume.certificates)}, expiry date" or (
        expired.where.startswith("Certification")
    )
    assert all("[" not in p.where for p in problems)


def test_progress_counts_only_steps_with_content() -> None:
    empty = Resume()
    done, counted = progress(empty, open_problems(empty))
    assert done == 0
    assert counted == len([s for s in STEPS if s.sections and not s.optional])
    with_cert = Resume(certificates=[Certificate(name="RHIT")])
    done, counted_with = progress(with_cert, open_problems(with_cert))
    assert (done, counted_with) == (1, counted + 1)
