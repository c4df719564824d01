"""The soft checks shared by the form and `resume-builder validate`: each fires, and stays quiet."""

from __future__ import annotations

import pytest

from resume_builder.models import Resume
from resume_builder.validation import (
    date_order_problem,
    date_problem,
    email_problem,
    find_problems,
    phone_problem,
    url_problem,
)


@pytest.mark.parametrize(
    ("check", "good", "bad", "says"),
    [
        (email_problem, "maria.lopez@example.com", "maria.lopez", "needs an @"),
        (email_problem, "a@b.org", "maria@example", "does not look like"),
        (phone_problem, "(555) 010-4827", "555-12", "at least 7 digits"),
        (phone_problem, "+1 555 010 4827", "call me", "Use only digits"),
        (url_problem, "linkedin.com/in/maria", "not a url", "web address"),
        (date_problem, "2021-06", "2021-13", "not a month"),
    ],
)
def test_check_fires_on_bad_and_stays_quiet_on_good(check, good, bad, says) -> None:
    assert check(good) is None
    assert check("") is None
    assert says in (check(bad) or "")


def test_date_order() -> None:
    assert date_order_problem("2021-06", "2020") is not None
    assert date_order_problem("2021-06", "2021") is None  # same year at the shared precision
    assert date_order_problem("2021-06", None) is None
    assert date_order_problem("2021-13", "2020") is None  # a bad date is reported by date_problem


def test_find_problems_names_paths() -> None:
    resume = Resume.from_json_dict(
        {
            "basics": {"email": "x", "phone": "12", "url": "nope"},
            "work": [{"startDate": "2022", "endDate": "2021"}],
            "certificates": [{"date": "2020-05", "expiryDate": "2019"}],
        }
    )
    paths = [p.path for p in find_problems(resume)]
    assert paths == [
        "basics.email",
        "basics.phone",
        "basics.url",
        "work[0].endDate",
        "certificates[0].expiryDate",
    ]
    assert find_problems(Resume()) == []
