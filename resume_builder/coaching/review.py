"""All of the coaching for a whole resume in one call: writing, spelling, privacy, certifications.

The UI's review panel and ``resume-builder lint`` both want the same list, in the same order,
with the user's ignored findings left out; this is that one place.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Collection
from datetime import date
from typing import TYPE_CHECKING

from resume_builder.coaching.certificates import certificate_alerts, credential_notes
from resume_builder.coaching.findings import Finding, sort_findings, without_ignored
from resume_builder.coaching.phi import find_phi
from resume_builder.coaching.writing import lint_writing
from resume_builder.errors import DatasetError

if TYPE_CHECKING:
    from resume_builder.dataset import Catalogue
    from resume_builder.models import Resume

log = logging.getLogger(__name__)


def default_catalogue() -> Catalogue | None:
    """The bundled dataset, or ``None`` (with a log line) if it cannot be loaded.

    Coaching still works without it, with the curated word lists only.
    """
    from resume_builder.dataset import load_catalogue

    try:
        return load_catalogue()
    except DatasetError as exc:
        log.warning("coaching without the field dataset: %s", exc)
        return None


def lint_resume(
    resume: Resume,
    *,
    catalogue: Catalogue | None = None,
    today: date | None = None,
    ignored: Collection[str] = (),
    spelling: bool = True,
    lang: str = "en",
) -> list[Finding]:
    """Every finding for ``resume``, errors first, then warnings, then tips.

    Within a severity the order is the resume's: writing and spelling, then privacy, then
    certifications.

    Args:
        resume: The resume to review.
        catalogue: The dataset (field words, verbs, renewal notes); ``None`` loads the bundled
            one, falling back to curated lists if it is missing.
        today: The date for certification expiry; ``None`` means today.
        ignored: Finding ids the user chose to ignore.
        spelling: Check spelling (the first check loads a word list, about 0.25 s).
        lang: The language of the messages (the reader's); what is checked follows the
            resume's own language.
    """
    catalogue = catalogue if catalogue is not None else default_catalogue()
    findings = [
        *lint_writing(resume, catalogue, spelling=spelling, lang=lang),
        *find_phi(resume, lang=lang),
        *certificate_alerts(resume, today=today, catalogue=catalogue, lang=lang),
        *(credential_notes(resume, catalogue, lang=lang) if catalogue is not None else ()),
    ]
    return sort_findings(without_ignored(findings, ignored))


class _LastLint:
    """The findings for the newest resume snapshot, computed once for all who ask.

    Why: the app's window (step list, Review), its Coach tab and its export warning all check
    every edit; a snapshot is never changed in place, so the same snapshot, catalogue and
    language give the same findings, and the second caller (on another thread too) waits for the
    first instead of linting again.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._key: tuple[Resume, Catalogue | None, str] | None = None
        self._findings: list[Finding] = []

    def findings(
        self, resume: Resume, catalogue: Catalogue | None = None, lang: str = "en"
    ) -> list[Finding]:
        """Every finding for ``resume`` (ignored ones included), as :func:`lint_resume` gives."""
        with self._lock:
            key = self._key
            if key is None or key[0] is not resume or key[1] is not catalogue or key[2] != lang:
                self._findings = lint_resume(resume, catalogue=catalogue, lang=lang)
                self._key = (resume, catalogue, lang)
            return list(self._findings)


lint_once = _LastLint().findings
"""Every finding for a resume snapshot, linted once however many ask for the same snapshot."""
