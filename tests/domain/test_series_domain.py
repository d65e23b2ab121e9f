from datetime import date

from followup_desktop.domain import series


def test_plan_clamps_month_ends():
    steps = [series.Step("a", 1), series.Step("b", 0, 1), series.Step("c", 0, 12)]
    assert series.plan(date(2028, 1, 31), steps) == [
        date(2028, 2, 1), date(2028, 2, 29), date(2029, 1, 31)
    ]  # fmt: skip


def test_shift_only_when_early_and_never_before_the_done_day():
    remaining = [(1, date(2026, 3, 2)), (2, date(2026, 4, 1))]
    assert series.shifted(remaining, date(2026, 2, 28), date(2026, 3, 1)) == []
    # 8 days earlier: Sun 22 Feb is not a working day, so Mon 23 Feb (never before Fri 20).
    assert series.shifted(remaining, date(2026, 2, 28), date(2026, 2, 20)) == [
        (1, date(2026, 2, 23)), (2, date(2026, 3, 24))
    ]  # fmt: skip
    # Never before the day it was done (Sun 1 Mar): the next working day, Mon 2 Mar.
    assert series.shifted([(1, date(2026, 3, 2))], date(2026, 3, 20), date(2026, 3, 1)) == [
        (1, date(2026, 3, 2))
    ]


def test_check_steps():
    assert series.check_steps("", [series.Step("a")]) == "Give the series a name."
    assert series.check_steps("x", []) == "A series needs at least one step."
    assert "before the start" in series.check_steps("x", [series.Step("a", -1)])
    assert series.check_steps("x", [series.Step("a", 2)]) is None
    assert series.describe_offset(series.Step("a")) == "same day"
    assert series.describe_offset(series.Step("a", 2, 1)) == "1 month 2 days after"
