"""The window on small and large screens: it fits 1024x700, panels hide, the preview zooms,
the layout and the step are remembered, light and dark themes keep text readable."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QPalette, QWheelEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from widget_lookup import only

from resume_builder.sample import sample_resume
from resume_builder.ui import theme
from resume_builder.ui.suggestions_panel import SUGGESTION_ROLE

TIMEOUT_MS = 60_000


@pytest.fixture
def window(make_window):
    window = make_window()
    window.document.set_resume(sample_resume())
    window.go_to_step("contact")
    return window


def test_every_step_fits_a_1024_by_700_screen(qtbot, window):
    window.resize(1024, 700)
    for step_id in window.step_ids():
        window.go_to_step(step_id)
        QApplication.processEvents()
        hint = window.minimumSizeHint()
        assert hint.width() <= 1024 and hint.height() <= 700, (step_id, hint)
    assert window.width() == 1024 and window.height() == 700


def test_panels_hide_and_preview_only_shows_the_page_alone(qtbot, window):
    view = window.view
    view.panel_actions["steps"].trigger()
    assert window.steps.isHidden()
    view.panel_actions["steps"].trigger()
    assert window.steps.isVisible()
    width_before = window.preview.width()
    view.preview_only_action.trigger()
    QApplication.processEvents()
    assert window.preview.isVisible()
    assert window.steps.isHidden() and window.side_panel.isHidden()
    assert not window.page_stack.isVisible()
    assert window.preview.width() > width_before
    view.preview_only_action.trigger()
    assert window.steps.isVisible() and window.side_panel.isVisible()
    assert window.page_stack.isVisible()


def test_zoom_with_keys_and_ctrl_wheel(qtbot, window):
    preview = window.preview
    with qtbot.waitSignal(preview.rendered, timeout=TIMEOUT_MS):
        preview.render_now(window.document.resume)
    fit = preview.zoom
    assert window.view.zoom_in_action.shortcuts()[0] == QKeySequence("Ctrl++")
    window.view.zoom_in_action.trigger()
    assert preview.zoom > fit
    window.view.fit_width_action.trigger()
    assert preview.zoom == pytest.approx(fit, rel=0.02)
    viewport = preview.view.viewport()
    centre = QPointF(viewport.rect().center())
    wheel = QWheelEvent(
        centre,
        QPointF(viewport.mapToGlobal(QPoint(int(centre.x()), int(centre.y())))),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, wheel)
    assert preview.zoom < fit


def test_ctrl_page_down_goes_to_the_next_step(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.go_to_step("summary")
    qtbot.keyClick(
        window.page("summary").editor.edit, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier
    )
    assert window.current_step() == "experience"
    qtbot.keyClick(window.steps, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.current_step() == "summary"


def test_paste_from_the_edit_menu(qtbot, window):
    window.activateWindow()
    window.go_to_step("contact")
    field = window.page("contact").fields["city"].edit
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    field.selectAll()
    QGuiApplication.clipboard().setText("Peoria")
    window.paste_action.trigger()
    assert field.text() == "Peoria"
    assert window.document.resume.basics.location.city == "Peoria"


def test_layout_theme_and_step_are_remembered(qtbot, make_window, tmp_path, dialog_answers):
    path = tmp_path / "maria.json"
    from resume_builder.storage import save_resume

    save_resume(sample_resume(), path)
    first = make_window()
    assert first.open_file(path)
    first.go_to_step("skills")
    first.view.panel_actions["side_panel"].trigger()
    first.view.theme_actions["dark"].trigger()
    first.resize(1100, 720)
    first.close()
    assert not first.isVisible()

    second = make_window()
    # the offscreen screen is 800 px wide: the width is fitted to it, the height is as left
    assert second.height() == 720
    assert second.width() <= max(second.screen().availableGeometry().width(), 1024)
    assert not second.view.is_shown("side_panel")
    assert second.view.theme_choice() == "dark"
    assert theme.scheme() == "dark"
    assert second.open_file(path)
    assert second.current_step() == "skills"
    second.view.set_theme("light")
    assert json.loads(path.read_text(encoding="utf-8"))  # the file itself is untouched


def test_dark_theme_has_no_vanishing_colours(qtbot, window):
    window.view.set_theme("dark")
    window.go_to_step("skills")
    palette = QApplication.palette()
    assert palette.color(QPalette.ColorRole.Window).lightness() < 128
    model = window.suggestions.model
    header = next(
        model.item(r)
        for r in range(model.rowCount())
        if model.item(r).data(SUGGESTION_ROLE) is None
    )
    text = header.foreground().color().name()
    background = header.background().color().name()
    assert theme.contrast(text, background) >= 4.5
    note = window.suggestions.note  # a muted note follows the scheme, it is not fixed grey
    assert note.palette().color(QPalette.ColorRole.WindowText).name() == "#b4bac2"
    window.view.set_theme("light")
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() >= 128
    assert note.palette().color(QPalette.ColorRole.WindowText).name() == "#4f5660"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_text_colours_meet_wcag_aa(scheme):
    colours = theme.COLOURS[scheme]
    for tone in (*theme.TONES, "text"):
        for background in ("window", "base"):
            assert theme.contrast(colours[tone], colours[background]) >= 4.5, (tone, background)
    assert theme.contrast(colours["header_text"], colours["header"]) >= 4.5
    assert theme.contrast(colours["slot_text"], colours["slot"]) >= 4.5


def test_the_version_being_edited_is_in_the_title(qtbot, window, monkeypatch):
    from resume_builder.ui.versions_panel import VersionNameDialog

    monkeypatch.setattr(
        VersionNameDialog, "get_name", classmethod(lambda cls, *a, **k: (("Coder job", ""), True))
    )
    assert "version" not in window.windowTitle()
    window.side_panel.versions.new_version()
    assert "\u201cCoder job\u201d" in window.windowTitle()


def test_the_duplicate_dialog_is_titled_wide_and_preselects_the_name(qtbot):
    from resume_builder.ui.versions_panel import MIN_DIALOG_WIDTH, VersionNameDialog

    dialog = VersionNameDialog(None, "Duplicate version", "Main copy")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Duplicate version"
    assert dialog.width() >= MIN_DIALOG_WIDTH
    edit = only(dialog, QLineEdit)
    assert edit.selectedText() == "Main copy"
    qtbot.keyClicks(edit, "Coder job")  # typing replaces the proposal
    assert dialog.values() == ("Coder job", None)


def test_exporting_a_version_proposes_its_name(qtbot, window, monkeypatch, tmp_path):
    from resume_builder.ui import dialogs
    from resume_builder.ui.exporting_ui import suggested_file_name
    from resume_builder.ui.versions_panel import VersionNameDialog

    assert suggested_file_name(window.document.resume) == "Maria Lopez - Resume.pdf"
    monkeypatch.setattr(
        VersionNameDialog, "get_name", classmethod(lambda cls, *a, **k: (("Coder job", ""), True))
    )
    window.side_panel.versions.new_version()
    assert suggested_file_name(window.document.resume) == "Maria Lopez - Resume (Coder job).pdf"
    proposed = []
    monkeypatch.setattr(
        dialogs,
        "get_export_path",
        lambda parent, path, formats: (proposed.append(path), (None, False))[1],
    )
    window.export_other_action.trigger()
    assert proposed[0].name == "Maria Lopez - Resume (Coder job)"
