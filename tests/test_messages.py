"""Coaching in Spanish: every message has a Spanish text, ids stay put, rules follow the resume."""

from __future__ import annotations

import importlib
import pkgutil
from datetime import date
from typing import Any

import pytest

import resume_builder
from resume_builder.coaching import lint_resume, lint_text, match_posting, resume_strength
from resume_builder.coaching.letter import lint_letter
from resume_builder.dataset import Catalogue, load_catalogue
from resume_builder.messages import Messages
from resume_builder.models import CoverLetter, Resume


def message_tables() -> dict[str, Messages]:
    """Every module-level :class:`Messages` table of the Qt-free core, by module."""
    out: dict[str, Messages] = {}
    for info in pkgutil.walk_packages(resume_builder.__path__, "resume_builder."):
        if info.name.startswith("resume_builder.ui") or info.name == "resume_builder.__main__":
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, Messages):
                out[f"{info.name}.{name}"] = value
    return out


TABLES = message_tables()


def test_the_coaching_and_cli_messages_are_found() -> None:
    modules = {name.rsplit(".", 1)[0] for name in TABLES}
    for expected in ("writing", "strength", "certificates", "phi", "letter", "matching"):
        assert f"resume_builder.coaching.{expected}" in modules
    assert "resume_builder.cli" in modules


@pytest.mark.parametrize("name", sorted(TABLES))
def test_every_message_has_spanish_with_the_same_placeholders(name: str) -> None:
    assert TABLES[name].problems() == []


def test_the_completeness_check_catches_missing_spanish_and_placeholder_drift() -> None:
    table = Messages(
        {
            "ok": {"en": "Fix {count} things", "es": "Corrija {count} cosas"},
            "untranslated": {"en": "Hello", "es": " "},
            "drift": {"en": "Replace {slot}", "es": "Cambie {hueco}"},
            "lonely/one": {"en": "{count} item", "es": "{count} elemento"},
        }
    )
    assert table.problems() == [
        "untranslated: no text in es",
        "drift: the es text's placeholders differ from the English",
        "lonely/one: has no lonely/other",
    ]


def test_plural_forms_and_unknown_languages() -> None:
    table = Messages(
        {
            "n/one": {"en": "{count} day", "es": "{count} día"},
            "n/other": {"en": "{count} days", "es": "{count} días"},
        }
    )
    assert table.plural("n", 1, "es") == "1 día"
    assert table.plural("n", 0, "es") == "0 días"
    assert table.plural("n", 2, "fr") == "2 days"


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


def weak_resume(language: str = "en") -> Resume:
    data: dict[str, Any] = {
        "basics": {"name": "Ana Ruiz", "summary": "HIM technician."},
        "work": [
            {
                "name": "Mercy Hospital",
                "position": "HIM Technician",
                "startDate": "2019-01",
                "endDate": "2023-06",
                "highlights": [
                    "Responsible for scanning records",
                    "I codes [N] charts a day",
                    "Corrected MRN 10442871 for patient John Smith",
                ],
            }
        ],
        "certificates": [
            {"name": "RHIT", "issuer": "AHIMA", "expiryDate": "2026-03-03"},
            {"expiryDate": "2020-05"},
        ],
        "meta": {"resumeBuilder": {"language": language}},
    }
    resume = Resume.from_json_dict(data)
    return resume


def test_spanish_findings_have_the_english_ids_rules_and_places(catalogue: Catalogue) -> None:
    today = date(2026, 2, 1)
    english = lint_resume(weak_resume(), catalogue=catalogue, today=today)
    spanish = lint_resume(weak_resume(), catalogue=catalogue, today=today, lang="es")
    assert {"weak-opening", "placeholder", "phi-mrn", "cert-expiring"} <= {f.rule for f in english}
    assert [(f.id, f.rule, f.path, f.excerpt) for f in spanish] == [
        (f.id, f.rule, f.path, f.excerpt) for f in english
    ]
    by_rule = {f.rule: f.message for f in spanish}
    assert by_rule["placeholder"].startswith("Cambie [N] por su propia cifra")
    assert by_rule["weak-opening"].startswith("«Responsible for» describe el puesto")
    assert "número de expediente médico" in by_rule["phi-mrn"]
    assert by_rule["cert-expiring"].startswith("RHIT vence el 3 de marzo de 2026 (en 30 días)")
    assert by_rule["cert-expired"].startswith("Esta certificación venció en mayo de 2020.")
    assert (
        "expires on Mar 3, 2026 (in 30 days)"
        in {f.rule: f.message for f in english}["cert-expiring"]
    )


