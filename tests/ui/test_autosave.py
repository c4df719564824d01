"""Autosave: written shortly after a change, removed on save, offered back after a crash."""

from __future__ import annotations

import json
import subprocess
import sys

from resume_builder.models import Resume
from resume_builder.ui.autosave import AUTOSAVE_FILE, LOCK_FILE, Autosave, autosave_dir
from resume_builder.ui.document import ResumeDocument


def _rename(value):
    def mutate(resume):
        resume.basics.name = value

    return mutate


def test_written_shortly_after_a_change_and_dropped_on_save(qtbot, tmp_path):
    document = ResumeDocument()
    document.set_resume(Resume())
    autosave = Autosave(document, tmp_path, delay_ms=50)
    autosave.start()
    with qtbot.waitSignal(autosave.saved, timeout=2000):
        document.apply("Name", _rename("Maria Lopez"))
    data = json.loads((tmp_path / AUTOSAVE_FILE).read_text())
    assert data["resume"]["basics"]["name"] == "Maria Lopez"
    document.save(tmp_path / "r.json")
    assert not (tmp_path / AUTOSAVE_FILE).exists()
    autosave.stop()
    assert not (tmp_path / LOCK_FILE).exists()


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
    autosave = Autosave(document, tmp_path / "gone", delay_ms=10)
    autosave._active = True
    document.apply("Name", _rename("X"))
    with qtbot.waitSignal(autosave.failed, timeout=2000) as blocker:
        pass
    assert "Autosave failed" in blocker.args[0]
    assert document.resume.basics.name == "X"


def test_crash_then_restore_in_a_new_window(qtbot, make_window, dialog_answers, tmp_path):
    window = make_window()
    window.new_resume("medical-records-technician")
    window.document.apply("Name", _rename("Maria Lopez"))
    window.autosave.write_now()
    left_behind = (autosave_dir() / AUTOSAVE_FILE).read_bytes()
    dialog_answers.save_choice = "discard"
    window.close()
    # The app died instead: the autosave stays and the lock names a process no longer running.
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (autosave_dir() / AUTOSAVE_FILE).write_bytes(left_behind)
    (autosave_dir() / LOCK_FILE).write_text(str(dead.pid))

    restored = make_window(offer_recovery=True)
    qtbot.waitUntil(lambda: restored.document.resume.basics.name == "Maria Lopez", timeout=5000)
    assert "restore" in [name for name, _ in dialog_answers.calls]
    assert restored.document.is_dirty
    assert restored.windowTitle().startswith("Maria Lopez")


def test_declining_restore_discards_it(qtbot, make_window, dialog_answers):
    folder = autosave_dir()
    record = {"path": None, "savedAt": "today", "resume": {"basics": {"name": "Old"}}}
    (folder / AUTOSAVE_FILE).write_text(json.dumps(record))
    dialog_answers.restore = False
    window = make_window(offer_recovery=True)
    qtbot.waitUntil(lambda: not (folder / AUTOSAVE_FILE).exists(), timeout=5000)
    assert window.document.resume.basics.name is None
