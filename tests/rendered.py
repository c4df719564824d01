"""The resumes the PDF tests read back, and each PDF rendered once for the whole test session.

A layout takes about a second; the template, ATS and language tests read the same PDFs many
ways, so they share them through the session fixture ``rendered_pdf`` (tests/conftest.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from resume_builder.models import Resume, Skill
from resume_builder.output.exporting import render_pdf
from resume_builder.output.pdf import ExportResult
from resume_builder.sample import sample_resume
from resume_builder.storage import load_resume

ATS_DATA = Path(__file__).parent / "data" / "ats"


def large_resume() -> Resume:
    """Five jobs of eight bullets and thirty skills: several pages in every template."""
    resume = sample_resume()
    template = resume.work[0]
    jobs = []
    for number in range(1, 6):
        job = template.model_copy(deep=True)
        job.position = f"Health Information Technician {number}"
        job.name = f"Employer Number {number} Medical Center"
        job.highlights = [
            f"Bullet {k} of job {number}: coded and audited inpatient records in ICD-10-CM and "
            "CPT with high accuracy and clear provider queries."
            for k in range(1, 9)
        ]
        jobs.append(job)
    resume.work = jobs
    categories = ["coding", "software", "compliance"]
    resume.skills = [
        Skill(name=f"Skill number {k}", category=categories[k % 3]) for k in range(1, 31)
    ]
    return resume


def sparse_resume() -> Resume:
    """Just a name and one job."""
    return Resume.from_json_dict(
        {
            "basics": {"name": "Sam Doe"},
            "work": [{"name": "Clinic", "position": "Records Clerk", "startDate": "2020-01"}],
        }
    )


def spanish_sample() -> Resume:
    """The sample resume in Spanish."""
    resume = sample_resume()
    resume.settings.language = "es"
    return resume


RESUMES: dict[str, Callable[[], Resume]] = {
    "sample": sample_resume,
    "large": large_resume,
    "sparse": sparse_resume,
    "spanish": spanish_sample,
    # Written for the ATS check: two pages; and an unusual shape (hyphenated name, profiles).
    "long": lambda: load_resume(ATS_DATA / "long.json"),
    "unusual": lambda: load_resume(ATS_DATA / "unusual.json"),
}
"""Each call builds a fresh resume, so a test may change the one it gets."""


class _Recorder(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


class RenderedPdfs:
    """Every (template, resume, paper) rendered at most once, with WeasyPrint's warnings."""

    def __init__(self) -> None:
        """Start empty: PDFs are rendered when first asked for."""
        self._done: dict[tuple[str, str, str], tuple[ExportResult, list[str]]] = {}

    def __call__(self, theme_id: str, kind: str = "sample", paper: str = "letter") -> ExportResult:
        """The PDF of resume ``kind`` (a key of RESUMES) in ``theme_id`` on ``paper``."""
        return self._render(theme_id, kind, paper)[0]

    def weasyprint_warnings(
        self, theme_id: str, kind: str = "sample", paper: str = "letter"
    ) -> list[str]:
        """What WeasyPrint warned while laying that PDF out (unsupported CSS, missing glyphs)."""
        return self._render(theme_id, kind, paper)[1]

    def _render(self, theme_id: str, kind: str, paper: str) -> tuple[ExportResult, list[str]]:
        key = (theme_id, kind, paper)
        if key not in self._done:
            logger = logging.getLogger("weasyprint")
            recorder, level = _Recorder(), logger.level
            logger.addHandler(recorder)
            logger.setLevel(logging.WARNING)
            try:
                result = render_pdf(RESUMES[kind](), template=theme_id, paper=paper)
            finally:
                logger.removeHandler(recorder)
                logger.setLevel(level)
            self._done[key] = (result, recorder.messages)
        return self._done[key]
