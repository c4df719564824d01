"""The resume's language: Spanish headings, dates and page words in every output, English unchanged.

Spanish PDFs are rendered for real in every template and read back with pdftotext, the PDF's own
/Lang and the ATS check, the same readings the English resume is held to.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from pdf_reading import catalog, flat, needs_poppler, page_count, pdf_text, reader
from pydantic import ValidationError
from rendered import RenderedPdfs, spanish_sample

from resume_builder.coaching.writing import lint_writing
from resume_builder.dataset import load_catalogue
from resume_builder.importing.headings import section_for
from resume_builder.language import ENGLISH, SPANISH
from resume_builder.models import SECTION_IDS, CoverLetter, Resume, Work
from resume_builder.output.checking import check_pdf
from resume_builder.output.docx_export import render_docx
from resume_builder.output.letter_export import letter_docx, letter_text, render_letter_pdf
from resume_builder.output.rendering import render_html
from resume_builder.output.text_export import render_text
from resume_builder.output.themes import discover_themes
from resume_builder.sample import sample_resume

THEMES = list(discover_themes())
SCHEMA = Path(__file__).parent / "data" / "jsonresume-schema.json"


# --- the model -------------------------------------------------------------------------------


def test_language_is_stored_under_meta_and_stays_json_resume() -> None:
    assert Resume().settings.language == "en"
    data = spanish_sample().to_json_dict()
    assert data["meta"]["resumeBuilder"]["language"] == "es"
    assert Resume.from_json_dict(data).settings.language == "es"
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert list(jsonschema.Draft7Validator(schema).iter_errors(data)) == []


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValidationError, match="language"):
        Resume.from_json_dict({"meta": {"resumeBuilder": {"language": "fr"}}})


@pytest.mark.parametrize("said", [ENGLISH, SPANISH], ids=["en", "es"])
def test_every_heading_is_one_the_importer_reads_back(said) -> None:
    """One table of heading words: what we print, the importer maps to the same section."""
    assert set(said.section_titles) == set(SECTION_IDS)
    for section_id, title in said.section_titles.items():
        assert section_for(title) == section_id, title
        assert section_for(title.upper()) == section_id, title


# --- every template, read back -----------------------------------------------------------------


@needs_poppler
@pytest.mark.parametrize("theme_id", THEMES)
def test_spanish_resume_reads_back_in_spanish(theme_id: str, rendered_pdf: RenderedPdfs) -> None:
    pdf = rendered_pdf(theme_id, "spanish").pdf
    text = flat(pdf_text(pdf)).lower()
    for section in ("summary", "work", "education", "certificates", "skills", "languages"):
        assert SPANISH.section_titles[section].lower() in text
    assert "jun 2021 \u2013 actual" in text
    assert "ago 2018 \u2013 may 2021" in text
    assert "vence dic 2028" in text
    assert "promedio: 3.8" in text and "cursos relevantes:" in text
    pages = page_count(pdf)
    assert pages >= 2
    assert all(f"página {n} de {pages}" in text for n in range(2, pages + 1))
    for english in ("present", "page 2", "experience", "expires", "certifications", "coursework"):
        assert english not in text, english
    assert catalog(pdf)["/Lang"] == "es"


@needs_poppler
@pytest.mark.parametrize("theme_id", THEMES)
def test_ats_check_reads_a_spanish_resume_right(theme_id: str, rendered_pdf: RenderedPdfs) -> None:
    report = check_pdf(rendered_pdf(theme_id, "spanish").pdf, spanish_sample())
    assert [(f.field, f.expected, f.read) for f in report.fields if not f.ok] == []
    assert report.findings == ()
    names = {f.field for f in report.fields}
    assert {"section: Experiencia", "section: Formación", "section: Habilidades"} <= names


def test_english_page_has_no_page_words_override() -> None:
    """English pages keep base.css's "Page N of M" untouched (the golden HTML checks the rest)."""
    english = render_html(sample_resume(), "classic")
    spanish = render_html(spanish_sample(), "classic")
    assert '<html lang="en">' in english and "Página" not in english
    assert '<html lang="es">' in spanish and '"  |  Página " counter(page) " de "' in spanish


