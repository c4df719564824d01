"""The first screen: start a new resume for a role, open or import one, try the sample, reopen."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from resume_builder.errors import ResumeFileError
from resume_builder.paths import user_data_dir
from resume_builder.storage import atomic_write_bytes
from resume_builder.ui.icons import set_icon
from resume_builder.ui.theme import set_tone

logger = logging.getLogger(__name__)

RECENT_FILE = "recent.json"
MAX_RECENT = 8


class RecentFiles:
    """The recently opened resume files, newest first, kept in the user data folder."""

    def __init__(self, file: Path | None = None) -> None:
        """Read the list (a missing or broken list is an empty one)."""
        self._file = file if file is not None else user_data_dir() / RECENT_FILE
        try:
            raw = json.loads(self._file.read_text(encoding="utf-8"))
            self._paths = [Path(p) for p in raw if isinstance(p, str)][:MAX_RECENT]
        except (OSError, ValueError, TypeError):
            self._paths = []

    def paths(self) -> list[Path]:
        """Recent files that still exist, newest first."""
        return [p for p in self._paths if p.is_file()]

    def add(self, path: Path) -> None:
        """Put ``path`` first."""
        path = Path(path).resolve()
        self._paths = [path, *[p for p in self._paths if p != path]][:MAX_RECENT]
        self._write()

    def remove(self, path: Path) -> None:
        """Drop ``path`` (it could not be opened)."""
        self._paths = [p for p in self._paths if p != Path(path).resolve()]
        self._write()

    def _write(self) -> None:
        data = json.dumps([str(p) for p in self._paths], indent=1).encode("utf-8")
        try:
            atomic_write_bytes(self._file, data)
        except ResumeFileError as exc:
            logger.warning("recent files not saved: %s", exc)


class StartScreen(QWidget):
    """Big, plain choices; each emits a ``*_requested`` signal for the main window to act on."""

    new_requested = Signal(str)
    open_requested = Signal()
    import_requested = Signal()
    sample_requested = Signal()
    recent_requested = Signal(object)

    def __init__(self, roles: dict[str, str], default_role: str, parent=None) -> None:
        """``roles`` maps role id to title, in the order to offer them."""
        super().__init__(parent)
        title = QLabel(self.tr("Build your resume"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "A step-by-step resume for health information jobs. Everything stays on this "
                "computer, and your work is saved automatically as you go."
            )
        )
        intro.setWordWrap(True)

        new_box = QGroupBox(self.tr("Start a new resume"))
        new_layout = QVBoxLayout(new_box)
        new_layout.addWidget(QLabel(self.tr("Which job is it for?")))
        self.role_combo = QComboBox()
        self.role_combo.setAccessibleName(self.tr("Job you want"))
        self.role_combo.setAccessibleDescription(
            self.tr("The role your resume is for; suggestions follow it")
        )
        for role_id, role_title in roles.items():
            self.role_combo.addItem(role_title, role_id)
        self.role_combo.setCurrentIndex(max(self.role_combo.findData(default_role), 0))
        new_layout.addWidget(self.role_combo)
        self.new_button = QPushButton(self.tr("Start new resume"))
        self.new_button.setDefault(True)
        self.new_button.setMinimumHeight(36)
        new_layout.addWidget(self.new_button)

        other_box = QGroupBox(self.tr("Or"))
        other_layout = QVBoxLayout(other_box)
        self.open_button = QPushButton(self.tr("Open a resume file\u2026"))
        self.import_button = QPushButton(
            self.tr("Import a resume (PDF, Word, text, LinkedIn)\u2026")
        )
        self.sample_button = QPushButton(self.tr("Try the sample resume"))
        for button, icon_name in (
            (self.new_button, "file-plus"),
            (self.open_button, "folder-open"),
            (self.import_button, "file-input"),
            (self.sample_button, "file-text"),
        ):
            set_icon(button, icon_name)
        for button in (self.open_button, self.import_button, self.sample_button):
            button.setMinimumHeight(32)
            other_layout.addWidget(button)

        recent_box = QGroupBox(self.tr("Recent files"))
        recent_layout = QVBoxLayout(recent_box)
        self.recent_list = QListWidget()
        self.recent_list.setAccessibleName(self.tr("Recent resumes"))
        self.recent_list.setAccessibleDescription(self.tr("Activate one to open it"))
        self.recent_list.setFrameShape(QFrame.Shape.NoFrame)
        self.recent_empty = QLabel(self.tr("Files you open or save appear here."))
        set_tone(self.recent_empty, "muted")
        recent_layout.addWidget(self.recent_list)
        recent_layout.addWidget(self.recent_empty)

        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.addWidget(new_box, 0, 0)
        grid.addWidget(other_box, 1, 0)
        grid.addWidget(recent_box, 0, 1, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(16)
        column.addLayout(grid)
        column.addStretch(1)
        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(900)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(32, 40, 32, 32)
        outer.addStretch(1)
        outer.addWidget(holder, 6)
        outer.addStretch(1)

        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.open_button.clicked.connect(self.open_requested)
        self.import_button.clicked.connect(self.import_requested)
        self.sample_button.clicked.connect(self.sample_requested)
        self.recent_list.itemActivated.connect(self._on_recent_list_item_activated)
        self.recent_list.itemClicked.connect(self._on_recent_list_item_activated)

    def set_recent(self, paths: list[Path]) -> None:
        """Show ``paths`` (newest first)."""
        self.recent_list.clear()
        for path in paths:
            item = QListWidgetItem(f"{path.stem}\n{path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.recent_list.addItem(item)
        self.recent_list.setVisible(bool(paths))
        self.recent_empty.setVisible(not paths)

    @Slot()
    def _on_new_button_clicked(self) -> None:
        self.new_requested.emit(self.role_combo.currentData())

    @Slot(QListWidgetItem)
    def _on_recent_list_item_activated(self, item: QListWidgetItem) -> None:
        self.recent_requested.emit(Path(item.data(Qt.ItemDataRole.UserRole)))
