"""Dates a salesperson types or picks: quick picks, working days, free-text parsing.

Pure Python. Working days are Monday to Friday (no public holidays). Every
function takes ``today`` explicitly so tests and the UI agree on what "today" is.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time, timedelta

MIN_YEAR = 1900
MAX_YEAR = 2100


# -- working days ---------------------------------------------------------------------
def is_working_day(day: date) -> bool:
    return day.weekday() < 5


def next_working_day(day: date) -> date:
    """The first working day strictly after ``day`` (Friday -> Monday)."""
    day += timedelta(days=1)
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


def working_days_from(start: date, count: int) -> list[date]:
    """``count`` working days beginning with ``start`` if it is one, else the next."""
    days: list[date] = []
    day = start if is_working_day(start) else next_working_day(start)
    while len(days) < count:
        days.append(day)
        day = next_working_day(day)
    return days


def add_months(day: date, months: int) -> date:
    """Same day ``months`` later; clamped to the month's end (31 Jan + 1 month = 28/29 Feb)."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last))


# -- quick picks ----------------------------------------------------------------------
@dataclass(frozen=True)
class QuickPick:
    key: str
    label: str
    compute: Callable[[date], date]

    def __call__(self, today: date) -> date:
        return self.compute(today)


QUICK_PICKS: tuple[QuickPick, ...] = (
    QuickPick("tomorrow", "Tomorrow", lambda t: t + timedelta(days=1)),
    QuickPick("2days", "In 2 days", lambda t: t + timedelta(days=2)),
    QuickPick("next_week", "Next week", lambda t: t + timedelta(days=7)),
    QuickPick("2weeks", "In 2 weeks", lambda t: t + timedelta(days=14)),
    QuickPick("next_month", "Next month", lambda t: add_months(t, 1)),
    QuickPick("3months", "In 3 months", lambda t: add_months(t, 3)),
)


def quick_pick(key: str, today: date) -> date:
    for pick in QUICK_PICKS:
        if pick.key == key:
            return pick(today)
    raise KeyError(key)


# -- describing dates -----------------------------------------------------------------
def format_day(day: date) -> str:
    """'Thu 3 Dec 2026' (English, unambiguous: the month is spelled out)."""
    return f"{day:%a} {day.day} {day:%b %Y}"


def format_time(value: time) -> str:
    return f"{value:%H:%M}"


def relative(day: date, today: date) -> str:
    """'today', 'tomorrow', 'in 5 days', 'yesterday', '3 days ago'."""
    delta = (day - today).days
    if delta == 0:
        return "today"
    if delta == 1:
        return "tomorrow"
    if delta == -1:
        return "yesterday"
    if delta > 0:
        return f"in {delta} days"
    return f"{-delta} days ago"


def check_year(year: int) -> str | None:
    """A message when the year is outside what the app accepts, else None."""
    if year < MIN_YEAR or year > MAX_YEAR:
        return f"The year {year} is out of range: use a year between {MIN_YEAR} and {MAX_YEAR}."
    return None
