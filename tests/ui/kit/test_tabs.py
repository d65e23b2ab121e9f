"""SteadyTabWidget: a page that relayouts repaints itself, not the whole window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from followup_desktop.ui.kit.tabs import SteadyTabWidget


class Paints(QObject):
    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def _window(qtbot):
    window = QWidget()
    tabs = SteadyTabWidget(window)
    QVBoxLayout(window).addWidget(tabs)
    page = QWidget()
    row = QHBoxLayout(page)
    field, label = QLineEdit(page), QLabel("12 matches", page)
    row.addWidget(field, 1)
    row.addWidget(label)
    tabs.addTab(page, "&Contacts")
    tabs.addTab(QWidget(), "&Agenda")
    qtbot.addWidget(window)
    window.resize(700, 400)
    window.show()
    qtbot.waitExposed(window)
    return window, tabs, page, field, label


def _settle(qtbot, qapp) -> None:
    for _ in range(5):  # a LayoutRequest climbs one parent per turn of the event loop
        qapp.processEvents()


def test_a_page_relayouting_leaves_the_tab_bar_alone(qtbot, qapp):
    window, tabs, page, field, label = _window(qtbot)
    _settle(qtbot, qapp)
    bar = Paints(tabs.tabBar())
    width = field.width()

    label.setText("12,345 matches in every category")

    qtbot.waitUntil(lambda: field.width() < width)  # the page made room for the label
    _settle(qtbot, qapp)
    assert label.width() >= label.sizeHint().width()
    assert bar.count == 0  # the tabs were not painted again


def test_the_window_still_follows_a_page_and_the_tab_titles(qtbot, qapp):
    window, tabs, page, field, label = _window(qtbot)
    _settle(qtbot, qapp)

    page.setMinimumWidth(900)  # a page that needs more room: the window grows
    qtbot.waitUntil(lambda: window.width() >= 900)
    qtbot.waitUntil(lambda: tabs.currentWidget().width() >= 900)

    bar_width = tabs.tabBar().sizeHint().width()
    tabs.setTabText(1, "A much longer title for the second tab")
    qtbot.waitUntil(lambda: tabs.tabBar().width() >= tabs.tabBar().sizeHint().width())
    assert tabs.tabBar().sizeHint().width() > bar_width
