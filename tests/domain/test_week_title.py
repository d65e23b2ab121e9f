"""A week's name and title, one rule for the calendar and the printed list."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from followup_desktop import i18n
from followup_desktop.domain.jogger import week_of
from followup_desktop.domain.week_title import SpanDates, week_name, week_number, week_titles

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
DAY_FIRST = SpanDates(
    with_year=lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
    day_month=lambda d: f"{d.day} {MONTHS[d.month - 1]}",
    day=lambda d: str(d.day),
    day_first=True,
)
MONTH_FIRST = SpanDates(
    with_year=lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
    day_month=lambda d: f"{MONTHS[d.month - 1]} {d.day}",
    day=lambda d: str(d.day),
    day_first=False,
)


def test_a_week_in_one_month_shares_its_month_then_drops_its_year():
    forms = week_titles(50, date(2026, 12, 7), date(2026, 12, 13), DAY_FIRST)
    assert forms == (
        "Week 50: 7 Dec – 13 Dec 2026",
        "Week 50: 7–13 Dec 2026",
        "Week 50: 7–13 Dec",
        "Week 50",
    )
    us = week_titles(50, date(2026, 12, 7), date(2026, 12, 13), MONTH_FIRST)
    assert us == ("Week 50: Dec 7 – Dec 13, 2026", "Week 50: Dec 7–13", "Week 50")


@pytest.mark.parametrize("fmt", [DAY_FIRST, MONTH_FIRST])
def test_each_form_is_shorter_than_the_one_before(fmt):
    for start in (date(2026, 11, 30), date(2026, 12, 28), date(2026, 12, 7)):
        forms = week_titles(1, start, date.fromordinal(start.toordinal() + 6), fmt)
        lengths = [len(f) for f in forms]
        assert lengths == sorted(lengths, reverse=True) and len(set(lengths)) == len(lengths)


def test_across_two_months_and_the_new_year():
    assert week_titles(49, date(2026, 11, 30), date(2026, 12, 6), DAY_FIRST) == (
        "Week 49: 30 Nov – 6 Dec 2026",
        "Week 49: 30 Nov – 6 Dec",
        "Week 49",
    )
    assert week_titles(53, date(2026, 12, 28), date(2027, 1, 3), DAY_FIRST)[0] == (
        "Week 53: 28 Dec 2026 – 3 Jan 2027"
    )


@pytest.mark.parametrize(
    ("language", "name", "title"),
    [
        ("de", "KW 48", "KW 48: 23–29 Nov"),
        ("fr", "Semaine 48", "Semaine 48 : 23–29 Nov"),
        ("es", "Semana 48", "Semana 48: 23–29 Nov"),
    ],
)
def test_the_printed_list_and_the_calendar_name_a_week_alike(language, name, title):
    i18n.set_language(language)
    try:
        week = week_of(date(2026, 11, 25))
        assert week.number == 48 and week.name() == name == week_name(48)
        assert week.label().startswith(f"{name} · ")
        assert title in week_titles(48, week.start, week.end, DAY_FIRST)
    finally:
        i18n.set_language("en")


@pytest.mark.parametrize(
    "start, number",
    [
        (date(2026, 12, 7), 50),  # a Monday week is its ISO week
        (date(2026, 12, 6), 50),  # Sunday to Saturday: Mon 7 to Sat 12 are week 50
        (date(2026, 12, 5), 50),  # Saturday to Friday: five of its days are week 50
        (date(2025, 12, 29), 1),  # ISO week 1 of 2026 starts in December
        (date(2025, 12, 28), 1),  # a Sunday-first week over the new year
        (date(2021, 1, 3), 1),  # Sun 3 Jan 2021: its Monday starts ISO week 1
    ],
)
def test_a_week_is_numbered_by_most_of_its_days(start, number):
    assert week_number(start) == number


@pytest.mark.parametrize("first_weekday", range(7))
def test_the_printed_list_numbers_a_week_as_the_calendar_does(first_weekday):
    for offset in range(0, 400, 5):
        week = week_of(date(2026, 1, 1) + timedelta(days=offset), first_weekday)
        assert week.number == week_number(week.start)
        assert week.name() == f"Week {week_number(week.start)}"
