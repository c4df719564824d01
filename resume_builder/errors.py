"""User-facing errors, kept apart from internal bugs.

Anything derived from :class:`UserError` carries a message written for the person using the app:
the CLI prints it as one line and the window shows it in a message box.
"""

from __future__ import annotations

from pathlib import Path


class UserError(Exception):
    """A problem the user can understand and fix (bad file, missing template, full disk)."""


class ResumeFileError(UserError):
    """A resume file that cannot be read or written."""

    def __init__(self, path: Path | str, problem: str, where: str | None = None) -> None:
        """Name the file, where in it (a field path or line), and what is wrong."""
        self.path = Path(path)
        self.problem = problem
        self.where = where
        location = f" ({where})" if where else ""
        super().__init__(f"{self.path.name}{location}: {problem}")


class DatasetError(UserError):
    """The bundled field dataset is missing or does not match its schema."""


class TemplateError(UserError):
    """A template is unknown, broken, or asks for a resource that is not there."""


class ExportError(UserError):
    """The PDF (or other output) could not be produced or written."""
