"""What an import found: the resume, the source text, and how sure the reader is of each field."""

from __future__ import annotations

from dataclasses import dataclass, field

from resume_builder.models import Resume

SURE = 0.9
"""At or above this the reader is sure (an embedded resume, a LinkedIn column, an email)."""
UNSURE = 0.7
"""Below this a field is listed as unsure, for the user to check first."""


@dataclass
class FoundField:
    """One field the reader filled: its JSON path, the value, how sure it is (0 to 1)."""

    path: str
    value: str
    confidence: float

    @property
    def unsure(self) -> bool:
        """Whether the user should check this field before relying on it."""
        return self.confidence < UNSURE


@dataclass
class ImportResult:
    """A resume read from another file, ready for review."""

    resume: Resume
    kind: str
    """``resume-pdf`` (our own PDF), ``pdf``, ``docx``, ``text``, ``linkedin`` or ``json``."""
    source_text: str = ""
    fields: list[FoundField] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    """Plain sentences about the file as a whole (pages skipped, links not followed)."""

    def unsure(self) -> list[FoundField]:
        """The fields the reader is unsure of, in document order."""
        return [f for f in self.fields if f.unsure]

    def confidence(self, path: str) -> float | None:
        """How sure the reader is of the field at ``path`` (None if it did not fill it)."""
        return next((f.confidence for f in self.fields if f.path == path), None)


def exact_fields(resume: Resume) -> list[FoundField]:
    """Every filled leaf of ``resume``, marked certain (for JSON and our own PDFs)."""
    found: list[FoundField] = []

    def walk(value: object, path: str) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if key != "meta":
                    walk(item, f"{path}.{key}" if path else key)
        elif isinstance(value, list):
            for index, item in enumerate(value):
                walk(item, f"{path}[{index}]")
        else:
            found.append(FoundField(path, str(value), 1.0))

    walk(resume.to_json_dict(), "")
    return found
