"""Template styles are folders under ``templates/``, found at run time and checked before use.

Each style folder holds ``manifest.json`` (name, description, and how its options differ from
:data:`BASE_OPTIONS`), ``resume.html.j2`` and
``style.css``. Folders whose names start with ``_`` hold shared parts (``_shared``, ``_fonts``)
and are not styles. A folder with a broken manifest is skipped with a log line, so one bad
template never stops the app from starting; asking for it by id then gives a plain
:class:`~resume_builder.errors.TemplateError`.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from resume_builder.errors import TemplateError
from resume_builder.paths import templates_dir
from resume_builder.ui_text import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

DEFAULT_THEME = "classic"
MANIFEST_NAME = "manifest.json"
TEMPLATE_NAME = "resume.html.j2"
STYLESHEET_NAME = "style.css"
_ID_RE = re.compile(r"^[a-z][a-z0-9_-]*$")
_COLOR_RE = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")

OptionType = Literal["color", "number", "integer", "boolean", "choice"]
OptionValue = str | int | float | bool


class OptionSpec(BaseModel):
    """One template option from a manifest, e.g. the accent colour or the base font size.

    The UI builds an editor from it; :meth:`coerce` turns whatever a resume file holds into a
    value the template can trust (a colour is a real ``#rrggbb``, a size is inside its range), so
    option values can go into CSS without escaping worries.
    """

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    type: OptionType
    label: str = Field(min_length=1)
    default: OptionValue
    minimum: float | None = Field(None, alias="min")
    maximum: float | None = Field(None, alias="max")
    step: float | None = None
    unit: str = ""
    choices: tuple[str, ...] = ()
    help: str = ""

    @model_validator(mode="after")
    def _default_fits(self) -> OptionSpec:
        if self.type == "choice" and not self.choices:
            raise ValueError("a choice option needs 'choices'")
        usable = self._usable(self.default)
        if usable is None or (usable != self.default and self.type != "color"):
            raise ValueError(f"default {self.default!r} does not fit the option")
        return self

    def coerce(self, value: Any) -> OptionValue:
        """The value to use for ``value``; anything unusable falls back to the default."""
        usable = self._usable(value)
        return self.default if usable is None else usable

    def _usable(self, value: Any) -> OptionValue | None:
        """``value`` made fit (numbers clamped into range), or ``None`` if it cannot be used."""
        if value is None:
            return None
        if self.type == "color":
            return value.lower() if isinstance(value, str) and _COLOR_RE.match(value) else None
        if self.type == "boolean":
            return value if isinstance(value, bool) else None
        if self.type == "choice":
            return value if value in self.choices else None
        if isinstance(value, bool) or not isinstance(value, int | float):
            return None
        number = float(value)
        if self.minimum is not None:
            number = max(number, self.minimum)
        if self.maximum is not None:
            number = min(number, self.maximum)
        return int(round(number)) if self.type == "integer" else number


BASE_OPTIONS: dict[str, dict[str, Any]] = {
    "accent_color": {
        "type": "color",
        "label": QT_TRANSLATE_NOOP("DesignPage", "Accent colour"),
        "default": "#1f3a5f",
        "help": QT_TRANSLATE_NOOP("DesignPage", "Colour of the name, headings and rules."),
    },
    "font_size": {
        "type": "number",
        "label": QT_TRANSLATE_NOOP("DesignPage", "Base font size"),
        "default": 10,
        "min": 9,
        "max": 12,
        "step": 0.5,
        "unit": "pt",
        "help": QT_TRANSLATE_NOOP("DesignPage", "Size of the body text; headings scale with it."),
    },
    "fit_one_page": {
        "type": "boolean",
        "label": QT_TRANSLATE_NOOP("DesignPage", "Fit to one page"),
        "default": False,
        "help": QT_TRANSLATE_NOOP(
            "DesignPage",
            "Tighten spacing and text size (never below 8.5 pt) so the resume fits one page.",
        ),
    },
}
"""The options every template offers. A manifest's ``options`` only lists what differs: a key
named here takes just the fields it changes (say, ``{"default": "#0f5c6e"}``), a new key declares
a whole option of its own."""


def _with_base_options(data: Any) -> Any:
    """Manifest data with its ``options`` laid over :data:`BASE_OPTIONS`, ready to validate."""
    if not isinstance(data, dict) or not isinstance(data.get("options", {}), dict):
        return data  # not a manifest at all: validation says what is wrong
    options: dict[str, Any] = {key: dict(spec) for key, spec in BASE_OPTIONS.items()}
    for key, spec in data.get("options", {}).items():
        base = options.get(key)
        options[key] = {**base, **spec} if base is not None and isinstance(spec, dict) else spec
    return {**data, "options": options}


class Manifest(BaseModel):
    """The checked contents of a ``manifest.json``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1)
    description: str = ""
    descriptions: dict[str, str] = Field(default_factory=dict)
    """The description in other languages, by language code ("es")."""
    version: int = 1
    options: dict[str, OptionSpec] = Field(default_factory=dict)


