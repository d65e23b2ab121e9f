"""Working days: the user's week, a holiday region from the holidays package, and every
date the app proposes landing on one."""

from datetime import date, timedelta

import pytest

from followup_desktop.domain import catchup, dates, followup_rules, outcomes, series
from followup_desktop.domain.dateparse import parse_when

SUNDAY = date(2026, 12, 6)


@pytest.fixture
def week():
    """Restore the default working week after each test."""
    before = dates.working_week()
    yield dates.set_working_week
    dates.set_working_week(before)


def test_every_quick_pick_from_every_day_of_a_year_is_a_working_day():
    for n in range(366):
        today = date(2026, 1, 1) + timedelta(days=n)
        for pick in dates.QUICK_PICKS:
            assert dates.is_working_day(pick(today)), (pick.key, today)


def test_the_issues_weekend_proposals_move_to_working_days():
    assert dates.quick_pick("next_week", SUNDAY) == date(2026, 12, 14)  # Sun 13 -> Mon
    assert dates.quick_pick("2weeks", SUNDAY) == date(2026, 12, 21)  # Sun 20 -> Mon
    assert followup_rules.fallback_date(date(2026, 12, 11)) == date(2026, 12, 14)
    assert parse_when("in 2 weeks", SUNDAY).day == date(2026, 12, 21)
    assert "next working day" in parse_when("in 2 weeks", SUNDAY).understood
    # A named day is the user's choice: kept, and the field says it is a weekend.
    assert parse_when("saturday", SUNDAY).day == date(2026, 12, 12)
    assert dates.non_working_note(date(2026, 12, 12)) == "Sat 12 Dec 2026 is not a working day."


def test_a_holiday_region_adds_its_public_holidays(week):
    week(dates.WorkingWeek(frozenset(range(5)), "DE-BY"))
    christmas = date(2026, 12, 25)  # a Friday
    assert not dates.is_working_day(christmas)
    assert "public holiday" in dates.non_working_note(christmas)
    assert followup_rules.fallback_date(date(2026, 12, 24)) == date(2026, 12, 28)
    assert dates.quick_pick("tomorrow", date(2026, 12, 24)) == date(2026, 12, 28)
    assert dates.quick_pick("next_week", date(2026, 12, 18)) == date(2026, 12, 28)
    # Epiphany is a holiday in Bavaria: catch-up does not put work on it.
    plan = catchup.plan(
        [catchup.Overdue(i, date(2026, 12, 1)) for i in range(3)],
        date(2027, 1, 5), days=3, cap=1,
    )  # fmt: skip
    assert date(2027, 1, 6) not in {day for _, day in plan.moves}
    assert dates.working_week().note() == ""


def test_an_unknown_region_falls_back_to_weekends_only_with_a_note(week):
    week(dates.WorkingWeek(frozenset(range(5)), "XX-YY"))
    assert "not a holiday region" in dates.working_week().note()
    assert dates.is_working_day(date(2026, 12, 25))
    assert not dates.is_working_day(date(2026, 12, 26))


def test_a_sunday_to_thursday_week(week):
    week(dates.WorkingWeek(frozenset({6, 0, 1, 2, 3})))
    assert dates.next_working_day(date(2026, 12, 10)) == date(2026, 12, 13)  # Thu -> Sun
    assert outcomes.add_working_days(date(2026, 12, 10), 2) == date(2026, 12, 14)


def test_series_steps_land_on_the_nearest_working_day_never_on_or_before_the_start():
    steps = [series.Step("thanks", 1), series.Step("3 months", 0, 3), series.Step("same", 0)]
    # Start Fri 4 Dec 2026: +1 day is Sat -> Mon 7 (not Fri, the start itself);
    # +3 months is Thu 4 Mar 2027; the same-day step stays on the (working) start.
    assert series.plan(date(2026, 12, 4), steps) == [
        date(2026, 12, 7), date(2027, 3, 4), date(2026, 12, 4)
    ]  # fmt: skip
    # A same-day step on a Sunday (a referral's thank-you) is the Monday.
    assert series.plan(SUNDAY, [series.Step("thank", 0)]) == [date(2026, 12, 7)]


def test_a_working_week_is_a_fixed_value_with_at_least_one_day():
    from datetime import time

    week = dates.WorkingWeek()
    assert (week.days, week.region, week.morning, week.afternoon) == (
        frozenset(range(5)),
        "",
        time(9, 0),
        time(14, 0),
    )
    assert dates.WorkingWeek(region="DE", morning=time(8, 30)) == dates.WorkingWeek(
        frozenset(range(5)), "DE", time(8, 30)
    )
    assert dates.WorkingWeek(region="DE") != dates.WorkingWeek(region="FR")
    assert repr(dates.WorkingWeek(frozenset({0}))).startswith("WorkingWeek(days=frozenset({0})")
    with pytest.raises(AttributeError):
        week.region = "DE"  # type: ignore[misc]
    with pytest.raises(ValueError, match="at least one working day"):
        dates.WorkingWeek(frozenset())
    with pytest.raises(ValueError, match="at least one working day"):
        dates.WorkingWeek(days=frozenset(), region="DE")
