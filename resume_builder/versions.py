"""Tailored versions: one resume, several named variants aimed at different job postings.

The resume being edited is always a complete JSON Resume document: its top level holds the
*active* version's content, and the other versions wait in ``meta.resumeBuilder.versions``.
Contact details (name, email, phone, location, profiles) live only at the top level, so every
version shares them and nobody copies them by hand. Each function returns a new resume and
leaves its argument untouched, which keeps undo simple.
"""

from __future__ import annotations

import copy
from typing import Any

from resume_builder.errors import UserError
from resume_builder.models import Resume

VERSIONED_SECTIONS = (
    "work",
    "volunteer",
    "education",
    "awards",
    "certificates",
    "publications",
    "skills",
    "languages",
    "interests",
    "references",
    "projects",
)
VERSIONED_BASICS = ("label", "summary")
VERSIONED_SETTINGS = ("targetRole", "sectionOrder", "hiddenSections", "letter")
"""Settings each version has its own of; ``letter`` is the version's cover letter."""


class VersionError(UserError):
    """A version name that is empty, taken, or unknown."""


def version_names(resume: Resume) -> list[str]:
    """Every version's name, the active one first, the others in the order they were made."""
    return [resume.settings.active_version, *(v.name for v in resume.settings.versions)]


def new_version(resume: Resume, name: str, *, posting: str | None = None) -> Resume:
    """Copy the active version under a new name and make the copy active."""
    name = _free_name(resume, name)
    data = _stash_active(resume.to_json_dict())
    settings = data["meta"]["resumeBuilder"]
    settings["activeVersion"] = name
    settings["posting"] = posting if posting is not None else settings.get("posting")
    return Resume.from_json_dict(data)


def duplicate_version(resume: Resume, source: str, name: str) -> Resume:
    """Make a copy of ``source`` (any version) under a new name, and make the copy active."""
    return new_version(switch_version(resume, source), name)


def switch_version(resume: Resume, name: str) -> Resume:
    """Store the active version and bring ``name`` to the top level for editing."""
    if name == resume.settings.active_version:
        return resume.model_copy(deep=True)
    data = _stash_active(resume.to_json_dict())
    settings = data["meta"]["resumeBuilder"]
    stored = _pop_version(settings, name)
    _apply_content(data, stored.get("content", {}))
    settings["activeVersion"] = name
    settings["posting"] = stored.get("posting")
    return Resume.from_json_dict(data)


def rename_version(resume: Resume, old: str, new: str) -> Resume:
    """Give a version a new, unused name."""
    if old == new:
        return resume.model_copy(deep=True)
    new = _free_name(resume, new)
    data = resume.to_json_dict()
    settings = data["meta"]["resumeBuilder"]
    if settings.get("activeVersion", "Main") == old:
        settings["activeVersion"] = new
    else:
        _find_version(settings, old)["name"] = new
    return Resume.from_json_dict(data)


def delete_version(resume: Resume, name: str) -> Resume:
    """Remove a version; deleting the active one makes the next one active. One must remain."""
    if len(version_names(resume)) == 1:
        raise VersionError("A resume keeps at least one version.")
    if name == resume.settings.active_version:
        others = [n for n in version_names(resume) if n != name]
        resume = switch_version(resume, others[0])
    data = resume.to_json_dict()
    _pop_version(data["meta"]["resumeBuilder"], name)
    return Resume.from_json_dict(data)


def resume_for_version(resume: Resume, name: str) -> Resume:
    """The resume as it reads with version ``name`` active, e.g. to export it on its own."""
    return switch_version(resume, name)


def _content_of(data: dict[str, Any]) -> dict[str, Any]:
    basics = data.get("basics", {})
    settings = data["meta"]["resumeBuilder"]
    content: dict[str, Any] = {k: data[k] for k in VERSIONED_SECTIONS if k in data}
    content["basics"] = {k: basics[k] for k in VERSIONED_BASICS if k in basics}
    content["settings"] = {k: settings[k] for k in VERSIONED_SETTINGS if k in settings}
    return copy.deepcopy(content)


def _apply_content(data: dict[str, Any], content: dict[str, Any]) -> None:
    basics = data.setdefault("basics", {})
    settings = data["meta"]["resumeBuilder"]
    for key in VERSIONED_SECTIONS:
        data.pop(key, None)
    for key in VERSIONED_BASICS:
        basics.pop(key, None)
    for key in VERSIONED_SETTINGS:
        settings.pop(key, None)
    content = copy.deepcopy(content)
    basics.update(content.pop("basics", {}))
    settings.update(content.pop("settings", {}))
    data.update({k: v for k, v in content.items() if k in VERSIONED_SECTIONS})


def _stash_active(data: dict[str, Any]) -> dict[str, Any]:
    """Store the top-level content as a version in ``meta`` (the top level stays as it is)."""
    data.setdefault("meta", {}).setdefault("resumeBuilder", {})
    settings = data["meta"]["resumeBuilder"]
    stored = {
        "name": settings.get("activeVersion", "Main"),
        "posting": settings.get("posting"),
        "content": _content_of(data),
    }
    settings.setdefault("versions", []).append({k: v for k, v in stored.items() if v is not None})
    return data


def _find_version(settings: dict[str, Any], name: str) -> dict[str, Any]:
    for version in settings.get("versions", []):
        if version["name"] == name:
            return version
    raise VersionError(f"There is no version called '{name}'.")


def _pop_version(settings: dict[str, Any], name: str) -> dict[str, Any]:
    version = _find_version(settings, name)
    settings["versions"].remove(version)
    return version


def _free_name(resume: Resume, name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise VersionError("Give the version a name, for example the employer's.")
    if name in version_names(resume):
        raise VersionError(f"A version called '{name}' already exists.")
    return name
