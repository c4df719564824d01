"""The look: icons on the main actions (in the scheme's colours), nothing scrolls sideways at
1024x700, and the Design step says when its template thumbnails have all arrived."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QToolButton
from widget_lookup import named

from resume_builder.sample import sample_resume
from resume_builder.ui import icons, theme

TIMEOUT_MS = 60_000


@pytest.fixture
def window(make_window):
    window = make_window()
    window.document.set_resume(sample_resume())
    window.go_to_step("experience")
    yield window
    window.view.set_theme("light")


def test_main_actions_have_their_icons(window):
    for owner, table in ((window, icons.ACTION_ICONS), (window.view, icons.VIEW_ICONS)):
        for attr, name in table.items():
            icon = getattr(owner, attr).icon()
            assert not icon.isNull() and icon.name() == name, attr
            assert not icon.pixmap(16, 16).isNull(), attr
    entries = window.page("experience").editor
    buttons = {
        "plus": entries.add_button,
        "trash-2": entries.remove_button,
        "arrow-up": entries.up_button,
        "arrow-down": entries.down_button,
        "zoom-in": named(window.preview, QToolButton, "Zoom in"),
        "zoom-out": named(window.preview, QToolButton, "Zoom out"),
        "file-down": window.review_page.export_button,
        "printer": window.review_page.print_button,
    }
    for name, button in buttons.items():
        assert button.icon().name() == name
    # an arrow-only button still tells a screen reader and a tooltip what it does
    assert entries.up_button.accessibleName() and entries.up_button.toolTip()


@pytest.mark.parametrize("name", ["light", "dark"])
def test_icons_are_drawn_in_the_schemes_text_colour(qapp, name):
    theme.apply_theme(name)
    palette = QApplication.palette()
    expected = palette.color(QPalette.ColorRole.ButtonText)
    image = icons.icon("plus").pixmap(32, 32).toImage()
    ink = [
        image.pixelColor(x, y)
        for x in range(32)
        for y in range(32)
        if image.pixelColor(x, y).alpha() == 255
    ]
    assert ink and all(colour.rgb() == expected.rgb() for colour in ink)
    disabled = icons.icon("plus").pixmap(32, 32, QIcon.Mode.Disabled).toImage()
    assert disabled.pixelColor(16, 16).alpha() < 255  # a disabled action looks disabled
    theme.apply_theme("light")


def test_an_unknown_icon_fails_at_once(qapp):
    with pytest.raises(FileNotFoundError):
        icons.icon("no-such-icon")


@pytest.mark.parametrize("name", ["light", "dark"])
def test_no_step_scrolls_sideways_at_1024_by_700(qtbot, window, name):
    window.view.set_theme(name)
    window.resize(1024, 700)
    window.view.fit_columns()
    for step_id in window.step_ids():
        window.go_to_step(step_id)
        QApplication.processEvents()
        sideways = [
            type(area).__name__ + " " + (area.accessibleName() or area.objectName())
            for area in window.findChildren(QAbstractScrollArea)
            if area.isVisible() and area.horizontalScrollBar().isVisible()
        ]
        assert not sideways, (step_id, sideways)


def test_design_step_announces_its_thumbnails(qtbot, window):
    page = window.design_page
    with qtbot.waitSignal(page.thumbnails_ready, timeout=TIMEOUT_MS):
        window.go_to_step("design")
    assert not page.thumbnails_pending
    assert all(page.thumbnail(theme_id) is not None for theme_id in page.theme_ids)
    # shown again with nothing changed: nothing to wait for
    window.go_to_step("review")
    window.go_to_step("design")
    assert not page.thumbnails_pending
    assert all(page.thumbnail(theme_id) is not None for theme_id in page.theme_ids)