@dataclass(frozen=True)
class Theme:
    """A template style that was found on disk and whose manifest is valid."""

    id: str
    name: str
    description: str
    directory: Path
    options: dict[str, OptionSpec] = field(default_factory=dict)
    descriptions: dict[str, str] = field(default_factory=dict)

    def description_in(self, language: str) -> str:
        """The description in ``language`` where the manifest gives one, else the English one."""
        return self.descriptions.get(language, self.description)

    @property
    def template_name(self) -> str:
        """The Jinja2 name of the page template, relative to the templates folder."""
        return f"{self.id}/{TEMPLATE_NAME}"

    def option_values(self, chosen: dict[str, Any] | None = None) -> dict[str, OptionValue]:
        """Every option of this theme: the user's value where usable, else the default."""
        chosen = chosen or {}
        return {key: spec.coerce(chosen.get(key)) for key, spec in self.options.items()}


def discover_themes(directory: Path | None = None) -> dict[str, Theme]:
    """All usable template styles in ``directory`` (default: the app's), sorted with classic first.

    A folder without a manifest, or with one that is not valid, is skipped and logged.
    """
    root = Path(directory) if directory is not None else templates_dir()
    themes: dict[str, Theme] = {}
    if not root.is_dir():
        log.warning("Templates folder %s is missing; no templates are available", root)
        return themes
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        if folder.name.startswith(("_", ".")):
            continue
        theme = _load_theme(folder)
        if theme is not None:
            themes[theme.id] = theme
    ordered = sorted(themes.values(), key=lambda t: (t.id != DEFAULT_THEME, t.name.lower()))
    return {t.id: t for t in ordered}


def get_theme(theme_id: str, directory: Path | None = None) -> Theme:
    """The theme called ``theme_id``, or a :class:`TemplateError` naming the known ones."""
    themes = discover_themes(directory)
    theme = themes.get(theme_id)
    if theme is None:
        known = ", ".join(themes) or "none (the templates folder is missing or empty)"
        raise TemplateError(f'There is no template called "{theme_id}". Known templates: {known}.')
    return theme


def _load_theme(folder: Path) -> Theme | None:
    """Read and check one style folder; log and return ``None`` when it cannot be used."""
    if not _ID_RE.match(folder.name):
        log.warning("Skipping template folder %s: the folder name is not a valid id", folder)
        return None
    manifest_path = folder / MANIFEST_NAME
    try:
        data = json.loads(manifest_path.read_text(encoding="utf-8"))
        manifest = Manifest.model_validate(_with_base_options(data))
    except FileNotFoundError:
        log.warning("Skipping template folder %s: it has no %s", folder, MANIFEST_NAME)
        return None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, ValidationError) as exc:
        log.warning("Skipping template %s: its manifest is not valid: %s", folder.name, exc)
        return None
    for needed in (TEMPLATE_NAME, STYLESHEET_NAME):
        if not (folder / needed).is_file():
            log.warning("Skipping template %s: %s is missing", folder.name, needed)
            return None
    return Theme(
        id=folder.name,
        name=manifest.name,
        description=manifest.description,
        directory=folder,
        options=dict(manifest.options),
        descriptions=dict(manifest.descriptions),
    )
