"""Names and descriptions for screen readers on every input, taken from what sighted users read.

A form label sits beside a wrapper (a field with its error line under it), not beside the text
box inside, so Qt cannot pass the label on by itself. :func:`name_inputs` walks a widget tree
once it is built: each input gets its form label as its accessible name, and its placeholder or
tool tip as its description. Inputs outside forms fall back on their placeholder or tool tip.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

INPUT_TYPES = (
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractItemView,
    QAbstractSpinBox,
)
"""What counts as an input: something a user types into or picks from."""


def _plain(text: str) -> str:
    return text.replace("&&", "\x00").replace("&", "").replace("\x00", "&").strip().rstrip(":")


def _hint(widget: QWidget) -> str:
    """What the input says about itself: its placeholder, else its tool tip."""
    placeholder = getattr(widget, "placeholderText", None)
    if isinstance(widget, QComboBox) and (line_edit := widget.lineEdit()) is not None:
        placeholder = line_edit.placeholderText
    text = placeholder() if callable(placeholder) else ""
    return text or widget.toolTip()


def _inputs(widget: QWidget) -> list[QWidget]:
    found = [widget] if isinstance(widget, INPUT_TYPES) else []
    found += [w for w in widget.findChildren(QWidget) if isinstance(w, INPUT_TYPES)]
    # a combo box's line edit and pop-up list are the combo box, for a screen reader
    return [w for w in found if not _in_combo(w) and not isinstance(w, QHeaderView)]


def _in_combo(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def _label_forms(root: QWidget) -> None:
    """Name each form field after its label.

    Only QObjects are touched (layouts, widgets), never layout items: PySide keeps the wrapper
    of an item alive after Qt deletes the item, and a later object at the same address came
    back as that stale wrapper (a QAction seen as a QWidgetItem) once windows were rebuilt.
    """
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    for layout in root.findChildren(QFormLayout):
        owner = layout.parentWidget()
        if owner is None:
            continue
        for field in owner.findChildren(QWidget, options=direct):
            label = layout.labelForField(field)  # None unless ``field`` is a labelled field
            if isinstance(label, QLabel) and _plain(label.text()):
                name = _plain(label.text())
                for target in _inputs(field):
                    if not target.accessibleName():
                        target.setAccessibleName(name)
                    if isinstance(target, QLineEdit | QPlainTextEdit | QComboBox):
                        label.setBuddy(target)


def name_inputs(root: QWidget) -> list[QWidget]:
    """Give every input under ``root`` a name and a description; returns those still nameless."""
    _label_forms(root)
    nameless = []
    for widget in _inputs(root):
        hint = _hint(widget)
        if not widget.accessibleName() and hint:
            widget.setAccessibleName(hint)
        if not widget.accessibleDescription():
            widget.setAccessibleDescription(hint or widget.accessibleName())
        if not widget.accessibleName():
            nameless.append(widget)
    return nameless
