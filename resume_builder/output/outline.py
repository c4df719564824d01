"""A resume as ordered, display-ready text: the shared reading of every non-HTML output.

Plain text, Word and the ATS check all need the same thing: the sections in the user's order,
each entry as a title, a subtitle, dates, lines and bullets, with dates written the way a reader
expects ("Jun 2021 – Present"). Building it once here keeps those outputs in step.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import partial

from resume_builder.language import words
from resume_builder.models import Resume, SectionId, display_name


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
    """A date range such as "Jun 2021 – Present"; without a start, just the end (or nothing)."""
    first = format_date(start, language)
    present = words(language).present
    last = format_date(end, language) or (present if open_ended and first else "")
    if first and last:
        return f"{first} – {last}"
    return first or last


def _join(parts: Iterable[str | None], sep: str = ", ") -> str:
    return sep.join(p.strip() for p in parts if p and p.strip())


@dataclass(frozen=True)
class Entry:
    """One item of a section (a job, a school, a skill group...)."""

    title: str = ""
    subtitle: str = ""
    dates: str = ""
    lines: tuple[str, ...] = ()
    bullets: tuple[str, ...] = ()

    def texts(self) -> list[str]:
        """Every piece of text in reading order."""
        return [t for t in (self.title, self.subtitle, self.dates, *self.lines, *self.bullets) if t]


@dataclass(frozen=True)
class Section:
    """A titled section with its entries."""

    id: SectionId
    title: str
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class Outline:
    """The whole resume in reading order."""

    name: str
    label: str
    contact: tuple[str, ...]
    sections: tuple[Section, ...] = field(default=())


def build_outline(resume: Resume) -> Outline:
    """Turn ``resume`` into display-ready text, sections in the user's order, empty ones left out."""
    basics = resume.basics
    location = basics.location
    contact = [
        basics.email,
        basics.phone,
        _join([location.city, location.region]) if location else None,
        basics.url,
        *(p.url or _join([p.network, p.username], ": ") for p in basics.profiles),
    ]
    titles = words(resume.settings.language).section_titles
    sections = []
    for section_id in resume.settings.ordered_sections():
        entries = tuple(e for e in _entries(resume, section_id) if e.texts())
        if entries:
            sections.append(Section(section_id, titles[section_id], entries))
    return Outline(
        name=display_name(basics),
        label=(basics.label or "").strip(),
        contact=tuple(c.strip() for c in contact if c and c.strip()),
        sections=tuple(sections),
    )


def _entries(resume: Resume, section: SectionId) -> list[Entry]:  # noqa: C901 - one branch a section
    language = resume.settings.language
    said = words(language)
    when = partial(format_date, language=language)
    span = partial(format_date_range, language=language)
    if section == "summary":
        return [Entry(lines=(resume.basics.summary,))] if resume.basics.summary else []
    if section == "work":
        return [
            Entry(
                title=w.position or "",
                subtitle=_join([w.name, w.location]),
                dates=span(w.start_date, w.end_date),
                lines=tuple(t for t in (w.summary,) if t),
                bullets=tuple(w.highlights),
            )
            for w in resume.work
        ]
    if section == "volunteer":
        return [
            Entry(
                title=v.position or "",
                subtitle=v.organization or "",
                dates=span(v.start_date, v.end_date),
                lines=tuple(t for t in (v.summary,) if t),
                bullets=tuple(v.highlights),
            )
            for v in resume.volunteer
        ]
    if section == "education":
        return [
            Entry(
                title=_join([e.study_type, e.area]),
                subtitle=e.institution or "",
                dates=span(e.start_date, e.end_date, open_ended=False),
                lines=tuple(t for t in (f"{said.gpa}: {e.score}" if e.score else None,) if t),
                bullets=tuple(e.courses),
            )
            for e in resume.education
        ]
    if section == "certificates":
        return [
            Entry(
                title=c.name or "",
                subtitle=c.issuer or "",
                dates=_join(
                    [
                        when(c.date),
                        f"{said.expires} {when(c.expiry_date)}" if c.expiry_date else None,
                    ]
                ),
                lines=(f"{said.number} {c.number}",) if c.number else (),
            )
            for c in resume.certificates
        ]
    if section == "skills":
        return _skill_entries(resume)
    if section == "projects":
        return [
            Entry(
                title=p.name or "",
                subtitle=_join([p.entity, *p.roles]),
                dates=span(p.start_date, p.end_date, open_ended=False),
                lines=tuple(t for t in (p.description,) if t),
                bullets=tuple(p.highlights),
            )
            for p in resume.projects
        ]
    if section == "awards":
        return [
            Entry(
                title=a.title or "",
                subtitle=a.awarder or "",
                dates=when(a.date),
                lines=tuple(t for t in (a.summary,) if t),
            )
            for a in resume.awards
        ]
    if section == "publications":
        return [
            Entry(
                title=p.name or "",
                subtitle=p.publisher or "",
                dates=when(p.release_date),
                lines=tuple(t for t in (p.summary,) if t),
            )
            for p in resume.publications
        ]
    if section == "languages":
        return [
            Entry(title=_join([lang.language, lang.fluency], " – ")) for lang in resume.languages
        ]
    if section == "interests":
        return [Entry(title=_join([i.name, _join(i.keywords)], ": ")) for i in resume.interests]
    return [
        Entry(title=r.name or "", lines=tuple(t for t in (r.reference,) if t))
        for r in resume.references
    ]


def _skill_entries(resume: Resume) -> list[Entry]:
    """Skills grouped by category (in first-seen order); uncategorised ones listed as they are."""
    groups: dict[str, list[str]] = {}
    loose: list[Entry] = []
    for skill in resume.skills:
        label = (
            _join([skill.name, _join(skill.keywords)], ": ") if skill.keywords else skill.name or ""
        )
        if skill.category:
            groups.setdefault(skill.category, []).append(label)
        elif label:
            loose.append(Entry(title=label))
    grouped = [Entry(title=category, lines=(_join(items),)) for category, items in groups.items()]
    return grouped + loose
