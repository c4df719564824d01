"""Finding a panel's widgets the way a user or a screen reader does: by text or accessible name.

Tests drive the real widgets through these instead of the panels' private attributes, so a
refactoring inside a panel does not break a test that still describes what the user sees.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

W = TypeVar("W", bound=QWidget)


def named(root: QWidget, cls: type[W], accessible_name: str) -> W:
    """The one ``cls`` inside ``root`` a screen reader announces as ``accessible_name``."""
    found = [w for w in root.findChildren(cls) if w.accessibleName() == accessible_name]
    assert len(found) == 1, f"{len(found)} {cls.__name__} named {accessible_name!r}"
    return found[0]


def only(root: QWidget, cls: type[W]) -> W:
    """The one ``cls`` inside ``root`` (a panel's only list, bar or combo box)."""
    found = root.findChildren(cls)
    assert len(found) == 1, f"{len(found)} {cls.__name__} in {type(root).__name__}"
    return found[0]


def button(root: QWidget, text: str) -> QAbstractButton:
    """The one button inside ``root`` showing ``text`` (mnemonic ``&`` ignored)."""
    found = [b for b in root.findChildren(QAbstractButton) if b.text().replace("&", "") == text]
    assert len(found) == 1, f"{len(found)} buttons reading {text!r}"
    return found[0]


def label(root: QWidget, text: str) -> QLabel:
    """The one label inside ``root`` showing ``text`` (a status line, a note, an error)."""
    assert text, "no text to look for"
    found = [w for w in root.findChildren(QLabel) if w.text() == text]
    assert len(found) == 1, f"{len(found)} labels reading {text!r}"
    return found[0]
