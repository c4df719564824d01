"""Opening and saving someone else's JSON Resume file keeps every value the app does not know."""

from __future__ import annotations

import json
from pathlib import Path

from resume_builder.storage import load_resume, save_resume

UNKNOWN = {
    "nothing": None,
    "blank": "",
    "noList": [],
    "noObject": {},
    "zero": 0,
    "no": False,
    "nested": {"a": [None, "", [], {}, {"b": None}], "c": 1.5},
}


def test_unknown_values_survive_load_and_save_exactly(tmp_path: Path) -> None:
    document = {
        "$schema": "https://example.com/schema.json",
        "basics": {
            "name": "Maria Lopez",
            "location": {"city": "Denver", **UNKNOWN},
            "profiles": [{"network": "LinkedIn", **UNKNOWN}],
            **UNKNOWN,
        },
        "work": [{"name": "Clinic", "highlights": ["Coded charts"], **UNKNOWN}],
        "certificates": [{"name": "RHIT", **UNKNOWN}],
        "meta": {"canonical": "https://example.com/r.json", **UNKNOWN},
        "x-custom": UNKNOWN,
        **UNKNOWN,
    }
    source = tmp_path / "theirs.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    saved_path = tmp_path / "ours.json"
    save_resume(load_resume(source), saved_path)
    saved = json.loads(saved_path.read_text(encoding="utf-8"))
    assert saved["meta"].pop("resumeBuilder")["formatVersion"] == 1
    assert saved == document
    assert load_resume(saved_path) == load_resume(source)


def test_known_fields_are_normalised_as_the_readme_says(tmp_path: Path) -> None:
    source = tmp_path / "r.json"
    source.write_text(
        json.dumps(
            {
                "basics": {"name": "Maria", "summary": "", "email": None, "profiles": []},
                "work": [{"name": "Clinic", "startDate": " 2021-06 ", "endDate": "Present"}],
            }
        ),
        encoding="utf-8",
    )
    out = tmp_path / "out.json"
    save_resume(load_resume(source), out)
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert saved["basics"] == {"name": "Maria"}
    assert saved["work"] == [{"name": "Clinic", "startDate": "2021-06"}]
