"""Tailored versions share contact details and keep their own content, through save and load."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from resume_builder.models import Resume, Skill
from resume_builder.sample import sample_resume
from resume_builder.storage import load_resume, save_resume
from resume_builder.versions import (
    VersionError,
    delete_version,
    duplicate_version,
    new_version,
    rename_version,
    resume_for_version,
    switch_version,
    version_names,
)

SCHEMA = json.loads((Path(__file__).parent / "data" / "jsonresume-schema.json").read_text())


@pytest.fixture
def base() -> Resume:
    return sample_resume()


def test_new_version_copies_content_and_becomes_active(base: Resume) -> None:
    tailored = new_version(base, "Mercy coder job", posting="Inpatient coder, CCS preferred")
    assert version_names(tailored) == ["Mercy coder job", "Main"]
    assert tailored.settings.posting == "Inpatient coder, CCS preferred"
    assert tailored.work == base.work
    assert base.settings.active_version == "Main"  # the argument is untouched


def test_versions_keep_their_own_content_and_share_contact(base: Resume) -> None:
    tailored = new_version(base, "Coder")
    tailored.skills = [Skill(name="CCS prep")]
    tailored.basics.summary = "Inpatient coder."
    tailored.basics.email = "new@example.com"  # contact: shared by every version

    main = switch_version(tailored, "Main")
    assert main.skills == base.skills
    assert main.basics.summary == base.basics.summary
    assert main.basics.email == "new@example.com"

    back = switch_version(main, "Coder")
    assert [s.name for s in back.skills] == ["CCS prep"]
    assert back.basics.summary == "Inpatient coder."


def test_export_a_version_on_its_own(base: Resume) -> None:
    tailored = new_version(base, "Clinic")
    tailored.work = tailored.work[:1]
    main = switch_version(tailored, "Main")
    assert len(resume_for_version(main, "Clinic").work) == 1
    assert len(main.work) == len(base.work)


def test_duplicate_rename_delete(base: Resume) -> None:
    resume = new_version(base, "A")
    resume = duplicate_version(resume, "Main", "B")
    assert set(version_names(resume)) == {"Main", "A", "B"}
    resume = rename_version(resume, "A", "Hospital")
    assert set(version_names(resume)) == {"Main", "Hospital", "B"}
    resume = delete_version(resume, "B")  # the active one: another becomes active
    assert "B" not in version_names(resume)
    resume = delete_version(resume, "Hospital")
    with pytest.raises(VersionError, match="at least one"):
        delete_version(resume, version_names(resume)[0])


@pytest.mark.parametrize("name", ["", "   ", "Main"])
def test_bad_names_are_refused(base: Resume, name: str) -> None:
    with pytest.raises(VersionError):
        new_version(base, name)
    with pytest.raises(VersionError, match="no version"):
        switch_version(base, "Nope")


def test_versions_survive_save_and_load_and_validate(base: Resume, tmp_path: Path) -> None:
    resume = new_version(base, "Coder", posting="posting text")
    resume.skills = resume.skills[:2]
    path = tmp_path / "r.json"
    save_resume(resume, path)
    jsonschema.validate(json.loads(path.read_text()), SCHEMA)
    loaded = load_resume(path)
    assert version_names(loaded) == ["Coder", "Main"]
    assert switch_version(loaded, "Main").skills == base.skills
