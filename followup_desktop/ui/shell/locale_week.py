"""The working week the domain rules use, installed at start-up (the saved one, else the
locale's). Apart from the dialog that edits it (``working_days``): start-up needs only
this, and importing a dialog's widget classes makes PySide build all their enums."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from ...domain import dates
from ...store import working_week


def locale_working_days(locale: QLocale | None = None) -> frozenset[int]:
    """The locale's working days, Monday = 0 (Qt counts Monday = 1)."""
    days = frozenset(int(d.value) - 1 for d in (locale or QLocale()).weekdays())
    return days or frozenset(range(5))


def install() -> dates.WorkingWeek:
    """Hand the saved working week (or the locale's) to the domain rules."""
    week = working_week.load(locale_working_days())
    dates.set_working_week(week)
    return week
