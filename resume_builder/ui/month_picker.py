"""A small month/year chooser beside a date field, for people who would rather click than type.

It offers a year and twelve month buttons and reports the choice as "YYYY-MM"; the field then
treats it exactly as if the user had typed it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Signal, Slot
from PySide6.QtWidgets import (
    QGridLayout,
    QMenu,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from resume_builder.dates import parse_date

FIRST_YEAR = 1950


class MonthPicker(QToolButton):
    """A button opening a year box and a 4x3 grid of months; emits ``picked("YYYY-MM")``."""

    picked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build the popup once; it opens on the year of the field's date (or this year)."""
        super().__init__(parent)
        self.setText("\u25be")  # compact: the form is narrow beside the panels at 1024 px
        self.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        self.setToolTip(self.tr("Pick a month and year"))
        self.setAccessibleName(self.tr("Pick a month and year"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._current = ""
        menu = QMenu(self)
        panel = QWidget(menu)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(8, 8, 8, 8)
        self.year = QSpinBox(panel)
        self.year.setRange(FIRST_YEAR, date.today().year + 10)
        self.year.setAccessibleName(self.tr("Year"))
        layout.addWidget(self.year)
        grid = QGridLayout()
        grid.setSpacing(4)
        self.month_buttons: list[QPushButton] = []
        locale = QLocale()  # the app's language (months in Spanish for a Spanish app)
        for month in range(1, 13):
            short = locale.monthName(month, QLocale.FormatType.ShortFormat).rstrip(".")
            button = QPushButton(short[:1].upper() + short[1:], panel)
            button.setAccessibleName(locale.monthName(month, QLocale.FormatType.LongFormat))
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, m=month: self._on_month_clicked(m))
            grid.addWidget(button, (month - 1) // 3, (month - 1) % 3)
            self.month_buttons.append(button)
        layout.addLayout(grid)
        action = QWidgetAction(menu)
        action.setDefaultWidget(panel)
        menu.addAction(action)
        menu.aboutToShow.connect(self._on_menu_about_to_show)
        self.setMenu(menu)

    def set_current(self, text: str) -> None:
        """The field's text, so the popup opens on its month (unreadable text is ignored)."""
        self._current = text

    @Slot()
    def _on_menu_about_to_show(self) -> None:
        try:
            iso = parse_date(self._current)
        except ValueError:
            iso = ""
        year = int(iso[:4]) if iso else date.today().year
        month = int(iso[5:7]) if len(iso) >= 7 else 0
        self.year.setValue(year)
        for number, button in enumerate(self.month_buttons, start=1):
            button.setChecked(number == month)
        target = self.month_buttons[month - 1] if month else self.year
        target.setFocus()

    def _on_month_clicked(self, month: int) -> None:
        self.menu().hide()
        self.picked.emit(f"{self.year.value():04d}-{month:02d}")
