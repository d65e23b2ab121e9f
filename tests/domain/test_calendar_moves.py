"""Ctrl+Shift+arrows in the calendar: a working day or a week, never into the past."""

from datetime import date

from followup_desktop.domain import dates
from followup_desktop.domain.calendar_moves import DAY, WEEK, key_move

# A Monday in the middle of a quiet week (no public holidays are configured by default).
MONDAY = date(2026, 12, 14)
FRIDAY = date(2026, 12, 18)
TODAY = date(2026, 12, 9)  # the Wednesday before


def test_a_day_is_a_working_day():
    assert key_move(MONDAY, DAY, TODAY).day == date(2026, 12, 15)
    assert key_move(FRIDAY, DAY, TODAY).day == date(2026, 12, 21)  # Friday -> Monday
    assert key_move(MONDAY, -DAY, TODAY).day == date(2026, 12, 11)  # Monday -> Friday
    assert key_move(date(2026, 12, 19), DAY, TODAY).day == date(2026, 12, 21)  # from a Saturday


def test_a_week_keeps_the_weekday():
    assert key_move(MONDAY, WEEK, TODAY).day == date(2026, 12, 21)
    assert key_move(date(2026, 12, 23), -WEEK, TODAY).day == date(2026, 12, 16)


def test_a_week_onto_a_public_holiday_lands_on_the_nearest_working_day_that_way():
    before = dates.working_week()
    dates.set_working_week(dates.WorkingWeek(region="gb"))
    try:
        # Fri 18 Dec + a week is Christmas Day; Mon 28 Dec is Boxing Day's substitute.
        assert key_move(FRIDAY, WEEK, TODAY).day == date(2026, 12, 29)
        # Fri 8 Jan 2027 - a week is New Year's Day: back to Thu 31 Dec.
        assert key_move(date(2027, 1, 8), -WEEK, TODAY).day == date(2026, 12, 31)
    finally:
        dates.set_working_week(before)


def test_an_overdue_follow_up_moved_later_moves_from_today():
    overdue = date(2026, 12, 1)
    assert key_move(overdue, DAY, TODAY).day == date(2026, 12, 10)
    assert key_move(overdue, WEEK, TODAY).day == date(2026, 12, 16)


def test_a_move_into_the_past_is_refused_and_says_why():
    tomorrow = date(2026, 12, 10)
    assert key_move(tomorrow, -DAY, TODAY).day == TODAY  # today is not the past
    refused = key_move(TODAY, -DAY, TODAY)
    assert refused.day is None
    assert refused.refusal == f"Not moved: {dates.format_day(date(2026, 12, 8))} is in the past."
    assert key_move(MONDAY, -WEEK, TODAY).day is None
    assert key_move(date(2026, 12, 1), -DAY, TODAY).day is None  # overdue, earlier still


def test_done_and_cancelled_follow_ups_stay_put():
    move = key_move(MONDAY, DAY, TODAY, is_open=False)
    assert move.day is None and "Only open follow-ups move" in move.refusal
