"""A LinkedIn data export (the ZIP a member downloads) to a resume.

The export holds one CSV per part of the profile: Profile, Positions, Education, Skills,
Certifications, Languages, Email Addresses, PhoneNumbers. Columns are named, so the reader is
sure of what it finds; dates such as "Jun 2021" become "2021-06".
"""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

from resume_builder.errors import ResumeFileError
from resume_builder.importing.dates import parse_date
from resume_builder.importing.files import read_limited
from resume_builder.importing.result import FoundField, ImportResult
from resume_builder.importing.safe_zip import open_zip, read_member
from resume_builder.models import (
    Basics,
    Certificate,
    Education,
    Language,
    Location,
    Resume,
    Skill,
    Work,
)

_SURE = 0.95


def import_linkedin(path: Path) -> ImportResult:
    """Read a LinkedIn export; a ZIP without its Profile or Positions files is refused plainly."""
    archive = open_zip(read_limited(path), path, "a LinkedIn data export")
    tables = {
        Path(name).stem.lower(): _rows(archive, name)
        for name in archive.namelist()
        if name.lower().endswith(".csv")
    }
    if "profile" not in tables and "positions" not in tables:
        raise ResumeFileError(
            path,
            "is not a LinkedIn data export (it has no Profile.csv or Positions.csv); on "
            "LinkedIn, choose Settings > Data privacy > Get a copy of your data",
        )
    fields: list[FoundField] = []

    def add(field_path: str, value: str | None) -> str | None:
        value = (value or "").strip() or None
        if value:
            fields.append(FoundField(field_path, value, _SURE))
        return value

    profile = (tables.get("profile") or [{}])[0]
    name = " ".join(p for p in (profile.get("First Name"), profile.get("Last Name")) if p)
    basics = Basics(
        name=add("basics.name", name),
        label=add("basics.label", profile.get("Headline")),
        summary=add("basics.summary", profile.get("Summary")),
    )
    if where := add("basics.location.city", profile.get("Geo Location")):
        basics.location = Location(city=where)
    emails = tables.get("email addresses") or []
    primary = next((e for e in emails if e.get("Primary") == "Yes"), emails[0] if emails else {})
    basics.email = add("basics.email", primary.get("Email Address"))
    phones = tables.get("phonenumbers") or tables.get("phone numbers") or []
    basics.phone = add("basics.phone", phones[0].get("Number") if phones else None)
    resume = Resume(basics=basics)
    for i, row in enumerate(tables.get("positions") or []):
        resume.work.append(
            Work(
                name=add(f"work[{i}].name", row.get("Company Name")),
                position=add(f"work[{i}].position", row.get("Title")),
                location=add(f"work[{i}].location", row.get("Location")),
                start_date=add(f"work[{i}].startDate", _date(row.get("Started On"))),
                end_date=add(f"work[{i}].endDate", _date(row.get("Finished On"))),
                highlights=_highlights(row.get("Description"), f"work[{i}]", add),
            )
        )
    for i, row in enumerate(tables.get("education") or []):
        resume.education.append(
            Education(
                institution=add(f"education[{i}].institution", row.get("School Name")),
                study_type=add(f"education[{i}].studyType", row.get("Degree Name")),
                start_date=add(f"education[{i}].startDate", _date(row.get("Start Date"))),
                end_date=add(f"education[{i}].endDate", _date(row.get("End Date"))),
            )
        )
    for i, row in enumerate(tables.get("certifications") or []):
        resume.certificates.append(
            Certificate(
                name=add(f"certificates[{i}].name", row.get("Name")),
                issuer=add(f"certificates[{i}].issuer", row.get("Authority")),
                url=add(f"certificates[{i}].url", row.get("Url")),
                number=add(f"certificates[{i}].number", row.get("License Number")),
                date=add(f"certificates[{i}].date", _date(row.get("Started On"))),
                expiry_date=add(f"certificates[{i}].expiryDate", _date(row.get("Finished On"))),
            )
        )
    for i, row in enumerate(tables.get("skills") or []):
        resume.skills.append(Skill(name=add(f"skills[{i}].name", row.get("Name"))))
    for i, row in enumerate(tables.get("languages") or []):
        resume.languages.append(
            Language(
                language=add(f"languages[{i}].language", row.get("Name")),
                fluency=add(f"languages[{i}].fluency", row.get("Proficiency")),
            )
        )
    source = "\n\n".join(
        f"{name}:\n" + "\n".join(" | ".join(v for v in row.values() if v) for row in rows)
        for name, rows in tables.items()
    )
    return ImportResult(resume, "linkedin", source, fields)


def _rows(archive: zipfile.ZipFile, name: str) -> list[dict[str, str]]:
    """A CSV's rows; LinkedIn puts a "Notes:" paragraph above some headers, which is skipped."""
    text = read_member(archive, name).decode("utf-8-sig", errors="replace")
    lines = text.splitlines()
    start = 0
    if lines and lines[0].startswith("Notes:"):
        start = next((i + 1 for i, line in enumerate(lines) if not line.strip()), 0)
    reader = csv.DictReader(io.StringIO("\n".join(lines[start:])))
    return [{k.strip(): (v or "").strip() for k, v in row.items() if k} for row in reader]


def _date(text: str | None) -> str | None:
    return parse_date(text)[0] if text else None


def _highlights(description: str | None, path: str, add) -> list[str]:
    """A position's description, one bullet per line (markers removed)."""
    from resume_builder.importing.lines import from_text

    items = [line.text for line in from_text(description or "")]
    return [add(f"{path}.highlights[{n}]", text) or text for n, text in enumerate(items)]
