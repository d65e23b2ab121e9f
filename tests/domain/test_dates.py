from datetime import date, time

import pytest

from followup_desktop.domain import dates
from followup_desktop.domain.dateparse import parse_when

WED = date(2026, 11, 25)  # a Wednesday


@pytest.mark.parametrize(
    ("today", "key", "expected"),
    [
        (date(2026, 1, 31), "next_month", date(2026, 3, 2)),  # Sat 28 Feb -> Monday
        (date(2024, 1, 31), "next_month", date(2024, 2, 29)),  # leap year
        (date(2026, 11, 30), "3months", date(2027, 3, 1)),  # Sun 28 Feb -> Monday
        (date(2023, 11, 30), "3months", date(2024, 2, 29)),
        (date(2026, 12, 31), "tomorrow", date(2027, 1, 1)),
        (date(2024, 2, 28), "tomorrow", date(2024, 2, 29)),
        (date(2026, 2, 27), "2days", date(2026, 3, 2)),  # Sun 1 Mar -> Monday
        (date(2026, 12, 28), "next_week", date(2027, 1, 4)),
        (date(2026, 12, 25), "2weeks", date(2027, 1, 8)),
        (date(2026, 3, 31), "next_month", date(2026, 4, 30)),
    ],
)
def test_quick_picks_across_month_ends_and_leap_years(today, key, expected):
    assert dates.quick_pick(key, today) == expected


def test_working_days():
    fri = date(2026, 11, 27)
    assert dates.next_working_day(fri) == date(2026, 11, 30)
    assert dates.next_working_day(date(2026, 11, 28)) == date(2026, 11, 30)  # Saturday
    assert dates.next_working_day(WED) == date(2026, 11, 26)
    assert dates.working_days_from(date(2026, 11, 28), 3) == [
        date(2026, 11, 30),
        date(2026, 12, 1),
        date(2026, 12, 2),
    ]
    assert dates.working_days_from(fri, 2) == [fri, date(2026, 11, 30)]


@pytest.mark.parametrize(
    ("text", "day", "at"),
    [
        ("tomorrow", date(2026, 11, 26), None),
        ("Tomorrow 9:30", date(2026, 11, 26), time(9, 30)),
        ("in 10 days", date(2026, 12, 7), None),  # Sat 5 Dec: the next working day
        ("in a week", date(2026, 12, 2), None),
        ("3 weeks", date(2026, 12, 16), None),
        ("in 2 months", date(2027, 1, 25), None),
        ("next tue", date(2026, 12, 1), None),
        ("friday", date(2026, 11, 27), None),
        ("wed", date(2026, 12, 2), None),  # the next one, not today
        ("this wed", WED, None),
        ("dec 3 2pm", date(2026, 12, 3), time(14, 0)),
        ("Dec 3, 2027 at 2:30 pm", date(2027, 12, 3), time(14, 30)),
        ("3rd of december", date(2026, 12, 3), None),
        ("jan 5", date(2027, 1, 5), None),  # already past this year -> next year
        ("2026-12-03", date(2026, 12, 3), None),
        ("3.12.2026", date(2026, 12, 3), None),
        ("14:00", WED, time(14, 0)),
        ("noon", WED, time(12, 0)),
        ("fri dec 4", date(2026, 12, 4), None),
        ("next week", date(2026, 12, 2), None),
        ("next month", date(2026, 12, 25), None),
        ("yesterday", date(2026, 11, 24), None),
        ("12am", WED, time(0, 0)),
    ],
)
def test_parse_understands(text, day, at):
    result = parse_when(text, WED)
    assert result.ok, result.message
    assert (result.day, result.at) == (day, at)
    assert f"{day.day} {day:%b %Y}" in result.understood


def test_slash_dates_follow_the_locale_and_say_how_they_were_read():
    day_first = parse_when("3/12", WED, day_first=True)
    month_first = parse_when("3/12", WED, day_first=False)
    assert day_first.day == date(2026, 12, 3)
    assert "day/month" in day_first.understood
    assert month_first.day == date(2027, 3, 12)
    assert "month/day" in month_first.understood
    assert parse_when("25/12/26", WED).day == date(2026, 12, 25)
    assert not parse_when("25/12/26", WED, day_first=False).ok  # no month 25


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("banana", "Not understood"),
        ("dec 3 2150", "out of range"),
        ("1/1/1850", "out of range"),
        ("in 100 years", "out of range"),
        ("feb 30 2026", "no day 30"),
        ("2026-13-01", "no month 13"),
        ("13pm", "not a time"),
        ("25:00", "not a time"),
        ("thu dec 4 2026", "Friday, not a Thursday"),
    ],
)
def test_parse_refuses_with_a_message(text, fragment):
    result = parse_when(text, WED)
    assert not result.ok and result.day is None
    assert fragment in result.message


def test_empty_is_not_an_error():
    result = parse_when("   ", WED)
    assert result.empty and not result.ok and result.message == ""


def test_feb_29_without_a_year_finds_the_next_leap_year():
    assert parse_when("feb 29", WED).day == date(2028, 2, 29)


def test_relative_description():
    assert dates.relative(WED, WED) == "today"
    assert dates.relative(date(2026, 11, 28), WED) == "in 3 days"
    assert dates.relative(date(2026, 11, 22), WED) == "3 days ago"


def test_days_in_month_is_the_calendars():
    import calendar

    for year in (1900, 2000, 2023, 2024, 2100):
        for month in range(1, 13):
            assert dates.days_in_month(year, month) == calendar.monthrange(year, month)[1]
