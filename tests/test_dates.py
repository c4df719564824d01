"""Dates as people type them: read into the file's form, or refused in plain words."""

from __future__ import annotations

from datetime import date

import pytest

from resume_builder.dates import date_problem, normalise_date, parse_date

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("03/2022", "2022-03"),
        ("3/22", "2022-03"),
        ("3/2022", "2022-03"),
        ("03-2022", "2022-03"),
        ("12.2019", "2019-12"),
        ("March 2022", "2022-03"),
        ("Mar 2022", "2022-03"),
        ("mar. 2022", "2022-03"),
        ("Sept 2021", "2021-09"),
        ("Dec, 2020", "2020-12"),
        ("2022", "2022"),
        ("2022-03", "2022-03"),
        ("2022-03-15", "2022-03-15"),
        ("  2022 ", "2022"),
        ("5/99", "1999-05"),
        ("5/31", "2031-05"),  # up to five years ahead reads as this century
        ("marzo 2022", "2022-03"),  # Spanish month names, as the app in Spanish suggests
        ("dic. 2021", "2021-12"),
        ("enero de 2020", "2020-01"),
        ("Ago 2019", "2019-08"),
    ],
)
def test_what_people_type_is_read(typed: str, stored: str) -> None:
    assert parse_date(typed, today=TODAY) == stored


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("13/2022", "13 is not a month"),
        ("Junly 2022", "is not a month"),
        ("2021-13", "not a month"),
        ("next year", "not a date this app can read"),
        ("3/2", "not a date this app can read"),
        ("Ma 2022", "is not a month"),
    ],
)
def test_what_cannot_be_read_is_said_plainly(typed: str, words: str) -> None:
    with pytest.raises(ValueError, match=words):
        parse_date(typed, today=TODAY)
    problem = date_problem(typed)
    assert problem is not None and problem.endswith(".") and "e.g. 03/2022" in problem


def test_empty_is_no_date() -> None:
    assert date_problem("  ") is None
    assert normalise_date("") is None
