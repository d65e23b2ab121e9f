"""Sizing windows to the screen they open on: one rule for every dialog and the preview.

Many users work on 1366×768 or 1280×720 laptops. A dialog asks for the size it would
like (``fit_to_screen(dialog, 980, 680)``); it gets that, or as much of the screen's
available area (without task bar or dock) as there is, less room for the window's
title bar and borders, which are not known before the window is first shown.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

# A title bar and borders, which Qt only knows once the window manager has framed the
# window; generous enough for Windows 11 at 100 %, GNOME and KDE.
FRAME_WIDTH = 16
FRAME_HEIGHT = 40


def available_geometry(widget: QWidget | None = None) -> QRect:
    """The available area (no task bar or dock) of the screen the widget is on, or of
    its parent window's screen, or the primary screen."""
    screen = None
    if widget is not None:
        parent = widget.parentWidget()
        window = parent.window() if parent is not None else widget.window()
        screen = window.screen() if window is not None else None
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 720)


def room_for_window(widget: QWidget | None = None) -> tuple[int, int]:
    """The largest content size a top-level window can have and still show its frame."""
    area = available_geometry(widget)
    return area.width() - FRAME_WIDTH, area.height() - FRAME_HEIGHT


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize a top-level widget to width×height, or to the room the screen has."""
    room_w, room_h = room_for_window(widget)
    widget.resize(max(1, min(width, room_w)), max(1, min(height, room_h)))


def fit_size_hint(widget: QWidget, min_width: int = 0) -> None:
    """Resize to the widget's own size hint (at least min_width wide), within the room."""
    hint = widget.sizeHint()
    fit_to_screen(widget, max(hint.width(), min_width), hint.height())


class ScrollingBody(QScrollArea):
    """A dialog's body that is shown whole when the screen has room and scrolls when it
    has not (a long list of open steps on a 720-pixel screen), so the buttons below it
    always stay on screen. Its size hint is the body's own; its minimum is small."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = QWidget(self)
        self.setWidget(self.body)

    def sizeHint(self) -> QSize:
        hint = self.body.sizeHint()
        extra = self.verticalScrollBar().sizeHint().width()
        return QSize(hint.width() + extra, hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.body.minimumSizeHint().width(), 120)
