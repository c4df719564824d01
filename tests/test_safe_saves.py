"""Saves never lose anything: links, modes, backups, leftovers, a full disk and kill -9.

The kill tests run real processes and kill them with SIGKILL, both at random moments and at
every step inside one save (the child kills itself at the N-th file operation).
"""

from __future__ import annotations

import errno
import json
import os
import signal
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from resume_builder.errors import ResumeFileError
from resume_builder.models import Resume
from resume_builder.storage import (
    STALE_TEMP_SECONDS,
    atomic_write_bytes,
    backup_paths,
    load_resume,
    save_resume,
)

ROOT = Path(__file__).resolve().parents[1]


def _resume(name: str) -> Resume:
    return Resume.from_json_dict({"basics": {"name": name}, "work": [{"name": "Clinic"}]})


def _name(path: Path) -> str:
    return json.loads(path.read_text(encoding="utf-8"))["basics"]["name"]


def _temps(folder: Path) -> list[Path]:
    return sorted(folder.glob(".*.tmp"))


def test_save_through_a_symlink_writes_the_target_and_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "real" / "resume.json"
    real.parent.mkdir()
    save_resume(_resume("First"), real)
    link = tmp_path / "link.json"
    link.symlink_to(real)
    save_resume(_resume("Second"), link)
    assert link.is_symlink() and link.resolve() == real
    assert _name(real) == "Second"
    assert _name(real.with_name("resume.json.bak")) == "First"
    assert not (tmp_path / "link.json.bak").exists()


