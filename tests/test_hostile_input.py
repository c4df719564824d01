"""Each hostile input the issue-10 probe found, through the real command line: one plain line on
stderr, exit 1, no traceback; and the error boundary that logs anything unexpected."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from resume_builder import cli
from resume_builder.output.pdf import _layout_error
from tests.test_cli import run_cli

PREFIX = "resume-builder: "


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _fails_with(result, message: str) -> None:
    assert result.returncode == 1, result.stdout
    assert result.stderr.splitlines() == [PREFIX + message]


@pytest.mark.parametrize(
    "command", ["validate", "lint", "pdf", "docx", "txt", "json", "match", "check"]
)
def test_a_date_given_as_a_number_is_named_in_every_command(tmp_path: Path, command: str) -> None:
    resume = _write(tmp_path, "r.json", '{"work": [{"name": "Clinic", "startDate": 2021}]}')
    posting = _write(tmp_path, "posting.txt", "Medical records clerk, ICD-10.")
    pdf = tmp_path / "some.pdf"
    pdf.write_bytes(b"%PDF-1.7\n")
    args = {
        "validate": ["validate", resume],
        "lint": ["lint", resume],
        "match": ["match", resume, posting],
        "check": ["check", pdf, "--against", resume],
    }.get(command, ["export", resume, "-o", tmp_path / f"o.{command}"])
    result = run_cli(*map(str, args))
    _fails_with(result, 'r.json (work[0].startDate): write the date in quotes, like "2021"')
    assert not list(tmp_path.glob("o.*"))


CASES = {
    # Deeper than the JSON reader itself can go on any Python (3.12 reads 1,100 levels, 3.11 not).
    "deep nesting": (
        '{"basics": {"name": "A"}, "extra": ' + "[" * 100_000 + "]" * 100_000 + "}",
        "h.json: is nested too deeply (more than 64 levels of lists and objects)",
    ),
    "deep nesting that JSON reads": (
        '{"basics": {"name": "A"}, "extra": ' + "[" * 300 + "]" * 300 + "}",
        "h.json (extra): is nested too deeply (more than 64 levels of lists and objects)",
    ),
    "huge integer": (
        '{"basics": {"name": "A"}, "extra": ' + "9" * 5000 + "}",
        "h.json: is not valid JSON: a number has more than 30 digits",
    ),
    "huge template option": (
        '{"meta": {"resumeBuilder": {"templateOptions": {"accent": ' + "9" * 4000 + "}}}}",
        "h.json: is not valid JSON: a number has more than 30 digits",
    ),
    "huge float": (
        '{"basics": {"name": "A"}, "extra": 1e400}',
        "h.json: is not valid JSON: the number 1e400 is too large",
    ),
    "lone surrogate": (
        '{"basics": {"name": "Maria \\ud800"}}',
        "h.json (basics.name): holds a broken character (U+D800, half of a pair) that cannot be "
        "saved",
    ),
    "NUL character": (
        '{"work": [{"highlights": ["Coded \\u0000 charts"]}]}',
        "h.json (work[0].highlights[0]): holds an invisible control character (U+0000); remove it",
    ),
    "bell character in a key": (
        '{"basics": {"na\\u0007me": "A"}}',
        "h.json (basics): holds an invisible control character (U+0007); remove it",
    ),
    "NaN": (
        '{"basics": {"name": "A"}, "extra": NaN}',
        "h.json: is not valid JSON: NaN is not a number JSON allows (put it in quotes or remove "
        "it)",
    ),
    "Infinity": (
        '{"basics": {"name": "A"}, "extra": -Infinity}',
        "h.json: is not valid JSON: -Infinity is not a number JSON allows (put it in quotes or "
        "remove it)",
    ),
    "1 MB summary": (
        json.dumps({"basics": {"summary": "word " * 200_000}}),
        "h.json (basics.summary): is too long (1,000,000 characters; the limit is 50,000)",
    ),
    "long name": (
        json.dumps({"basics": {"name": "M" * 101}}),
        "h.json (basics.name): is too long (the limit is 100 characters)",
    ),
    "unvalidated tailored version": (
        json.dumps(
            {
                "basics": {"name": "A"},
                "meta": {
                    "resumeBuilder": {
                        "versions": [{"name": "Clinic", "content": {"work": [{"startDate": 2021}]}}]
                    }
                },
            }
        ),
        'h.json (meta.resumeBuilder.versions[0]): the saved version "Clinic" is not valid: '
        'work[0].startDate write the date in quotes, like "2021"',
    ),
    "damaged tailored version": (
        json.dumps(
            {"meta": {"resumeBuilder": {"versions": [{"name": "V", "content": {"basics": "x"}}]}}}
        ),
        'h.json (meta.resumeBuilder.versions[0]): the saved version "V" is damaged and cannot be '
        "opened",
    ),
    "paper size": (
        '{"meta": {"resumeBuilder": {"paper": "b5"}}}',
        "h.json (meta.resumeBuilder.paper): should be 'letter' or 'a4'",
    ),
    "name as a number": (
        '{"basics": {"name": 42}}',
        "h.json (basics.name): should be text in quotes",
    ),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_hostile_resume_is_one_plain_line(tmp_path: Path, case: str) -> None:
    text, message = CASES[case]
    path = _write(tmp_path, "h.json", text)
    before = path.read_bytes()
    for command in (("validate", str(path)), ("export", str(path), "-o", str(tmp_path / "o.txt"))):
        _fails_with(run_cli(*command), message)
    assert path.read_bytes() == before
    assert not (tmp_path / "o.txt").exists()


@pytest.mark.parametrize("out", ["o.docx", "o.pdf", "o.txt", "o.json"])
def test_longest_name_and_credentials_export_everywhere(tmp_path: Path, out: str) -> None:
    """Name and credentials at their limits (the docx title holds 255 characters; the sidebar
    template once failed on a long name and headline with long content)."""
    data = {
        "basics": {
            "name": "Maria " * 16 + "Lope",
            "credentials": ["RHIT-CCS-X" + str(n) for n in range(12)],
            "label": "Health information technician " * 5,
            "summary": "Abstracted and coded inpatient records. " * 40,
        },
        "work": [{"name": "Clinic", "highlights": ["Coded charts for audits. " * 20] * 6}] * 3,
        "meta": {"resumeBuilder": {"template": "sidebar"}},
    }
    path = _write(tmp_path, "r.json", json.dumps(data))
    result = run_cli("export", str(path), "-o", str(tmp_path / out))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert (tmp_path / out).stat().st_size > 0


def test_weasyprint_assertion_becomes_a_plain_reason() -> None:
    """WeasyPrint's ``assert not page_is_empty`` has no message; the user still gets a reason."""
    error = _layout_error(AssertionError())
    assert str(error) == (
        "The PDF could not be made: some content does not fit on a page (often a very long "
        "name, headline or word). Shorten it or choose another template."
    )