def test_spanish_resume_skips_the_english_grammar_rules(catalogue: Catalogue) -> None:
    text = "Me encargué de escanear [N] expedientes médicos al día"
    english = lint_text(text, catalogue=catalogue, ended=True, spelling=False)
    spanish = lint_text(text, catalogue=catalogue, ended=True, language="es", lang="es")
    assert "first-person" in [f.rule for f in english]  # "Me" read as English
    assert [f.rule for f in spanish] == ["placeholder"]
    misspelt = lint_text("Escaneé expedintes médicos", language="es", lang="es")
    assert [(f.rule, f.excerpt) for f in misspelt] == [("spelling", "expedintes")]
    assert misspelt[0].message.startswith("«expedintes» puede tener un error de ortografía")


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Responsable de escanear expedientes médicos", "Responsable de"),
        ("Encargada de la recepción de solicitudes", "Encargada de"),
        ("Mis funciones incluían archivar expedientes", "Mis funciones incluían"),
        ("Funciones: archivar expedientes", "Funciones:"),
        ("Ayudé con la divulgación de información", "Ayudé con"),
    ],
)
def test_spanish_weak_openings(text: str, excerpt: str) -> None:
    found = lint_text(text, language="es", spelling=False, lang="es")
    assert [(f.rule, f.excerpt) for f in found] == [("weak-opening", excerpt)]
    assert found[0].message.startswith(f"«{excerpt.rstrip(':')}» describe el puesto")
    assert "Tramité 60 solicitudes" in lint_text(text, language="es", spelling=False)[0].message
    assert lint_text(text, language="en", spelling=False, role="summary") == []


def test_spanish_first_person_and_strong_bullets() -> None:
    found = lint_text("Yo codifiqué 40 expedientes al día", language="es", spelling=False)
    assert [(f.rule, f.excerpt) for f in found] == [("first-person", "Yo")]
    good = "Tramité 60 solicitudes de divulgación de información por semana"
    assert lint_text(good, language="es", lang="es") == []


def test_strength_checklist_in_spanish(catalogue: Catalogue) -> None:
    resume = weak_resume()
    english = resume_strength(resume, catalogue=catalogue, today=date(2026, 2, 1))
    spanish = resume_strength(resume, catalogue=catalogue, today=date(2026, 2, 1), lang="es")
    assert spanish.score == english.score
    assert [i.id for i in spanish.items] == [i.id for i in english.items]
    texts = {i.id: i.text for i in spanish.items}
    assert (
        texts["contact"]
        == "Agregue su correo electrónico, teléfono y ciudad a los datos de contacto"
    )
    assert texts["writing"].startswith("Corrija ")
    assert texts["privacy"] == "Quite lo que parece información de pacientes (2 lugares)"
    assert {i.id: i.text for i in english.items}["privacy"].endswith("(2 places)")


def test_letter_and_posting_notes_in_spanish(catalogue: Catalogue) -> None:
    letter = CoverLetter(
        greeting="To whom it may concern,",
        opening="I am applying to [Employer] as a coder.",
        body=["I am a hard worker."],
        closing="Thank you.",
    )
    findings = lint_letter(letter, lang="es")
    messages = {f.rule: f.message for f in findings}
    assert (
        "«To whom it may concern» es una frase hecha. Escriba «Dear Hiring Manager,» o el "
        "nombre de la persona de contacto." in [f.message for f in findings]
    )
    assert (
        messages["letter-slot"]
        == "Cambie [Employer] por el dato real (employer) antes de enviarla."
    )
    assert messages["letter-length"].startswith("La carta tiene ")

    posting = (
        "Requirements:\nAssociate degree required.\n3 years of experience required.\nICD-10-CM"
    )
    report = match_posting(weak_resume(), posting, catalogue=catalogue, lang="es")
    assert report.explanation.startswith("Parte de los términos del campo")
    details = {c.requirement.kind: c.detail for c in report.requirements}
    assert details["experience"] == "Sus empleos suman unos 4.5 años; el anuncio pide 3."
    assert (
        details["education"]
        == "El anuncio pide: título de asociado (associate). Agregue su formación."
    )
