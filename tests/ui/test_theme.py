"""Light and dark: text and notes keep WCAG AA contrast, and the focus ring is plain to see."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLineEdit,
    QListView,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
)
from render_probes import fail_every_render
from widget_lookup import label

from resume_builder.output.themes import discover_themes
from resume_builder.sample import sample_resume
from resume_builder.ui import focus_ring, theme
from resume_builder.ui.main_window import MainWindow
from resume_builder.ui.render_worker import RenderService

Role = QPalette.ColorRole
TEXT_ON_BACKGROUND = (
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.PlaceholderText, Role.Base),
    (Role.PlaceholderText, Role.Window),
    (Role.HighlightedText, Role.Highlight),
    (Role.Link, Role.Window),
    (Role.Link, Role.Base),
    (Role.ToolTipText, Role.ToolTipBase),
)
"""Every palette role the app writes text or notes in, with the role it is written on."""


@pytest.fixture
def window(make_window):
    window = make_window()
    window.document.set_resume(sample_resume())
    window.go_to_step("experience")
    yield window
    window.view.set_theme("light")


@pytest.fixture(params=["light", "dark"])
def scheme(request, qapp):
    assert theme.apply_theme(request.param) == request.param
    yield request.param
    theme.apply_theme("light")


def test_palette_text_roles_meet_wcag_aa(scheme):
    palette = QApplication.palette()
    for text, background in TEXT_ON_BACKGROUND:
        ratio = theme.contrast(palette.color(text).name(), palette.color(background).name())
        assert ratio >= 4.5, (scheme, text.name, background.name, round(ratio, 2))


def test_focus_colour_stands_out_from_every_background(scheme):
    colours = theme.COLOURS[scheme]
    for background in ("window", "base"):
        assert theme.contrast(colours["focus"], colours[background]) >= 3, background


def test_notes_switched_to_dark_are_as_readable_as_in_light(qtbot, window):
    """The preview's status line and the Design notes were painted in the light theme's grey."""
    with qtbot.waitSignal(window.preview.rendered, timeout=60_000):
        window.preview.render_now(window.document.resume)
    window.view.set_theme("dark")
    window.go_to_step("design")
    background = QApplication.palette().color(Role.Window).name()
    bar = window.statusBar()  # widgets take a new application palette from posted events
    qtbot.waitUntil(lambda: bar.palette().color(Role.Window).name() == background)
    status = label(window.preview, window.preview.status_text)
    theme_id = window.document.resume.settings.template or "classic"
    description = discover_themes()[theme_id].description_in("en")
    notes = [status, label(window.design_page, description), window.statusBar()]
    for note in notes:
        text = note.palette().color(Role.WindowText).name()
        assert theme.contrast(text, background) >= 4.5, (note, text)
    # what is painted says the same: the status line's text is light on the dark window
    image = status.grab().toImage()
    lightest = max(
        image.pixelColor(x, y).lightness()
        for x in range(0, image.width(), 2)
        for y in range(image.height())
    )
    assert lightest > 150


def test_a_render_error_shown_in_light_is_readable_in_dark(qtbot):
    """An error over the preview keeps the error colour of the scheme it is seen in."""
    service = RenderService(warm_up=False, renderer=fail_every_render)
    window = MainWindow(render_service=service, offer_recovery=False)
    qtbot.addWidget(window)
    window.show()
    try:
        window.view.set_theme("light")
        with qtbot.waitSignal(window.preview.render_failed, timeout=60_000):
            window.new_resume("medical-records-technician")
        window.view.set_theme("dark")
        error = label(window.preview, window.preview.error_text)
        assert error.palette().color(Role.WindowText) == theme.colour("error")
        dark = theme.COLOURS["dark"]
        assert theme.contrast(dark["error"], dark["base"]) >= 4.5
    finally:
        window.view.set_theme("light")
        service.shutdown()


@pytest.mark.parametrize("name", ["light", "dark"])
def test_the_focus_ring_is_drawn_round_each_kind_of_control(qtbot, window, name):
    window.view.set_theme(name)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page = window.page("experience")
    controls = [
        page.findChildren(QLineEdit)[0],
        page.findChildren(QPushButton)[0],
        page.findChildren(QCheckBox)[0],
        page.findChildren(QListView)[0],
        window.steps,
    ]
    expected = theme.colour("focus")
    for control in controls:
        control.setFocus()
        qtbot.waitUntil(lambda c=control: QApplication.focusWidget() is c)
        ring = focus_ring.ring()
        assert ring is not None and ring.target is control
        assert ring.isVisible() and ring.geometry() == control.rect()
        image = control.grab().toImage()
        middle = control.height() // 2
        for point in (QPoint(0, middle), QPoint(control.width() - 1, middle)):
            assert image.pixelColor(point) == expected, (type(control).__name__, point)
    # the ring leaves a control with the focus, and stays off the page's own scroller
    controls[0].setFocus()
    qtbot.waitUntil(lambda: focus_ring.ring().target is controls[0])
    assert controls[1].grab().toImage().pixelColor(0, controls[1].height() // 2) != expected


def test_unticked_boxes_and_radio_buttons_are_outlined_clearly(qtbot, scheme):
    """Fusion's own outline is a shade of the window colour: in dark it all but vanished."""
    window_colour = QApplication.palette().color(Role.Window).name()
    for control in (QCheckBox("Fit to one page"), QRadioButton("A4")):
        qtbot.addWidget(control)
        control.show()
        qtbot.waitExposed(control)
        option = QStyleOptionButton()
        control.initStyleOption(option)
        element = (
            QStyle.SubElement.SE_CheckBoxIndicator
            if isinstance(control, QCheckBox)
            else QStyle.SubElement.SE_RadioButtonIndicator
        )
        box = control.style().subElementRect(element, option, control)
        image = control.grab().toImage()
        row = box.center().y()
        edge = max(
            theme.contrast(image.pixelColor(x, row).name(), window_colour)
            for x in range(box.left(), box.left() + 3)
        )
        assert edge >= 3, (scheme, type(control).__name__, round(edge, 2))
