"""The shared test harness (STYLE habit 10).

Core tests only get a private user data folder. GUI tests (those using ``qtbot`` or ``qapp``)
also get: the offscreen platform, QSettings in ``tmp_path``, and every message box and file dialog
replaced by a recorder whose answers the test sets (``dialog_answers``), so no real modal opens.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from resume_builder.models import Basics, Resume, Work  # noqa: E402


@pytest.fixture(autouse=True)
def _user_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep recent files, autosaves and settings out of the real home folder."""
    folder = tmp_path / "user-data"
    monkeypatch.setenv("RESUME_BUILDER_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def minimal_resume() -> Resume:
    """The smallest useful resume: a name, an email and one job."""
    return Resume(
        basics=Basics(name="Maria Lopez", email="maria.lopez@example.com"),
        work=[Work(name="Riverside Clinic", position="Medical Records Technician")],
    )


@pytest.fixture
def full_resume() -> Resume:
    """Every section filled: the bundled sample resume."""
    from resume_builder.sample import sample_resume

    return sample_resume()


@dataclass
class DialogAnswers:
    """What the patched dialogs answer, and a log of what they were asked."""

    save_choice: str = "cancel"
    restore: bool = True
    open_path: Path | None = None
    save_path: Path | None = None
    role: str | None = None
    review: Any = None
    """Called with the real import review dialog (to tick, untick, edit) before it is answered."""
    review_accept: bool = True
    pasted_text: str = ""
    in_use: str = "read_only"
    overwrite_changed: bool = False
    calls: list[tuple[str, Any]] = field(default_factory=list)

    def errors(self) -> list[str]:
        """Texts of the error messages shown."""
        return [arg for name, arg in self.calls if name == "error"]


@pytest.fixture(autouse=True)
def dialog_answers(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, tmp_path):
    """For GUI tests: patch every modal (our dialogs module, QMessageBox, QFileDialog)."""
    answers = DialogAnswers()
    if not {"qtbot", "qapp"} & set(request.fixturenames):
        return answers
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from resume_builder.ui import dialogs

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))

    def record(name: str, value: Any = None):
        def fake(*args: Any, **kwargs: Any):
            answers.calls.append((name, args[2] if len(args) > 2 else args))
            return value() if callable(value) else value

        return fake

    monkeypatch.setattr(dialogs, "show_error", record("error"))
    monkeypatch.setattr(dialogs, "show_about", record("about"))
    monkeypatch.setattr(
        dialogs,
        "ask_save_changes",
        record("save_changes", lambda: dialogs.SaveChoice(answers.save_choice)),
    )
    monkeypatch.setattr(dialogs, "ask_restore", record("restore", lambda: answers.restore))
    monkeypatch.setattr(
        dialogs, "ask_file_in_use", record("in_use", lambda: dialogs.InUseChoice(answers.in_use))
    )
    monkeypatch.setattr(
        dialogs, "ask_overwrite_changed", record("changed", lambda: answers.overwrite_changed)
    )
    monkeypatch.setattr(
        dialogs,
        "get_open_path",
        record("open", lambda: (answers.open_path, answers.open_path is not None)),
    )
    monkeypatch.setattr(
        dialogs,
        "get_save_path",
        record("save_as", lambda: (answers.save_path, answers.save_path is not None)),
    )
    monkeypatch.setattr(
        dialogs.RolePickerDialog,
        "get_role",
        classmethod(lambda cls, *a: (answers.role or "", answers.role is not None)),
    )
    from resume_builder.ui.import_review import ImportReviewDialog
    from resume_builder.ui.importing_ui import PasteTextDialog

    def review_exec(dialog: ImportReviewDialog) -> int:
        answers.calls.append(("review", dialog))
        if answers.review is not None:
            answers.review(dialog)
        if answers.review_accept:
            dialog.start_button.click()
        else:
            dialog.reject()
        return dialog.result()

    monkeypatch.setattr(ImportReviewDialog, "exec", review_exec)
    monkeypatch.setattr(
        PasteTextDialog,
        "get_text",
        classmethod(record("paste", lambda: (answers.pasted_text, bool(answers.pasted_text)))),
    )
    for name in ("information", "warning", "critical", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(record(f"qmessagebox.{name}")))
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: (str(answers.save_path) if answers.save_path else "", "")),
    )
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        staticmethod(lambda *a, **k: (str(answers.open_path) if answers.open_path else "", "")),
    )
    return answers


@pytest.fixture(scope="session")
def rendered_pdf():
    """Resume PDFs rendered once for the session: ``rendered_pdf(theme_id, kind, paper)``."""
    from rendered import RenderedPdfs

    return RenderedPdfs()


@pytest.fixture(scope="session")
def render_service(qapp):
    """One render worker for the GUI tests that need real PDFs (it takes a second to start)."""
    from resume_builder.ui.render_worker import RenderService

    service = RenderService()
    service.start()
    yield service
    service.shutdown()


@pytest.fixture
def make_window(qtbot, render_service, dialog_answers):
    """Build main windows on the shared renderer; closed (discarding changes) after the test."""
    from resume_builder.ui.main_window import MainWindow

    windows = []

    def make(*, show: bool = True, offer_recovery: bool = False) -> MainWindow:
        window = MainWindow(render_service=render_service, offer_recovery=offer_recovery)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        if show:
            window.show()
            qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    dialog_answers.save_choice = "discard"
    for window in windows:
        window.close()
