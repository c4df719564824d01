"""Where the app's own files live, in a source checkout and in an installed wheel."""

from __future__ import annotations

import os
from collections.abc import Callable
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


def _user_dir(subfolder: str, platform_dir: Callable[..., str]) -> Path:
    """The folder ``platform_dir`` gives for the app, made if missing.

    ``RESUME_BUILDER_DATA_DIR`` overrides every per-user folder (``subfolder`` under it), so tests
    and portable installs stay self-contained.
    """
    override = os.environ.get("RESUME_BUILDER_DATA_DIR")
    if override:
        path = Path(override) / subfolder
    else:
        path = Path(platform_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_data_dir() -> Path:
    """Per-user folder for autosaves, recent files and settings."""
    return _user_dir("", platformdirs.user_data_dir)


def user_config_dir() -> Path:
    """Per-user folder for what the user taught the app, such as their own dictionary words."""
    return _user_dir("config", platformdirs.user_config_dir)


def user_log_dir() -> Path:
    """Per-user folder for the log file that keeps tracebacks out of the user's way.

    E.g. ``~/.local/state/resume-builder/log`` on Linux.
    """
    return _user_dir("logs", platformdirs.user_log_dir)


def user_cache_dir() -> Path:
    """Per-user folder for files the app can make again; deleting it only slows the next start.

    It holds compiled translations and templates and the dataset check digests (e.g.
    ``~/.cache/resume-builder`` on Linux).
    """
    return _user_dir("cache", platformdirs.user_cache_dir)
