"""Export to PDF and print: real worker, real files, messages read back from the boxes shown."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from pdf_reading import page_count, page_sizes, pdf_text, reader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from render_probes import fail_every_render

from resume_builder.errors import ResumeFileError
from resume_builder.models import Resume
from resume_builder.output.papers import PAPERS
from resume_builder.sample import sample_resume
from resume_builder.ui import exporting_ui
from resume_builder.ui.document import ResumeDocument
from resume_builder.ui.exporting_ui import (
    export_pdf_with_feedback,
    print_resume,
    suggested_export_path,
    suggested_file_name,
)
from resume_builder.ui.render_worker import RenderService

TIMEOUT_MS = 30_000


@pytest.fixture
def window(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def opened(monkeypatch):
    folders = []
    monkeypatch.setattr(exporting_ui, "open_folder", lambda folder: folders.append(folder) or True)
    return folders


def _close(box: QMessageBox | None) -> str:
    assert box is not None
    text = f"{box.text()} {box.informativeText()}"
    box.close()
    return text


def test_suggested_file_name_uses_the_persons_name():
    resume = Resume()
    assert suggested_file_name(resume) == "Resume.pdf"
    resume.basics.name = 'Maria "M/J" Lopez'
    assert suggested_file_name(resume) == "Maria M J Lopez - Resume.pdf"


def test_export_writes_the_pdf_and_offers_to_open_the_folder(
    qtbot, window, document, service, tmp_path, opened
):
    job = export_pdf_with_feedback(window, document, service, path=tmp_path / "maria")
    assert job is not None and job.is_running
    with qtbot.waitSignal(job.finished, timeout=TIMEOUT_MS) as blocker:
        pass
    target = tmp_path / "maria.pdf"
    assert blocker.args == [target]
    assert not job.is_running
    pdf = target.read_bytes()
    assert "Maria Lopez" in pdf_text(pdf)
    assert page_count(pdf) >= 1
    assert [p.name for p in tmp_path.iterdir()] == ["maria.pdf"]  # no temporary file left

    box = job.message_box
    assert box is not None and "maria.pdf" in box.text()
    open_button = next(b for b in box.buttons() if b.text() == "Open folder")
    open_button.click()
    assert opened == [tmp_path]


def test_export_asks_for_the_file_name(qtbot, window, document, service, tmp_path, monkeypatch):
    asked = []

    def fake_dialog(parent, caption, directory, filters):
        asked.append(directory)
        return str(tmp_path / "chosen.pdf"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    job = export_pdf_with_feedback(window, document, service)
    with qtbot.waitSignal(job.finished, timeout=TIMEOUT_MS):
        pass
    assert asked and asked[0].endswith("Maria Lopez - Resume.pdf")
    assert (tmp_path / "chosen.pdf").is_file()
    _close(job.message_box)


def test_the_pdf_is_suggested_beside_the_resume_file(tmp_path):
    document = ResumeDocument()
    document.set_resume(sample_resume(), tmp_path / "maria.json")
    assert suggested_export_path(document) == tmp_path / "Maria Lopez - Resume.pdf"


def test_cancelled_file_dialog_exports_nothing(window, document, service, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    assert export_pdf_with_feedback(window, document, service) is None


def test_missing_folder_is_reported_in_plain_words(qtbot, window, document, service, tmp_path):
    job = export_pdf_with_feedback(window, document, service, path=tmp_path / "gone" / "x.pdf")
    with qtbot.waitSignal(job.failed, timeout=TIMEOUT_MS) as blocker:
        pass
    assert "folder does not exist" in blocker.args[0]
    text = _close(job.message_box)
    assert "could not be saved" in text and "folder does not exist" in text.lower()


def test_full_disk_is_reported_and_nothing_is_written(
    qtbot, window, document, service, tmp_path, monkeypatch
):
    def full_disk(path, data, **kwargs):
        raise ResumeFileError(path, "could not be saved: the disk is full")

    monkeypatch.setattr(exporting_ui, "atomic_write_bytes", full_disk)
    job = export_pdf_with_feedback(window, document, service, path=tmp_path / "x.pdf")
    with qtbot.waitSignal(job.failed, timeout=TIMEOUT_MS):
        pass
    assert "the disk is full" in _close(job.message_box).lower()
    assert not (tmp_path / "x.pdf").exists()


def test_render_failure_is_reported(qtbot, window, document, tmp_path):
    broken = RenderService(warm_up=False, renderer=fail_every_render)
    try:
        job = export_pdf_with_feedback(window, document, broken, path=tmp_path / "x.pdf")
        with qtbot.waitSignal(job.failed, timeout=TIMEOUT_MS):
            pass
        assert "The PDF could not be created" in _close(job.message_box)
        assert not (tmp_path / "x.pdf").exists()
    finally:
        broken.shutdown()


def test_print_to_a_pdf_file(qtbot, window, document, service, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    job = print_resume(window, document, service, printer=printer)
    with qtbot.waitSignal(job.finished, timeout=TIMEOUT_MS) as blocker:
        pass
    printed = tmp_path / "printed.pdf"
    assert blocker.args[0] == page_count(printed) >= 2  # the sample runs to two pages
    width = page_sizes(printed)[0][0]
    assert width == pytest.approx(PAPERS["letter"].width_pt, abs=2)  # as the resume asks
    assert reader(printed).pages[0].images  # the page carries the rendered resume


def test_cancelled_print_dialog_prints_nothing(window, document, service, monkeypatch):
    monkeypatch.setattr(exporting_ui.QPrintDialog, "exec", lambda self: 0)
    assert print_resume(window, document, service) is None
