"""The app's own language (English or Spanish): the system's by default, or the user's choice.

Qt reads compiled catalogues (``.qm``); the repository keeps only the Linguist sources (``.ts``,
made by ``make translations``). A catalogue is compiled with Qt's ``lrelease`` (shipped in
PySide6-Essentials) the first time its language is used, and again whenever its ``.ts`` changes,
into the user cache folder: a checkout, an editable install and a wheel work alike, with no build
step. Qt's own catalogue (``qtbase_es.qm``) translates the standard buttons and dialogs.

The app's language is not the resume's: that one is a setting of each resume
(``resume_builder.language``).
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from resume_builder.paths import translations_dir, user_cache_dir
from resume_builder.ui_text import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

SETTINGS_KEY = "app/language"
CHOICES = {
    "system": QT_TRANSLATE_NOOP("i18n", "&System Language"),
    "en": "&English",
    "es": "E&spa\u00f1ol",
}
"""Menu labels; a language is named in itself, so a user who cannot read the other finds theirs."""
TRANSLATED = ("es",)
"""Languages with a catalogue; English is the source text."""
LOCALES = {"en": "en_US", "es": "es_US"}
"""Number and month formats of each language, as written in the US (the app's users)."""

_installed: list[QTranslator] = []
"""The translators in use, removed at the next switch."""


def saved_choice() -> str:
    """The language the user chose ("system", "en" or "es"); "system" until they choose."""
    from resume_builder.ui.view_menu import settings  # the View menu imports this module

    choice = str(settings().value(SETTINGS_KEY, "system"))
    return choice if choice in CHOICES else "system"


def save_choice(choice: str) -> None:
    """Remember ``choice`` for the next start."""
    from resume_builder.ui.view_menu import settings

    settings().setValue(SETTINGS_KEY, choice if choice in CHOICES else "system")


def resolve(choice: str) -> str:
    """The language to show for ``choice``: "system" becomes Spanish when the system's is."""
    if choice in ("en", *TRANSLATED):
        return choice
    system = QLocale.system().uiLanguages() or [QLocale.system().name()]
    first = system[0].replace("_", "-").split("-")[0].lower()
    return first if first in TRANSLATED else "en"


def install(choice: str | None = None) -> str:
    """Put the app in ``choice`` (default: the saved one) and return the language code used.

    Call before widgets are built; widgets built earlier keep their text (the main window
    rebuilds its own, see ``MainWindow.set_language``).
    """
    app = QCoreApplication.instance()
    assert app is not None, "install() needs the QApplication"
    language = resolve(saved_choice() if choice is None else choice)
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
    system = QLocale.system()
    same = system.language() == QLocale(language).language()
    QLocale.setDefault(system if same else QLocale(LOCALES[language]))  # month names, numbers
    if language == "en":
        return language
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for path in (compiled_catalogue(language), qt_folder / f"qtbase_{language}.qm"):
        translator = QTranslator(app)
        if path is not None and translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            translator.deleteLater()
            logger.warning("no %s translation loaded from %s", language, path)
    return language


def current() -> str:
    """The language the app shows now ("en" or "es"), for texts the core writes (coaching).

    ``install`` sets the default locale to the chosen language, so the locale says which one.
    """
    language = QLocale().name().split("_")[0]
    return language if language in TRANSLATED else "en"


def source_catalogue(language: str) -> Path:
    """The Linguist source of ``language`` (``translations/resume_builder_<language>.ts``)."""
    return translations_dir() / f"resume_builder_{language}.ts"


def compiled_catalogue(language: str) -> Path | None:
    """The ``.qm`` of ``language``, compiled now if its ``.ts`` changed; None if it cannot be.

    The file name carries a digest of the source, so a changed ``.ts`` never meets a stale
    ``.qm``; the compile writes beside it and renames, so a half-written file is never read.
    """
    source = source_catalogue(language)
    try:
        digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    except OSError as exc:
        logger.warning("translation source unreadable: %s", exc)
        return None
    folder = user_cache_dir() / "translations"
    target = folder / f"resume_builder_{language}-{digest}.qm"
    if target.is_file():
        return target
    tool = lrelease()
    if tool is None:
        logger.warning("lrelease not found: the app stays in English")
        return None
    folder.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(f".{os.getpid()}.part")
    try:
        subprocess.run(
            [str(tool), "-silent", str(source), "-qm", str(partial)],
            check=True,
            capture_output=True,
            timeout=60,
        )
        partial.replace(target)
    except (OSError, subprocess.SubprocessError) as exc:
        logger.warning("could not compile %s: %s", source.name, exc)
        partial.unlink(missing_ok=True)
        return None
    for old in folder.glob(f"resume_builder_{language}-*.qm"):
        if old != target:
            old.unlink(missing_ok=True)
    return target


def lrelease() -> Path | None:
    """Qt's catalogue compiler: inside the PySide6 package, or ``pyside6-lrelease`` on the path."""
    package = Path(PySide6.__file__).resolve().parent
    names = ["lrelease.exe", "lrelease"] if sys.platform == "win32" else ["lrelease"]
    for name in names:
        if (package / name).is_file():
            return package / name
    beside_python = Path(sys.executable).parent / "pyside6-lrelease"
    found = shutil.which("pyside6-lrelease")
    return beside_python if beside_python.is_file() else (Path(found) if found else None)


def choice_label(choice: str) -> str:
    """The menu label of ``choice`` ("System Language" in the app's language, names as is)."""
    label = CHOICES[choice]
    return QCoreApplication.translate("i18n", label) if choice == "system" else label
