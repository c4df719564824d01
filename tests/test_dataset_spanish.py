"""Spanish in the dataset (es.json): honest sources, checked links, and Spanish suggestions."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from resume_builder.dataset import CATEGORY_LABELS, Catalogue, load_catalogue
from resume_builder.errors import DatasetError
from resume_builder.models import Resume
from resume_builder.paths import skills_data_dir
from resume_builder.suggestions import group_by_category, suggest

ROLE = "medical-records-technician"
KEPT_IN_ENGLISH = {
    "ICD-10-CM", "CPT", "HIPAA", "ICD-10-PCS", "Epic", "Microsoft Excel", "Microsoft Word",
    "Microsoft Office", "Microsoft Outlook", "MEDITECH", "eClinicalWorks", "Microsoft Access",
    "SQL", "Tableau", "Microsoft SharePoint", "Microsoft PowerPoint", "NextGen Healthcare",
    "Veradigm (Allscripts)", "Hyland OnBase", "Laserfiche", "SAP Crystal Reports",
    "Oracle Health (Cerner)", "athenahealth", "VA VistA / CPRS", "SNOMED CT", "LOINC",
    "Chargemaster (CDM)", "Altera Digital Health (Sunrise, TouchWorks)",
}  # fmt: skip
"""Code sets, products and terms a US employer writes in English whatever the resume's language."""


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


def spanish_resume(**data: object) -> Resume:
    return Resume.from_json_dict({**data, "meta": {"resumeBuilder": {"language": "es"}}})


def test_every_translation_is_the_projects_own_and_says_so(catalogue: Catalogue) -> None:
    raw = json.loads((skills_data_dir() / "es.json").read_text(encoding="utf-8"))
    kinds = ("roles", "role_descriptions", "categories", "skills", "summaries")
    entries = [e for kind in kinds for e in raw[kind]]
    assert entries and {e["source"] for e in entries} == {"translation"}
    catalogue_file = json.loads((skills_data_dir() / "catalogue.json").read_text("utf-8"))
    assert (
        "no published Spanish glossary" in catalogue_file["sources"]["translation"]["description"]
    )
    assert catalogue.sources["translation"] == "Project translation"


def test_categories_and_summaries_all_have_spanish(catalogue: Catalogue) -> None:
    spanish = catalogue.translations["es"]
    assert set(spanish.categories) == set(CATEGORY_LABELS.values())
    summaries = {s.text for role in catalogue.roles.values() for s in role.summaries}
    assert set(spanish.summaries) == summaries
    for english, text in spanish.summaries.items():
        assert english.count("[N]") == text.count("[N]")


def test_every_role_has_a_spanish_title_and_description(catalogue: Catalogue) -> None:
    spanish = catalogue.translations["es"]
    roles = list(catalogue.roles.values())
    assert set(spanish.roles) == {role.title for role in roles}
    assert set(spanish.role_descriptions) == {role.description for role in roles}
    coder = catalogue.role("medical-coder")
    assert catalogue.translated("roles", coder.title, "es") == "Codificador médico"
    assert catalogue.translated("roles", coder.title, "en") == "Medical Coder"
    assert "ICD-10-CM/PCS" in catalogue.translated("role_descriptions", coder.description, "es")


def test_skills_without_spanish_are_the_ones_kept_in_english(catalogue: Catalogue) -> None:
    names = {s.name for role in catalogue.roles.values() for s in role.skills}
    assert names - set(catalogue.translations["es"].skills) == KEPT_IN_ENGLISH


def test_translated_falls_back_to_english(catalogue: Catalogue) -> None:
    assert catalogue.translated("skills", "Medical coding", "es") == "Codificación médica"
    assert catalogue.translated("skills", "Medical coding", "en") == "Medical coding"
    assert catalogue.translated("skills", "Epic", "es") == "Epic"
    assert catalogue.translated("categories", "Soft skills", "fr") == "Soft skills"


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (
            ("skills", "en", "Medical codng"),
            r"es\.json \(at \$\.skills\[0\]\.en\): no such English",
        ),
        (
            ("summaries", "es", "Técnico con años de experiencia."),
            r"summaries\[0\]\.es\): keep the \[N\]",
        ),
        (("categories", "source", "curated"), r"es\.json \(at \$\.categories\[0\]\.source\)"),
    ],
)
def test_a_broken_translation_is_refused_with_its_place(
    tmp_path: Path, change: tuple[str, str, str], problem: str
) -> None:
    folder = tmp_path / "skills_data"
    shutil.copytree(skills_data_dir(), folder)
    data = json.loads((folder / "es.json").read_text(encoding="utf-8"))
    kind, key, value = change
    data[kind][0][key] = value
    (folder / "es.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(DatasetError, match=problem):
        load_catalogue(folder)


def test_a_folder_without_es_json_offers_english(tmp_path: Path) -> None:
    folder = tmp_path / "skills_data"
    shutil.copytree(skills_data_dir(), folder)
    (folder / "es.json").unlink()
    bare = load_catalogue(folder)
    assert (
        suggest(bare, ROLE, "skills", resume=spanish_resume(), limit=1)[0].text == "Medical coding"
    )


def test_spanish_resume_is_offered_spanish_and_english_resume_is_unchanged(
    catalogue: Catalogue,
) -> None:
    english = suggest(catalogue, ROLE, "skills", resume=Resume(), limit=8)
    spanish = suggest(catalogue, ROLE, "skills", resume=spanish_resume(), limit=8)
    assert [s.id for s in spanish] == [s.id for s in english]
    assert (
        english[0].text == "Medical coding"
        and english[0].category_label == "Coding & classification"
    )
    assert spanish[0].text == "Codificación médica"
    assert spanish[0].category_label == "Codificación y clasificación"
    assert "ICD-10-CM" in [s.text for s in spanish]  # no translation: the English
    summary = suggest(catalogue, ROLE, "summaries", resume=spanish_resume(), limit=1)[0]
    assert summary.text.startswith("Técnico registrado en información de salud (RHIT) con [N] años")
    bullets = suggest(catalogue, ROLE, "responsibilities", language="es", limit=1)
    assert bullets[0].text.startswith("Coded [N] inpatient charts")  # no Spanish bullets yet
    assert bullets[0].category_label == "Codificación y clasificación"


def test_spanish_search_and_present_skills_work_in_either_language(catalogue: Catalogue) -> None:
    found = suggest(catalogue, ROLE, "skills", query="codificacion medica", language="es", limit=3)
    assert found[0].id == "medical-coding"
    found = suggest(catalogue, ROLE, "skills", query="medical coding", language="es", limit=3)
    assert found[0].id == "medical-coding"
    for name in ("Codificación médica", "Medical coding"):
        resume = spanish_resume(skills=[{"name": name}])
        ids = [s.id for s in suggest(catalogue, ROLE, "skills", resume=resume)]
        assert "medical-coding" not in ids


def test_spanish_groups_keep_the_category_order(catalogue: Catalogue) -> None:
    items = suggest(catalogue, ROLE, "skills", resume=spanish_resume())
    labels = list(group_by_category(items))
    expected = [
        catalogue.translated("categories", label, "es") for label in CATEGORY_LABELS.values()
    ]
    assert labels == [label for label in expected if label in labels]
    english = list(group_by_category(suggest(catalogue, ROLE, "skills")))
    assert english == [label for label in CATEGORY_LABELS.values() if label in english]
