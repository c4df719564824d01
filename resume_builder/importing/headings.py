"""Section headings in the words people use, English and Spanish, mapped to our section ids."""

from __future__ import annotations

import re
import unicodedata

_HEADINGS: dict[str, tuple[str, ...]] = {
    "summary": (
        "summary", "professional summary", "career summary", "profile", "professional profile",
        "objective", "career objective", "about me", "summary of qualifications",
        "qualifications summary", "resumen", "resumen profesional", "perfil",
        "perfil profesional", "objetivo", "objetivo profesional", "sobre mi", "acerca de mi",
    ),
    "work": (
        "experience", "work experience", "professional experience", "work history",
        "employment", "employment history", "career history", "relevant experience",
        "experience history", "professional history", "healthcare experience",
        "experiencia", "experiencia laboral", "experiencia profesional", "historial laboral",
        "trayectoria profesional", "empleo",
    ),
    "education": (
        "education", "education and training", "training and education", "academic background",
        "educational background", "academic history", "educacion", "formacion",
        "formacion academica", "estudios", "educacion y formacion",
    ),
    "certificates": (
        "certifications", "certification", "certificates", "credentials", "licenses",
        "licensure", "licenses and certifications", "certifications and licenses",
        "professional certifications", "credentials and certifications", "certificaciones",
        "certificados", "licencias", "licencias y certificaciones", "credenciales",
    ),
    "skills": (
        "skills", "technical skills", "core skills", "key skills", "core competencies",
        "competencies", "areas of expertise", "skills and abilities", "professional skills",
        "skills summary", "expertise", "habilidades", "competencias", "aptitudes",
        "conocimientos", "habilidades tecnicas", "competencias clave",
    ),
    "languages": ("languages", "language skills", "idiomas", "lenguas"),
    "contact": (
        "contact", "contact information", "contact details", "contact info", "personal details",
        "personal information", "contacto", "datos de contacto", "datos personales",
    ),
    "volunteer": (
        "volunteer", "volunteer experience", "volunteering", "community service",
        "voluntariado", "experiencia de voluntariado",
    ),
    "projects": ("projects", "key projects", "proyectos"),
    "awards": ("awards", "honors", "honors and awards", "awards and honors", "premios",
               "reconocimientos"),
    "publications": ("publications", "publicaciones", "presentations"),
    "interests": ("interests", "hobbies", "intereses", "aficiones"),
    "references": ("references", "referencias"),
}  # fmt: skip
_LOOKUP = {phrase: section for section, phrases in _HEADINGS.items() for phrase in phrases}
_SPACED = {phrase.replace(" ", ""): section for phrase, section in _LOOKUP.items()}
"""For letter-spaced headings ("E X P E R I E N C E") whose spaces fall anywhere."""


def normalize(text: str) -> str:
    """Lower case, accents off, "&" as "and", punctuation and extra spaces gone."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("&", " and ").replace(" y ", " and ")
    text = re.sub(r"[^a-z ]+", " ", text)
    return " ".join(text.split())


def section_for(line: str) -> str | None:
    """The section id a heading line names, or None when it is not a heading we know."""
    key = normalize(line)
    words = key.split()
    if words and sum(len(w) <= 2 for w in words) * 2 >= len(words) and len(words) > 3:
        return _SPACED.get(key.replace(" ", ""))
    if not key or len(words) > 5:
        return None
    if key in _LOOKUP:
        return _LOOKUP[key]
    return _LOOKUP.get(key.replace(" and ", " y ")) or _LOOKUP.get(
        key.replace("and", "y").replace("  ", " ")
    )
