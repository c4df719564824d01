"""Field-aware coaching: tailoring to a posting, writing advice, privacy and strength checks.

Plain functions over the resume model that return frozen dataclasses, so the Qt side can show
them and the CLI can print them. Nothing here imports Qt.

- :func:`match_posting` / :func:`read_posting` / :func:`posting_text`: terms a posting uses.
- :func:`lint_resume`: every finding (writing, spelling, privacy, certifications);
  :func:`lint_once` the same, once per resume snapshot however many ask.
- :func:`lint_text` / :func:`phi_in_text`: one field, as the user types.
- :func:`resume_strength`: the 0-100 score and its checklist.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from resume_builder.coaching.certificates import certificate_alerts
    from resume_builder.coaching.findings import Finding, finding_id, without_ignored
    from resume_builder.coaching.matching import (
        MatchReport,
        Term,
        TermHit,
        find_terms,
        match_posting,
        posting_text,
        read_posting,
    )
    from resume_builder.coaching.phi import find_phi, phi_in_text
    from resume_builder.coaching.review import lint_once, lint_resume
    from resume_builder.coaching.spelling import warm_up
    from resume_builder.coaching.strength import ChecklistItem, StrengthReport, resume_strength
    from resume_builder.coaching.writing import lint_text, lint_writing

_HOMES = {
    "certificate_alerts": "certificates",
    "Finding": "findings",
    "finding_id": "findings",
    "without_ignored": "findings",
    "MatchReport": "matching",
    "Term": "matching",
    "TermHit": "matching",
    "find_terms": "matching",
    "match_posting": "matching",
    "posting_text": "matching",
    "read_posting": "matching",
    "find_phi": "phi",
    "phi_in_text": "phi",
    "lint_once": "review",
    "lint_resume": "review",
    "warm_up": "spelling",
    "ChecklistItem": "strength",
    "StrengthReport": "strength",
    "resume_strength": "strength",
    "lint_text": "writing",
    "lint_writing": "writing",
}
"""Where each name lives. Names load on first use (PEP 562): the side panels need one or two
modules each, and loading all of them (word lists, regular expressions) slowed the app's start."""


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


__all__ = [
    "ChecklistItem",
    "Finding",
    "MatchReport",
    "StrengthReport",
    "Term",
    "TermHit",
    "certificate_alerts",
    "find_phi",
    "find_terms",
    "finding_id",
    "lint_once",
    "lint_resume",
    "lint_text",
    "lint_writing",
    "match_posting",
    "phi_in_text",
    "posting_text",
    "read_posting",
    "resume_strength",
    "warm_up",
    "without_ignored",
]
