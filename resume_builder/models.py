"""The resume as pydantic models: a JSON Resume 1.0 document with a few field-specific extras.

The file format *is* JSON Resume. Our additions only use room the schema leaves open
(extra properties on objects), so every file we write still validates against it:

- ``basics.credentials``: letters after the name, e.g. ``["RHIT", "CCS"]``;
- ``certificates[].number`` and ``certificates[].expiryDate``;
- ``skills[].category``;
- ``meta.resumeBuilder``: target role, template, paper, language (``en`` or ``es``), template
  options, section order and visibility, the format version, and the active version's cover
  letter (``letter``).

Fields we do not know are kept (``extra="allow"``) so that opening and saving someone else's
JSON Resume file loses nothing. This module does no I/O; see ``storage.py``.
"""

from __future__ import annotations

import calendar
import copy
import re
from functools import cache
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field
from pydantic.alias_generators import to_camel

from resume_builder.language import DEFAULT_LANGUAGE, ENGLISH, LanguageCode
from resume_builder.output.papers import DEFAULT_PAPER, Paper
from resume_builder.ui_text import QT_TRANSLATE_NOOP

FORMAT_VERSION = 1
"""Version of our ``meta.resumeBuilder`` block; files from a newer app are refused, not mangled."""

MAX_TEXT_CHARS = 50_000
"""No field of a resume is longer (a 1 MB summary is not a resume, and slows every check)."""

MAX_PHOTO_CHARS = 3_000_000
"""A photo is stored inside the resume as a data: URI; this allows a picture of about 2 MB."""

_DATE_RE = re.compile(r"^(?P<y>[12]\d{3})(?:-(?P<m>[01]\d)(?:-(?P<d>[0-3]\d))?)?$")
_PRESENT_WORDS = {"present", "current", "now", "today"}


def check_partial_date(value: str) -> str:
    """Accept YYYY, YYYY-MM or YYYY-MM-DD with a real month and day."""
    match = _DATE_RE.match(value)
    if not match:
        raise ValueError(QT_TRANSLATE_NOOP("dates", "use a date like 2021, 2021-06 or 2021-06-15"))
    year, month, day = match["y"], match["m"], match["d"]
    if month is not None and not 1 <= int(month) <= 12:
        raise ValueError(
            QT_TRANSLATE_NOOP("dates", "{month} is not a month (use 01 to 12)").fill(month=month)
        )
    if day is not None:
        last = calendar.monthrange(int(year), int(month))[1]
        if not 1 <= int(day) <= last:
            no_day = QT_TRANSLATE_NOOP("dates", "{year}-{month} has no day {day}")
            raise ValueError(no_day.fill(year=year, month=month, day=day))
    return value


def _date_text(value: Any) -> Any:
    """Strip date text; a bare number (``2021`` without quotes, a common mistake) is named as such."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, int | float) and not isinstance(value, bool):
        raise ValueError(f'write the date in quotes, like "{value}"')
    return value


def _present_is_none(value: Any) -> Any:
    """Read "Present" (and empty text) as an open end date, which JSON Resume writes as absent."""
    if isinstance(value, str) and (not value.strip() or value.strip().lower() in _PRESENT_WORDS):
        return None
    return value


def _blank_is_none(value: Any) -> Any:
    if isinstance(value, str) and not value.strip():
        return None
    return value


PartialDate = Annotated[str, BeforeValidator(_date_text), AfterValidator(check_partial_date)]
"""A JSON Resume date: year, year-month or full date."""

OptionalDate = Annotated[PartialDate | None, BeforeValidator(_blank_is_none)]
EndDate = Annotated[PartialDate | None, BeforeValidator(_present_is_none)]
"""An end date; ``None`` means the entry is current ("Present")."""

SectionId = Literal[
    "summary",
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
]
SECTION_IDS: tuple[SectionId, ...] = SectionId.__args__  # type: ignore[attr-defined]

SECTION_TITLES: dict[SectionId, str] = ENGLISH.section_titles  # type: ignore[assignment]
"""English section headings; :func:`resume_builder.language.words` has each language's."""


class ResumeModel(BaseModel):
    """Base of every resume model: camelCase JSON names, unknown fields kept, checked on change."""

    model_config = ConfigDict(
        alias_generator=to_camel,
        populate_by_name=True,
        extra="allow",
        validate_assignment=True,
        str_max_length=MAX_TEXT_CHARS,
    )


class Location(ResumeModel):
    """Where the person lives; only city and region usually go on a resume."""

    address: str | None = None
    postal_code: str | None = None
    city: str | None = None
    country_code: str | None = None
    region: str | None = None


class Profile(ResumeModel):
    """An online profile such as LinkedIn."""

    network: str | None = None
    username: str | None = None
    url: str | None = None


