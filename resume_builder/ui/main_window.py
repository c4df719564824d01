"""The main window: step list, the step's form, suggestions and live preview; menus and files.

Pages, panels and the document do the work; this window wires them together in one
``_connect_signals()`` and handles the file life cycle (new, open, save, close, recovery).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar, overload

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenuBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from resume_builder.dataset import Catalogue, load_catalogue
from resume_builder.errors import ResumeFileError, UserError
from resume_builder.logs import record_unexpected
from resume_builder.models import Resume, display_name
from resume_builder.steps import STEPS, Problem, open_problems, progress
from resume_builder.suggestions import Suggestion
from resume_builder.ui import dialogs, i18n, icons, importing_ui, theme
from resume_builder.ui.accessibility import name_inputs
from resume_builder.ui.autosave import Autosave
from resume_builder.ui.background import LatestTask
from resume_builder.ui.core_text import shown
from resume_builder.ui.document import ResumeDocument
from resume_builder.ui.file_lock import ResumeLock
from resume_builder.ui.pages import (
    CertificationsPage,
    DesignStepPage,
    ExperiencePage,
    ReviewPage,
    SkillsPage,
    StepPage,
    SummaryPage,
    TargetRolePage,
    page_class,
)
from resume_builder.ui.pages.fields import UndoKeyFilter
from resume_builder.ui.pages.step_list import StepList
from resume_builder.ui.preview import PreviewPane
from resume_builder.ui.render_worker import RenderService
from resume_builder.ui.side_panel import SidePanel
from resume_builder.ui.spell_check import SpellChecker
from resume_builder.ui.start_screen import RecentFiles, StartScreen
from resume_builder.ui.view_menu import ViewControls

if TYPE_CHECKING:
    from resume_builder.coaching.findings import Finding
    from resume_builder.ui.design_page import DesignPage
    from resume_builder.ui.exporting_ui import ExportJob, PrintJob

logger = logging.getLogger(__name__)

APP_TITLE = "Resume Builder"
COACH_DELAY_MS = 600
"""Pause in typing before the Coach's checks run for the step list and Review."""
_P = TypeVar("_P", bound=StepPage)


