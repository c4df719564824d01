"""The app in Spanish: a complete catalogue, the system's language by default, a live switch."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "translations" / "resume_builder_es.ts"
ROLE = "medical-records-technician"
PLACEHOLDER = re.compile(r"\{\w*\}|%\d|%n")
MNEMONIC = re.compile(r"&(?!&)\S")


def _messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name", ""), message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _translations(message: ET.Element) -> list[str]:
    """The translation, or each plural form of it."""
    translation = message.find("translation")
    if translation is None:
        return []
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def test_every_text_is_translated_with_the_same_placeholders() -> None:
    problems = []
    for context, message in _messages(CATALOGUE):
        source = message.findtext("source", "")
        where = f"{context}: {source!r}"
        translation = message.find("translation")
        state = translation.get("type") if translation is not None else "missing"
        if state is not None:
            problems.append(f"{where} is {state}")
            continue
        forms = _translations(message)
        if message.get("numerus") == "yes" and len(forms) < 2:
            problems.append(f"{where} lacks its plural forms")
        for text in forms:
            if not text.strip():
                problems.append(f"{where} has an empty translation")
            elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{where}: placeholders differ in {text!r}")
            elif bool(MNEMONIC.search(text)) != bool(MNEMONIC.search(source)):
                problems.append(f"{where}: keyboard shortcut (&) lost or added in {text!r}")
    assert not problems, "\n".join(problems)


def test_the_catalogue_lists_every_text_in_the_code(tmp_path: Path) -> None:
    """A text added to the code without ``make translations`` would stay English."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    fresh = tmp_path / "fresh_es.ts"
    sources = sorted(str(p) for p in (ROOT / "resume_builder").rglob("*.py"))
    subprocess.run(
        [str(lupdate), *sources, "-no-obsolete", "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )

    def keys(path: Path) -> set[tuple[str, str]]:
        return {(c, m.findtext("source", "")) for c, m in _messages(path)}

    in_code, in_catalogue = keys(fresh), keys(CATALOGUE)
    assert in_code, "lupdate found no texts"
    assert in_code - in_catalogue == set(), "texts missing from the catalogue"
    assert in_catalogue - in_code == set(), "texts no longer in the code"


@pytest.mark.parametrize(("lang", "expected"), [("es_US.UTF-8", "es"), ("en_US.UTF-8", "en")])
def test_the_system_language_is_the_default(lang: str, expected: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env["LANG"] = lang
    code = "from resume_builder.ui import i18n; print(i18n.resolve('system'))"
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == expected


@pytest.fixture
def english_after(qapp):
    """Put the app back in English whatever the test did (the translators are app-wide)."""
    from resume_builder.ui import i18n

    yield
    i18n.install("en")


def _menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def _window_actions(window) -> list:
    from PySide6.QtGui import QAction

    return [a for a in window.findChildren(QAction) if a.parent() is window]


def _switch(qtbot, window, choice: str, first_menu: str) -> None:
    """Pick ``choice`` in View > Language, as a user would, and wait for the new menus.

    The old menus' actions are deleted, not left beside the new ones (their shortcuts would
    clash with the new ones').
    """
    count = len(_window_actions(window))
    window.view.language_actions[choice].trigger()
    qtbot.waitUntil(lambda: _menu_titles(window)[0] == first_menu)
    qtbot.waitUntil(lambda: len(_window_actions(window)) == count)


def test_switching_to_spanish_and_back_keeps_the_work(qtbot, make_window, english_after):
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    from resume_builder.ui import dialogs, i18n
    from resume_builder.ui.month_picker import MonthPicker
    from resume_builder.ui.versions_panel import VersionNameDialog

    window = make_window()
    window.new_resume(ROLE)
    window.document.apply("Name", lambda r: setattr(r.basics, "name", "Ana Ruiz"))
    window.go_to_step("summary")
    undo_steps = window.document.undo_stack.count()
    assert _menu_titles(window) == ["&File", "&Edit", "&View", "&Help"]

    _switch(qtbot, window, "es", "&Archivo")
    assert _menu_titles(window) == ["&Archivo", "&Editar", "&Ver", "A&yuda"]
    assert i18n.saved_choice() == "es"
    assert window.back_button.text() == "\u2190 Atr\u00e1s"
    assert window.next_button.text().startswith("Siguiente: ")
    assert window.step_label.text().startswith("Paso 3 de ")
    assert window.side_panel.tabText(0) == "Sugerencias"
    # the work is all there: the unsaved name, the undo history, the step
    assert window.current_step() == "summary"
    assert window.document.resume.basics.name == "Ana Ruiz"
    assert window.document.is_dirty and window.isWindowModified()
    assert window.document.undo_stack.count() == undo_steps
    # our dialogs, and Qt's own buttons through its Spanish catalogue
    box = dialogs.save_changes_box(window, "ana.json")
    assert box.windowTitle() == "\u00bfGuardar los cambios?"
    assert box.button(QMessageBox.StandardButton.Save).text() == "&Guardar"
    assert box.button(QMessageBox.StandardButton.Cancel).text().replace("&", "") == "Cancelar"
    duplicate = VersionNameDialog(window, "Duplicar versi\u00f3n", "Main (copia)")
    buttons = duplicate.findChild(QDialogButtonBox)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok).text().replace("&", "")
    assert ok == "Aceptar"
    assert "Ene" in [b.text() for b in MonthPicker().month_buttons]

    _switch(qtbot, window, "en", "&File")
    assert _menu_titles(window) == ["&File", "&Edit", "&View", "&Help"]
    assert window.back_button.text() == "\u2190 Back"
    assert window.current_step() == "summary"
    assert window.document.resume.basics.name == "Ana Ruiz"
    window.document.undo_stack.undo()  # the history from before both switches still works
    assert window.document.resume.basics.name != "Ana Ruiz"
    box = dialogs.save_changes_box(window, "ana.json")
    assert box.button(QMessageBox.StandardButton.Cancel).text().replace("&", "") == "Cancel"


def test_the_start_screen_switches_too(qtbot, make_window, english_after):
    window = make_window()
    _switch(qtbot, window, "es", "&Archivo")
    assert window.root.currentWidget() is window.start_screen
    assert window.start_screen.new_button.text() == "Empezar curr\u00edculum nuevo"
    assert not window.save_action.isEnabled()  # nothing open: nothing to save, as before


def test_roles_are_named_in_the_apps_language_and_headlines_in_the_resumes(
    qtbot, make_window, english_after
):
    """Role titles and descriptions come from the dataset's Spanish; a headline that follows
    the role is written in the resume's own language, whatever the app's."""
    window = make_window()
    _switch(qtbot, window, "es", "&Archivo")
    start_roles = window.start_screen.role_combo
    titles = [start_roles.itemText(i) for i in range(start_roles.count())]
    assert "T\u00e9cnico de expedientes m\u00e9dicos" in titles
    assert "Medical Records Technician" not in titles

    window.new_resume(ROLE)  # an English resume, as a new one is, in a Spanish app
    window.go_to_step("role")
    page = window.page("role")
    assert page.combo.currentText() == "T\u00e9cnico de expedientes m\u00e9dicos"
    assert "expedientes de los pacientes" in page.description.text()
    assert window.document.resume.basics.label == "Medical Records Technician"
    page.choose_role("medical-coder")
    assert window.document.resume.basics.label == "Medical Coder"
    assert "Codificador m\u00e9dico" in window.document.undo_stack.undoText()

    window.document.apply("Language", lambda r: setattr(r.settings, "language", "es"))
    page.choose_role("medical-records-clerk")  # the headline followed the role: it follows again
    assert window.document.resume.basics.label == "Auxiliar de expedientes m\u00e9dicos"
    window.document.apply("Headline", lambda r: setattr(r.basics, "label", "Coder II"))
    page.choose_role("medical-coder")  # a headline of the user's own stays
    assert window.document.resume.basics.label == "Coder II"


def test_the_saved_choice_applies_at_the_next_start(qapp, english_after):
    from PySide6.QtCore import QCoreApplication

    from resume_builder.ui import i18n

    i18n.save_choice("es")
    assert i18n.install() == "es"  # what app.run does before building the window
    assert QCoreApplication.translate("MainWindow", "&File") == "&Archivo"
    i18n.save_choice("en")
    assert i18n.install() == "en"
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_a_changed_catalogue_is_compiled_again(qapp, tmp_path, monkeypatch):
    from PySide6.QtCore import QTranslator

    from resume_builder.ui import i18n

    source = tmp_path / "resume_builder_es.ts"
    source.write_text(CATALOGUE.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(i18n, "source_catalogue", lambda language: source)
    first = i18n.compiled_catalogue("es")
    assert first is not None and first.stat().st_size > 1000
    assert i18n.compiled_catalogue("es") == first  # unchanged: the cached file is used
    text = source.read_text(encoding="utf-8").replace(">&amp;Archivo<", ">&amp;Fichero<")
    source.write_text(text, encoding="utf-8")
    second = i18n.compiled_catalogue("es")
    assert second is not None and second != first
    assert second.is_file() and not first.exists()  # the stale one is gone
    translator = QTranslator()
    assert translator.load(str(second))
    assert translator.translate("MainWindow", "&File") == "&Fichero"


def test_a_spanish_app_exports_a_spanish_resume_when_the_user_picks_it(
    qtbot, make_window, english_after, tmp_path
):
    """App language and resume language are separate: the resume follows the Design step's choice."""
    from pdf_reading import pdf_text
    from PySide6.QtWidgets import QLabel, QRadioButton

    from resume_builder.output.themes import discover_themes
    from resume_builder.sample import sample_resume

    window = make_window()
    _switch(qtbot, window, "es", "&Archivo")
    window.document.set_resume(sample_resume())
    window.go_to_step("design")
    buttons = {b.text(): b for b in window.design_page.findChildren(QRadioButton)}
    assert {"English", "Español"} <= set(buttons)
    assert buttons["English"].isChecked()  # a new resume is in English whatever the app speaks
    labels = [label.text() for label in window.design_page.findChildren(QLabel)]
    assert discover_themes()["classic"].description_in("es") in labels
    assert "Ajustar a una página:" in labels  # the base options' labels, in the app's language

    english_job = window.export_pdf(tmp_path / "en.pdf")
    with qtbot.waitSignal(english_job.finished, timeout=60_000):
        pass
    english_job.message_box.done(0)  # "Exported": a window-modal box the user closes
    buttons["Español"].click()
    assert window.document.resume.settings.language == "es"
    spanish_job = window.export_pdf(tmp_path / "es.pdf")
    with qtbot.waitSignal(spanish_job.finished, timeout=60_000):
        pass
    spanish_job.message_box.done(0)

    english, spanish = (pdf_text((tmp_path / n).read_bytes()) for n in ("en.pdf", "es.pdf"))
    assert "EXPERIENCE" in english.upper() and "EXPERIENCIA" not in english.upper()
    assert "EXPERIENCIA" in spanish.upper() and "FORMACIÓN" in spanish.upper()
    assert "Actual" in spanish and "Present" not in spanish
    window.document.undo_stack.undo()  # one undoable edit
    assert window.document.resume.settings.language == "en"
    assert buttons["English"].isChecked()
