"""The design step: template gallery with the user's own thumbnails, paper and options."""

from __future__ import annotations

import dataclasses
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QDoubleSpinBox, QLabel, QRadioButton, QToolButton
from widget_lookup import button

from resume_builder.output.papers import PAPERS
from resume_builder.output.themes import discover_themes
from resume_builder.ui import design_page
from resume_builder.ui.design_page import DesignPage

TIMEOUT_MS = 30_000


@pytest.fixture
def page(qtbot, document, service):
    page = DesignPage(document, service)
    page.resize(820, 700)
    qtbot.addWidget(page)
    page.show()
    return page


def _paper_button(page: DesignPage, paper_id: str) -> QRadioButton:
    """The radio button offering ``paper_id``, found by the words on it."""
    paper = PAPERS[paper_id]
    found = button(page, f"{paper.name}\n{paper.detail}")
    assert isinstance(found, QRadioButton)
    return found


def test_gallery_shows_every_template_with_a_thumbnail_of_the_users_resume(qtbot, page):
    assert page.theme_ids == list(discover_themes())
    qtbot.waitUntil(lambda: page.thumbnail("classic") is not None, timeout=TIMEOUT_MS)
    image = page.thumbnail("classic").toImage()
    assert image.height() > image.width()  # a portrait page
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
    }
    assert len(colours) > 5  # text and the accent colour, not a blank page


def test_paper_size_goes_through_the_document_and_can_be_undone(qtbot, page, document):
    assert document.resume.settings.paper == "letter"
    _paper_button(page, "a4").click()
    assert document.resume.settings.paper == "a4"
    assert document.undo_stack.undoText() == "Use A4 paper"
    document.undo_stack.undo()
    assert document.resume.settings.paper == "letter"
    assert _paper_button(page, "letter").isChecked()


def test_font_size_option_is_undoable(qtbot, page, document):
    spin = page.findChild(QDoubleSpinBox)
    assert spin is not None and spin.suffix() == " pt"
    assert spin.value() == 10
    spin.setValue(11)
    spin.setValue(11.5)  # stepping through sizes is one undo step
    assert document.resume.settings.template_options["font_size"] == 11.5
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert "font_size" not in document.resume.settings.template_options
    assert spin.value() == 10


def test_accent_swatch_and_custom_colour(qtbot, page, document, monkeypatch):
    swatches = [b for b in page.findChildren(QToolButton) if b.toolTip().startswith("Teal")]
    assert len(swatches) == 1
    swatches[0].click()
    assert document.resume.settings.template_options["accent_color"] == "#0f6e6e"
    assert swatches[0].isChecked()

    monkeypatch.setattr(QColorDialog, "getColor", staticmethod(lambda *a, **k: QColor("#aa3300")))
    custom = next(b for b in page.findChildren(QToolButton) if b.text() == "Custom\u2026")
    custom.click()
    assert document.resume.settings.template_options["accent_color"] == "#aa3300"
    assert custom.isChecked()

    monkeypatch.setattr(QColorDialog, "getColor", staticmethod(lambda *a, **k: QColor()))
    custom.click()  # cancelled: nothing changes
    assert document.resume.settings.template_options["accent_color"] == "#aa3300"

    document.undo_stack.undo()
    document.undo_stack.undo()
    assert "accent_color" not in document.resume.settings.template_options


def test_choosing_a_template_is_undoable_and_the_gallery_takes_n_templates(
    qtbot, document, service, monkeypatch
):
    classic = discover_themes()["classic"]
    themes = {
        "classic": classic,
        "made-up-wide": dataclasses.replace(classic, id="made-up-wide", name="Wide"),
        "made-up-plain": dataclasses.replace(classic, id="made-up-plain", name="Plain", options={}),
    }
    monkeypatch.setattr(design_page, "discover_themes", lambda: themes)
    # Earlier tests' pages are closed, so their thumbnails were cancelled: none queued ahead.
    assert service.queued_jobs == 0
    document.apply(
        "Set options", lambda r: setattr(r.settings, "template_options", {"font_size": 11})
    )
    page = DesignPage(document, service)
    qtbot.addWidget(page)
    page.show()
    assert page.theme_ids == ["classic", "made-up-wide", "made-up-plain"]
    assert page.current_theme_id == "classic"

    page.select_template(page.theme_ids[2])
    assert document.resume.settings.template == "made-up-plain"
    assert document.resume.settings.template_options == {}  # this one has no options
    assert any("no options" in label.text() for label in page.findChildren(QLabel))
    document.undo_stack.undo()
    assert document.resume.settings.template == "classic"
    assert document.resume.settings.template_options == {"font_size": 11}
    assert page.current_theme_id == "classic"
    # The made-up templates do not exist on disk: their cards say so instead of crashing.
    qtbot.waitUntil(lambda: "could not show" in page.card_tip("made-up-wide"), timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: page.thumbnail("classic") is not None, timeout=TIMEOUT_MS)


def test_thumbnails_follow_the_resume(qtbot, page, document):
    qtbot.waitUntil(lambda: page.thumbnail("classic") is not None, timeout=TIMEOUT_MS)
    letter = page.thumbnail("classic").toImage()
    assert abs(letter.height() / letter.width() - PAPERS["letter"].aspect) < 0.03
    _paper_button(page, "a4").click()

    def is_a4() -> bool:
        image = page.thumbnail("classic").toImage()
        return abs(image.height() / image.width() - PAPERS["a4"].aspect) < 0.03

    qtbot.waitUntil(is_a4, timeout=TIMEOUT_MS)


def test_hiding_the_page_cancels_its_queued_thumbnails(qtbot, page, service):
    qtbot.waitUntil(lambda: service.queued_jobs > 0, timeout=TIMEOUT_MS)
    page.hide()  # the user moved on: nobody will see these cards
    assert service.queued_jobs == 0
    page.show()  # and back: the cards render again
    qtbot.waitUntil(lambda: page.thumbnail("classic") is not None, timeout=TIMEOUT_MS)
