"""Light, dark or the system's colours, and the few colours of our own that must follow them.

Widgets never hard-code a colour: a label says what it is (``set_tone(label, "muted")``) and
its text takes that tone's colour in the scheme in use, again whenever the scheme changes; item
models ask :func:`colour` when they draw. Only palettes are used (no application style sheet,
which would slow every widget's painting and the start-up), with Fusion behind a thin proxy
that outlines check boxes and radio buttons, and one focus ring (``focus_ring.py``). Every text
colour here keeps at least WCAG AA contrast (4.5:1) on the scheme's window and base colours, the
focus colour 3:1 (``tests/ui/test_theme.py`` measures them).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QWidget

from resume_builder.ui_text import QT_TRANSLATE_NOOP

CHOICES = {
    "system": QT_TRANSLATE_NOOP("ViewControls", "&System"),
    "light": QT_TRANSLATE_NOOP("ViewControls", "&Light"),
    "dark": QT_TRANSLATE_NOOP("ViewControls", "&Dark"),
}
"""Theme choices and their menu labels (translated by the View menu)."""

COLOURS: dict[str, dict[str, str]] = {
    "light": {
        "window": "#f3f4f6",
        "base": "#ffffff",
        "text": "#1b1f24",
        "muted": "#4f5660",
        "error": "#b3261e",
        "warning": "#7a5200",
        "success": "#2e6b31",
        "tip": "#3d4b5f",
        "header": "#e3e9f1",
        "header_text": "#1b2a3a",
        "slot": "#fff3c4",
        "slot_text": "#1b1f24",
        "highlight": "#2f6fb3",
        "link": "#2f6fb3",
        "focus": "#2f6fb3",
    },
    "dark": {
        "window": "#25282c",
        "base": "#1d1f22",
        "text": "#e8eaed",
        "muted": "#b4bac2",
        "error": "#f2b8b5",
        "warning": "#f0c674",
        "success": "#8fd19e",
        "tip": "#b7c5d8",
        "header": "#34404f",
        "header_text": "#eef2f7",
        "slot": "#5a4a10",
        "slot_text": "#fff7d6",
        "highlight": "#3b78bd",
        "link": "#8cbcf0",
        "focus": "#8cbcf0",
    },
}
"""The colours of each scheme (window and base included, to check contrast against).

``highlight`` is the background of chosen rows (white text on it keeps 4.5:1); ``focus`` is the
focus ring (3:1 against window and base, WCAG's bar for focus indicators); ``link`` is link text.
"""

TONES = ("muted", "error", "warning", "success", "tip")


def scheme() -> str:
    """The scheme in use, "light" or "dark", read from the application's palette."""
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    return "dark" if window.lightness() < 128 else "light"


def colour(name: str) -> QColor:
    """Our colour ``name`` (see :data:`COLOURS`) for the scheme in use."""
    return QColor(COLOURS[scheme()][name])


def set_tone(widget: QWidget, tone: str) -> None:
    """Colour a label's text by what it is ("muted", "error" ...), in any scheme."""
    widget.setProperty("tone", tone)
    palette = widget.palette()
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        palette.setColor(role, colour(tone))
    widget.setPalette(palette)


def problem_style() -> str:
    """The style sheet of a text box whose content has a problem: a border in the error tone."""
    return f"QLineEdit {{ border: 1px solid {COLOURS[scheme()]['error']}; }}"


def _palette(name: str) -> QPalette:
    c = COLOURS[name]
    palette = QPalette(QColor(c["window"]))  # frames and bevels shaded from the window colour
    role = QPalette.ColorRole
    for roles, value in (
        ((role.Window,), c["window"]),
        ((role.Button,), "#3a3f45" if name == "dark" else c["window"]),
        ((role.Base,), c["base"]),
        ((role.AlternateBase,), "#2a2e33" if name == "dark" else "#f6f8fa"),
        ((role.WindowText, role.Text, role.ButtonText, role.ToolTipText), c["text"]),
        ((role.ToolTipBase,), c["base"]),
        ((role.PlaceholderText,), c["muted"]),
        ((role.Highlight, role.Accent), c["highlight"]),
        ((role.HighlightedText,), "#ffffff"),
        ((role.Link, role.LinkVisited), c["link"]),
    ):
        for r in roles:
            palette.setColor(r, QColor(value))
    disabled = QColor(c["muted"])
    disabled.setAlpha(170)
    for r in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, r, disabled)
    return palette


class _FusionStyle(QProxyStyle):
    """Fusion, with check boxes and radio buttons outlined in the muted text colour.

    Fusion outlines them in a shade of the window colour, which all but vanishes in the dark
    scheme (and is under WCAG's 3:1 for controls in the light one).
    """

    def __init__(self) -> None:
        super().__init__("Fusion")

    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # noqa: N802 - Qt virtual
        """Draw as Fusion does, then outline an unticked box or radio button clearly."""
        super().drawPrimitive(element, option, painter, widget)
        Element = QStyle.PrimitiveElement  # noqa: N806
        if element not in (Element.PE_IndicatorCheckBox, Element.PE_IndicatorRadioButton):
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(option.palette.color(QPalette.ColorRole.PlaceholderText), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        box = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        if element == Element.PE_IndicatorRadioButton:
            painter.drawEllipse(box)
        else:
            painter.drawRect(box.adjusted(0, 0, -1, -1))
        painter.restore()


def resolve(choice: str) -> str:
    """The scheme a choice means now: "system" follows the desktop's colour scheme."""
    if choice in ("light", "dark"):
        return choice
    hints = QGuiApplication.styleHints()
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def use_style(app: QApplication) -> None:
    """Fusion, the one style whose palette is honoured on every desktop, with our outlines.

    Set before any widget exists it costs nothing; set later, every widget is polished again.
    """
    if not isinstance(app.style(), _FusionStyle):
        app.setStyle(_FusionStyle())


def apply_theme(choice: str) -> str:
    """Use ``choice`` ("system", "light" or "dark") for the whole app; returns the scheme used."""
    app = QApplication.instance()
    assert isinstance(app, QApplication), "the theme is applied to a running QApplication"
    name = resolve(choice if choice in CHOICES else "system")
    use_style(app)
    app.setPalette(_palette(name))
    from resume_builder.ui import focus_ring  # it draws in this module's colours

    focus_ring.install(app)
    for widget in app.allWidgets():
        if widget.styleSheet():  # a widget's own style sheet keeps the palette it was set under
            widget.setStyleSheet(widget.styleSheet())
        if widget.property("tone"):  # toned text follows the new scheme (after the sheet,
            set_tone(widget, str(widget.property("tone")))  # which puts its old palette back)
    return name


def contrast(foreground: str, background: str) -> float:
    """WCAG contrast ratio of two ``#rrggbb`` colours (1 to 21)."""

    def luminance(hex_colour: str) -> float:
        channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)