def test_save_keeps_the_file_mode_and_new_files_follow_the_umask(tmp_path: Path) -> None:
    path = tmp_path / "resume.json"
    old_umask = os.umask(0o027)
    try:
        save_resume(_resume("New"), path)
        assert stat.S_IMODE(path.stat().st_mode) == 0o640
    finally:
        os.umask(old_umask)
    path.chmod(0o604)
    save_resume(_resume("Again"), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o604
    assert stat.S_IMODE(backup_paths(path)[0].stat().st_mode) == 0o604


def test_a_hard_link_keeps_the_previous_content(tmp_path: Path) -> None:
    """Documented behaviour: the saved name gets a new file; other names keep the old one."""
    path = tmp_path / "resume.json"
    save_resume(_resume("Old"), path)
    other = tmp_path / "other-name.json"
    os.link(path, other)
    save_resume(_resume("New"), path)
    assert _name(path) == "New"
    assert _name(other) == "Old"


def test_backups_keep_three_generations(tmp_path: Path) -> None:
    path = tmp_path / "resume.json"
    for version in ("v1", "v2", "v3", "v4", "v5"):
        save_resume(_resume(version), path)
    assert [p.name for p in backup_paths(path)] == [
        "resume.json.bak",
        "resume.json.bak.2",
        "resume.json.bak.3",
    ]
    assert [_name(p) for p in [path, *backup_paths(path)]] == ["v5", "v4", "v3", "v2"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "resume.json",
        "resume.json.bak",
        "resume.json.bak.2",
        "resume.json.bak.3",
    ]


def test_leftover_temporary_files_from_a_killed_save_are_removed(tmp_path: Path) -> None:
    path = tmp_path / "resume.json"
    save_resume(_resume("v1"), path)
    old = tmp_path / ".resume.json.k1ll3d.tmp"
    old.write_bytes(b"x" * 1000)
    stale = time.time() - STALE_TEMP_SECONDS - 5
    os.utime(old, (stale, stale))
    recent = tmp_path / ".resume.json.inprogress.tmp"  # maybe another save, still running
    recent.write_bytes(b"y")
    unrelated = tmp_path / ".other.json.x.tmp"
    unrelated.write_bytes(b"z")
    os.utime(unrelated, (stale, stale))
    save_resume(_resume("v2"), path)
    assert not old.exists()
    assert recent.exists() and unrelated.exists()


@pytest.mark.parametrize("target", ["folder", "fifo"])
def test_only_regular_files_are_written(tmp_path: Path, target: str) -> None:
    path = tmp_path / "out.json"
    if target == "folder":
        path.mkdir()
        message = "out.json: could not be saved: that is a folder, not a file"
    else:
        os.mkfifo(path)
        message = (
            "out.json: could not be saved: it is a device or pipe, not a file; choose a file name"
        )
    with pytest.raises(ResumeFileError) as info:
        save_resume(_resume("x"), path)
    assert str(info.value) == message
    assert path.is_dir() if target == "folder" else path.is_fifo()


# -- a full disk at every step of a save ----------------------------------------------------------

_FAULT_POINTS = [("fsync", n) for n in (1, 2, 3)] + [("link", 1), ("fchmod", 1)]
_FAULT_POINTS += [("replace", n) for n in (1, 2, 3, 4)]


def test_a_full_disk_when_links_are_not_supported_loses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without hard links the backup is a copy; a full disk while copying keeps the old one."""
    path = tmp_path / "resume.json"
    save_resume(_resume("v1"), path)
    save_resume(_resume("v2"), path)
    real_fsync = os.fsync
    calls = {"n": 0}

    def no_links(*args, **kwargs):
        raise OSError(errno.EPERM, "Operation not permitted")

    def full(fd: int) -> None:
        calls["n"] += 1
        if calls["n"] == 2:  # the first is the new file's; the second is the backup copy's
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "link", no_links)
    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(ResumeFileError, match="the disk is full"):
        save_resume(_resume("v3"), path)
    monkeypatch.undo()
    assert [_name(p) for p in (path, backup_paths(path)[0])] == ["v2", "v1"]
    assert _temps(tmp_path) == []


@pytest.mark.parametrize(("function", "nth"), _FAULT_POINTS)
def test_a_full_disk_at_any_step_loses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, function: str, nth: int
) -> None:
    path = tmp_path / "resume.json"
    for version in ("v1", "v2", "v3", "v4"):
        save_resume(_resume(version), path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    real = getattr(os, function)
    calls = {"n": 0}

    def full(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == nth:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(*args, **kwargs)

    monkeypatch.setattr(os, function, full)
    try:
        save_resume(_resume("v5"), path)
    except ResumeFileError as exc:
        assert str(exc) == "resume.json: could not be saved: the disk is full"
        assert path.read_bytes() == before["resume.json"]
    else:  # the step could fall back (a copy for a link) or came after the save took effect
        assert _name(path) == "v5"
    monkeypatch.undo()
    assert _temps(tmp_path) == []
    # Every file there is whole: the main file and each backup hold one of the saved versions.
    for file in tmp_path.iterdir():
        assert _name(file) in {"v1", "v2", "v3", "v4", "v5"}
    # Nothing saved before is lost: the previous version is the file or a backup.
    names = [_name(p) for p in [path, *backup_paths(path)] if p.exists()]
    assert "v4" in names and "v3" in names


# -- kill -9 ----------------------------------------------------------------------------------------

_SAVER = textwrap.dedent(
    """
    import os, signal, sys
    from resume_builder.models import Resume
    from resume_builder.storage import save_resume

    path, kill_function, kill_at = sys.argv[1], sys.argv[2], int(sys.argv[3])
    if kill_function != "-":
        real = getattr(os, kill_function)
        count = 0
        def killer(*args, **kwargs):
            global count
            count += 1
            if count == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
            return real(*args, **kwargs)
        setattr(os, kill_function, killer)
    version = 0
    while True:
        version += 1
        save_resume(Resume.from_json_dict({"basics": {"name": f"v{version}"},
                                           "extra": ["x" * 40_000] * 5}), path)
        print(version, flush=True)
        if kill_function == "-":
            sys.stdin.readline()  # the test says when the next save starts
        elif version == 4:
            sys.exit(0)
    """
)


def _saver(path: Path, function: str = "-", at: int = 0) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", _SAVER, str(path), function, str(at)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


def _assert_whole(path: Path, newest: int) -> None:
    """The main file holds the last or the next version; every backup is whole."""
    assert _name(path) in {f"v{newest}", f"v{newest + 1}"}
    for backup in backup_paths(path):
        if backup.exists():
            assert _name(backup).startswith("v")
    load_resume(path)


# The child saves four times; each save syncs the temporary file and the folder, links the old
# file to a temporary name, shifts the backups and replaces the main file. Kill at each of them.
_KILL_POINTS = [("fsync", n) for n in (3, 4, 7)] + [("link", n) for n in (1, 3)]
_KILL_POINTS += [("replace", n) for n in (2, 3, 5, 6, 7, 9)]


@pytest.mark.parametrize(("function", "nth"), _KILL_POINTS)
def test_kill_inside_a_save_keeps_the_file_and_backup_whole(
    tmp_path: Path, function: str, nth: int
) -> None:
    path = tmp_path / "resume.json"
    child = _saver(path, function, nth)
    output, _ = child.communicate(timeout=120)
    assert child.returncode == -signal.SIGKILL
    saved = [int(line) for line in output.split()]
    _assert_whole(path, max(saved, default=0))
    # A later save clears what the killed one left behind.
    for leftover in _temps(tmp_path):
        old = time.time() - STALE_TEMP_SECONDS - 1
        os.utime(leftover, (old, old))
    save_resume(_resume("after"), path)
    assert _temps(tmp_path) == []
    assert _name(path) == "after"


def test_kill_at_random_moments_never_corrupts_the_file_or_the_backups(tmp_path: Path) -> None:
    import random

    path = tmp_path / "resume.json"
    rng = random.Random(10)
    for _ in range(12):
        child = _saver(path)
        assert child.stdout is not None and child.stdin is not None
        newest = 0
        for _line in range(rng.randint(1, 4)):
            newest = int(child.stdout.readline())
            child.stdin.write("go\n")  # one more save, which the kill may interrupt
            child.stdin.flush()
        # A random moment of that save (or just after it); the file is whole at any moment.
        time.sleep(rng.uniform(0, 0.05))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)
        _assert_whole(path, newest)
        child.stdout.close()
        child.stdin.close()
        # Leftovers are at most one temporary file per killed save, until the next save clears them.
        assert len(_temps(tmp_path)) <= 2 * 12


def test_atomic_write_of_other_formats_follows_the_same_rules(tmp_path: Path) -> None:
    path = tmp_path / "resume.txt"
    path.write_bytes(b"old")
    path.chmod(0o600)
    atomic_write_bytes(path, b"new")
    assert path.read_bytes() == b"new"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