# --- text, Word and the cover letter ---------------------------------------------------------


def test_text_and_word_exports_follow_the_language() -> None:
    import docx

    text = render_text(spanish_sample())
    assert "EXPERIENCIA\n" in text and "FORMACIÓN\n" in text
    assert "Jun 2021 \u2013 Actual" in text and "vence Dic 2028" in text
    assert "Promedio: 3.8" in text
    document = docx.Document(io.BytesIO(render_docx(spanish_sample())))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[:2] == ["Resumen profesional", "Experiencia"]
    assert document.core_properties.language == "es"
    assert document.core_properties.title.endswith("Currículum")
    assert "Jun 2021 \u2013 Present" in render_text(sample_resume())


def test_skill_groups_are_headed_in_the_resume_language() -> None:
    resume = spanish_sample()
    resume.skills[0].category = "coding"
    resume.skills[1].category = "Compliance & privacy"
    resume.skills[2].category = "My own group"
    text = render_text(resume)
    assert "Codificación y clasificación" in text
    assert "Cumplimiento normativo y privacidad" in text and "My own group" in text
    resume.settings.language = "en"
    assert "Coding & classification" in render_text(resume)


@needs_poppler
def test_cover_letter_follows_the_language() -> None:
    import docx

    letter = CoverLetter(
        date="2026-12-01", position="Codificador/a", opening="Me dirijo a ustedes.", body=["Hola."]
    )
    text = letter_text(spanish_sample(), letter)
    assert "1 de diciembre de 2026" in text and "Asunto: Codificador/a" in text
    assert "December 1, 2026" in letter_text(sample_resume(), letter)
    pdf = render_letter_pdf(spanish_sample(), letter, "modern").pdf
    assert catalog(pdf)["/Lang"] == "es"
    assert reader(pdf).metadata.title == "Maria Lopez, RHIT, CCA \u2014 Carta de presentación"
    assert "1 de diciembre de 2026" in flat(pdf_text(pdf))
    document = docx.Document(io.BytesIO(letter_docx(spanish_sample(), letter)))
    assert document.core_properties.title.endswith("Carta de presentación")
    assert document.core_properties.language == "es"


# --- spelling --------------------------------------------------------------------------------


def _spelling(language: str) -> dict[str, str | None]:
    resume = Resume(
        work=[
            Work(
                position="Técnico de expedientes médicos",
                highlights=[
                    "Gestioné la divulgación de información de 300 expedientes médicos al mes "
                    "en Epic, con codificación ICD-10-CM y experiensia en HIPAA y encoders."
                ],
            )
        ]
    )
    resume.settings.language = language  # type: ignore[assignment]
    found = lint_writing(resume, load_catalogue())
    return {f.excerpt: f.replacement for f in found if f.rule == "spelling"}


def test_spanish_spelling_uses_the_spanish_word_list() -> None:
    assert _spelling("es") == {"experiensia": "experiencia"}
    english = _spelling("en")
    assert "experiensia" in english and "expedientes" in english  # the language matters


# --- the command line --------------------------------------------------------------------------


@needs_poppler
def test_cli_lang_sets_the_resume_language_for_the_run(tmp_path: Path) -> None:
    def cli(*args: str) -> None:
        run = [sys.executable, "-m", "resume_builder.cli", *args]
        subprocess.run(run, check=True, capture_output=True, text=True)

    cli("sample", "--lang", "es", "-o", str(tmp_path / "es.json"))
    saved = json.loads((tmp_path / "es.json").read_text(encoding="utf-8"))
    assert saved["meta"]["resumeBuilder"]["language"] == "es"
    cli("export", str(tmp_path / "es.json"), "-o", str(tmp_path / "es.txt"))
    assert "EXPERIENCIA" in (tmp_path / "es.txt").read_text(encoding="utf-8")
    cli("export", str(tmp_path / "es.json"), "--lang", "en", "-o", str(tmp_path / "en.pdf"))
    text = flat(pdf_text((tmp_path / "en.pdf").read_bytes()))
    assert "EXPERIENCE" in text.upper() and "Page 2 of 2" in text and "Actual" not in text
