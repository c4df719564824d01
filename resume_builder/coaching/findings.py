"""What every coaching check returns: a :class:`Finding` the UI can show beside a field.

Findings carry a stable id so that a user's "ignore this" survives reordering bullets and editing
other text. The id is the rule plus a short digest of a rule-specific key (the flagged words for
privacy and spelling, the whole field text for writing rules), so two findings share an id only
when they are the same advice about the same words, and ignoring one ignores both.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning", "tip"]
"""error: must be fixed before sending (patient information, a placeholder left in, an expired
certification); warning: weakens the resume; tip: worth a look, often fine as it is."""

Kind = Literal["writing", "spelling", "privacy", "certificate"]

SEVERITY_ORDER: dict[str, int] = {"error": 0, "warning": 1, "tip": 2}


@dataclass(frozen=True)
class Finding:
    """One piece of advice about one field of the resume.

    Attributes:
        id: Stable id (``rule:digest``) for an ignore list, e.g. ``phi-mrn:1a2b3c4d5e``.
        rule: Rule id, e.g. ``weak-opening``, ``spelling``, ``phi-ssn``, ``cert-expired``.
        kind: Which check produced it (writing, spelling, privacy, certificate).
        severity: ``error``, ``warning`` or ``tip`` (see :data:`Severity`).
        path: JSON Resume path of the field, e.g. ``work[0].highlights[2]``.
        message: Plain advice that says what to do.
        excerpt: The words the finding is about ("" when it is about the whole field).
        start: Offset of ``excerpt`` in the field's text, or -1.
        end: End offset of ``excerpt`` in the field's text, or -1.
        replacement: A ready rewrite of the whole field or word, when there is a safe one.
    """

    id: str
    rule: str
    kind: Kind
    severity: Severity
    path: str
    message: str
    excerpt: str = ""
    start: int = -1
    end: int = -1
    replacement: str | None = None

    def to_json(self) -> dict[str, object]:
        """Plain data for ``--json`` output and for saving alongside a resume."""
        data: dict[str, object] = {
            "id": self.id,
            "rule": self.rule,
            "kind": self.kind,
            "severity": self.severity,
            "path": self.path,
            "message": self.message,
        }
        if self.excerpt:
            data.update(excerpt=self.excerpt, start=self.start, end=self.end)
        if self.replacement is not None:
            data["replacement"] = self.replacement
        return data


def finding_id(rule: str, key: str) -> str:
    """A stable id: the rule and a digest of ``key`` (case and spacing folded)."""
    folded = " ".join(key.lower().split())
    return f"{rule}:{hashlib.sha1(folded.encode('utf-8')).hexdigest()[:10]}"


def without_ignored(findings: Iterable[Finding], ignored: Collection[str]) -> list[Finding]:
    """Drop findings whose id the user chose to ignore."""
    return [f for f in findings if f.id not in ignored]


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Most serious first; then in resume order (the order the checks produced them)."""
    return sorted(findings, key=lambda f: SEVERITY_ORDER[f.severity])
