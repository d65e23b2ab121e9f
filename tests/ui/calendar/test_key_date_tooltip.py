"""The month's star for a key date names who it is for when pointed at."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QLocale, QPoint
from PySide6.QtGui import QHelpEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QToolTip

from followup_desktop.domain import calendar_grid as grid
from followup_desktop.domain.calendar_grid import Mode
from followup_desktop.domain.personal import KeyDate, PersonalInfo
from followup_desktop.store import contacts, personal
from followup_desktop.ui.calendar.view import CalendarView


def test_pointing_at_a_day_names_its_key_dates(qtbot, qsettings, store):
    day = grid.add_months(date.today().replace(day=15), 2)  # a day of a month ahead
    cats = {c.name: c.id for c in contacts.categories()}
    for first in ("Ada", "Bob"):
        cid = contacts.create_contact(
            first_name=first, last_name="Lovelace", category=cats["Clients"]
        ).id
        kind = "birthday" if first == "Ada" else "anniversary"
        personal.save_personal(cid, PersonalInfo(key_dates=(KeyDate(kind, day.month, day.day),)))
    view = CalendarView(QUndoStack())
    view.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    view.resize(1100, 720)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.set_mode(Mode.MONTH)
    view.go_to(day)
    month = view.month
    assert month.data.key_dates[day][0] == 2  # the star says two
    pos = month.day_rect(day).center().toPoint() + QPoint(0, 20)
    QApplication.sendEvent(month, QHelpEvent(QEvent.Type.ToolTip, pos, month.mapToGlobal(pos)))
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text().splitlines() == [
        "Birthday: Ada Lovelace",
        "Wedding anniversary: Bob Lovelace",
    ]
