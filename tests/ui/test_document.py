"""ResumeDocument: snapshot undo, merged typing, dirty flag, files."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from resume_builder.errors import ResumeFileError
from resume_builder.models import Work
from resume_builder.ui.document import ResumeDocument

TIMEOUT_MS = 30_000
"""How long a signal may take on a busy machine (a bound for failing, not a speed goal)."""


@pytest.fixture
def document(qapp, minimal_resume):
    document = ResumeDocument()
    document.set_resume(minimal_resume)
    return document


def _set_name(value):
    def mutate(resume):
        resume.basics.name = value

    return mutate


def test_typing_in_one_field_undoes_as_one_step(document):
    for text in ("M", "Ma", "Mar"):
        document.apply("Edit name", _set_name(text), merge_key="basics.name")
    document.apply("Add job", lambda r: r.work.append(Work(name="B")))
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    assert len(document.resume.work) == 1
    document.undo_stack.undo()
    assert document.resume.basics.name == "Maria Lopez"
    document.undo_stack.redo()
    assert document.resume.basics.name == "Mar"


def test_dirty_follows_undo_and_save(document, tmp_path, qtbot):
    assert not document.is_dirty
    with qtbot.waitSignal(document.dirty_changed, timeout=TIMEOUT_MS) as blocker:
        document.apply("Edit name", _set_name("X"))
    assert blocker.args == [True]
    document.undo_stack.undo()
    assert not document.is_dirty
    document.undo_stack.redo()
    document.save(tmp_path / "r.json")
    assert not document.is_dirty and document.path == tmp_path / "r.json"
    other = ResumeDocument()
    other.load(tmp_path / "r.json")
    assert other.resume.basics.name == "X"


def test_failed_edit_leaves_the_document_untouched(document):
    before = document.resume

    def bad(resume):
        resume.work[0].start_date = "2021-13"

    with pytest.raises(ValidationError):
        document.apply("Bad date", bad)
    assert document.resume is before and document.undo_stack.count() == 0


def test_edit_that_changes_nothing_is_not_recorded(document):
    document.apply("Same", _set_name("Maria Lopez"))
    assert document.undo_stack.count() == 0 and not document.is_dirty


def test_save_refused_keeps_work_and_dirty(document, tmp_path):
    document.apply("Edit name", _set_name("Y"))
    with pytest.raises(ResumeFileError):
        document.save(tmp_path / "missing-folder" / "r.json")
    assert document.is_dirty and document.resume.basics.name == "Y"


def test_restored_work_is_dirty(qapp, minimal_resume):
    document = ResumeDocument()
    document.set_resume(minimal_resume, dirty=True)
    assert document.is_dirty
