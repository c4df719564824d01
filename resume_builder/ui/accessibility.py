"""Names and descriptions for screen readers on every input, taken from what sighted users read.

A form label sits beside a wrapper (a field with its error line under it), not beside the text
box inside, so Qt cannot pass the label on by itself. :func:`name_inputs` walks a widget tree
once it is built: each input gets its form label as its accessible name, and its placeholder or
tool tip as its description. Inputs outside forms fall back on their placeholder or tool tip.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLayout,
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


def _layouts(layout: QLayout) -> list[QLayout]:
    out = [layout]
    for i in range(layout.count()):
        item = layout.itemAt(i)
        child = item.layout() if item is not None else None
        if child is not None:
            out += _layouts(child)
    return out


def _label_forms(root: QWidget) -> None:
    for widget in [root, *root.findChildren(QWidget)]:
        if (own := widget.layout()) is None:
            continue
        for layout in _layouts(own):
            if not isinstance(layout, QFormLayout):
                continue
            for row in range(layout.rowCount()):
                label_item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
                field_item = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
                label = label_item.widget() if label_item is not None else None
                field = field_item.widget() if field_item is not None else None
                if not isinstance(label, QLabel) or field is None or not _plain(label.text()):
                    continue
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
