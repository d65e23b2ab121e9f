from datetime import date, datetime

from followup_desktop.domain import cadence

TODAY = date(2026, 11, 26)


def test_effective_rhythm_override_and_opt_out():
    assert cadence.effective_rhythm(None, 14) == 14
    assert cadence.effective_rhythm(30, 14) == 30
    assert cadence.effective_rhythm(30, 14, opt_out=True) is None
    assert cadence.effective_rhythm(None, None) is None
    assert cadence.effective_rhythm(0, 90) == 90  # 0 is not a rhythm: the category's applies


def test_clock_starts_at_last_interaction_else_creation():
    created = datetime(2026, 1, 5, 9, 0)
    assert cadence.clock_start(None, created) == date(2026, 1, 5)
    assert cadence.clock_start(datetime(2026, 11, 1, 17, 30), created) == date(2026, 11, 1)
    assert cadence.clock_start(None, None) is None


def test_past_the_rhythm_is_strictly_after_the_due_day():
    start = date(2026, 11, 12)  # 14 days before TODAY: due today, not yet past
    assert cadence.days_past(start, 14, TODAY) == 0
    assert not cadence.is_losing_touch(start, 14, TODAY)
    assert cadence.is_losing_touch(date(2026, 11, 11), 14, TODAY)
    assert not cadence.is_losing_touch(date(2026, 1, 1), None, TODAY)


def test_losing_touch_order_most_past_then_shorter_rhythm_then_name():
    old = datetime(2026, 1, 1)
    rows = [
        (1, "zoe", None, 180, False, datetime(2026, 5, 1), old),  # 29 days past
        (2, "anna", None, 14, False, datetime(2026, 11, 1), old),  # 11 days past
        (3, "bob", 10, 14, False, datetime(2026, 11, 5), old),  # own rhythm: 11 days past
        (4, "carl", None, 90, True, datetime(2025, 1, 1), old),  # opted out
        (5, "dora", None, 14, False, datetime(2026, 11, 20), old),  # within rhythm
        (6, "abe", 10, 14, False, datetime(2026, 11, 5), old),  # ties with bob: by name
        (7, "eve", None, None, False, None, old),  # category without rhythm
    ]
    found = cadence.losing_touch(rows, TODAY)
    assert [s.contact_id for s in found] == [1, 6, 3, 2]
    assert found[0].days_past == 29 and found[0].summary == "4 weeks past (every 6 months)"


def test_descriptions():
    assert cadence.describe_rhythm(14) == "every 2 weeks"
    assert cadence.describe_rhythm(90) == "every 3 months"
    assert cadence.describe_rhythm(30) == "every month"
    assert cadence.describe_rhythm(365) == "every year"
    assert cadence.describe_rhythm(45) == "every 45 days"
    assert cadence.describe_rhythm(None) == "not tracked"
    assert cadence.describe_past(1) == "1 day past"
    assert cadence.describe_past(75) == "2 months past"
    assert cadence.check_rhythm(0) and cadence.check_rhythm(4000)
    assert cadence.check_rhythm(7) is None
    assert cadence.plan_reason(14, date(2026, 11, 1)) == (
        "Keep in touch (every 2 weeks; last touch Sun 1 Nov 2026)"
    )
