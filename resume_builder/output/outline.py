"""Resume -> display data: the one projection every output prints from.

The HTML templates, the plain-text and Word exports, the cover letter's header and the ATS check
all read the resume through :func:`build_outline`: the visible sections in the user's order, each
entry's title, subtitle, dates, summary, details, bullets and link, the contact details, all
already trimmed, joined and dated in the resume's language ("Jun 2021 – Present", "Actual").
Building it once means the PDF says what the text export says, and the ATS check looks for
exactly what the PDF prints, so a change to one output cannot leave the others (or the check)
behind. Nothing here knows about HTML: templates only lay this data out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import partial
from typing import Any, TypeGuard
from urllib.parse import urlsplit

from resume_builder.language import Words, words
from resume_builder.models import Education, Resume, SectionId, Skill, display_name

_LINK_SCHEMES = {"http", "https", "mailto"}


# --- text helpers ----------------------------------------------------------------------------


def format_date(value: str | None, language: str = "en") -> str:
    """Write a partial ISO date for people: "2021" -> "2021", "2021-06(-15)" -> "Jun 2021"."""
    if not value:
        return ""
    parts = value.split("-")
    if len(parts) >= 2 and parts[1].isdigit() and 1 <= int(parts[1]) <= 12:
        return f"{words(language).months[int(parts[1]) - 1]} {parts[0]}"
    return parts[0]


def format_date_range(
    start: str | None, end: str | None, *, open_ended: bool = True, language: str = "en"
) -> str:
    """A date range such as "Jun 2021 – Present"; without a start, just the end (or nothing).

    Jobs, volunteering and projects are open-ended (a missing end means "Present"); for schooling
    a lone date is the graduation date, so ``open_ended=False`` prints just that.
    """
    first = format_date(start, language)
    present = words(language).present
    last = format_date(end, language) or (present if open_ended and first else "")
    if first and last:
        return f"{first} – {last}"
    return first or last


def link_href(value: str | None) -> str | None:
    """A link target that is safe to put in the PDF (http, https, mailto), else ``None``.

    Links are only written into the PDF as clickable annotations; nothing is ever fetched.
    """
    if not value:
        return None
    text = value.strip()
    if "://" not in text and not text.lower().startswith("mailto:"):
        text = "https://" + text if "." in text and " " not in text else ""
    try:
        scheme = urlsplit(text).scheme.lower()
    except ValueError:
        return None
    return text if scheme in _LINK_SCHEMES else None


def _clean(value: Any) -> str:
    """``value`` trimmed, or "" when it is not text: a blank field counts as missing."""
    return value.strip() if isinstance(value, str) else ""


def _join(parts: Iterable[str | None], sep: str = ", ") -> str:
    """The parts that are not blank, trimmed and joined (e.g. city and region)."""
    return sep.join(p for p in map(_clean, parts) if p)


def _texts(values: Iterable[str | None]) -> tuple[str, ...]:
    """The values that are not blank, trimmed."""
    return tuple(t for t in map(_clean, values) if t)


def _text(value: Any) -> TypeGuard[str]:
    """Whether ``value`` is text with something besides spaces (then it is a ``str``)."""
    return isinstance(value, str) and bool(value.strip())


# --- the display data ------------------------------------------------------------------------


@dataclass(frozen=True)
class Contact:
    """One contact detail under the name; ``href`` only for safe link schemes."""

    kind: str
    text: str
    href: str | None = None


@dataclass(frozen=True)
class Link:
    """A web address printed under an entry, clickable when its scheme is safe."""

    text: str
    href: str | None = None


@dataclass(frozen=True)
class Detail:
    """A short line under an entry ("GPA: 3.8", "No. 12345"); ``label`` is set apart before it."""

    text: str
    label: str = ""

    def __str__(self) -> str:
        return f"{self.label}: {self.text}" if self.label else self.text


@dataclass(frozen=True)
class Entry:
    """One item of a section as printed: a job, a school, a certificate, a language...

    ``title`` is what the entry is (the position, the degree); when that is blank the
    organisation moves up into it, so ``subtitle`` holds only what is left (organisation and
    place). A skill group has a ``title`` (its category, or "" when the resume uses none) and its
    ``skills``, each as the pieces printed whole ("Coding (ICD-10-CM", "CPT)").
    """

    title: str = ""
    subtitle: str = ""
    dates: str = ""
    summary: str = ""
    details: tuple[Detail, ...] = ()
    bullets: tuple[str, ...] = ()
    link: Link | None = None
    skills: tuple[tuple[str, ...], ...] = ()

    @property
    def lines(self) -> tuple[str, ...]:
        """The text between the heading and the bullets, one line each, as plain text prints it."""
        skills = ", ".join(", ".join(pieces) for pieces in self.skills)
        link = self.link.text if self.link else ""
        return _texts([self.summary, *map(str, self.details), link, skills])

    def texts(self) -> list[str]:
        """Every piece of text in reading order."""
        return [t for t in (self.title, self.subtitle, self.dates, *self.lines, *self.bullets) if t]


@dataclass(frozen=True)
class Section:
    """A titled section with its entries, in the resume's language."""

    id: SectionId
    title: str
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class Outline:
    """The whole resume as every output prints it, in reading order.

    ``name`` is the name with credentials after a comma ("Maria Lopez, RHIT"), for plain text and
    document properties; templates print ``person`` and ``credentials`` apart (parsers read
    "Maria Lopez," as no name at all). ``title``, ``subject`` and ``keywords`` are the document's
    properties (PDF metadata, Word core properties).
    """

    name: str
    person: str
    credentials: str
    label: str
    contacts: tuple[Contact, ...]
    sections: tuple[Section, ...] = field(default=())
    title: str = ""
    subject: str = ""
    keywords: tuple[str, ...] = ()
    language: str = "en"


