"""Field-aware coaching: tailoring to a posting, writing advice, privacy and strength checks.

Plain functions over the resume model that return frozen dataclasses, so the Qt side can show
them and the CLI can print them. Nothing here imports Qt.

- :func:`match_posting` / :func:`read_posting` / :func:`posting_text`: terms a posting uses.
- :func:`lint_resume`: every finding (writing, spelling, privacy, certifications).
- :func:`lint_text` / :func:`phi_in_text`: one field, as the user types.
- :func:`resume_strength`: the 0-100 score and its checklist.
"""

from __future__ import annotations

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
from resume_builder.coaching.review import lint_resume
from resume_builder.coaching.spelling import warm_up
from resume_builder.coaching.strength import ChecklistItem, StrengthReport, resume_strength
from resume_builder.coaching.writing import lint_text, lint_writing

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
