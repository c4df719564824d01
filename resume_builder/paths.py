"""Where the app's own files live, in a source checkout and in an installed wheel."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

import platformdirs

APP_NAME = "resume-builder"
_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def resources_dir() -> Path:
    """Folder holding ``templates/`` and ``skills_data/``.

    A wheel carries them inside the package (``_resources``); a checkout has them beside it.
    """
    bundled = _PACKAGE_DIR / "_resources"
    if (bundled / "templates").is_dir():
        return bundled
    return _PACKAGE_DIR.parent


def templates_dir() -> Path:
    """Folder of the template folders (one per style) and their shared assets."""
    return resources_dir() / "templates"


def skills_data_dir() -> Path:
    """Folder of the field dataset and its schema."""
    return resources_dir() / "skills_data"


def translations_dir() -> Path:
    """Folder of the app's Linguist sources (``resume_builder_<language>.ts``)."""
    return resources_dir() / "translations"


def user_data_dir() -> Path:
    """Per-user folder for autosaves, recent files and settings.

    ``RESUME_BUILDER_DATA_DIR`` overrides it, so tests and portable installs stay self-contained.
    """
    override = os.environ.get("RESUME_BUILDER_DATA_DIR")
    path = (
        Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    )
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_config_dir() -> Path:
    """Per-user folder for what the user taught the app, such as their own dictionary words.

    ``RESUME_BUILDER_DATA_DIR`` overrides it (its ``config`` subfolder), as for the data folder.
    """
    override = os.environ.get("RESUME_BUILDER_DATA_DIR")
    path = (
        Path(override) / "config"
        if override
        else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    )
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_log_dir() -> Path:
    """Per-user folder for the log file that keeps tracebacks out of the user's way.

    Beside the data under ``RESUME_BUILDER_DATA_DIR`` when that is set, else the platform's
    log folder (e.g. ``~/.local/state/resume-builder/log`` on Linux).
    """
    override = os.environ.get("RESUME_BUILDER_DATA_DIR")
    path = (
        Path(override) / "logs"
        if override
        else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    )
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_cache_dir() -> Path:
    """Per-user folder for files the app can make again; deleting it only slows the next start.

    It holds compiled translations and templates and the dataset check digests. Beside the data under ``RESUME_BUILDER_DATA_DIR`` when that is set, else the platform's
    cache folder (e.g. ``~/.cache/resume-builder`` on Linux).
    """
    override = os.environ.get("RESUME_BUILDER_DATA_DIR")
    path = (
        Path(override) / "cache"
        if override
        else Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))
    )
    path.mkdir(parents=True, exist_ok=True)
    return path