class MainWindow(QMainWindow):
    """The app's one window. ``first_shown`` fires once, when the window is first on screen."""

    first_shown = Signal()

    # File menu actions, made from a table in _build_actions (the last two by importing_ui)
    new_action: QAction
    open_action: QAction
    import_action: QAction
    import_text_action: QAction
    save_action: QAction
    save_as_action: QAction
    export_action: QAction
    export_other_action: QAction
    embed_data_action: QAction
    print_action: QAction
    quit_action: QAction

    def __init__(
        self,
        catalogue: Catalogue | None = None,
        render_service: RenderService | None = None,
        *,
        offer_recovery: bool = True,
    ) -> None:
        """Build the window on the start screen; recovery is offered once the window shows."""
        super().__init__()
        self._catalogue = catalogue or load_catalogue()
        self._owns_service = render_service is None
        self._service = render_service or RenderService(self)
        self._document = ResumeDocument(self)
        self._autosave = Autosave(self._document, parent=self)
        self._file_lock: ResumeLock | None = None
        self._read_only = False
        self._recent = RecentFiles()
        self._offer_recovery = offer_recovery
        self._was_shown = False
        self.export_job: ExportJob | None = None
        self.import_job: importing_ui.ImportJob | None = None
        self.print_job: PrintJob | None = None
        self._findings: list[Finding] = []
        self._coach_timer = QTimer(self, singleShot=True, interval=COACH_DELAY_MS)
        self._coach_task = LatestTask(self)
        self.setWindowTitle(f"{APP_TITLE}[*]")
        self.resize(1280, 800)
        self.warning_label = QLabel()
        theme.set_tone(self.warning_label, "error")
        self.statusBar().addPermanentWidget(self.warning_label)
        self._build_ui()
        self._build_actions()
        self._connect_document()
        self._connect_signals()
        importing_ui.install(self)
        icons.set_action_icons(self)
        self._undo_keys = UndoKeyFilter(self)
        if (app := QApplication.instance()) is not None:  # always: a window needs an app
            app.installEventFilter(self._undo_keys)
        self.spelling = SpellChecker(self._document, self._catalogue, self)
        self.spelling.changed.connect(self._coach_timer.start)  # a word added: the Coach agrees
        self._show_start()

    # -- building -----------------------------------------------------------------------------

    def _build_ui(self) -> None:
        roles = self._catalogue.role_titles(i18n.current())
        self.start_screen = StartScreen(roles, self._catalogue.default_role)
        self.steps = StepList()
        doc = self._document
        self._pages: dict[str, StepPage] = {}
        """Pages built so far: a page is built when first needed (most are not at start-up)."""
        self.page_stack = QStackedWidget()
        for _step in STEPS:
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            self.page_stack.addWidget(scroll)
        self.review_page = self.page("review", ReviewPage)  # counts problems on every change
        self.back_button = QPushButton(self.tr("\u2190 Back"))
        self.next_button = QPushButton(self.tr("Next \u2192"))
        self.step_label = QLabel()
        self.step_label.setWordWrap(False)  # its two lines stay whole
        self.step_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        nav = QHBoxLayout()
        nav.setContentsMargins(14, 6, 14, 10)  # in line with the page's own margins
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.step_label)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        form_column = QWidget()
        column = QVBoxLayout(form_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.page_stack, 1)
        column.addLayout(nav)

        self.side_panel = SidePanel(doc, self._catalogue, render_service=self._service)
        self.suggestions = self.side_panel.suggestions
        self.preview = PreviewPane(self._service)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        for widget in (self.steps, form_column, self.side_panel, self.preview):
            self.splitter.addWidget(widget)
        self.view = ViewControls(
            self,
            self.splitter,
            {
                "steps": self.steps,
                "form": form_column,
                "side_panel": self.side_panel,
                "preview": self.preview,
            },
            self.preview,
        )
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setStretchFactor(3, 3)

        self.root = QStackedWidget()
        self.root.addWidget(self.start_screen)
        self.root.addWidget(self.splitter)
        self.setCentralWidget(self.root)
        name_inputs(self)

    def _build_actions(self) -> None:
        key = QKeySequence.StandardKey
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_actions: list[tuple[str, str, list[QKeySequence.StandardKey | str]]] = [
            ("new_action", self.tr("&New\u2026"), [key.New]),
            ("open_action", self.tr("&Open\u2026"), [key.Open]),
            ("import_action", self.tr("&Import a Resume (PDF, Word, Text, LinkedIn)\u2026"), []),
            ("recent", "", []),
            ("save_action", self.tr("&Save"), [key.Save]),
            ("save_as_action", self.tr("Save &As\u2026"), [key.SaveAs]),
            ("", "", []),
            ("export_action", self.tr("&Export PDF\u2026"), ["Ctrl+E"]),
            (
                "export_other_action",
                self.tr("Export as &Word, Text or JSON\u2026"),
                ["Ctrl+Shift+E"],
            ),
            ("print_action", self.tr("&Print\u2026"), ["Ctrl+P"]),
            ("", "", []),
            ("quit_action", self.tr("&Quit"), ["Ctrl+Q"]),
        ]
        for attr, text, keys in file_actions:
            if attr == "recent":
                self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
                file_menu.addSeparator()
            elif not attr:
                file_menu.addSeparator()
            else:
                action = QAction(text, self)
                action.setShortcuts([QKeySequence(k) for k in keys])
                file_menu.addAction(action)
                setattr(self, attr, action)
        stack = self._document.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        for attr, text, standard, method in (
            ("cut_action", self.tr("Cu&t"), key.Cut, "cut"),
            ("copy_action", self.tr("&Copy"), key.Copy, "copy"),
            ("paste_action", self.tr("&Paste"), key.Paste, "paste"),
            ("select_all_action", self.tr("Select &All"), key.SelectAll, "selectAll"),
        ):
            action = edit_menu.addAction(text)
            action.setShortcuts(QKeySequence.keyBindings(standard))
            action.triggered.connect(lambda _=False, m=method: self._edit_focused(m))
            setattr(self, attr, action)
        self.menuBar().addMenu(self.view.menu)
        self.about_action = self.menuBar().addMenu(self.tr("&Help")).addAction(self.tr("&About"))
        self._refresh_recent_menu()

    def _connect_document(self) -> None:
        """Connect what outlives the widgets (the document, autosave, the Coach's timer)."""
        doc = self._document
        doc.resume_changed.connect(self._on_document_resume_changed)
        doc.dirty_changed.connect(self._on_document_dirty_changed)
        doc.path_changed.connect(self._on_document_path_changed)
        self._autosave.failed.connect(self._on_autosave_failed)
        self._autosave.saved.connect(self._on_autosave_saved)
        self._coach_timer.timeout.connect(self._on_coach_timer_timeout)
        self._coach_task.finished.connect(self._on_coach_task_finished)

    def _connect_signals(self) -> None:
        self.new_action.triggered.connect(self._on_new_triggered)
        self.open_action.triggered.connect(self._on_open_triggered)
        self.import_action.triggered.connect(self._on_import_triggered)
        self.save_action.triggered.connect(self.save)
        self.save_as_action.triggered.connect(self.save_as)
        self.export_action.triggered.connect(self._on_export_triggered)
        self.export_other_action.triggered.connect(self._on_export_other_triggered)
        self.print_action.triggered.connect(self._on_print_triggered)
        self.quit_action.triggered.connect(self.close)
        self.about_action.triggered.connect(self._on_about_triggered)
        self.steps.currentRowChanged.connect(self._on_steps_current_row_changed)
        self.back_button.clicked.connect(self._on_back_button_clicked)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        self.side_panel.suggestion_chosen.connect(self._on_suggestions_suggestion_chosen)
        self.side_panel.field_requested.connect(self.go_to_field)
        self.side_panel.version_switched.connect(self._on_side_panel_version_switched)
        self.side_panel.letter_shown.connect(self.preview.show_letter)
        self.preview.rendered.connect(self._on_preview_rendered)
        self.review_page.export_requested.connect(self._on_export_triggered)
        self.review_page.print_requested.connect(self._on_print_triggered)
        self.review_page.field_requested.connect(self.go_to_field)
        self.start_screen.new_requested.connect(self._on_start_screen_new_requested)
        self.start_screen.open_requested.connect(self._on_open_triggered)
        self.start_screen.import_requested.connect(self._on_import_triggered)
        self.start_screen.sample_requested.connect(self._on_start_screen_sample_requested)
        self.start_screen.recent_requested.connect(self.open_file)
        self.view.step_offset_requested.connect(self._on_view_step_offset_requested)
        self.view.theme_changed.connect(self._on_view_theme_changed)
        self.view.language_chosen.connect(self._on_view_language_chosen)

    # -- public -------------------------------------------------------------------------------

    @property
    def document(self) -> ResumeDocument:
        """The open resume."""
        return self._document

    @property
    def autosave(self) -> Autosave:
        """The autosaver (tests flush it)."""
        return self._autosave

    @property
    def render_service(self) -> RenderService:
        """The render worker shared by preview, design and export."""
        return self._service

    def step_ids(self) -> list[str]:
        """Step ids in order."""
        return [s.id for s in STEPS]

    def current_step(self) -> str:
        """The id of the step on screen."""
        return STEPS[max(self.steps.currentRow(), 0)].id

    @overload
    def page(self, step_id: str) -> StepPage: ...
    @overload
    def page(self, step_id: str, cls: type[_P]) -> _P: ...
    def page(self, step_id: str, cls: type[StepPage] = StepPage) -> StepPage:
        """The page of step ``step_id`` (checked to be a ``cls``), built on first use."""
        page = self._pages.get(step_id)
        if page is None:
            page = self._build_page(step_id)
        assert isinstance(page, cls)
        return page

    @property
    def pages(self) -> list[StepPage]:
        """Every step's page, in step order (builds those not built yet)."""
        return [self.page(step_id) for step_id in self.step_ids()]

    @property
    def design_page(self) -> DesignPage:
        """The template gallery and options, shown by the Design step (built on first use)."""
        return self.page("design", DesignStepPage).design

    @property
    def role_page(self) -> TargetRolePage:
        """The Target role step."""
        return self.page("role", TargetRolePage)

    @property
    def summary_page(self) -> SummaryPage:
        """The Summary step."""
        return self.page("summary", SummaryPage)

    @property
    def experience_page(self) -> ExperiencePage:
        """The Experience step."""
        return self.page("experience", ExperiencePage)

    @property
    def certifications_page(self) -> CertificationsPage:
        """The Certifications step."""
        return self.page("certifications", CertificationsPage)

    @property
    def skills_page(self) -> SkillsPage:
        """The Skills step."""
        return self.page("skills", SkillsPage)

    @property
    def problems(self) -> list[Problem]:
        """Everything still to do (the steps' rules and the Coach's errors and warnings)."""
        return open_problems(self._document.resume, self._findings)

    @Slot(str, str)
    def go_to_field(self, step_id: str, path: str) -> None:
        """Show step ``step_id`` and put the focus on the field at JSON ``path``."""
        self.go_to_step(step_id)
        self.page(step_id).focus_path(path)

    @Slot(str)
    def go_to_step(self, step_id: str) -> None:
        """Show step ``step_id`` (and the editor, if the start screen is up)."""
        self._show_editor()
        self.steps.setCurrentRow(self.step_ids().index(step_id))

    def new_resume(self, role_id: str) -> bool:
        """Start an empty resume for ``role_id``, after asking about unsaved changes."""
        if not self.maybe_save():
            return False
        role = self._catalogue.role(role_id)
        self._document.new(role_id, role.title)
        self._show_editor(first_step="contact")
        return True

    def open_file(self, path: Path | str, *, imported: bool = False) -> bool:
        """Open (or import, keeping no path so Save asks where) a resume; errors shown plainly.

        A file another instance is editing is offered read-only or as a copy (one writer per file).
        A PDF is imported (ours carry the resume itself) and reviewed first; it is read in the
        background (``import_job``), and True means the reading started.
        """
        if Path(path).suffix.lower() == ".pdf":
            importing_ui.open_pdf(self, Path(path))
            return True
        if not self.maybe_save():
            return False
        lock, read_only = None, False
        if not imported:
            lock = self._lock_for(Path(path))
            if lock is None:
                choice = dialogs.ask_file_in_use(self, Path(path).name)
                if choice is dialogs.InUseChoice.CANCEL:
                    return False
                imported = choice is dialogs.InUseChoice.COPY
                read_only = choice is dialogs.InUseChoice.READ_ONLY
        try:
            self._document.load(path)
        except Exception as exc:  # noqa: BLE001 - the error boundary of File > Open
            if lock is not None and lock is not self._file_lock:
                lock.release()
            if isinstance(exc, ResumeFileError):
                self._recent.remove(Path(path))
                self._refresh_recent_menu()
                message = exc.in_language(i18n.current())
            else:
                message = record_unexpected(exc, f"open {Path(path).name}")
            dialogs.show_error(self, self.tr("Could not open the resume"), message)
            return False
        self._hold_lock(lock)
        self._read_only = read_only
        self._update_title()
        if imported:
            self._document.set_resume(self._document.resume, None, dirty=True)
        else:
            self._add_recent(Path(path))
        resume_at = None if imported else self.view.last_step(Path(path))
        self._show_editor(first_step="contact" if imported else resume_at)
        return True

    def open_imported(self, resume: Resume) -> bool:
        """Edit an imported resume as a new, unsaved document (Save asks where)."""
        if not self.maybe_save():
            return False
        self._document.set_resume(resume, None, dirty=True)
        self._show_editor(first_step="contact")
        return True

    def is_editing(self) -> bool:
        """Whether a resume is open in the editor (not the start screen)."""
        return self.root.currentWidget() is self.splitter

    def save(self) -> bool:
        """Save to the current file, or ask where (Save As) if there is none or it is read-only."""
        if self._document.path is None or self._read_only:
            return self.save_as()
        return self._save_to(self._document.path)

    def save_as(self) -> bool:
        """Ask where to save, then save there."""
        name = display_name(self._document.resume.basics) or "resume"
        folder = self._document.path.parent if self._document.path else Path.home()
        path, accepted = dialogs.get_save_path(
            self, self.tr("Save resume"), folder / f"{name.split(',')[0].strip() or 'resume'}.json"
        )
        return self._save_to(path) if accepted and path else False

    def maybe_save(self) -> bool:
        """Ask Save / Discard / Cancel when there are unsaved changes; False means stop."""
        if not self._document.is_dirty:
            return True
        name = self._document.path.name if self._document.path else self.tr("Untitled resume")
        choice = dialogs.ask_save_changes(self, name)
        if choice is dialogs.SaveChoice.SAVE:
            return self.save()
        if choice is dialogs.SaveChoice.DISCARD:
            self._autosave.discard()
            return True
        return False

    def set_language(self, choice: str) -> None:
        """Show the app in ``choice`` ("system", "en" or "es") from now on, and remember it.

        The widgets are built again in the new language around the same document, so the
        unsaved edits, the undo history, the open file (and its lock), the autosave and the step
        on screen all stay; only what the widgets alone held (a pasted job posting, scroll
        positions) starts afresh.
        """
        i18n.save_choice(choice)
        i18n.install(choice)
        editing, row = self.is_editing(), self.steps.currentRow()
        self.view.save()
        old_widgets: list[QObject | None] = [self.takeCentralWidget(), self.view, self.view.menu]
        old_widgets += [a for a in self.findChildren(QAction) if a.parent() is self]
        self.setMenuBar(QMenuBar())  # Qt deletes the old menu bar
        for obj in old_widgets:
            if obj is not None:
                obj.deleteLater()
        self._build_ui()
        self._build_actions()
        self._connect_signals()
        importing_ui.install(self)
        self.view.restore()
        if editing:
            self._show_editor(first_step=STEPS[max(row, 0)].id)
        else:
            self._show_start()
        self._update_steps()
        self._update_title()

    def export_pdf(self, path: Path | str | None = None):
        """Export the PDF (asks where unless ``path``); returns the running job or None.

        While the resume holds text that looks like patient information, the user is warned first.
        """
        from resume_builder.ui import coaching_panel  # the coaching code loads on first use

        findings = coaching_panel.privacy_findings(self._document.resume)
        export, _accepted = coaching_panel.confirm_export_with_phi(self, findings)
        if not export:
            return None
        from resume_builder.ui.exporting_ui import export_pdf_with_feedback  # printing: late

        self.export_job = export_pdf_with_feedback(self, self._document, self._service, path)
        if self.export_job is not None:
            self.export_job.finished.connect(self._on_export_job_finished)
        return self.export_job

    # -- internals ----------------------------------------------------------------------------

    def _build_page(self, step_id: str) -> StepPage:
        """Build the page of ``step_id`` into its place in the page stack.

        Why on first use: building all eleven pages took a third of the start-up; a page reads
        the open resume when it is built and follows the document from then on.
        """
        page: StepPage
        if step_id == "role":
            page = TargetRolePage(self._document, self._catalogue)
        elif step_id == "design":
            from resume_builder.ui.design_page import DesignPage

            # Built straight into its page: a widget without a parent belongs to Python, whose
            # garbage collector may then delete it on another thread (a crash).
            page = DesignStepPage(self._document, DesignPage(self._document, self._service))
        else:
            page = page_class(step_id)(self._document)
        self._pages[step_id] = page
        scroll = self.page_stack.widget(self.step_ids().index(step_id))
        assert isinstance(scroll, QScrollArea)
        scroll.setWidget(page)
        name_inputs(page)
        return page

    @property
    def read_only(self) -> bool:
        """Whether the open file belongs to another instance (Save asks for a new name)."""
        return self._read_only

    def _lock_for(self, path: Path) -> ResumeLock | None:
        """The lock on ``path`` (held already, or taken now); None if another instance has it."""
        if self._file_lock is not None and self._file_lock.same_file(path):
            return self._file_lock
        lock = ResumeLock(path)
        return lock if lock.acquire() else None

    def _hold_lock(self, lock: ResumeLock | None) -> None:
        """Keep ``lock`` as the open file's, releasing the previous file's."""
        if self._file_lock is not None and self._file_lock is not lock:
            self._file_lock.release()
        self._file_lock = lock

    def _save_to(self, path: Path) -> bool:
        lock = self._lock_for(path)
        if lock is None:
            dialogs.show_error(
                self,
                self.tr("Could not save the resume"),
                self.tr("{name} is open in another Resume Builder window.").format(name=path.name),
                self.tr(
                    "Save under another name, or close it there first. Your work is still here."
                ),
            )
            return False
        same_file = self._document.path is not None and lock is self._file_lock
        if same_file and self._document.changed_on_disk():
            if not dialogs.ask_overwrite_changed(self, path.name):
                return self.save_as()
        try:
            self._document.save(path)
        except Exception as exc:  # noqa: BLE001 - the error boundary of File > Save
            if lock is not self._file_lock:
                lock.release()
            message = str(exc) if isinstance(exc, UserError) else record_unexpected(exc, "save")
            dialogs.show_error(
                self,
                self.tr("Could not save the resume"),
                message,
                self.tr("Your work is still here, unsaved."),
            )
            return False
        self._hold_lock(lock)
        self._read_only = False
        self._update_title()
        self._add_recent(path)
        self.statusBar().showMessage(self.tr("Saved {name}").format(name=path.name), 4000)
        return True

    def _add_recent(self, path: Path) -> None:
        self._recent.add(path)
        self._refresh_recent_menu()

    def _refresh_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = self._recent.paths()
        for path in paths:
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_file(p))
        self.recent_menu.setEnabled(bool(paths))
        self.start_screen.set_recent(paths)

    def _set_editing(self, editing: bool) -> None:
        self.root.setCurrentWidget(self.splitter if editing else self.start_screen)
        for action in (
            self.save_action,
            self.save_as_action,
            self.export_action,
            self.export_other_action,
            self.print_action,
        ):
            action.setEnabled(editing)

    def _show_start(self) -> None:
        self._set_editing(False)

    def _show_editor(self, first_step: str | None = None) -> None:
        was_editing = self.root.currentWidget() is self.splitter
        self._set_editing(True)
        self._autosave.start()
        if first_step is not None or self.steps.currentRow() < 0:
            self.steps.setCurrentRow(self.step_ids().index(first_step or "role"))
        if not was_editing:  # edits render by themselves; a step change needs no new PDF
            self.preview.render_now(self._document.resume)
            self._coach_timer.start()

    def _update_steps(self) -> None:
        resume = self._document.resume
        problems = self.problems
        self.steps.update_status(resume, problems)
        self.review_page.set_problems(problems)
        done, counted = progress(resume, problems)
        text = self.tr("Step {step} of {steps}\n{done} of {counted} done").format(
            step=self.steps.currentRow() + 1, steps=len(STEPS), done=done, counted=counted
        )
        self.step_label.setText(text)

    @Slot()
    def _on_coach_timer_timeout(self) -> None:
        """Run the Coach's checks (off the UI thread), so the step list and Review count them."""
        from resume_builder.coaching import lint_once, without_ignored  # not on the path

        if not self.isVisible():  # closed (or never shown): nobody to tell
            return
        resume, catalogue, lang = self._document.resume, self._catalogue, i18n.current()
        self._coach_task.start(
            lambda: without_ignored(
                lint_once(resume, catalogue, lang), resume.settings.ignored_findings
            )
        )

    @Slot(object)
    def _on_coach_task_finished(self, findings: list[Finding]) -> None:
        if self.isVisible():
            self._findings = findings
            self._update_steps()

    def _update_title(self) -> None:
        path = self._document.path
        name = (
            path.name if path else display_name(self._document.resume.basics) or self.tr("Untitled")
        )
        version = self._document.resume.settings.active_version
        if self._document.resume.settings.versions or version != "Main":
            name += self.tr(" \u2014 version \u201c{version}\u201d").format(version=version)
        read_only = self.tr(" (read-only)") if self._read_only else ""
        self.setWindowTitle(f"{name}{read_only}[*] \u2014 {APP_TITLE}")
        self.setWindowModified(self._document.is_dirty)

    def _offer_restore(self) -> None:
        recovered = self._autosave.find_recoverable()
        if recovered is None:
            return
        if dialogs.ask_restore(self, recovered.describe()):
            self._document.set_resume(recovered.resume, recovered.path, dirty=True)
            self._show_editor(first_step="review")
            self._autosave.write_now()  # now this instance's own autosave holds the work
        self._autosave.forget(recovered)

    # -- Qt events ----------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 - Qt virtual
        """Announce the first show, then offer recovery once the window is up."""
        super().showEvent(event)
        if not self._was_shown:
            self._was_shown = True
            self.view.restore()  # the last session's size and layout win over the defaults
            self.first_shown.emit()
            if self._offer_recovery:
                QTimer.singleShot(0, self._offer_restore)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt virtual
        """Ask about unsaved changes; Cancel keeps the window open."""
        if not self.maybe_save():
            event.ignore()
            return
        self._autosave.stop()
        self._coach_timer.stop()  # a closed window checks nothing more
        self.view.save()
        self._hold_lock(None)
        if (app := QApplication.instance()) is not None:
            app.removeEventFilter(self._undo_keys)
        if self._owns_service:
            self._service.shutdown()
        event.accept()

    # -- slots --------------------------------------------------------------------------------

    @Slot()
    def _on_document_resume_changed(self) -> None:
        resume = self._document.resume
        self._update_steps()
        self._update_title()
        self.suggestions.set_resume(resume)
        if self.root.currentWidget() is self.splitter:
            self.preview.schedule_render(resume)
            self._coach_timer.start()

    @Slot(bool)
    def _on_document_dirty_changed(self, _dirty: bool) -> None:
        self._update_title()

    @Slot(object)
    def _on_document_path_changed(self, path: Path | None) -> None:
        if path is None:  # a new, imported or sample resume: no file to hold
            self._hold_lock(None)
            self._read_only = False
        self._update_title()

    @Slot(int)
    def _on_steps_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        step = STEPS[row]
        self.page(step.id)  # built before it shows
        self.page_stack.setCurrentIndex(row)
        self.side_panel.set_step(step, self._document.resume)
        self.view.set_side_panel_needed(bool(step.side_tab))  # the design gallery needs room
        self.view.remember_step(self._document.path, step.id)
        self._check_what_ats_reads()
        self.back_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < len(STEPS) - 1)
        if row + 1 < len(STEPS):
            title = shown(STEPS[row + 1].title).replace("&", "&&")
            self.next_button.setText(self.tr("Next: {step} \u2192").format(step=title))
        else:
            self.next_button.setText(self.tr("Next \u2192"))
        self._update_steps()

    def _check_what_ats_reads(self) -> None:
        """On the Review step, read the shown PDF as an applicant tracking system would."""
        row = self.steps.currentRow()
        if row >= 0 and STEPS[row].id == "review" and self.preview.pdf_bytes:
            self.review_page.show_ats_check(self.preview.pdf_bytes)

    @Slot(float)
    def _on_preview_rendered(self, _ms: float) -> None:
        self._check_what_ats_reads()

    @Slot(str)
    def _on_side_panel_version_switched(self, name: str) -> None:
        self.statusBar().showMessage(
            self.tr("Now editing the version \u201c{name}\u201d").format(name=name), 4000
        )

    @Slot()
    def _on_export_other_triggered(self) -> None:
        from resume_builder.output.other_formats import OTHER_FORMATS, export_other_format
        from resume_builder.ui.exporting_ui import suggested_file_name

        resume = self._document.resume
        suggested = self._folder() / suggested_file_name(resume, "")
        path, accepted = dialogs.get_export_path(self, suggested, OTHER_FORMATS)
        if not accepted or path is None:
            return
        try:
            export_other_format(resume, path, path.suffix.lower().lstrip("."))
        except Exception as exc:  # noqa: BLE001 - the error boundary of File > Export
            message = str(exc) if isinstance(exc, UserError) else record_unexpected(exc, "export")
            dialogs.show_error(self, self.tr("Export"), message)
            return
        self.statusBar().showMessage(self.tr("Exported {name}").format(name=path.name), 5000)

    def _edit_focused(self, method: str) -> None:
        """Edit menu: cut, copy, paste or select all in the text field that has the focus."""
        widget = QApplication.focusWidget()
        if hasattr(widget, method):
            getattr(widget, method)()

    @Slot(int)
    def _on_view_step_offset_requested(self, offset: int) -> None:
        if self.root.currentWidget() is self.splitter:
            row = self.steps.currentRow() + offset
            self.steps.setCurrentRow(max(0, min(row, len(STEPS) - 1)))

    @Slot(str)
    def _on_view_theme_changed(self, _scheme: str) -> None:
        self.suggestions.refresh_now()  # lists draw some rows in the scheme's own colours
        self.side_panel.redraw()

    @Slot(str)
    def _on_view_language_chosen(self, choice: str) -> None:
        # Later: the menu item that asked is among the widgets the switch deletes.
        QTimer.singleShot(0, lambda: self.set_language(choice))

    @Slot()
    def _on_back_button_clicked(self) -> None:
        self.steps.setCurrentRow(max(self.steps.currentRow() - 1, 0))

    @Slot()
    def _on_next_button_clicked(self) -> None:
        self.steps.setCurrentRow(min(self.steps.currentRow() + 1, len(STEPS) - 1))

    @Slot(object)
    def _on_suggestions_suggestion_chosen(self, suggestion: Suggestion) -> None:
        self.page(self.current_step()).add_suggestion(suggestion)
        self.statusBar().showMessage(
            self.tr("Added: {text}").format(text=suggestion.text[:60]), 3000
        )

    @Slot()
    def _on_new_triggered(self) -> None:
        roles = self._catalogue.role_titles(i18n.current())
        current = self._document.resume.settings.target_role or self._catalogue.default_role
        role_id, accepted = dialogs.RolePickerDialog.get_role(self, roles, current)
        if accepted:
            self.new_resume(role_id)

    @Slot(str)
    def _on_start_screen_new_requested(self, role_id: str) -> None:
        self.new_resume(role_id)

    @Slot()
    def _on_start_screen_sample_requested(self) -> None:
        from resume_builder.sample import sample_resume

        if self.maybe_save():
            self._document.set_resume(sample_resume())
            self._show_editor(first_step="role")

    @Slot()
    def _on_open_triggered(self) -> None:
        path, accepted = dialogs.get_open_path(self, self.tr("Open resume"), self._folder())
        if accepted and path:
            self.open_file(path)

    @Slot()
    def _on_import_triggered(self) -> None:
        importing_ui.import_resume(self)

    def _folder(self) -> Path:
        return self._document.path.parent if self._document.path else Path.home()

    @Slot()
    def _on_export_triggered(self) -> None:
        self.export_pdf()

    @Slot(object)
    def _on_export_job_finished(self, path: Path) -> None:
        self.review_page.set_last_export(self.tr("Last PDF: {path}").format(path=path))
        self.statusBar().showMessage(self.tr("Exported {name}").format(name=path.name), 5000)

    @Slot()
    def _on_print_triggered(self) -> None:
        from resume_builder.ui.exporting_ui import print_resume

        self.print_job = print_resume(self, self._document, self._service)

    @Slot()
    def _on_about_triggered(self) -> None:
        dialogs.show_about(self, APP_TITLE, self._catalogue.credits)

    @Slot(str)
    def _on_autosave_failed(self, message: str) -> None:
        self.warning_label.setText(message)

    @Slot(object)
    def _on_autosave_saved(self, _path: Path) -> None:
        self.warning_label.clear()
        self.statusBar().showMessage(self.tr("Changes kept safe (autosaved)"), 2000)
