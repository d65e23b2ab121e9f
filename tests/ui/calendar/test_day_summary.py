"""The month cell's count line follows the promise rule: a lapsed promise whose
fallback is still ahead is not called overdue."""

from datetime import date

from followup_desktop.ui.calendar.month import day_summary

SUNDAY = date(2026, 12, 6)


def test_a_lapsed_promise_waiting_for_its_fallback_is_not_overdue():
    assert day_summary(1, 1, date(2026, 12, 5), SUNDAY, waiting=1) == ("1 no word yet", False)
    text, warn = day_summary(3, 2, date(2026, 12, 5), SUNDAY, waiting=1)
    assert warn and text.endswith("1 overdue")
    assert day_summary(2, 2, date(2026, 12, 8), SUNDAY) == ("2 due", False)
