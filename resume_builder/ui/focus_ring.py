"""A clear focus ring on whichever control has the keyboard focus, in light and dark.

Fusion marks focus faintly (a 1 px tint on text boxes, little on buttons and lists). One ring per
application follows the focus instead: a 2 px outline along the inside edge of the control, in
the scheme's focus colour (at least 3:1 against the window, WCAG's bar for focus indicators).
The ring is a small child widget masked to its outline, laid over the focused control, so no
style sheet is needed (painting stays as fast as before) and no neighbour or scroll area can
hide it.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, Qt, Slot
from PySide6.QtGui import QPainter, QPaintEvent, QRegion
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from resume_builder.ui import theme

RING_WIDTH = 2
"""Pixels of outline."""


class FocusRing(QWidget):
    """The outline, laid over :attr:`target` (the control with the focus)."""

    def __init__(self) -> None:
        """A hidden ring; :meth:`follow` puts it on a control."""
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName("")
        self.target: QWidget | None = None

    def follow(self, widget: QWidget | None) -> None:
        """Ring ``widget`` (or nothing, for ``None``)."""
        if self.target is not None and shiboken6.isValid(self.target):
            self.target.removeEventFilter(self)
        self.target = widget
        if widget is None:
            self.hide()
            return
        self.setParent(widget)
        widget.installEventFilter(self)
        self._fit()
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt virtual
        """Keep the ring the size of its control, and on top of the control's own children."""
        if watched is self.target and event.type() in (QEvent.Type.Resize, QEvent.Type.ChildAdded):
            self._fit()
            self.raise_()
        return False

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt virtual
        """Draw the outline in the scheme's focus colour."""
        painter = QPainter(self)
        painter.fillRect(self.rect(), theme.colour("focus"))

    def _fit(self) -> None:
        if self.target is None:
            return
        rect = self.target.rect()
        self.setGeometry(rect)
        inner = rect.adjusted(RING_WIDTH, RING_WIDTH, -RING_WIDTH, -RING_WIDTH)
        self.setMask(QRegion(QRect(rect)).subtracted(QRegion(inner)))


class _Follower(QObject):
    """Moves the application's one ring to each newly focused control."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._ring: FocusRing | None = None
        app.focusChanged.connect(self._on_focus_changed)

    @property
    def ring(self) -> FocusRing:
        """The ring (made again if the control it was on has been deleted, and it with it)."""
        if self._ring is None or not shiboken6.isValid(self._ring):
            self._ring = FocusRing()
        return self._ring

    @Slot(QWidget, QWidget)
    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        ringed = new is not None and not new.isWindow() and not isinstance(new, QScrollArea)
        self.ring.follow(new if ringed else None)  # a page's scroller would ring the whole page


def install(app: QApplication) -> None:
    """Give the application its focus ring (once; later calls change nothing)."""
    if app.findChild(_Follower) is None:
        _Follower(app)


def ring() -> FocusRing | None:
    """The application's focus ring, if :func:`install` has run."""
    app = QApplication.instance()
    follower = app.findChild(_Follower) if app is not None else None
    return follower.ring if follower is not None else None
