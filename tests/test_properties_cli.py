"""Property tests: generated hostile documents through every command, in process.

Whatever the document holds, a command ends with exit 0 or 1 and at most a few lines on stderr,
and a failure is always a known, plain message (never the error boundary's "unexpected problem",
which would mean a bug). A document that loads survives save and load unchanged.
"""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resume_builder import cli
from resume_builder.errors import ResumeFileError
from resume_builder.output.papers import PAPERS
from resume_builder.storage import load_resume, save_resume

SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_NASTY_TEXT = [
    "",
    " ",
    "Present",
    "2021",
    "2021-13",
    "2021-02-30",
    "\ud800",
    "a\x00b",
    "tab\tand\nnewline",
    "\u202eright-to-left",
    "../../etc/passwd",
    "<script>alert(1)</script>{{ 7*7 }}",
    "maria@" + "a" * 3000,
    "word " * 12_000,
    "x" * 60_000,
    "💉" * 50,
]
_ODD_BUT_VALID_TEXT = [
    "",
    " ",
    "Present",
    "tab\tand\nnewline",
    "\u202eright-to-left",
    "../../etc/passwd",
    "<script>alert(1)</script>{{ 7*7 }}",
    "maria@" + "a" * 300,
    "💉" * 50,
]
leaf = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**35), max_value=10**35),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from(_NASTY_TEXT),
)
json_value = st.recursive(
    leaf,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=12,
)
_EMPTIES = st.sampled_from([None, "", [], {}, 0, False, {"a": [None, {}]}])
deep = st.integers(min_value=1, max_value=400).map(lambda n: _nest(n))


def _nest(depth: int) -> Any:
    value: Any = "bottom"
    for level in range(depth):
        value = [value] if level % 2 else {"k": value}
    return value