def build_outline(resume: Resume) -> Outline:
    """``resume`` as display data: visible sections in the user's order, empty entries left out."""
    basics = resume.basics
    said = words(resume.settings.language)
    name = display_name(basics)
    sections = []
    for section_id in resume.settings.ordered_sections():
        entries = tuple(e for e in _entries(resume, section_id, said) if e.texts())
        if entries:
            sections.append(Section(section_id, said.section_titles[section_id], entries))
    return Outline(
        name=name,
        person=_clean(basics.name),
        credentials=_join(basics.credentials),
        label=_clean(basics.label),
        contacts=tuple(contacts(resume)),
        sections=tuple(sections),
        title=f"{name} \u2014 {said.resume}" if name else said.resume,
        subject=_subject(resume),
        keywords=tuple(_keywords(resume.skills)),
        language=resume.settings.language,
    )


def contacts(resume: Resume) -> list[Contact]:
    """The contact details under the name, in order (the ATS check looks each one up)."""
    basics = resume.basics
    found: list[Contact] = []
    if _text(basics.email):
        found.append(Contact("email", basics.email.strip(), f"mailto:{basics.email.strip()}"))
    if _text(basics.phone):
        found.append(Contact("phone", basics.phone.strip()))
    if basics.location is not None:
        place = _join([basics.location.city, basics.location.region])
        if place:
            found.append(Contact("location", place))
    if _text(basics.url):
        found.append(Contact("url", basics.url.strip(), link_href(basics.url)))
    for profile in basics.profiles:
        if _text(profile.url):
            found.append(Contact("profile", profile.url.strip(), link_href(profile.url)))
        elif _text(profile.username):
            found.append(Contact("profile", _join([profile.network, profile.username], ": ")))
    return found


# --- entries, one function a section ---------------------------------------------------------


def _headed(
    title: str | None, organisation: str | None, place: str | None = None, **rest: Any
) -> Entry:
    """An entry whose organisation moves up into the title when the title is blank."""
    title, organisation = _clean(title), _clean(organisation)
    return Entry(
        title=title or organisation,
        subtitle=_join([organisation if title else "", place]),
        **rest,
    )


def _link(url: str | None) -> Link | None:
    return Link(url.strip(), link_href(url)) if _text(url) else None


