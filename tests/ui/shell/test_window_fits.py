"""The main window fits a 1280×720 laptop on every tab and calendar view, in every language.

A view whose minimum width is more than the screen has pushes the window past the
screen's edge: in German, French and Spanish the calendar's one-line legend and its
week title made the window 1309 to 1353 pixels wide, so the Week and Day buttons, the
options button and Sunday were off screen.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from followup_desktop.domain.calendar_grid import Mode
from followup_desktop.store import contacts, followups
from followup_desktop.ui.kit import screen
from followup_desktop.ui.shell.main_window import MainWindow
from tests.ui.languages import TRANSLATED, speaking

LAPTOP = QRect(0, 0, 1280, 720 - 40)  # less a task bar
ROOM_W = LAPTOP.width() - screen.FRAME_WIDTH
ROOM_H = LAPTOP.height() - screen.FRAME_HEIGHT


@pytest.fixture
def book(store):
    """A contact in every category, with follow-ups this week."""
    for i, cat in enumerate(contacts.categories()):
        c = contacts.create_contact(
            first_name="Maximiliane", last_name=f"von Hohenberg {i}", category=cat.id
        )
        followups.create_followup(c.id, date.today() + timedelta(days=i % 3), "send the offer")


@pytest.mark.parametrize("language", ("en", *TRANSLATED))
def test_every_tab_and_calendar_view_fits_a_1280x720_screen(
    book, qtbot, qsettings, data_dir, qapp, monkeypatch, language
):
    monkeypatch.setattr(screen, "available_geometry", lambda widget=None: LAPTOP)
    too_wide = []
    with speaking(qapp, language):
        window = MainWindow(data_dir=data_dir)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        assert window.width() <= ROOM_W and window.height() <= ROOM_H
        for tab in range(window.tabs.count()):
            window.tabs.setCurrentIndex(tab)
            if tab == window.calendar_tab:
                for mode in Mode:
                    window.calendar.set_mode(mode)
                    QApplication.processEvents()
                    too_wide += _too_big(window, f"calendar {mode.name.lower()}")
            else:
                QApplication.processEvents()
                too_wide += _too_big(window, window.tabs.tabText(tab))
            if tab == window.review_tab:  # its figures load in the background: wait for
                qtbot.waitUntil(lambda: window.review.task is None)  # them in this language
    assert too_wide == []


def _too_big(window: MainWindow, name: str) -> list[str]:
    need = window.minimumSizeHint()
    if window.width() > ROOM_W or need.width() > ROOM_W or need.height() > ROOM_H:
        return [f"{name}: {window.width()} wide, needs {need.width()}×{need.height()}"]
    return []
