"""The command line in Spanish: by the locale or by --ui-lang, apart from the resume's --lang."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from resume_builder.cli import message_language

ROOT = Path(__file__).resolve().parents[1]
LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def run_cli(*args: str, **locale: str) -> subprocess.CompletedProcess[str]:
    """Run the CLI in a fresh process with only the locale variables given."""
    env = {k: v for k, v in os.environ.items() if k not in LOCALE_VARIABLES}
    env.update(locale)
    return subprocess.run(
        [sys.executable, "-m", "resume_builder.cli", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env=env,
        timeout=120,
    )


@pytest.fixture(scope="module")
def weak_resume(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-es") / "weak.json"
    data = {
        "basics": {"name": "Ana Ruiz"},
        "work": [
            {
                "name": "Mercy Hospital",
                "position": "HIM Technician",
                "startDate": "2019-01",
                "highlights": ["Responsible for scanning records", "Coded [N] charts a day"],
            }
        ],
    }
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_help_follows_the_locale_and_the_flag() -> None:
    spanish = run_cli("--help", LANG="es_US.UTF-8")
    assert spanish.returncode == 0
    assert "Creador de currículums para profesionales de información de salud." in spanish.stdout
    assert "exporta un currículum a PDF, Word, texto simple o JSON" in spanish.stdout
    english = run_cli("--help", LANG="en_US.UTF-8")
    assert "Resume builder for health information professionals." in english.stdout
    flagged = run_cli("--ui-lang", "es", "export", "--help", LANG="en_US.UTF-8")
    assert "idioma del currículum para encabezados y fechas" in flagged.stdout
    assert "--ui-lang" in english.stdout and "--ui-lang" in spanish.stdout


def test_lint_speaks_spanish_by_locale_and_english_by_flag(weak_resume: Path) -> None:
    spanish = run_cli("lint", str(weak_resume), LANG="es_US.UTF-8")
    assert spanish.returncode == 0, spanish.stderr
    assert "describe el puesto, no lo que usted hizo" in spanish.stdout
    assert "error [placeholder]" in spanish.stdout and "aviso [weak-opening]" in spanish.stdout
    assert "observaciones. Solidez:" in spanish.stdout
    english = run_cli("--ui-lang", "en", "lint", str(weak_resume), LANG="es_US.UTF-8")
    assert "describes the job, not what you did" in english.stdout
    assert "findings. Strength:" in english.stdout
    by_flag = run_cli("--ui-lang=es", "lint", str(weak_resume), LC_ALL="C")
    assert "observaciones. Solidez:" in by_flag.stdout


def test_message_language_and_resume_language_are_apart(weak_resume: Path, tmp_path: Path) -> None:
    out = tmp_path / "weak.txt"
    args = ("--ui-lang", "es", "export", str(weak_resume), "-o", str(out), "--lang", "en")
    result = run_cli(*args, LANG="en_US.UTF-8")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Se escribió {out}"
    assert "EXPERIENCE" in out.read_text(encoding="utf-8").upper()
    assert "EXPERIENCIA" not in out.read_text(encoding="utf-8").upper()


def test_errors_in_spanish(tmp_path: Path, weak_resume: Path) -> None:
    empty = tmp_path / "posting.txt"
    empty.write_text("  \n", encoding="utf-8")
    result = run_cli("match", str(weak_resume), str(empty), LANGUAGE="es:en", LANG="en_US.UTF-8")
    assert result.returncode == 1
    assert result.stderr == "resume-builder: posting.txt: el anuncio está vacío\n"
    missing = run_cli("lint", str(tmp_path / "nada.json"), LANG="es_US.UTF-8")
    assert (missing.returncode, missing.stderr) == (1, "resume-builder: nada.json: no existe\n")
    broken = tmp_path / "roto.json"
    broken.write_text('{"basics": ', encoding="utf-8")
    result = run_cli("validate", str(broken), LANG="es_US.UTF-8")
    assert result.stderr == (
        "resume-builder: roto.json (línea 1, columna 12): no es JSON válido: expecting value\n"
    )
    result = run_cli("--ui-lang", "en", "validate", str(broken), LANG="es_US.UTF-8")
    assert result.stderr == (
        "resume-builder: roto.json (line 1, column 12): is not valid JSON: expecting value\n"
    )
    usage = run_cli("suggest", "--limit", "0", LANG="es_US.UTF-8")
    assert usage.returncode == 2
    assert usage.stderr.endswith("debe ser un número entero, 1 o más (vea --help)\n")


@pytest.mark.parametrize(
    ("argv", "environ", "expected"),
    [
        ([], {}, "en"),
        ([], {"LANG": "es_US.UTF-8"}, "es"),
        ([], {"LANGUAGE": "es:en", "LANG": "en_US.UTF-8"}, "es"),
        ([], {"LC_ALL": "C", "LANG": "es_ES.UTF-8"}, "en"),
        ([], {"LC_MESSAGES": "es_MX", "LANG": "en_US"}, "es"),
        (["--ui-lang", "es", "lint", "x.json"], {"LANG": "en_US"}, "es"),
        (["--ui-lang=en", "lint"], {"LANG": "es_US"}, "en"),
        (["lint", "--", "--ui-lang", "es"], {}, "en"),
    ],
)
def test_message_language(argv: list[str], environ: dict[str, str], expected: str) -> None:
    assert message_language(argv, environ) == expected


def test_suggest_offers_the_dataset_in_the_resume_language(tmp_path: Path) -> None:
    spanish = run_cli("suggest", "--lang", "es", "--limit", "1", LANG="en_US.UTF-8")
    assert spanish.stdout == "[Codificación y clasificación] Codificación médica\n"
    resume = tmp_path / "es.json"
    resume.write_text(json.dumps({"meta": {"resumeBuilder": {"language": "es"}}}), "utf-8")
    by_file = run_cli("suggest", "--for", str(resume), "--kind", "summaries", "--limit", "1")
    assert by_file.stdout.startswith(
        "[Summary starters] Técnico registrado en información de salud"
    )
    english = run_cli("suggest", "--limit", "1", LANG="es_US.UTF-8")
    assert english.stdout == "[Coding & classification] Medical coding\n"


def test_roles_are_listed_in_the_message_language() -> None:
    spanish = run_cli("--ui-lang", "es", "roles")
    english = run_cli("--ui-lang", "en", "roles")
    assert spanish.returncode == english.returncode == 0
    assert "medical-coder  " in spanish.stdout and "Codificador médico" in spanish.stdout
    assert "Medical Coder" in english.stdout and "Codificador" not in english.stdout
    as_json = run_cli("--ui-lang", "es", "roles", "--json")
    assert '"title": "Medical Coder"' in as_json.stdout
