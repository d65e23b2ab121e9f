from datetime import date

import pytest

from followup_desktop.domain import calendar_grid as g
from followup_desktop.domain.calendar_grid import MONDAY, SATURDAY, SUNDAY, Mode


def test_month_grid_monday_first_starts_on_monday_and_has_six_weeks():
    grid = g.month_grid(2026, 11, MONDAY)  # Nov 1 2026 is a Sunday
    assert len(grid) == 42
    assert grid[0] == date(2026, 10, 26) and grid[0].isoweekday() == 1
    assert date(2026, 11, 1) in grid and date(2026, 11, 30) in grid


def test_month_grid_sunday_first_starts_on_the_first_when_it_is_a_sunday():
    grid = g.month_grid(2026, 11, SUNDAY)
    assert grid[0] == date(2026, 11, 1)
    assert all(d.isoweekday() == 7 for d in grid[::7])


def test_saturday_first_locales():
    grid = g.month_grid(2026, 11, SATURDAY)
    assert grid[0] == date(2026, 10, 31)
    assert g.weekday_order(SATURDAY) == [6, 7, 1, 2, 3, 4, 5]


@pytest.mark.parametrize(
    "year, days", [(2024, 29), (2028, 29), (2000, 29), (1900, 28), (2100, 28), (2026, 28)]
)
def test_february_in_leap_years(year, days):
    grid = g.month_grid(year, 2, MONDAY)
    feb = [d for d in grid if d.month == 2]
    assert len(feb) == days
    assert grid.index(date(year, 2, days)) == grid.index(date(year, 2, 1)) + days - 1


def test_february_that_fills_exactly_four_weeks_still_gets_six_rows():
    # Feb 2026 starts on a Sunday, Feb 2015 on a Sunday with 28 days.
    grid = g.month_grid(2015, 2, SUNDAY)
    assert grid[0] == date(2015, 2, 1) and grid[27] == date(2015, 2, 28)
    assert len(grid) == 42 and grid[-1] == date(2015, 3, 14)


def test_weeks_spanning_years():
    week = g.week_range(date(2026, 1, 1), MONDAY)
    assert week.start == date(2025, 12, 29) and week.end == date(2026, 1, 4)
    assert g.crosses_year(week)
    sunday_week = g.week_range(date(2025, 12, 31), SUNDAY)
    assert sunday_week.start == date(2025, 12, 28) and sunday_week.end == date(2026, 1, 3)


def test_january_grid_starts_in_the_previous_year():
    grid = g.month_grid(2027, 1, MONDAY)  # Jan 1 2027 is a Friday
    assert grid[0] == date(2026, 12, 28)


def test_add_months_clamps_to_month_end():
    assert g.add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert g.add_months(date(2025, 1, 31), 1) == date(2025, 2, 28)
    assert g.add_months(date(2025, 12, 15), 1) == date(2026, 1, 15)
    assert g.add_months(date(2026, 1, 15), -1) == date(2025, 12, 15)
    assert g.add_months(date(2024, 3, 31), -13) == date(2023, 2, 28)


def test_step_and_visible_range_per_mode():
    anchor = date(2026, 11, 26)
    assert g.step(Mode.MONTH, anchor, 1) == date(2026, 12, 26)
    assert g.step(Mode.WEEK, anchor, -1) == date(2026, 11, 19)
    assert g.step(Mode.DAY, anchor, 1) == date(2026, 11, 27)
    assert g.visible_range(Mode.DAY, anchor).days == 1
    assert g.visible_range(Mode.WEEK, anchor, SUNDAY).start == date(2026, 11, 22)
    month = g.visible_range(Mode.MONTH, anchor, MONDAY)
    assert month.days == 42 and anchor in month


def test_bad_first_weekday_is_refused():
    with pytest.raises(ValueError):
        g.week_start(date(2026, 1, 1), 0)


def test_minutes_to_slot_rounds_and_clamps():
    assert g.minutes_to_slot(9 * 60 + 7) == 9 * 60 + 0
    assert g.minutes_to_slot(9 * 60 + 8) == 9 * 60 + 15
    assert g.minutes_to_slot(-30) == 0
    assert g.minutes_to_slot(24 * 60 + 5) == 24 * 60 - 15
