"""Every PDF we export carries the resume as JSON and reopens exactly, field by field."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pypdfium2
import pytest
from pdf_reading import attachments, catalog

from resume_builder.errors import ResumeFileError
from resume_builder.importing import import_file
from resume_builder.importing.embedded import ATTACHMENT_NAME
from resume_builder.importing.result import exact_fields
from resume_builder.models import FORMAT_VERSION, Resume
from resume_builder.output.exporting import export_pdf, render_pdf

ROOT = Path(__file__).resolve().parents[2]


def leaves(resume: Resume) -> dict[str, str]:
    """Every filled field of the resume (settings included) by its path."""
    found: dict[str, str] = {}

    def walk(value: object, path: str) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                walk(item, f"{path}.{key}")
        elif isinstance(value, list):
            for index, item in enumerate(value):
                walk(item, f"{path}[{index}]")
        else:
            found[path] = repr(value)

    walk(resume.to_json_dict(), "")
    return found


@pytest.mark.parametrize("template", ["classic", "sidebar"])
def test_exported_pdf_restores_the_exact_resume(full_resume: Resume, tmp_path: Path, template):
    full_resume.settings.template = template
    full_resume.basics.label = "Técnica — «accents» & symbols ≥ 96%"
    path = tmp_path / "resume.pdf"
    export_pdf(full_resume, path)

    result = import_file(path)

    assert result.kind == "resume-pdf"
    assert leaves(result.resume) == leaves(full_resume)
    assert result.resume == full_resume
    assert result.unsure() == []
    assert "Maria Lopez" in result.source_text


def test_the_attachment_is_json_resume_with_a_version(minimal_resume: Resume) -> None:
    files = attachments(render_pdf(minimal_resume).pdf)

    data = json.loads(files[ATTACHMENT_NAME])
    assert data["basics"]["name"] == "Maria Lopez"
    assert data["meta"]["resumeBuilder"]["formatVersion"] == FORMAT_VERSION


def test_pdf_a_keeps_the_attachment_as_its_source(minimal_resume: Resume) -> None:
    pdf = render_pdf(minimal_resume, pdf_a=True).pdf
    assert ATTACHMENT_NAME in attachments(pdf)
    # WeasyPrint 70 lists the one file twice in /AF; it is the same object.
    (associated,) = {ref.get_object()["/F"]: ref for ref in catalog(pdf)["/AF"]}.values()
    assert associated.get_object()["/AFRelationship"] == "/Source"


def test_the_attachment_can_be_turned_off(minimal_resume: Resume, tmp_path: Path) -> None:
    assert attachments(render_pdf(minimal_resume, embed_data=False).pdf) == {}
    minimal_resume.settings.embed_data = False
    path = tmp_path / "plain.pdf"
    export_pdf(minimal_resume, path)
    assert attachments(path.read_bytes()) == {}
    # Without its data the PDF is still imported, from its text.
    result = import_file(path)
    assert result.kind == "pdf"
    assert result.resume.basics.name == "Maria Lopez"
    assert result.resume.work[0].name == "Riverside Clinic"


def test_the_setting_is_saved_with_the_resume(minimal_resume: Resume) -> None:
    minimal_resume.settings.embed_data = False
    data = minimal_resume.to_json_dict()
    assert data["meta"]["resumeBuilder"]["embedData"] is False
    assert Resume.from_json_dict(data).settings.embed_data is False


def _with_attachment(pdf: bytes, data: bytes, path: Path) -> Path:
    document = pypdfium2.PdfDocument(pdf)
    document.new_attachment(ATTACHMENT_NAME).set_data(data)
    document.save(path)
    return path


def test_a_newer_or_damaged_attachment_is_refused_plainly(minimal_resume, tmp_path) -> None:
    plain = render_pdf(minimal_resume, embed_data=False).pdf
    newer = minimal_resume.to_json_dict()
    newer["meta"]["resumeBuilder"]["formatVersion"] = FORMAT_VERSION + 1
    path = _with_attachment(plain, json.dumps(newer).encode(), tmp_path / "newer.pdf")
    with pytest.raises(ResumeFileError, match="newer version of the app"):
        import_file(path)
    path = _with_attachment(plain, b"{not json", tmp_path / "damaged.pdf")
    with pytest.raises(ResumeFileError, match="damaged"):
        import_file(path)


def test_exact_fields_lists_every_leaf_but_settings(minimal_resume: Resume) -> None:
    paths = {f.path for f in exact_fields(minimal_resume)}
    assert paths == {"basics.name", "basics.email", "work[0].name", "work[0].position"}


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "resume_builder.cli", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def test_cli_export_then_import_round_trips(tmp_path: Path) -> None:
    source, pdf, back = tmp_path / "r.json", tmp_path / "r.pdf", tmp_path / "back.json"
    assert run_cli("sample", "-o", str(source)).returncode == 0
    assert run_cli("export", str(source), "-o", str(pdf)).returncode == 0

    result = run_cli("import", str(pdf), "-o", str(back))

    assert result.returncode == 0, result.stderr
    assert "restored exactly" in result.stdout
    assert json.loads(back.read_text("utf-8")) == json.loads(source.read_text("utf-8"))


def test_cli_export_without_data_then_import_reports_unsure_fields(tmp_path: Path) -> None:
    source, pdf, back = tmp_path / "r.json", tmp_path / "r.pdf", tmp_path / "back.json"
    run_cli("sample", "-o", str(source))
    assert run_cli("export", str(source), "-o", str(pdf), "--no-embed-data").returncode == 0

    result = run_cli("import", str(pdf), "-o", str(back), "--json")

    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["kind"] == "pdf"
    assert all(item["confidence"] < 0.7 for item in report["unsure"])
    data = json.loads(back.read_text("utf-8"))
    assert data["basics"]["email"] == "maria.lopez@example.com"
    assert [job["position"] for job in data["work"]][0] == "Medical Records Technician II"


def test_cli_import_errors_are_one_line_with_exit_codes(tmp_path: Path) -> None:
    missing = run_cli("import", str(tmp_path / "nope.pdf"), "-o", str(tmp_path / "x.json"))
    assert missing.returncode == 1
    assert missing.stderr.strip() == "resume-builder: nope.pdf: does not exist"
    odd = tmp_path / "resume.odt"
    odd.write_bytes(b"x")
    wrong = run_cli("import", str(odd), "-o", str(tmp_path / "x.json"))
    assert wrong.returncode == 1 and "not a file type that can be imported" in wrong.stderr
    assert len(wrong.stderr.strip().splitlines()) == 1
    usage = run_cli("import", str(odd))
    assert usage.returncode == 2
    assert not (tmp_path / "x.json").exists()