@pytest.mark.parametrize(
    ("content", "name"),
    [
        (b"%PDF-1.4\n garbage trailer <<>>\n%%EOF", "garbage.pdf"),
        (b"%PDF-1.7\n" + bytes(range(256)) * 40, "noise.pdf"),
        ("TRUNCATE", "truncated.pdf"),
    ],
)
def test_check_on_a_damaged_pdf_is_one_plain_line(
    tmp_path: Path, sample_file: Path, content, name: str
) -> None:
    pdf = tmp_path / name
    if content == "TRUNCATE":
        good = tmp_path / "good.pdf"
        assert run_cli("export", str(sample_file), "-o", str(good)).returncode == 0
        content = good.read_bytes()[:3000]
    pdf.write_bytes(content)
    result = run_cli("check", str(pdf), "--against", str(sample_file))
    _fails_with(result, f"{name}: the PDF is damaged or in a form this check cannot read")


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("hostile") / "sample.json"
    assert run_cli("sample", "-o", str(path)).returncode == 0
    return path


def test_devices_pipes_folders_and_loops_are_refused_without_waiting(
    tmp_path: Path, sample_file: Path
) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    loop = tmp_path / "loop.json"
    loop.symlink_to(tmp_path / "loop2.json")
    (tmp_path / "loop2.json").symlink_to(loop)
    big = tmp_path / "big.json"
    with big.open("wb") as handle:
        handle.truncate(6 * 1024 * 1024)
    cases = [
        (
            ("validate", str(fifo)),
            "pipe.json: is not a regular file (a device or pipe cannot be read)",
        ),
        (
            ("validate", "/dev/zero"),
            "zero: is not a regular file (a device or pipe cannot be read)",
        ),
        (
            ("match", str(sample_file), "/dev/urandom"),
            "urandom: is not a regular file (a device or pipe cannot be read)",
        ),
        (
            ("check", "/dev/zero", "--against", str(sample_file)),
            "zero: is not a regular file (a device or pipe cannot be read)",
        ),
        (("lint", str(loop)), "loop.json: is a link that points back to itself (a link loop)"),
        (("validate", str(tmp_path / "none.json")), "none.json: does not exist"),
        (("validate", str(tmp_path)), f"{tmp_path.name}: is a folder, not a file"),
        (("validate", str(big)), "big.json: is too large (6.0 MB; the limit is 5.0 MB)"),
    ]
    for args, message in cases:
        _fails_with(run_cli(*args), message)


