"""One writer per file, checked with real second instances; every GUI handler ends in a dialog.

The second instance is a real process running a real MainWindow (offscreen); only its dialogs
are answered by the script.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from resume_builder.storage import save_resume

ROOT = Path(__file__).resolve().parents[2]
ROLE = "medical-records-technician"

_SECOND_INSTANCE = """
import json, os, signal, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from resume_builder.ui import dialogs
from resume_builder.ui.main_window import MainWindow

path, choice, then = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
app = QApplication([])
asked = []
dialogs.ask_file_in_use = lambda *a: asked.append("in_use") or dialogs.InUseChoice(choice)
dialogs.get_save_path = lambda *a: (path.with_name("second-copy.json"), True)
dialogs.ask_save_changes = lambda *a: dialogs.SaveChoice.DISCARD
dialogs.show_error = lambda parent, title, text, detail="": asked.append("error: " + text)
window = MainWindow(offer_recovery=False)
opened = window.open_file(path)
report = {
    "opened": opened,
    "asked": asked,
    "read_only": window.read_only,
    "path": str(window.document.path) if window.document.path else None,
    "title": window.windowTitle(),
}
if opened and then == "edit-and-save":
    window.document.apply("Name", lambda r: setattr(r.basics, "name", "Edited by the second"))
    report["saved"] = window.save()
    report["saved_to"] = str(window.document.path)
print(json.dumps(report), flush=True)
if then == "die":
    os.kill(os.getpid(), signal.SIGKILL)
