"""The step pages in Spanish: step titles, labels and field messages follow the translator.

The Spanish ``.ts`` is compiled here with ``pyside6-lrelease`` and installed on the application
for one test at a time; with none installed the pages are English.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QScrollArea

from resume_builder.models import Resume, Work
from resume_builder.sample import sample_resume
from resume_builder.slots import NUMBER_SLOT
from resume_builder.steps import STEPS, open_problems
from resume_builder.ui.document import ResumeDocument
from resume_builder.ui.pages import ContactPage, ExperiencePage, ReviewPage
from resume_builder.ui.pages.step_list import StepList

TS = Path(__file__).resolve().parents[2] / "translations" / "resume_builder_es.ts"


@pytest.fixture(scope="module")
def spanish_qm(tmp_path_factory) -> Path:
    """The Spanish translation, compiled as the app's build does."""
    tool = Path(sys.executable).with_name("pyside6-lrelease")
    command = str(tool) if tool.exists() else shutil.which("pyside6-lrelease")
    assert command, "pyside6-lrelease not found"
    qm = tmp_path_factory.mktemp("qm") / "resume_builder_es.qm"
    subprocess.run([command, str(TS), "-qm", str(qm)], check=True, capture_output=True)
    return qm


@pytest.fixture
def spanish(qapp, spanish_qm):
    translator = QTranslator()
    assert translator.load(str(spanish_qm))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def document(qapp):
    document = ResumeDocument()
    document.set_resume(Resume())
    return document


def _labels(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def _type(qtbot, field, text):
    field.edit.clear()
    qtbot.keyClicks(field.edit, text)


def test_the_step_list_is_spanish(qtbot, spanish, document):
    steps = StepList()
    qtbot.addWidget(steps)
    steps.update_status(document.resume, open_problems(document.resume))
    rows = [steps.item(row).text() for row in range(steps.count())]
    assert "Puesto deseado" in rows[0] and "Elija el puesto al que se postula" in rows[0]
    assert "Habilidades" in rows[6] and "Agregue al menos 8 habilidades (lleva 0)" in rows[6]
    assert "Revisar y exportar" in rows[-1] and "Faltan" in rows[-1] and "cosas" in rows[-1]
    assert not any("Skills" in row or "Target role" in row for row in rows)


def test_a_page_shows_spanish_labels(qtbot, spanish, document):
    page = ContactPage(document)
    qtbot.addWidget(page)
    labels = _labels(page)
    assert "Contacto" in labels  # the heading, from the step registry
    assert "Nombre completo" in labels and "Correo electrónico" in labels
    assert page.fields["name"].edit.placeholderText() == "p. ej., María López"
    _type(qtbot, page.fields["email"], "maria.example.com")
    assert page.fields["email"].error.text().startswith("Un correo electrónico necesita una @")


def test_a_date_problem_is_spanish(qtbot, spanish, document):
    page = ExperiencePage(document)
    qtbot.addWidget(page)
    page.show()
    editor = page.editor
    assert editor.add_button.text() == "Agregar empleo"
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    start, end = editor.fields["start_date"], editor.fields["end_date"]
    assert end.present.text() == "Actual"
    assert start.edit.placeholderText() == "p. ej., 03/2022, marzo 2022 o 2022"
    assert [b.text() for b in start.picker.month_buttons[:3]] == ["Ene", "Feb", "Mar"]
    assert start.picker.month_buttons[11].accessibleName() == "diciembre"
    _type(qtbot, start, "13/2022")
    assert start.error.text() == (
        "13 no es un mes: los meses van del 1 al 12 (p. ej., 03/2022, marzo 2022 o 2022)."
    )
    _type(qtbot, start, "marzo 2022")  # what the example offers is read
    assert not start.error.isVisible() and document.resume.work[0].start_date == "2022-03"
    _type(qtbot, end, "2020")
    assert end.error.text() == "La fecha de fin (2020) es anterior a la fecha de inicio (2022-03)."


def test_review_says_where_in_spanish(qtbot, spanish, document):
    job = Work(position="Coder", name="Clinic", highlights=[f"Coded {NUMBER_SLOT} charts a day"])
    document.set_resume(Resume(work=[job]))
    page = ReviewPage(document)
    qtbot.addWidget(page)
    rows = [page.todo.item(row).text() for row in range(page.todo.count())]
    assert "\u2022 Contacto: Agregue su nombre" in rows
    assert (
        f"\u2022 Experiencia \u2014 Empleo 1, vi\u00f1eta 1: Reemplace {NUMBER_SLOT} con su propia cifra"
        in rows
    )
    assert "cosas por hacer" in page.status.text()
    assert page.export_button.text() == "Exportar PDF\u2026"


def test_without_a_translator_everything_is_english(qtbot, document):
    steps = StepList()
    qtbot.addWidget(steps)
    problems = open_problems(document.resume)
    steps.update_status(document.resume, problems)
    assert [steps.item(row).text().split("\n")[0][3:] for row in range(steps.count())] == [
        s.title for s in STEPS
    ]
    assert steps.item(steps.count() - 1).text().endswith(f"{len(problems)} things still to do")
    page = ExperiencePage(document)
    qtbot.addWidget(page)
    page.editor.add_entry()
    assert page.editor.add_button.text() == "Add job"
    form = page.editor.form_box.layout()
    assert isinstance(form, QFormLayout)
    assert form.labelForField(page.editor.fields["start_date"]).text() == "Start date"
    assert page.editor.fields["start_date"].picker.month_buttons[8].text() == "Sep"
    _type(qtbot, page.editor.fields["start_date"], "13/2022")
    assert page.editor.fields["start_date"].error.text().startswith("13 is not a month")


def test_every_spanish_step_fits_its_column_at_1440_by_900(qtbot, spanish, make_window):
    """Spanish runs longer than English: no step page needs a sideways scroll bar."""
    window = make_window()
    window.document.set_resume(sample_resume())
    window.resize(1440, 900)
    window.view.fit_columns()  # as the window shares the width out on a resize
    for step_id in window.step_ids():
        window.go_to_step(step_id)
        QApplication.processEvents()
        scroll = window.page_stack.currentWidget()
        assert isinstance(scroll, QScrollArea)
        need, room = scroll.widget().minimumSizeHint().width(), scroll.viewport().width()
        assert need <= room, (step_id, need, room)
    window.go_to_step("design")
    assert "Revisar y exportar" in window.next_button.text()
