"""The words a resume prints itself, in the resume's language (English or Spanish).

A resume's language (``meta.resumeBuilder.language``) is not the app's: a Spanish speaker may
write an English resume for a US employer, or a Spanish one for a bilingual post. Everything the
app adds to the page (section headings, month names, "Present", "Page N of M", the PDF's ``lang``)
comes from here, so the PDF, the plain-text and Word exports and the ATS check say the same.

A table, not Babel: two languages need 24 month abbreviations and a few words. Importing Babel
2.19 and formatting a first Spanish date took 99 ms (median of 15 fresh processes, p95 114 ms,
on a shared 2-core machine) against nothing for a table, and its CLDR forms ("sept 2021", lower
case) are not how resumes abbreviate months ("Sep 2021").
The Spanish follows US health-care usage ("Formación", "Certificaciones", "Actual").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

LanguageCode = Literal["en", "es"]
LANGUAGES: tuple[LanguageCode, ...] = LanguageCode.__args__  # type: ignore[attr-defined]
DEFAULT_LANGUAGE: LanguageCode = "en"
LANGUAGE_NAMES: dict[LanguageCode, str] = {"en": "English", "es": "Español"}
"""Each language by its own name, as a language menu shows it."""


@dataclass(frozen=True)
class Words:
    """What the app itself prints on a resume or cover letter, in one language."""

    section_titles: dict[str, str]
    months: tuple[str, ...]
    """Abbreviated month names as resumes print them ("Jun 2021")."""
    long_months: tuple[str, ...]
    present: str
    expires: str
    number: str
    gpa: str
    coursework: str
    other: str
    page: str
    of: str
    resume: str
    cover_letter: str
    regarding: str

    def long_date(self, year: int, month: int, day: int) -> str:
        """A full date as a letter prints it: "December 1, 2026" / "1 de diciembre de 2026"."""
        name = self.long_months[month - 1]
        if self is SPANISH:
            return f"{day} de {name} de {year}"
        return f"{name} {day}, {year}"


ENGLISH = Words(
    section_titles={
        "summary": "Summary",
        "work": "Experience",
        "education": "Education",
        "certificates": "Certifications",
        "skills": "Skills",
        "volunteer": "Volunteer Experience",
        "projects": "Projects",
        "awards": "Awards",
        "publications": "Publications",
        "languages": "Languages",
        "interests": "Interests",
        "references": "References",
    },
    months=("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    long_months=(
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),  # fmt: skip
    present="Present",
    expires="expires",
    number="No.",
    gpa="GPA",
    coursework="Relevant coursework",
    other="Other",
    page="Page",
    of="of",
    resume="Resume",
    cover_letter="Cover letter",
    regarding="Re:",
)

SPANISH = Words(
    section_titles={
        "summary": "Resumen profesional",
        "work": "Experiencia",
        "education": "Formación",
        "certificates": "Certificaciones",
        "skills": "Habilidades",
        "volunteer": "Voluntariado",
        "projects": "Proyectos",
        "awards": "Reconocimientos",
        "publications": "Publicaciones",
        "languages": "Idiomas",
        "interests": "Intereses",
        "references": "Referencias",
    },
    months=("Ene", "Feb", "Mar", "Abr", "May", "Jun", "Jul", "Ago", "Sep", "Oct", "Nov", "Dic"),
    long_months=(
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),  # fmt: skip
    present="Actual",
    expires="vence",
    number="N.º",
    gpa="Promedio",
    coursework="Cursos relevantes",
    other="Otras",
    page="Página",
    of="de",
    resume="Currículum",
    cover_letter="Carta de presentación",
    regarding="Asunto:",
)

_WORDS: dict[str, Words] = {"en": ENGLISH, "es": SPANISH}


def words(language: str | None) -> Words:
    """The printed words for ``language``; anything unknown prints in English."""
    return _WORDS.get(language or DEFAULT_LANGUAGE, ENGLISH)