window.close()
"""


def _second_instance(path: Path, choice: str = "read_only", then: str = "") -> dict:
    result = subprocess.run(
        [sys.executable, "-c", _SECOND_INSTANCE, str(path), choice, then],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if then == "die":
        assert result.returncode == -signal.SIGKILL, result.stderr
    else:
        assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture
def resume_file(tmp_path: Path, minimal_resume) -> Path:
    path = tmp_path / "maria.json"
    save_resume(minimal_resume, path)
    return path


def test_second_instance_gets_read_only_and_cannot_overwrite(make_window, resume_file):
    first = make_window()
    assert first.open_file(resume_file)
    before = resume_file.read_bytes()
    second = _second_instance(resume_file, "read_only", "edit-and-save")
    assert second["asked"] == ["in_use"]
    assert second["read_only"] is True
    assert "(read-only)" in second["title"]
    # Its Save became Save As: the first instance's file is untouched.
    assert second["saved"] is True
    assert second["saved_to"] == str(resume_file.with_name("second-copy.json"))
    assert resume_file.read_bytes() == before
    assert json.loads(resume_file.with_name("second-copy.json").read_text())["basics"]["name"] == (
        "Edited by the second"
    )


def test_second_instance_can_open_a_copy_or_cancel(make_window, resume_file):
    first = make_window()
    assert first.open_file(resume_file)
    copy = _second_instance(resume_file, "copy")
    assert copy["opened"] is True and copy["path"] is None and copy["read_only"] is False
    cancelled = _second_instance(resume_file, "cancel")
    assert cancelled["opened"] is False


def test_the_lock_goes_with_the_window_and_with_a_killed_process(make_window, resume_file):
    first = make_window()
    assert first.open_file(resume_file)
    first.close()
    after_close = _second_instance(resume_file, "cancel", "die")
    assert after_close["asked"] == [] and after_close["read_only"] is False
    # That process was killed while holding the lock: Qt sees it is gone, so the file is free.
    again = make_window()
    assert again.open_file(resume_file)
    assert not again.read_only


def test_save_as_onto_a_file_open_elsewhere_is_refused(
    make_window, dialog_answers, resume_file, tmp_path
):
    first = make_window()
    assert first.open_file(resume_file)
    other = make_window()
    other.new_resume(ROLE)
    dialog_answers.save_path = resume_file
    before = resume_file.read_bytes()
    assert not other.save()
    assert dialog_answers.errors()[-1] == "maria.json is open in another Resume Builder window."
    assert resume_file.read_bytes() == before


@pytest.mark.parametrize("overwrite", [True, False])
def test_saving_over_a_file_changed_on_disk_asks(
    make_window, dialog_answers, resume_file, tmp_path, overwrite
):
    window = make_window()
    assert window.open_file(resume_file)
    window.document.apply("Name", lambda r: setattr(r.basics, "name", "Mine"))
    data = json.loads(resume_file.read_text())
    data["basics"]["name"] = "Changed by another program, and longer"
    resume_file.write_text(json.dumps(data))
    dialog_answers.overwrite_changed = overwrite
    dialog_answers.save_path = tmp_path / "mine.json"
    assert window.save()
    assert "changed" in [name for name, _ in dialog_answers.calls]
    if overwrite:
        assert json.loads(resume_file.read_text())["basics"]["name"] == "Mine"
    else:
        assert json.loads(resume_file.read_text())["basics"]["name"].startswith("Changed by")
        assert json.loads((tmp_path / "mine.json").read_text())["basics"]["name"] == "Mine"
        assert window.document.path == tmp_path / "mine.json"


# -- every handler ends in a dialog, with the log named -----------------------------------------


def _log_path() -> Path:
    return Path(os.environ["RESUME_BUILDER_DATA_DIR"]) / "logs" / "resume-builder.log"


def test_unexpected_error_while_opening_is_a_dialog(
    make_window, dialog_answers, resume_file, monkeypatch
):
    from resume_builder.ui import document

    def bug(path):
        raise KeyError("deliberate")

    monkeypatch.setattr(document, "load_resume", bug)
    window = make_window()
    assert not window.open_file(resume_file)
    assert dialog_answers.errors()[-1] == (
        "Could not open maria.json: an unexpected problem (KeyError). "
        f"The details are in {_log_path()}."
    )
    assert "deliberate" in _log_path().read_text()
    # The file is not left locked by the failed open.
    monkeypatch.undo()
    assert window.open_file(resume_file) and not window.read_only


def test_unexpected_error_while_exporting_is_a_dialog(
    make_window, dialog_answers, tmp_path, monkeypatch
):
    from resume_builder.output import docx_export
    from resume_builder.ui import dialogs

    def bug(resume):
        raise ValueError("deliberate")

    monkeypatch.setattr(docx_export, "render_docx", bug)
    monkeypatch.setattr(dialogs, "get_export_path", lambda *a: (tmp_path / "r.docx", True))
    window = make_window()
    window.new_resume(ROLE)
    window.export_other_action.trigger()
    assert dialog_answers.errors()[-1] == (
        f"Could not export: an unexpected problem (ValueError). The details are in {_log_path()}."
    )
    assert not (tmp_path / "r.docx").exists()


def test_unexpected_error_while_switching_versions_is_a_dialog(
    make_window, dialog_answers, monkeypatch
):
    from resume_builder.ui import versions_panel

    def bug(resume, name):
        raise TypeError("deliberate")

    window = make_window()
    window.new_resume(ROLE)
    monkeypatch.setattr(versions_panel, "switch_version", bug)
    before = window.document.resume
    window.side_panel.versions.switch_version("Main")
    assert dialog_answers.errors()[-1] == (
        f"Could not do that: an unexpected problem (TypeError). The details are in {_log_path()}."
    )
    assert window.document.resume == before


def test_the_last_boundary_shows_any_uncaught_error(make_window, dialog_answers):
    """What ``run()`` installs as ``sys.excepthook``, for a slot that raises."""
    from resume_builder.ui.app import _show_unexpected

    window = make_window()
    try:
        raise RecursionError("deliberate")
    except RecursionError as exc:
        _show_unexpected(window, exc)
    assert dialog_answers.errors()[-1] == (
        "Could not finish that action: an unexpected problem (RecursionError). "
        f"The details are in {_log_path()}."
    )
    assert "deliberate" in _log_path().read_text()


def test_typing_past_a_field_limit_is_said_beside_the_field(qtbot, make_window):
    from resume_builder.ui.pages import ContactPage

    window = make_window()
    window.new_resume(ROLE)
    page = window.findChild(ContactPage)
    field = page.fields["name"]
    field.edit.clear()
    qtbot.keyClicks(field.edit, "M" * 101)
    assert window.document.resume.basics.name == "M" * 100
    assert field.error.text() == "Not kept: this is too long (the limit is 100 characters)."
    qtbot.keyClick(field.edit, Qt.Key.Key_Backspace)
    assert not field.error.isVisible()


def test_the_last_boundary_names_a_refused_edit_plainly(make_window, dialog_answers):
    from pydantic import ValidationError

    from resume_builder.models import Resume
    from resume_builder.ui.app import _show_unexpected

    window = make_window()
    with pytest.raises(ValidationError) as info:
        Resume().basics.label = "L" * 151
    _show_unexpected(window, info.value)
    assert dialog_answers.errors()[-1] == "label is too long (the limit is 150 characters)."
