"""A week's name and title, one rule for the calendar and the printed list."""

from __future__ import annotations

from datetime import date

import pytest

from followup_desktop import i18n
from followup_desktop.domain.jogger import week_of
from followup_desktop.domain.week_title import SpanDates, week_name, week_titles

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
