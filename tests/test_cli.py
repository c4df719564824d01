"""The command line, run as a real process: exit codes, one-line errors, real files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pdf_reading import assert_ats_reads_in_order, page_count, page_sizes, pdf_text

from resume_builder.output.papers import PAPERS

ROOT = Path(__file__).resolve().parents[1]


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "resume_builder.cli", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
    )


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "sample.json"
    result = run_cli("sample", "-o", str(path))
    assert result.returncode == 0, result.stderr
    return path


def test_sample_is_complete_and_valid(sample_file: Path) -> None:
    data = json.loads(sample_file.read_text(encoding="utf-8"))
    for section in (
        "basics",
        "work",
        "education",
        "certificates",
        "skills",
        "volunteer",
        "projects",
        "awards",
        "publications",
        "languages",
        "interests",
        "references",
    ):
        assert data.get(section), f"sample has no {section}"
    result = run_cli("validate", str(sample_file))
    assert result.returncode == 0, result.stderr
    assert "valid" in result.stdout


def test_sample_to_stdout_is_json() -> None:
    result = run_cli("sample")
    assert result.returncode == 0
    assert json.loads(result.stdout)["basics"]["name"]


def test_export_writes_a_pdf(sample_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "resume.pdf"
    result = run_cli("export", str(sample_file), "-o", str(out), "--paper", "a4")
    assert result.returncode == 0, result.stderr
    a4 = (PAPERS["a4"].width_pt, PAPERS["a4"].height_pt)
    assert page_sizes(out)[0] == pytest.approx(a4, abs=0.5)
    name = json.loads(sample_file.read_text())["basics"]["name"]
    assert name in pdf_text(out)


def test_export_unknown_template_is_invalid_input(sample_file: Path, tmp_path: Path) -> None:
    result = run_cli(
        "export", str(sample_file), "-o", str(tmp_path / "x.pdf"), "--template", "nope"
    )
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "nope" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_broken_file_is_one_line_exit_1(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"work": [{"startDate": "2021-13"}]}')
    for command in (("validate", str(bad)), ("export", str(bad), "-o", str(tmp_path / "o.pdf"))):
        result = run_cli(*command)
        assert result.returncode == 1
        assert result.stderr.strip().splitlines() == [
            "resume-builder: bad.json (work[0].startDate): 13 is not a month (use 01 to 12)"
        ]


def test_validate_reports_soft_problems(tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_text(
        json.dumps(
            {
                "basics": {"email": "not-an-email"},
                "work": [{"startDate": "2022-05", "endDate": "2021-01"}],
            }
        )
    )
    result = run_cli("validate", str(path))
    assert result.returncode == 1
    assert "basics.email" in result.stderr
    assert "work[0].endDate" in result.stderr


@pytest.mark.parametrize(
    "args", [("export",), ("bogus",), ("suggest", "--limit", "0"), ("suggest", "--kind", "colours")]
)
def test_usage_errors_exit_2_with_one_line(args: tuple[str, ...]) -> None:
    result = run_cli(*args)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1


def test_templates_and_roles_json() -> None:
    templates = json.loads(run_cli("templates", "--json").stdout)
    assert "classic" in {t["id"] for t in templates}
    roles = json.loads(run_cli("roles", "--json").stdout)
    ids = {r["id"] for r in roles}
    assert {"medical-records-technician", "medical-records-clerk", "medical-receptionist"} <= ids


def test_suggest_search_and_for_resume(sample_file: Path) -> None:
    result = run_cli("suggest", "--query", "icd 10", "--limit", "3", "--json")
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    assert any("ICD-10" in item["text"] for item in items)

    all_skills = json.loads(run_cli("suggest", "--limit", "200", "--json").stdout)
    missing = json.loads(
        run_cli("suggest", "--for", str(sample_file), "--limit", "200", "--json").stdout
    )
    assert 0 < len(missing) < len(all_skills)


def test_suggest_unknown_role_is_invalid_input() -> None:
    result = run_cli("suggest", "--role", "astronaut")
    assert result.returncode == 1
    assert "astronaut" in result.stderr


@pytest.mark.parametrize("out_format", ["docx", "txt", "json"])
def test_export_other_formats(sample_file: Path, tmp_path: Path, out_format: str) -> None:
    out = tmp_path / f"resume.{out_format}"
    result = run_cli("export", str(sample_file), "-o", str(out))
    assert result.returncode == 0, result.stderr
    name = json.loads(sample_file.read_text())["basics"]["name"]
    if out_format == "docx":
        import docx

        text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    else:
        text = out.read_text(encoding="utf-8")
    assert name in text
    if out_format == "json":
        assert json.loads(text) == json.loads(sample_file.read_text())


def test_export_a_tailored_version(tmp_path: Path) -> None:
    from resume_builder.sample import sample_resume
    from resume_builder.storage import save_resume
    from resume_builder.versions import new_version, switch_version

    resume = new_version(sample_resume(), "Coder")
    resume.basics.summary = "Tailored summary for the coder posting."
    path = tmp_path / "r.json"
    save_resume(switch_version(resume, "Main"), path)
    out = tmp_path / "coder.txt"
    assert run_cli("export", str(path), "-o", str(out), "--version", "Coder").returncode == 0
    assert "Tailored summary for the coder posting." in out.read_text()
    missing = run_cli("export", str(path), "-o", str(out), "--version", "Nope")
    assert missing.returncode == 1
    assert "no version called 'Nope'" in missing.stderr


def test_letter_drafts_from_a_posting_and_reads_back_in_order(
    sample_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "letter.pdf"
    posting = ROOT / "tests" / "data" / "postings" / "roi_specialist.txt"
    result = run_cli(
        "letter",
        str(sample_file),
        "--posting",
        str(posting),
        "--template",
        "modern",
        "-o",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    assert "a draft" in result.stdout
    assert page_count(out) == 1
    assert_ats_reads_in_order(
        out.read_bytes(),
        [
            "Maria Lopez",
            "Northfield Community Hospital",
            "Re: Release of Information Specialist",
            "Dear Hiring Manager,",
            "position at Northfield Community Hospital",
            "Sincerely,",
        ],
    )


def test_letter_uses_the_saved_letter_of_a_version(sample_file: Path, tmp_path: Path) -> None:
    data = json.loads(sample_file.read_text(encoding="utf-8"))
    data["meta"]["resumeBuilder"]["versions"] = [
        {
            "name": "Clinic",
            "content": {"settings": {"letter": {"opening": "Saved opening for the clinic."}}},
        }
    ]
    resume = tmp_path / "r.json"
    resume.write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "letter.txt"
    result = run_cli("letter", str(resume), "--version", "Clinic", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "Saved opening for the clinic." in out.read_text(encoding="utf-8")
    bad = run_cli("letter", str(resume), "-o", str(tmp_path / "letter.odt"))
    assert bad.returncode == 1
    assert bad.stderr.count("\n") == 1 and ".pdf, .docx or .txt" in bad.stderr