class Basics(ResumeModel):
    """Name, contact details and summary."""

    name: str | None = Field(
        None, max_length=100, description="Full name as it should appear on the resume"
    )
    credentials: list[Annotated[str, Field(max_length=20)]] = Field(
        default_factory=list, max_length=12, description="Letters after the name, e.g. RHIT, CCS"
    )
    label: str | None = Field(
        None, max_length=150, description="Headline under the name, e.g. the target title"
    )
    image: str | None = Field(None, max_length=MAX_PHOTO_CHARS)
    email: str | None = None
    phone: str | None = None
    url: str | None = None
    summary: str | None = None
    location: Location | None = None
    profiles: list[Profile] = Field(default_factory=list)


class Work(ResumeModel):
    """A job: employer, position, dates and highlight bullets."""

    name: str | None = Field(None, description="Employer")
    position: str | None = None
    location: str | None = None
    description: str | None = None
    url: str | None = None
    start_date: OptionalDate = None
    end_date: EndDate = None
    summary: str | None = None
    highlights: list[str] = Field(default_factory=list)


class Volunteer(ResumeModel):
    """Unpaid work, with the same shape as a job."""

    organization: str | None = None
    position: str | None = None
    url: str | None = None
    start_date: OptionalDate = None
    end_date: EndDate = None
    summary: str | None = None
    highlights: list[str] = Field(default_factory=list)


class Education(ResumeModel):
    """A school, degree or certificate programme."""

    institution: str | None = None
    url: str | None = None
    area: str | None = None
    study_type: str | None = None
    start_date: OptionalDate = None
    end_date: OptionalDate = None
    score: str | None = None
    courses: list[str] = Field(default_factory=list)


class Award(ResumeModel):
    """An award or recognition."""

    title: str | None = None
    date: OptionalDate = None
    awarder: str | None = None
    summary: str | None = None


class Certificate(ResumeModel):
    """A certification such as RHIT, with its number and expiry where the user gives them."""

    name: str | None = None
    date: OptionalDate = None
    issuer: str | None = None
    url: str | None = None
    number: str | None = Field(None, description="Certificate or credential number")
    expiry_date: OptionalDate = None


class Publication(ResumeModel):
    """An article, poster or other publication."""

    name: str | None = None
    publisher: str | None = None
    release_date: OptionalDate = None
    url: str | None = None
    summary: str | None = None


class Skill(ResumeModel):
    """A skill; ``category`` groups skills on the page (e.g. "Coding & classification")."""

    name: str | None = None
    level: str | None = None
    keywords: list[str] = Field(default_factory=list)
    category: str | None = None


class Language(ResumeModel):
    """A spoken language and how well."""

    language: str | None = None
    fluency: str | None = None


class Interest(ResumeModel):
    """A personal interest."""

    name: str | None = None
    keywords: list[str] = Field(default_factory=list)


class Reference(ResumeModel):
    """A reference, or the line "Available on request"."""

    name: str | None = None
    reference: str | None = None


class Project(ResumeModel):
    """A project such as an EHR migration or a coding audit."""

    name: str | None = None
    description: str | None = None
    highlights: list[str] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list)
    start_date: OptionalDate = None
    end_date: EndDate = None
    url: str | None = None
    roles: list[str] = Field(default_factory=list)
    entity: str | None = None
    type: str | None = None


TemplateOption = str | int | float | bool

DEFAULT_SECTION_ORDER: list[SectionId] = list(SECTION_IDS)


class TailoredVersion(ResumeModel):
    """A stored version of the resume's content, aimed at one job posting.

    ``content`` holds the JSON Resume sections that differ between versions (everything but the
    contact details, which all versions share); see ``versions.py``.
    """

    name: str = Field(min_length=1)
    posting: str | None = Field(None, description="The job posting text this version targets")
    content: dict[str, Any] = Field(default_factory=dict)


class LetterRecipient(ResumeModel):
    """Who a cover letter goes to; every part is optional (the posting may name none)."""

    name: str | None = Field(None, description="Hiring manager or contact person")
    title: str | None = Field(None, description="Their job title, e.g. HIM Director")
    organization: str | None = Field(None, description="Employer, spelled as in the posting")
    address: str | None = Field(None, description="Postal address, one line per line")


class CoverLetter(ResumeModel):
    """A cover letter for one resume version; the sender's contact details come from ``basics``.

    ``position`` and ``reference`` name the job applied for (printed as a "Re:" line).
    """

    recipient: LetterRecipient = Field(default_factory=LetterRecipient)
    date: OptionalDate = Field(None, description="Date of the letter (YYYY-MM-DD)")
    position: str | None = Field(None, description="Job title applied for")
    reference: str | None = Field(None, description="The posting's reference or requisition number")
    greeting: str | None = Field(None, description='e.g. "Dear Ms. Rivera,"')
    opening: str | None = None
    body: list[str] = Field(default_factory=list, description="Body paragraphs, in order")
    closing: str | None = Field(None, description="The last paragraph")
    sign_off: str | None = Field(None, description='e.g. "Sincerely,"')
    signature: str | None = Field(None, description="Name as signed (default: the resume's)")

    def paragraphs(self) -> list[str]:
        """Opening, body and closing paragraphs that have text, in reading order."""
        parts = [self.opening, *self.body, self.closing]
        return [p.strip() for p in parts if p and p.strip()]


