"""Icons for actions, from the bundled Lucide SVGs, drawn in the palette's text colour.

The icon engine paints each SVG when Qt asks for it, in the colour the application palette has
then (the text colour; the highlighted-text colour in a chosen menu row; the disabled colour for
a disabled action), so icons follow the light and dark themes with nothing to refresh.
The SVGs and their licence are in ``svg_icons/``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAbstractButton, QApplication

SVG_DIR = Path(__file__).with_name("svg_icons")

ACTION_ICONS = {
    "new_action": "file-plus",
    "open_action": "folder-open",
    "import_action": "file-input",
    "import_text_action": "clipboard-type",
    "save_action": "save",
    "save_as_action": "save-all",
    "export_action": "file-down",
    "export_other_action": "file-output",
    "print_action": "printer",
    "quit_action": "log-out",
    "undo_action": "undo-2",
    "redo_action": "redo-2",
    "cut_action": "scissors",
    "copy_action": "copy",
    "paste_action": "clipboard-paste",
    "select_all_action": "text-select",
    "about_action": "info",
}
"""The main window's actions (by attribute name) and their icons."""

VIEW_ICONS = {
    "preview_only_action": "maximize-2",
    "zoom_in_action": "zoom-in",
    "zoom_out_action": "zoom-out",
    "fit_width_action": "unfold-horizontal",
    "next_step_action": "arrow-right",
    "previous_step_action": "arrow-left",
}
"""The View menu's actions and their icons."""


@cache
def _svg(name: str) -> bytes:
    """The SVG text of icon ``name`` (raises FileNotFoundError for an unknown icon)."""
    return (SVG_DIR / f"{name}.svg").read_bytes()


def _colour(mode: QIcon.Mode) -> QColor:
    palette = QApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorRole.ButtonText)


class _SvgIconEngine(QIconEngine):
    """Paints one SVG in the palette colour for the icon's mode, at any size and pixel ratio."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name
        self._cache: dict[tuple[int, int, float, int], QPixmap] = {}

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        """Draw the icon into ``rect`` (a square centred in it)."""
        side = min(rect.width(), rect.height())
        target = QRectF(
            rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side, side
        )
        colour = _colour(mode)
        svg = _svg(self._name).replace(b"currentColor", colour.name().encode())
        renderer = QSvgRenderer(QByteArray(svg))
        painter.save()
        painter.setOpacity(painter.opacity() * colour.alphaF())
        renderer.render(painter, target)
        painter.restore()

    def scaledPixmap(  # noqa: N802 - Qt virtual
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        """The icon at ``size`` logical pixels for a screen of pixel ratio ``scale``."""
        colour = _colour(mode)
        key = (size.width(), size.height(), scale, colour.rgba())
        if key not in self._cache:
            pixmap = QPixmap(size * scale)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.paint(painter, QRect(0, 0, pixmap.width(), pixmap.height()), mode, state)
            painter.end()
            pixmap.setDevicePixelRatio(scale)
            self._cache[key] = pixmap
        return self._cache[key]

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        """The icon at ``size`` device pixels."""
        return self.scaledPixmap(size, mode, state, 1.0)

    def clone(self) -> QIconEngine:
        """A new engine for the same SVG (Qt copies engines when an icon is detached)."""
        return _SvgIconEngine(self._name)

    def iconName(self) -> str:  # noqa: N802 - Qt virtual
        """The icon's name, e.g. "plus" (tests read it through ``QIcon.name()``)."""
        return self._name


def icon(name: str) -> QIcon:
    """The action icon ``name`` (a file in ``svg_icons/``), in the palette's colours."""
    _svg(name)  # an unknown name fails here, not silently at paint time
    return QIcon(_SvgIconEngine(name))


def set_action_icons(window: QObject) -> None:
    """Give the main window's menu actions (and its View menu's, ``window.view``) their icons."""
    for owner, table in ((window, ACTION_ICONS), (getattr(window, "view", None), VIEW_ICONS)):
        for attr, name in table.items():
            set_icon(getattr(owner, attr), name)


def set_icon(target: QAction | QAbstractButton, name: str) -> None:
    """Give an action or a button the icon ``name``."""
    target.setIcon(icon(name))
