"""Field accuracy on the committed corpus (tests/data/import_corpus, made by
scripts/make_import_corpus.py): >= 90% of fields for other PDFs and Word files, 100% for ours."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from resume_builder.importing import import_file
from resume_builder.importing.accuracy import accuracy, field_scores
from resume_builder.output.exporting import render_pdf
from resume_builder.storage import load_resume

CORPUS = Path(__file__).resolve().parents[1] / "data" / "import_corpus"
TRUTHS = sorted(CORPUS.glob("*.json"))


def test_the_corpus_has_twenty_resumes_each_as_pdf_and_docx() -> None:
    assert len(TRUTHS) >= 20
    for truth in TRUTHS:
        for suffix in (".pdf", ".docx", ".lo.pdf"):
            assert truth.with_suffix(suffix).is_file()
    size = sum(f.stat().st_size for f in CORPUS.iterdir())
    assert size < 3 * 1024 * 1024


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".lo.pdf"])
def test_other_files_get_at_least_90_percent_of_fields(suffix: str) -> None:
    scores: Counter[str] = Counter()
    for truth in TRUTHS:
        scores.update(
            field_scores(load_resume(truth), import_file(truth.with_suffix(suffix)).resume)
        )
    shares = accuracy(scores)
    assert shares["all"] >= 0.9, shares
    assert scores["bullets:total"] > 100 and scores["job title:total"] >= 50


@pytest.mark.parametrize("truth", TRUTHS[:3], ids=lambda p: p.stem)
def test_our_own_pdfs_get_every_field(truth: Path, tmp_path: Path) -> None:
    resume = load_resume(truth)
    pdf = tmp_path / "own.pdf"
    pdf.write_bytes(render_pdf(resume).pdf)
    result = import_file(pdf)
    assert accuracy(field_scores(resume, result.resume))["all"] == 1.0
    assert result.resume == resume


def test_the_score_drops_when_a_field_is_wrong() -> None:
    truth = load_resume(TRUTHS[0])
    wrong = truth.model_copy(deep=True)
    wrong.work[0].position = "Chief Executive"
    wrong.skills = wrong.skills[1:]
    scores = field_scores(truth, wrong)
    assert scores["job title"] == scores["job title:total"] - 1
    assert scores["skills"] == scores["skills:total"] - 1
    assert accuracy(scores)["all"] < 1.0
