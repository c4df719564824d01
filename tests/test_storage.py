"""Saving is atomic and keeps a backup; loading a broken file explains itself and changes nothing."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from resume_builder.errors import ResumeFileError
from resume_builder.models import Resume
from resume_builder.storage import atomic_write_bytes, load_resume, save_resume


def _resume(name: str) -> Resume:
    return Resume.from_json_dict({"basics": {"name": name}, "work": [{"name": "Clinic"}]})


def test_save_then_load_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "resume.json"
    save_resume(_resume("Ana Ruiz"), path)
    assert load_resume(path).basics.name == "Ana Ruiz"
    assert json.loads(path.read_text(encoding="utf-8"))["basics"]["name"] == "Ana Ruiz"


def test_second_save_keeps_previous_version_as_backup(tmp_path: Path) -> None:
    path = tmp_path / "resume.json"
    save_resume(_resume("First"), path)
    save_resume(_resume("Second"), path)
    assert load_resume(path).basics.name == "Second"
    assert load_resume(tmp_path / "resume.json.bak").basics.name == "First"


def test_failure_in_the_middle_of_a_save_leaves_old_file_intact(
    tmp_path: Path, monkeypatch
) -> None:
    path = tmp_path / "resume.json"
    save_resume(_resume("Original"), path)
    before = path.read_bytes()

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(ResumeFileError) as info:
        save_resume(_resume("Replacement"), path)
    assert "the disk is full" in str(info.value)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["resume.json"]  # no temporary file left


def test_save_into_missing_folder_is_a_plain_error(tmp_path: Path) -> None:
    with pytest.raises(ResumeFileError) as info:
        save_resume(_resume("x"), tmp_path / "nope" / "resume.json")
    assert "folder does not exist" in str(info.value)


def test_save_refused_by_permissions(tmp_path: Path, monkeypatch) -> None:
    """The OS refusing the write (as for a read-only folder) is reported in plain words."""
    import tempfile

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(ResumeFileError, match="permission was refused"):
        save_resume(_resume("x"), tmp_path / "resume.json")
    assert not (tmp_path / "resume.json").exists()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'{"basics": {"name": "A",}}', "line 1, column 25"),
        (b"", "not valid JSON"),
        (b"\xff\xfe\x00garbage", "not a text file"),
        (b"[1, 2]", "expected a JSON object"),
        (b'{"work": [{"startDate": "2021-13"}]}', "work[0].startDate"),
        (b'{"basics": {"name": 42}}', "basics.name"),
        (b'{"meta": {"resumeBuilder": {"formatVersion": 99}}}', "newer version"),
    ],
)
def test_broken_file_gives_one_plain_error_and_is_unchanged(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "broken.json"
    path.write_bytes(content)
    with pytest.raises(ResumeFileError) as info:
        load_resume(path)
    message = str(info.value)
    assert message.startswith("broken.json")
    assert expected in message
    assert "\n" not in message
    assert path.read_bytes() == content


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ResumeFileError, match="does not exist"):
        load_resume(tmp_path / "missing.json")
    with pytest.raises(ResumeFileError, match="is a folder"):
        load_resume(tmp_path)


def test_atomic_write_replaces_whole_file(tmp_path: Path) -> None:
    path = tmp_path / "out.bin"
    atomic_write_bytes(path, b"a" * 1000)
    atomic_write_bytes(path, b"b")
    assert path.read_bytes() == b"b"
