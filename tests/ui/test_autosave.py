"""Autosave: written shortly after a change, removed on save, offered back after a crash."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from resume_builder.models import Resume
from resume_builder.ui.autosave import AUTOSAVE_PATTERN, Autosave, autosave_dir
from resume_builder.ui.document import ResumeDocument

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT_MS = 30_000
"""How long a signal may take on a busy machine (a bound for failing, not a speed goal)."""


def _rename(value):
    def mutate(resume):
        resume.basics.name = value

    return mutate


def test_written_shortly_after_a_change_and_dropped_on_save(qtbot, tmp_path):
    document = ResumeDocument()
    document.set_resume(Resume())
    autosave = Autosave(document, tmp_path, delay_ms=50)
    autosave.start()
    with qtbot.waitSignal(autosave.saved, timeout=TIMEOUT_MS):
        document.apply("Name", _rename("Maria Lopez"))
    data = json.loads(autosave.file.read_text())
    assert data["resume"]["basics"]["name"] == "Maria Lopez"
    assert list(tmp_path.glob("session-*.lock"))  # held while the instance runs
    document.save(tmp_path / "r.json")
    assert not autosave.file.exists()
    autosave.stop()
    assert not list(tmp_path.glob("session-*.lock"))
    assert not list(tmp_path.glob(AUTOSAVE_PATTERN))


def test_typing_without_pause_is_still_written_every_delay(qtbot, tmp_path):
    """Later edits must not push the write back: a crash loses at most one delay of typing."""
    document = ResumeDocument()
    document.set_resume(Resume())
    autosave = Autosave(document, tmp_path, delay_ms=200)
    autosave.start()
    written: list[str] = []
    autosave.saved.connect(
        lambda path: written.append(json.loads(path.read_text())["resume"]["basics"]["name"])
    )
    typed = ""
    for char in "Maria Lopez, Health Information Technician, Riverside"[:50]:
        typed += char
        document.apply("Name", _rename(typed), merge_key="name")
        qtbot.wait(30)  # keystrokes 30 ms apart: a debounce of 200 ms would never fire
    # Written several times while typing went on, each time a state that was really typed.
    assert len(written) >= 2
    assert all(typed.startswith(name) for name in written)
    autosave.stop()


def test_write_failure_is_reported_not_raised(qtbot, tmp_path):
    document = ResumeDocument()
    in_the_way = tmp_path / "a file, not a folder"
    in_the_way.write_text("")
    autosave = Autosave(document, in_the_way, delay_ms=10)
    with qtbot.waitSignal(autosave.failed, timeout=TIMEOUT_MS) as blocker:
        autosave.start()
    assert "Autosave is off" in blocker.args[0]
    document.apply("Name", _rename("X"))
    with qtbot.waitSignal(autosave.failed, timeout=TIMEOUT_MS) as blocker:
        pass
    assert "Autosave failed" in blocker.args[0]
    assert document.resume.basics.name == "X"


def test_crash_then_restore_in_a_new_window(qtbot, make_window, dialog_answers, tmp_path):
    """A real app process dies (kill -9) with unsaved work; the next window offers it back."""
    script = (
        "import os, signal, sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from resume_builder.models import Resume\n"
        "from resume_builder.ui.autosave import Autosave\n"
        "from resume_builder.ui.document import ResumeDocument\n"
        "app = QApplication([])\n"
        "document = ResumeDocument()\n"
        "autosave = Autosave(document)\n"
        "autosave.start()\n"
        "def rename(r): r.basics.name = 'Maria Lopez'\n"
        "document.apply('Name', rename)\n"
        "autosave.write_now()\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    died = subprocess.run(
        [sys.executable, "-c", script], env=_offscreen_env(), cwd=ROOT, timeout=60
    )
    assert died.returncode == -9
    assert len(list(autosave_dir().glob(AUTOSAVE_PATTERN))) == 1

    restored = make_window(offer_recovery=True)
    qtbot.waitUntil(
        lambda: restored.document.resume.basics.name == "Maria Lopez", timeout=TIMEOUT_MS
    )
    assert "restore" in [name for name, _ in dialog_answers.calls]
    assert restored.document.is_dirty
    assert restored.windowTitle().startswith("Maria Lopez")
    # The dead instance's file is gone; the work now lives in this instance's own autosave.
    qtbot.waitUntil(lambda: restored.autosave.file.exists(), timeout=TIMEOUT_MS)
    assert list(autosave_dir().glob(AUTOSAVE_PATTERN)) == [restored.autosave.file]


def _offscreen_env():
    import os

    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def test_declining_restore_discards_it(qtbot, make_window, dialog_answers):
    folder = autosave_dir()
    record = {"path": None, "savedAt": "today", "resume": {"basics": {"name": "Old"}}}
    left = folder / "autosave-99999999-1.json"  # no session lock: its instance is gone
    left.write_text(json.dumps(record))
    dialog_answers.restore = False
    window = make_window(offer_recovery=True)
    qtbot.waitUntil(lambda: not left.exists(), timeout=TIMEOUT_MS)
    assert window.document.resume.basics.name is None


_OTHER_INSTANCE = """
import json, sys
from PySide6.QtWidgets import QApplication
from resume_builder.ui.autosave import Autosave
from resume_builder.ui.document import ResumeDocument
app = QApplication([])
document = ResumeDocument()
autosave = Autosave(document)
offered = autosave.find_recoverable()
autosave.start()
def rename(r): r.basics.name = "Second instance"
document.apply("Name", rename)
autosave.write_now()
wrote = autosave.file.exists()
autosave.stop()
print(json.dumps({"offered": offered is not None, "wrote": wrote}))
"""


def test_a_second_instance_neither_takes_nor_deletes_the_first_ones_autosave(qtbot, make_window):
    first = make_window()
    first.new_resume("medical-records-technician")
    first.document.apply("Name", _rename("First instance"))
    first.autosave.write_now()
    mine = first.autosave.file
    before = mine.read_bytes()
    second = subprocess.run(
        [sys.executable, "-c", _OTHER_INSTANCE],
        env=_offscreen_env(),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert second.returncode == 0, second.stderr
    assert json.loads(second.stdout) == {"offered": False, "wrote": True}
    assert mine.read_bytes() == before  # not overwritten by its start, not deleted by its exit
    assert list(autosave_dir().glob(AUTOSAVE_PATTERN)) == [mine]


def test_work_left_by_an_earlier_version_is_still_offered(qtbot, make_window, dialog_answers):
    folder = autosave_dir()
    record = {"path": None, "savedAt": "today", "resume": {"basics": {"name": "From before"}}}
    (folder / "autosave.json").write_text(json.dumps(record))
    window = make_window(offer_recovery=True)
    qtbot.waitUntil(lambda: window.document.resume.basics.name == "From before", timeout=TIMEOUT_MS)
    assert not (folder / "autosave.json").exists()
