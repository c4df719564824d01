"""Walking a QTreeWidget's rows as plain lists.

Qt's stubs type ``child(i)`` and ``topLevelItem(i)`` as possibly ``None`` (an index out of
range); these helpers only ask for indexes in range, so callers get items they can use.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem


def children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    """``item``'s child rows, in order."""
    return [child for i in range(item.childCount()) if (child := item.child(i)) is not None]


def top_level_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    """The tree's top rows, in order."""
    count = tree.topLevelItemCount()
    return [item for i in range(count) if (item := tree.topLevelItem(i)) is not None]


def all_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    """Every row of ``tree``, each before its children (the order they are shown in)."""
    items: list[QTreeWidgetItem] = []
    stack = top_level_items(tree)
    while stack:
        item = stack.pop(0)
        items.append(item)
        stack[:0] = children(item)
    return items
