"""Calendar arithmetic for the month, week and day views (pure Python, no Qt).

Weekdays are numbered like ISO 8601 and ``Qt.DayOfWeek``: 1 = Monday ... 7 = Sunday,
so a locale's ``firstDayOfWeek()`` value can be passed straight in.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from ..i18n import translator

_ = translator(__name__)

MONDAY, SUNDAY, SATURDAY = 1, 7, 6
GRID_WEEKS = 6  # a month grid always has six rows, so the layout never jumps


class Mode(str, Enum):
    MONTH = "month"
    WEEK = "week"
    DAY = "day"


@dataclass(frozen=True)
class DateRange:
    """Inclusive range of days shown by a view."""

    start: date
    end: date

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def dates(self) -> list[date]:
        return [self.start + timedelta(days=i) for i in range(self.days)]


def _check_weekday(first_weekday: int) -> None:
    if not 1 <= first_weekday <= 7:
        raise ValueError(f"first day of week must be 1 (Monday) to 7 (Sunday), not {first_weekday}")


def week_start(day: date, first_weekday: int = MONDAY) -> date:
    """The first day of the week containing ``day``."""
    _check_weekday(first_weekday)
    back = (day.isoweekday() - first_weekday) % 7
    return day - timedelta(days=back)


def week_range(day: date, first_weekday: int = MONDAY) -> DateRange:
    start = week_start(day, first_weekday)
    return DateRange(start, start + timedelta(days=6))


def weekday_order(first_weekday: int = MONDAY) -> list[int]:
    """The seven ISO weekday numbers in column order, e.g. [7, 1, ..., 6] for Sunday first."""
    _check_weekday(first_weekday)
    return [(first_weekday - 1 + i) % 7 + 1 for i in range(7)]


def month_grid(year: int, month: int, first_weekday: int = MONDAY) -> list[date]:
    """The 42 days (six weeks) of a month view: leading days of the previous month,
    every day of the month, trailing days of the next one."""
    first = date(year, month, 1)
    start = week_start(first, first_weekday)
    return [start + timedelta(days=i) for i in range(GRID_WEEKS * 7)]


def month_range(year: int, month: int, first_weekday: int = MONDAY) -> DateRange:
    grid = month_grid(year, month, first_weekday)
    return DateRange(grid[0], grid[-1])


def days_in_month(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def add_months(day: date, months: int) -> date:
    """Same day of the month ``months`` later, clamped to the month's last day
    (Jan 31 + 1 month = Feb 28, or Feb 29 in a leap year)."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    if not 1 <= year <= 9999:
        raise ValueError(_("That date is outside the calendar."))
    return date(year, month, min(day.day, days_in_month(year, month)))


def visible_range(mode: Mode, anchor: date, first_weekday: int = MONDAY) -> DateRange:
    """The days a view in ``mode`` shows around ``anchor``."""
    if mode is Mode.MONTH:
        return month_range(anchor.year, anchor.month, first_weekday)
    if mode is Mode.WEEK:
        return week_range(anchor, first_weekday)
    return DateRange(anchor, anchor)


def step(mode: Mode, anchor: date, direction: int) -> date:
    """The anchor after one press of Next (+1) or Previous (-1)."""
    if mode is Mode.MONTH:
        return add_months(anchor, direction)
    if mode is Mode.WEEK:
        return anchor + timedelta(days=7 * direction)
    return anchor + timedelta(days=direction)


def crosses_year(rng: DateRange) -> bool:
    return rng.start.year != rng.end.year


def minutes_to_slot(minutes: int, slot: int = 15) -> int:
    """Round minutes since midnight to the nearest slot, kept within the day."""
    rounded = int(round(minutes / slot)) * slot
    return max(0, min(24 * 60 - slot, rounded))