def _documents(hostile: bool) -> st.SearchStrategy[dict[str, Any]]:
    """Resume-shaped documents; ``hostile`` swaps in any JSON value for a third of the values."""

    def _maybe(good: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
        return st.one_of(good, good, json_value) if hostile else good

    letters = st.characters(exclude_categories=() if hostile else ("Cc", "Cs"))
    odd = st.sampled_from(_NASTY_TEXT if hostile else _ODD_BUT_VALID_TEXT)
    text = _maybe(st.one_of(st.text(letters, max_size=40), st.text(letters, max_size=40), odd))
    unknown = json_value if hostile else st.dictionaries(st.text("abc", max_size=3), _EMPTIES)
    dates = ["2019", "2020-06", "2021-02-28", ""] + (
        ["2021-13", 2021, "Present"] if hostile else []
    )
    date = _maybe(st.sampled_from(dates))
    end_date = _maybe(st.sampled_from([*dates, "Present"]))
    texts = _maybe(st.lists(text, max_size=3))
    entry = st.fixed_dictionaries(
        {},
        optional={
            "name": text,
            "position": text,
            "institution": text,
            "startDate": date,
            "endDate": end_date,
            "date": date,
            "highlights": texts,
            "keywords": texts,
            "summary": text,
            "extra": unknown,
        },
    )
    entries = _maybe(st.lists(entry, max_size=3))
    settings_block = st.fixed_dictionaries(
        {},
        optional={
            "template": _maybe(st.sampled_from(["classic", "sidebar", "modern", "../x", "nope"])),
            "paper": _maybe(st.sampled_from([*PAPERS, "b5"] if hostile else list(PAPERS))),
            "templateOptions": _maybe(st.dictionaries(st.text(max_size=10), leaf, max_size=3)),
            "sectionOrder": _maybe(st.lists(st.sampled_from(["work", "skills", "summary", "x"]))),
            "hiddenSections": _maybe(st.lists(st.sampled_from(["work", "education", "y"]))),
            "formatVersion": _maybe(st.integers(min_value=-2, max_value=3 if hostile else 1)),
            "activeVersion": text,
            "versions": _maybe(
                st.lists(
                    st.fixed_dictionaries(
                        {"name": text},
                        optional={
                            "content": _maybe(st.fixed_dictionaries({}, optional={"work": entries}))
                        },
                    ),
                    max_size=2,
                )
            ),
        },
    )
    return st.fixed_dictionaries(
        {},
        optional={
            "basics": _maybe(
                st.fixed_dictionaries(
                    {},
                    optional={
                        "name": text,
                        "label": text,
                        "email": text,
                        "phone": text,
                        "summary": text,
                        "credentials": texts,
                        "location": _maybe(st.fixed_dictionaries({}, optional={"city": text})),
                        "profiles": _maybe(
                            st.lists(st.fixed_dictionaries({}, optional={"url": text}))
                        ),
                    },
                )
            ),
            "work": entries,
            "education": entries,
            "skills": entries,
            "certificates": entries,
            "projects": entries,
            "meta": _maybe(
                st.fixed_dictionaries({}, optional={"resumeBuilder": _maybe(settings_block)})
            ),
            "unknown": _maybe(deep) if hostile else unknown,
        },
    )


document = _documents(hostile=True)
plausible_document = _documents(hostile=False)

raw_file = st.one_of(
    document.map(lambda d: json.dumps(d, allow_nan=True)),
    json_value.map(lambda v: json.dumps(v, allow_nan=True)),
    document.map(lambda d: json.dumps(d, allow_nan=True)[:-3]),
    st.binary(max_size=60).map(lambda b: b.decode("latin-1")),
)


def _run(*args: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(list(args))
    return code, err.getvalue()


def _assert_plain(code: int, err: str) -> None:
    assert code in (0, 1), err
    lines = err.splitlines()
    assert len(lines) <= 3, err
    assert "Traceback" not in err
    assert "unexpected problem" not in err, err  # a bug, not a bad file


def _write(folder: Path, raw: str) -> Path:
    path = folder / "generated.json"
    path.write_text(raw, encoding="utf-8", errors="surrogatepass")
    return path


@SETTINGS
@given(raw=raw_file)
def test_validate_lint_and_text_exports_end_plainly(raw: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = _write(Path(folder), raw)
        for args in (
            ("validate", str(path)),
            ("lint", str(path)),
            ("lint", "--json", str(path)),
            ("suggest", "--for", str(path)),
            ("export", str(path), "-o", str(Path(folder) / "o.txt")),
            ("export", str(path), "-o", str(Path(folder) / "o.docx")),
            ("export", str(path), "-o", str(Path(folder) / "o.json")),
        ):
            _assert_plain(*_run(*args))


@SETTINGS
@given(
    raw=raw_file,
    posting=st.one_of(
        st.text(max_size=200), st.sampled_from(_NASTY_TEXT), json_value.map(json.dumps)
    ),
)
def test_match_ends_plainly(raw: str, posting: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = _write(Path(folder), raw)
        for name in ("posting.txt", "posting.json"):
            posting_path = Path(folder) / name
            posting_path.write_text(posting, encoding="utf-8", errors="surrogatepass")
            _assert_plain(*_run("match", str(path), str(posting_path)))


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw=plausible_document.map(lambda d: json.dumps(d, allow_nan=True)))
def test_pdf_export_and_check_end_plainly(raw: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = _write(Path(folder), raw)
        pdf = Path(folder) / "o.pdf"
        _assert_plain(*_run("export", str(path), "-o", str(pdf)))
        if pdf.exists():
            _assert_plain(*_run("check", str(pdf), "--against", str(path)))


@SETTINGS
@given(data=st.one_of(document, plausible_document))
def test_load_save_load_is_the_same_resume(data: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = _write(Path(folder), json.dumps(data, allow_nan=True))
        try:
            resume = load_resume(path)
        except ResumeFileError:
            return
        saved = Path(folder) / "saved.json"
        save_resume(resume, saved)
        again = load_resume(saved)
        # Equal as saved: known empty values ("" for None) are normalised away (see README).
        assert again.to_json_dict() == resume.to_json_dict()
        assert json.loads(saved.read_text(encoding="utf-8")) == resume.to_json_dict()
        resaved = Path(folder) / "resaved.json"
        save_resume(again, resaved)
        assert resaved.read_bytes() == saved.read_bytes()
