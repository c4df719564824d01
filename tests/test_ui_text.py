"""Core text marked for translation: English as plain text, its source kept for the UI."""

from __future__ import annotations

import copy
import pickle

from resume_builder.dates import date_problem
from resume_builder.models import Resume
from resume_builder.steps import STEPS, open_problems
from resume_builder.ui_text import QT_TRANSLATE_NOOP, Message

SPANISH = {
    (
        "steps",
        "Add at least {minimum} skills ({count} so far)",
    ): "Agregue al menos {minimum} (lleva {count})",
    ("dates", "{problem}."): "{problem}.",
    (
        "dates",
        "{month} is not a month: months go from 1 to 12 ({examples})",
    ): "{month} no es un mes ({examples})",
    ("dates", "e.g. 03/2022, March 2022 or 2022"): "p. ej., 03/2022",
}


def _spanish(context: str, source: str) -> str:
    """A stand-in for Qt's translate: a table."""
    return SPANISH.get((context, source), source)


def test_a_marked_text_is_the_english_text() -> None:
    marked = QT_TRANSLATE_NOOP("steps", "Target role")
    assert marked == "Target role" and isinstance(marked, str)
    assert (marked.context, marked.source) == ("steps", "Target role")
    assert all(isinstance(s.title, Message) and s.title.context == "steps" for s in STEPS)


def test_values_fill_the_english_and_the_translation() -> None:
    message = QT_TRANSLATE_NOOP("steps", "Add at least {minimum} skills ({count} so far)").fill(
        count=3, minimum=8
    )
    assert message == "Add at least 8 skills (3 so far)"
    assert message.translated(_spanish) == "Agregue al menos 8 (lleva 3)"
    assert QT_TRANSLATE_NOOP("x", "{kept} as typed").translated(_spanish) == "{kept} as typed"


def test_a_message_inside_a_message_is_translated_too() -> None:
    problem = date_problem("13/2022")
    assert (
        problem == "13 is not a month: months go from 1 to 12 (e.g. 03/2022, March 2022 or 2022)."
    )
    assert isinstance(problem, Message)
    assert problem.translated(_spanish) == "13 no es un mes (p. ej., 03/2022)."


def test_a_message_survives_copying_and_pickling() -> None:
    problems = open_problems(Resume())
    for copied in (copy.deepcopy(problems), pickle.loads(pickle.dumps(problems))):
        assert copied == problems
        assert all(isinstance(p.text, Message) for p in copied)
        assert copied[0].text.translated(_spanish) == problems[0].text