class BuilderSettings(ResumeModel):
    """The app's own settings for this resume, kept under ``meta.resumeBuilder``."""

    format_version: int = FORMAT_VERSION
    target_role: str | None = Field(None, description="Dataset role id the resume is aimed at")
    template: str = "classic"
    paper: Paper = DEFAULT_PAPER
    language: LanguageCode = Field(
        DEFAULT_LANGUAGE, description="Language the resume is written in: headings and dates follow"
    )
    embed_data: bool = Field(
        True, description="Exported PDFs carry this resume as an attached JSON file to reopen"
    )
    template_options: dict[str, TemplateOption] = Field(default_factory=dict)
    section_order: list[SectionId] = Field(default_factory=lambda: list(DEFAULT_SECTION_ORDER))
    hidden_sections: list[SectionId] = Field(default_factory=list)
    ignored_findings: list[str] = Field(
        default_factory=list, description="Coaching finding ids the user chose to keep"
    )
    active_version: str = Field("Main", description="Name of the version being edited")
    posting: str | None = Field(None, description="Job posting the active version targets")
    versions: list[TailoredVersion] = Field(
        default_factory=list, description="The other versions, not being edited now"
    )
    letter: CoverLetter | None = Field(None, description="The active version's cover letter")

    def ordered_sections(self) -> list[SectionId]:
        """Visible sections in the user's order; sections missing from the order go last."""
        order = list(dict.fromkeys(self.section_order))
        order += [s for s in SECTION_IDS if s not in order]
        return [s for s in order if s not in self.hidden_sections]


class Meta(ResumeModel):
    """JSON Resume's ``meta`` block, plus our settings."""

    canonical: str | None = None
    version: str | None = None
    last_modified: str | None = None
    resume_builder: BuilderSettings = Field(default_factory=BuilderSettings)


class Resume(ResumeModel):
    """A whole resume: a JSON Resume 1.0 document."""

    schema_: str | None = Field(None, alias="$schema")
    basics: Basics = Field(default_factory=Basics)
    work: list[Work] = Field(default_factory=list)
    volunteer: list[Volunteer] = Field(default_factory=list)
    education: list[Education] = Field(default_factory=list)
    awards: list[Award] = Field(default_factory=list)
    certificates: list[Certificate] = Field(default_factory=list)
    publications: list[Publication] = Field(default_factory=list)
    skills: list[Skill] = Field(default_factory=list)
    languages: list[Language] = Field(default_factory=list)
    interests: list[Interest] = Field(default_factory=list)
    references: list[Reference] = Field(default_factory=list)
    projects: list[Project] = Field(default_factory=list)
    meta: Meta = Field(default_factory=Meta)

    @property
    def settings(self) -> BuilderSettings:
        """The app's settings for this resume (template, paper, role, sections)."""
        return self.meta.resume_builder

    def to_json_dict(self) -> dict[str, Any]:
        """The JSON Resume document as plain data.

        Fields the app knows are left out when empty, so saved files stay small and readable;
        fields it does not know are kept exactly as they were read, empty ones included.
        """
        return _dump(self)

    @classmethod
    def from_json_dict(cls, data: dict[str, Any]) -> Resume:
        """Build a resume from JSON Resume data (raises ``pydantic.ValidationError``)."""
        return cls.model_validate(data)


def _dump(model: BaseModel) -> dict[str, Any]:
    """A model's known fields without empty values, then its unknown fields untouched."""
    data: dict[str, Any] = {}
    keep_empty = _fields_with_full_defaults(type(model))
    for name, info in type(model).model_fields.items():
        value = _dump_value(getattr(model, name))
        if (value is not None and value not in ("", [], {})) or name in keep_empty:
            data[info.alias or name] = value
    data.update(copy.deepcopy(model.model_extra or {}))
    return data


@cache
def _fields_with_full_defaults(model_class: type[BaseModel]) -> frozenset[str]:
    """Fields whose default is not empty, so that an empty value must be written to stay empty."""
    defaults = {
        name: info.get_default(call_default_factory=True)
        for name, info in model_class.model_fields.items()
    }
    return frozenset(
        name
        for name, default in defaults.items()
        if not isinstance(default, BaseModel) and default not in (None, "", [], {})
    )


def _dump_value(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return _dump(value)
    if isinstance(value, list):
        return [_dump_value(item) for item in value]
    if isinstance(value, dict):
        return {key: _dump_value(item) for key, item in value.items()}
    return value


def display_name(basics: Basics) -> str:
    """The name with credentials set apart by a comma, e.g. "Maria Lopez, RHIT"."""
    name = (basics.name or "").strip()
    creds = ", ".join(c.strip() for c in basics.credentials if c.strip())
    return f"{name}, {creds}" if name and creds else name or creds