def test_writing_onto_a_device_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "out.json"
    os.mkfifo(fifo)
    result = run_cli("sample", "-o", str(fifo))
    _fails_with(
        result,
        "out.json: could not be saved: it is a device or pipe, not a file; choose a file name",
    )
    assert fifo.is_fifo()


def test_an_unexpected_error_is_one_line_naming_the_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Fault injection: a bug inside a command is logged with its traceback, not printed."""
    import resume_builder.storage as storage

    def bug(path: Path):
        raise KeyError("deliberate")

    monkeypatch.setattr(storage, "load_resume", bug)
    path = _write(tmp_path, "r.json", "{}")
    assert cli.main(["validate", str(path)]) == 1
    log = Path(os.environ["RESUME_BUILDER_DATA_DIR"]) / "logs" / "resume-builder.log"
    err = capsys.readouterr().err
    assert err == (
        f"resume-builder: Could not run 'validate': an unexpected problem (KeyError). "
        f"The details are in {log}.\n"
    )
    logged = log.read_text(encoding="utf-8")
    assert "Traceback" in logged and "deliberate" in logged


def test_a_damaged_photo_is_named_and_the_pdf_is_still_made(tmp_path: Path) -> None:
    data = {
        "basics": {"name": "Maria Lopez", "image": "data:image/png;base64,bm90IGEgcGljdHVyZQ=="},
        "meta": {"resumeBuilder": {"template": "sidebar"}},
    }
    path = _write(tmp_path, "r.json", json.dumps(data))
    result = run_cli("export", str(path), "-o", str(tmp_path / "o.pdf"))
    assert result.returncode == 0
    assert result.stderr.splitlines() == [
        "resume-builder: warning: The photo was not included: it is not a PNG, JPEG, GIF, WebP "
        "or SVG picture that can be read (it may be damaged). Choose the picture again."
    ]
    assert (tmp_path / "o.pdf").read_bytes().startswith(b"%PDF")


def test_a_photo_may_be_larger_than_a_text_field(tmp_path: Path) -> None:
    """The 50,000-character limit is for text; a 300 KB embedded photo still opens."""
    import base64

    picture = b"\x89PNG\r\n\x1a\n" + bytes(300_000)
    image = "data:image/png;base64," + base64.b64encode(picture).decode()
    path = _write(tmp_path, "r.json", json.dumps({"basics": {"name": "M", "image": image}}))
    result = run_cli("validate", str(path))
    assert result.returncode == 0, result.stderr
