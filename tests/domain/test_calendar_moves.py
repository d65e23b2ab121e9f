"""Moving a follow-up: Ctrl+Shift+arrows in the calendar (a working day or a week, never
into the past) and "+1 day", "+2 days", "Next week" everywhere else, by the same rule."""

from datetime import date, timedelta

import pytest

from followup_desktop.domain import dates
from followup_desktop.domain.calendar_moves import (
    DAY,
    LATER_PICKS,
    WEEK,
    key_move,
    later,
    later_from,
    later_pick,
    moves_call,
    why_later,
)

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


# -- "+1 day", "+2 days", "Next week": the buttons, the menu and the quick picks -----------
THURSDAY = date(2026, 12, 17)


def later_by(due: date, key: str, today: date) -> date:
    """What the pick called ``key`` ("1day", "2days", "next_week") does."""
    return later(due, later_pick(key).days, today)


def gb_holidays():
    """The GB working week (Christmas Day, Boxing Day's substitute Monday 28 Dec)."""
    before = dates.working_week()
    dates.set_working_week(dates.WorkingWeek(region="gb"))
    return before


def test_a_day_later_than_a_friday_is_the_monday():
    assert later_by(FRIDAY, "1day", TODAY) == date(2026, 12, 21)
    assert later_by(THURSDAY, "1day", TODAY) == FRIDAY
    assert later_by(THURSDAY, "2days", TODAY) == date(2026, 12, 21)  # Saturday is not worked
    assert later_by(FRIDAY, "next_week", TODAY) == date(2026, 12, 25)
    assert later_by(date(2026, 12, 19), "1day", TODAY) == date(2026, 12, 21)  # from a Saturday


def test_a_day_later_skips_public_holidays():
    before = gb_holidays()
    try:
        # Thu 24 Dec: Christmas Day, the weekend and Boxing Day's substitute Monday.
        assert later_by(date(2026, 12, 24), "1day", TODAY) == date(2026, 12, 29)
        assert later_by(FRIDAY, "next_week", TODAY) == date(2026, 12, 29)
        assert why_later(date(2026, 12, 24), DAY, TODAY) == (
            f"{dates.format_day(date(2026, 12, 25))} is a public holiday (Christmas Day)."
        )
    finally:
        dates.set_working_week(before)


def test_an_overdue_follow_up_is_moved_from_today_and_says_so():
    overdue = date(2026, 12, 1)
    assert later_by(overdue, "1day", TODAY) == date(2026, 12, 10)
    assert later_by(overdue, "next_week", TODAY) == date(2026, 12, 16)
    assert why_later(overdue, DAY, TODAY) == "It is overdue, so it moves from today."
    friday = date(2026, 12, 11)
    assert later_by(overdue, "1day", friday) == MONDAY
    assert why_later(overdue, DAY, friday) == (
        "It is overdue, so it moves from today. "
        f"{dates.format_day(date(2026, 12, 12))} is not a working day."
    )
    assert why_later(MONDAY, DAY, TODAY) == ""  # plainly the next day: nothing to explain


def test_the_buttons_the_keys_and_the_quick_picks_agree_every_day_of_a_year():
    """The same press gives the same date: "+1 day" on a follow-up due today, Ctrl+Shift+→
    on it, and the note dialog's "Tomorrow" (and "In 2 days", "Next week")."""
    before = gb_holidays()
    try:
        day = date(2026, 1, 1)
        while day.year == 2026:
            assert later_by(day, "1day", day) == key_move(day, DAY, day).day
            assert later_by(day, "1day", day) == dates.quick_pick("tomorrow", day)
            assert later_by(day, "2days", day) == dates.quick_pick("2days", day)
            assert later_by(day, "next_week", day) == key_move(day, WEEK, day).day
            assert later_by(day, "next_week", day) == dates.quick_pick("next_week", day)
            assert dates.is_working_day(later_by(day, "2days", day))
            day += timedelta(days=1)
    finally:
        dates.set_working_week(before)


def test_a_pick_is_known_by_its_key():
    assert [p.key for p in LATER_PICKS] == ["1day", "2days", "next_week"]
    with pytest.raises(KeyError):
        later_by(MONDAY, "3days", TODAY)


def test_the_reason_reads_as_a_sentence_in_french_too(speak):
    speak("fr")
    dates.use_style(dates.style_for_language("fr"))
    try:
        assert why_later(FRIDAY, 2, TODAY) == "Dim. 20 déc. 2026 n’est pas un jour ouvré."
    finally:
        dates.use_style(dates.ENGLISH)


def test_a_later_move_of_their_lapsed_promise_counts_from_my_call():
    today, promised, call = date(2026, 12, 14), date(2026, 12, 10), date(2026, 12, 14)
    assert moves_call("theirs", promised, today)
    assert later_from(promised, today, whose="theirs", act_on=call) == call
    assert later(call, DAY, today) == date(2026, 12, 15)
    # Their promise still to come, and my own follow-ups, move by their due date.
    assert not moves_call("theirs", today, today)
    assert later_from(today, today, whose="theirs", act_on=date(2026, 12, 17)) == today
    assert later_from(promised, today, whose="mine", act_on=promised) == promised