def _entries(resume: Resume, section: SectionId, said: Words) -> list[Entry]:
    """The entries of one section as printed, blank ones included (the caller drops those)."""
    when = partial(format_date, language=resume.settings.language)
    span = partial(format_date_range, language=resume.settings.language)
    match section:
        case "summary":
            return [Entry(summary=_clean(resume.basics.summary))]
        case "skills":
            return _skill_groups(resume.skills, said.other, resume.settings.language)
        case "work":
            return [
                _headed(
                    w.position,
                    w.name,
                    w.location,
                    dates=span(w.start_date, w.end_date),
                    summary=_clean(w.summary) or _clean(w.description),
                    bullets=_texts(w.highlights),
                )
                for w in resume.work
            ]
        case "volunteer":
            return [
                _headed(
                    v.position,
                    v.organization,
                    dates=span(v.start_date, v.end_date),
                    summary=_clean(v.summary),
                    bullets=_texts(v.highlights),
                )
                for v in resume.volunteer
            ]
        case "education":
            return [
                _headed(
                    _join([e.study_type, e.area]),
                    e.institution,
                    dates=span(e.start_date, e.end_date, open_ended=False),
                    details=_education_details(e, said),
                )
                for e in resume.education
            ]
        case "certificates":
            return [
                _headed(
                    c.name,
                    c.issuer,
                    dates=_join([when(c.date), _expires(when(c.expiry_date), said)]),
                    details=(Detail(f"{said.number} {c.number.strip()}"),)
                    if _text(c.number)
                    else (),
                )
                for c in resume.certificates
            ]
        case "projects":
            return [
                _headed(
                    p.name,
                    _join([p.entity, _join(p.roles)]),
                    dates=span(p.start_date, p.end_date),
                    summary=_clean(p.description),
                    bullets=_texts(p.highlights),
                    link=_link(p.url),
                )
                for p in resume.projects
            ]
        case "awards":
            return [
                _headed(a.title, a.awarder, dates=when(a.date), summary=_clean(a.summary))
                for a in resume.awards
            ]
        case "publications":
            return [
                _headed(
                    p.name,
                    p.publisher,
                    dates=when(p.release_date),
                    summary=_clean(p.summary),
                    link=_link(p.url),
                )
                for p in resume.publications
            ]
        case "languages":
            return [Entry(title=_join([x.language, x.fluency], " – ")) for x in resume.languages]
        case "interests":
            return [Entry(title=_join([i.name, _join(i.keywords)], ": ")) for i in resume.interests]
        case "references":
            return [
                Entry(title=_clean(r.name), summary=_clean(r.reference)) for r in resume.references
            ]


def _expires(date: str, said: Words) -> str:
    return f"{said.expires} {date}" if date else ""


def _education_details(school: Education, said: Words) -> tuple[Detail, ...]:
    """The grade, then the coursework under its label (kept apart from the grade on the page)."""
    details = []
    if _text(school.score):
        details.append(Detail(f"{said.gpa}: {school.score.strip()}"))
    if courses := _join(school.courses, "; "):
        details.append(Detail(courses, said.coursework))
    return tuple(details)


def _skill_groups(skills: list[Skill], other: str, language: str) -> list[Entry]:
    """Skills grouped by category in order of first appearance; uncategorised ones go last.

    When no skill has a category there is one group without a title.
    """
    printed = [(skill, pieces) for skill in skills if (pieces := _skill_pieces(skill))]
    if not any(_text(skill.category) for skill, _ in printed):
        return [Entry(skills=tuple(p for _, p in printed))] if printed else []
    groups: dict[str, list[tuple[str, ...]]] = {}
    for skill, pieces in printed:
        groups.setdefault(_category_label(skill.category, language) or other, []).append(pieces)
    if other in groups:
        groups[other] = groups.pop(other)
    return [Entry(title=label, skills=tuple(items)) for label, items in groups.items()]


def _skill_pieces(skill: Skill) -> tuple[str, ...]:
    """A skill as the pieces the page keeps whole: "Epic (Ambulatory", "Inpatient)", level last.

    Spaces stay inside a piece, never at its edge: parsers drop the blank text at the edges of a
    styled run, so "Coding (CPT" is one piece, not "Coding" + " (" + "CPT".
    """
    name, keywords = _clean(skill.name), list(_texts(skill.keywords))
    if name and keywords:
        keywords[0] = f"{name} ({keywords[0]}"
        keywords[-1] += ")"
        pieces = keywords
    else:
        pieces = [name] if name else keywords
    level = _clean(skill.level)
    if level and pieces:
        pieces[-1] += f" ({level})"
    return tuple(pieces)


def _category_label(category: str | None, language: str) -> str:
    """Show a dataset category (its id "coding" or its label) in the resume's language.

    Free text is kept as typed; the dataset is read only for a non-English resume that uses one
    of its categories.
    """
    if not _text(category):
        return ""
    from resume_builder.dataset import CATEGORY_LABELS, load_catalogue

    label = CATEGORY_LABELS.get(category.strip(), category.strip())
    if language == "en" or label not in CATEGORY_LABELS.values():
        return label
    return load_catalogue().translated("categories", label, language)


def _keywords(skills: list[Skill]) -> list[str]:
    """Every skill and keyword once, for the document's keywords property."""
    found: dict[str, None] = {}
    for skill in skills:
        for word in [skill.name, *skill.keywords]:
            if _text(word):
                found.setdefault(word.strip().replace(",", " "), None)
    return list(found)


def _subject(resume: Resume) -> str:
    """The document subject: the headline, else the target role ("medical-records-technician")."""
    if _text(resume.basics.label):
        return resume.basics.label.strip()
    role = resume.settings.target_role or ""
    return role.replace("-", " ").replace("_", " ").strip().capitalize()
