"""The first window on each platform's default font: the sidebar shows the built-in
category names whole, and the window fits the available screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from followup_desktop.ui.kit import screen
from followup_desktop.ui.shell.main_window import MainWindow

# The default UI fonts: Windows (Segoe UI 9 pt), KDE/Linux (10 pt), GNOME/Ubuntu
# (11 pt), macOS (13 pt), and a large-text setting. The families differ from machine to
# machine; the sizes are what make a name too wide.
POINT_SIZES = (9, 10, 11, 13, 16)
LAPTOP = QRect(0, 0, 1366, 768 - 40)


@pytest.fixture
def big_font(qapp):
    before = QApplication.font()
    yield
    QApplication.setFont(before)


@pytest.mark.parametrize("points", POINT_SIZES)
def test_every_builtin_category_name_is_shown_whole(
    points, big_font, qtbot, qsettings, store, data_dir, monkeypatch
):
    monkeypatch.setattr(screen, "available_geometry", lambda widget=None: LAPTOP)
    font = QFont(QApplication.font())
    font.setPointSize(points)
    QApplication.setFont(font)
    window = MainWindow(data_dir=data_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    tree = window.sidebar.tree
    names = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert "Industry Colleagues" in names and "Personal Contacts" in names
    # Qt's own measure of what column 0 needs (icon, margins, the longest name), against
    # the room it got, and the counts' column likewise.
    assert tree.columnWidth(0) >= tree.sizeHintForColumn(0)
    assert tree.columnWidth(1) >= tree.sizeHintForColumn(1)
    assert tree.viewport().width() >= tree.columnWidth(0) + tree.columnWidth(1)
    # The window fits the available screen with its frame.
    assert window.width() + screen.FRAME_WIDTH <= LAPTOP.width()
    assert window.height() + screen.FRAME_HEIGHT <= LAPTOP.height()
    window.close()


def test_the_sidebar_is_measured_once_at_start_up(qtbot, qsettings, store, data_dir, monkeypatch):
    # Measuring lays out every row's text in the font; the start does it once and both
    # the minimum width and the dock's first width come from it.
    from followup_desktop.ui.categories.sidebar import CategorySidebar

    measure = CategorySidebar.needed_width
    calls = []
    monkeypatch.setattr(
        CategorySidebar, "needed_width", lambda self: calls.append(self) or measure(self)
    )
    window = MainWindow(data_dir=data_dir)
    qtbot.addWidget(window)
    assert len(calls) == 1
    assert window.sidebar.minimumWidth() == measure(window.sidebar)
