"""User-facing errors, kept apart from internal bugs.

Anything derived from :class:`UserError` carries a message written for the person using the app:
the CLI prints it as one line and the window shows it in a message box.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path


class UserError(Exception):
    """A problem the user can understand and fix (bad file, missing template, full disk)."""

    def in_language(self, lang: str) -> str:
        """The message in ``lang`` where the error knows it; else as raised (English)."""
        return str(self)


class ResumeFileError(UserError):
    """A resume file that cannot be read or written."""

    def __init__(
        self,
        path: Path | str,
        problem: str,
        where: str | None = None,
        *,
        translations: Mapping[str, tuple[str, str | None]] | None = None,
    ) -> None:
        """Name the file, where in it (a field path or line), and what is wrong.

        ``translations`` gives (problem, where) in other languages, for :meth:`in_language`.
        """
        self.path = Path(path)
        self.problem = problem
        self.where = where
        self.translations = dict(translations or {})
        super().__init__(self._say(problem, where))

    def in_language(self, lang: str) -> str:
        """The message in ``lang`` when the raiser gave it, else in English."""
        if lang not in self.translations:
            return str(self)
        return self._say(*self.translations[lang])

    def _say(self, problem: str, where: str | None) -> str:
        location = f" ({where})" if where else ""
        return f"{self.path.name}{location}: {problem}"


class DatasetError(UserError):
    """The bundled field dataset is missing or does not match its schema."""


class TemplateError(UserError):
    """A template is unknown, broken, or asks for a resource that is not there."""


class ExportError(UserError):
    """The PDF (or other output) could not be produced or written."""
