"""The View menu and the window's remembered layout: panels, preview zoom, theme, last step.

The window has four columns (steps, form, side panel, preview) in one splitter. Any but the form
can be hidden from the View menu or collapsed by dragging; "Preview only" shows the page alone
at a readable size. Window geometry, column sizes, hidden panels and the theme are kept in
QSettings, and so is the step the user was on for each file they open.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QSplitter, QWidget

from resume_builder.ui import i18n, theme
from resume_builder.ui.preview import PreviewPane

ORGANIZATION = "resume-builder"
APPLICATION = "Resume Builder"
COMPACT_WIDTH = 1200
"""Narrower windows start without the step list."""
PANELS = ("steps", "side_panel", "preview")
"""The columns the user can hide; the form is always shown (except in "Preview only")."""


def settings() -> QSettings:
    """The app's settings store (an INI file in the user's config folder)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


def _file_key(path: Path) -> str:
    """A settings key for a file (its resolved path, hashed: keys cannot hold slashes)."""
    digest = hashlib.sha1(str(Path(path).resolve()).encode("utf-8")).hexdigest()[:16]
    return f"files/{digest}/step"


class ViewControls(QObject):
    """Builds the View menu over the window's splitter and keeps the layout between sessions.

    Signals:
        step_offset_requested(int): Ctrl+PgDown (+1) or Ctrl+PgUp (-1).
        theme_changed(str): the scheme now in use ("light" or "dark").
        language_chosen(str): the user picked the app's language ("system", "en" or "es").
    """

    step_offset_requested = Signal(int)
    theme_changed = Signal(str)
    language_chosen = Signal(str)

    def __init__(
        self,
        window: QMainWindow,
        splitter: QSplitter,
        columns: dict[str, QWidget],
        preview: PreviewPane,
    ) -> None:
        """``columns`` names the splitter's widgets: steps, form, side_panel, preview."""
        super().__init__(window)
        self._window = window
        self._splitter = splitter
        self._columns = columns
        self._preview = preview
        self._side_panel_needed = True
        self._before_preview_only: dict[str, bool] | None = None
        self.panel_actions: dict[str, QAction] = {}
        self.menu = QMenu(self.tr("&View"), window)
        for name, text in (
            ("steps", self.tr("&Steps")),
            ("side_panel", self.tr("Side &panel")),
            ("preview", self.tr("P&review")),
        ):
            action = self.menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(lambda on, n=name: self._on_panel_toggled(n, on))
            self.panel_actions[name] = action
        self.preview_only_action = self.menu.addAction(self.tr("Preview &only"))
        self.preview_only_action.setCheckable(True)
        self.preview_only_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.preview_only_action.toggled.connect(self._on_preview_only_toggled)
        self.menu.addSeparator()
        self.zoom_in_action = self._add(self.tr("Zoom &in"), ["Ctrl++", "Ctrl+="], preview.zoom_in)
        self.zoom_out_action = self._add(self.tr("Zoom o&ut"), ["Ctrl+-"], preview.zoom_out)
        self.fit_width_action = self._add(self.tr("&Fit page width"), ["Ctrl+0"], preview.fit_width)
        self.menu.addSeparator()
        self.next_step_action = self._add(
            self.tr("&Next step"), ["Ctrl+PgDown"], lambda: self.step_offset_requested.emit(1)
        )
        self.previous_step_action = self._add(
            self.tr("Pre&vious step"), ["Ctrl+PgUp"], lambda: self.step_offset_requested.emit(-1)
        )
        self.menu.addSeparator()
        theme_menu = self.menu.addMenu(self.tr("&Theme"))
        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for choice, label in theme.CHOICES.items():
            action = theme_menu.addAction(self.tr(label))
            action.setCheckable(True)
            action.setData(choice)
            self.theme_group.addAction(action)
            self.theme_actions[choice] = action
        self.theme_group.triggered.connect(self._on_theme_group_triggered)
        language_menu = self.menu.addMenu(self.tr("&Language"))
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for choice in i18n.CHOICES:
            action = language_menu.addAction(i18n.choice_label(choice))
            action.setCheckable(True)
            action.setChecked(choice == i18n.saved_choice())
            action.setData(choice)
            self.language_group.addAction(action)
            self.language_actions[choice] = action
        self.language_group.triggered.connect(self._on_language_group_triggered)
        splitter.splitterMoved.connect(self._on_splitter_moved)
        for name in ("steps", "side_panel", "preview"):
            splitter.setCollapsible(splitter.indexOf(columns[name]), True)
        splitter.setCollapsible(splitter.indexOf(columns["form"]), False)

    # -- public -------------------------------------------------------------------------------

    def theme_choice(self) -> str:
        """The theme chosen: "system", "light" or "dark"."""
        checked = self.theme_group.checkedAction()
        return checked.data() if checked is not None else "system"

    def set_theme(self, choice: str) -> None:
        """Use theme ``choice`` now (and tick it in the menu)."""
        choice = choice if choice in theme.CHOICES else "system"
        self.theme_actions[choice].setChecked(True)
        self.theme_changed.emit(theme.apply_theme(choice))

    def set_side_panel_needed(self, needed: bool) -> None:
        """The step on screen uses the side panel (the Design step does not)."""
        self._side_panel_needed = needed
        self._show_column("side_panel")

    def is_shown(self, name: str) -> bool:
        """Whether the user wants column ``name`` shown."""
        return self.panel_actions[name].isChecked()

    def restore(self) -> None:
        """Bring back the last session's geometry, column sizes, hidden panels and theme."""
        store = settings()
        self.set_theme(str(store.value("view/theme", "system")))
        geometry = store.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self._window.restoreGeometry(geometry)
        sizes = store.value("window/splitter")
        if not (isinstance(sizes, QByteArray) and self._splitter.restoreState(sizes)):
            self.fit_columns()
        stored = store.value("view/hidden", [])  # one name comes back as a str, none as None
        hidden = [stored] if isinstance(stored, str) else stored if isinstance(stored, list) else []
        for name, action in self.panel_actions.items():
            action.setChecked(name not in hidden)

    def fit_columns(self) -> None:
        """Share the window's width out: the form and preview get what the lists can spare.

        Below ``COMPACT_WIDTH`` the step list is hidden (Back, Next, Ctrl+PgDown and the View
        menu still reach every step), so the form and a readable preview fit beside the helpers.
        """
        width = self._window.width()
        self.panel_actions["steps"].setChecked(width >= COMPACT_WIDTH)

        def share(fraction: float, low: int, high: int) -> int:
            return max(low, min(high, int(width * fraction)))

        steps, form, side = share(0.11, 150, 200), share(0.3, 420, 560), share(0.2, 250, 320)
        if width < COMPACT_WIDTH:
            steps = 0
        preview = max(width - steps - form - side - 3 * self._splitter.handleWidth(), 200)
        self._splitter.setSizes([steps, form, side, preview])

    def save(self) -> None:
        """Remember the geometry, column sizes, hidden panels and theme."""
        if self.preview_only_action.isChecked():
            self.preview_only_action.setChecked(False)
        store = settings()
        store.setValue("window/geometry", self._window.saveGeometry())
        store.setValue("window/splitter", self._splitter.saveState())
        store.setValue("view/hidden", [n for n in PANELS if not self.is_shown(n)])
        store.setValue("view/theme", self.theme_choice())

    @staticmethod
    def remember_step(path: Path | None, step_id: str) -> None:
        """Remember ``step_id`` as the step the user was on in file ``path`` (and last of all)."""
        store = settings()
        store.setValue("steps/last", step_id)
        if path is not None:
            store.setValue(_file_key(path), step_id)

    @staticmethod
    def last_step(path: Path | None) -> str | None:
        """The step the user left file ``path`` on (or any file, for ``None``), if known."""
        store = settings()
        value = store.value(_file_key(path) if path is not None else "steps/last")
        return str(value) if value else None

    # -- internals ----------------------------------------------------------------------------

    def _add(self, text: str, keys: list[str], slot) -> QAction:
        action = self.menu.addAction(text)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(slot)
        return action

    def _show_column(self, name: str) -> None:
        shown = self.is_shown(name)
        if name == "side_panel":
            shown = shown and self._side_panel_needed
        if self.preview_only_action.isChecked():
            shown = name == "preview"
        widget = self._columns[name]
        widget.setVisible(shown)
        if shown and self._splitter.sizes()[self._splitter.indexOf(widget)] == 0:
            sizes = self._splitter.sizes()
            sizes[self._splitter.indexOf(widget)] = max(widget.minimumSizeHint().width(), 200)
            self._splitter.setSizes(sizes)

    @Slot(str, bool)
    def _on_panel_toggled(self, name: str, _on: bool) -> None:
        self._show_column(name)

    @Slot(bool)
    def _on_preview_only_toggled(self, on: bool) -> None:
        self._columns["form"].setVisible(not on)
        for name in PANELS:
            self._show_column(name)
        if not on:
            self._columns["form"].show()

    @Slot(int, int)
    def _on_splitter_moved(self, _pos: int, _index: int) -> None:
        """A column dragged shut is a hidden panel (the View menu says so and can reopen it)."""
        sizes = self._splitter.sizes()
        for name in PANELS:
            widget = self._columns[name]
            if widget.isVisible() and sizes[self._splitter.indexOf(widget)] == 0:
                action = self.panel_actions[name]
                action.blockSignals(True)
                action.setChecked(False)
                action.blockSignals(False)

    @Slot(QAction)
    def _on_language_group_triggered(self, action: QAction) -> None:
        self.language_chosen.emit(str(action.data()))

    @Slot(QAction)
    def _on_theme_group_triggered(self, action: QAction) -> None:
        self.set_theme(str(action.data()))
