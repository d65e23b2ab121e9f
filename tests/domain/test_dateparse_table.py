"""Issue 15: the free-text field's phrases, a table across month and year ends and both
daylight-saving changes (EU: 29 Mar / 25 Oct 2026, US: 8 Mar / 1 Nov 2026).

Times are wall-clock times: "tomorrow morning" on the eve of a DST change is 09:00 on
the day (the .ics export converts it with the zone's rules). A length of time that
lands on a weekend moves to the next working day; a named day is kept.
"""

from datetime import date, time

import pytest

from followup_desktop.domain import dates
from followup_desktop.domain.dateparse import parse_when

MON_30_NOV = date(2026, 11, 30)  # the last day of a month
THU_31_DEC = date(2026, 12, 31)  # the last day of a year
SAT_28_MAR = date(2026, 3, 28)  # the eve of the EU change to summer time
SAT_24_OCT = date(2026, 10, 24)  # the eve of the EU change back
SAT_7_MAR = date(2026, 3, 7)  # the eve of the US change to summer time
SAT_31_OCT = date(2026, 10, 31)  # the eve of the US change back, a month end
FRI_30_JAN = date(2026, 1, 30)  # before a short February
WED_30_SEP = date(2026, 9, 30)  # the last day of a quarter
NINE, TWO = time(9, 0), time(14, 0)

TABLE = [
    # today, phrase, expected day, expected time
    (MON_30_NOV, "tomorrow", date(2026, 12, 1), None),
    (MON_30_NOV, "end of month", MON_30_NOV, None),
    (MON_30_NOV, "end of next month", date(2026, 12, 31), None),
    (MON_30_NOV, "in a fortnight", date(2026, 12, 14), None),
    (MON_30_NOV, "friday week", date(2026, 12, 11), None),
    (MON_30_NOV, "end of next week", date(2026, 12, 11), None),
    (MON_30_NOV, "end of the week", date(2026, 12, 4), None),
    (MON_30_NOV, "next quarter", date(2027, 1, 1), None),
    (MON_30_NOV, "tomorrow afternoon", date(2026, 12, 1), TWO),
    (MON_30_NOV, "wednesday morning", date(2026, 12, 2), NINE),
    (MON_30_NOV, "start of next month", date(2026, 12, 1), None),
    (MON_30_NOV, "in 2 weeks", date(2026, 12, 14), None),
    (MON_30_NOV, "next week", date(2026, 12, 7), None),
    (MON_30_NOV, "next month", date(2026, 12, 30), None),
    (MON_30_NOV, "in 3 months", date(2027, 3, 1), None),  # Sun 28 Feb -> Monday
    (MON_30_NOV, "end of quarter", date(2026, 12, 31), None),
    (THU_31_DEC, "tomorrow", date(2027, 1, 1), None),
    (THU_31_DEC, "end of month", THU_31_DEC, None),
    (THU_31_DEC, "end of next month", date(2027, 1, 29), None),  # Sun 31 Jan -> Friday
    (THU_31_DEC, "next quarter", date(2027, 1, 1), None),
    (THU_31_DEC, "in a fortnight", date(2027, 1, 14), None),
    (THU_31_DEC, "friday week", date(2027, 1, 8), None),
    (THU_31_DEC, "end of next week", date(2027, 1, 8), None),
    (THU_31_DEC, "end of the week", date(2027, 1, 1), None),
    (THU_31_DEC, "monday morning", date(2027, 1, 4), NINE),
    (THU_31_DEC, "next month", date(2027, 2, 1), None),  # Sun 31 Jan -> Monday
    (THU_31_DEC, "in 2 months", date(2027, 3, 1), None),  # Sun 28 Feb -> Monday
    (THU_31_DEC, "jan 4", date(2027, 1, 4), None),
    (THU_31_DEC, "start of next month", date(2027, 1, 1), None),
    (THU_31_DEC, "next year", date(2027, 12, 31), None),
    (THU_31_DEC, "end of quarter", THU_31_DEC, None),
    (SAT_28_MAR, "tomorrow morning", date(2026, 3, 29), NINE),  # the DST Sunday, kept
    (SAT_28_MAR, "monday morning", date(2026, 3, 30), NINE),
    (SAT_28_MAR, "end of month", date(2026, 3, 31), None),
    (SAT_28_MAR, "next quarter", date(2026, 4, 1), None),
    (SAT_28_MAR, "in a fortnight", date(2026, 4, 13), None),  # Sat 11 Apr -> Monday
    (SAT_28_MAR, "friday week", date(2026, 4, 10), None),
    (SAT_28_MAR, "end of the week", date(2026, 4, 3), None),  # this Friday has passed
    (SAT_28_MAR, "end of next week", date(2026, 4, 3), None),
    (SAT_28_MAR, "tomorrow afternoon", date(2026, 3, 29), TWO),
    (SAT_28_MAR, "in 1 week", date(2026, 4, 6), None),  # Sat 4 Apr -> Monday
    (SAT_24_OCT, "tomorrow morning", date(2026, 10, 25), NINE),
    (SAT_24_OCT, "monday afternoon", date(2026, 10, 26), TWO),
    (SAT_24_OCT, "end of month", date(2026, 10, 30), None),  # Sat 31 Oct -> Friday
    (SAT_24_OCT, "end of next month", date(2026, 11, 30), None),
    (SAT_24_OCT, "next quarter", date(2027, 1, 1), None),
    (SAT_24_OCT, "in a fortnight", date(2026, 11, 9), None),  # Sat 7 Nov -> Monday
    (SAT_24_OCT, "friday week", date(2026, 11, 6), None),
    (SAT_24_OCT, "start of next month", date(2026, 11, 2), None),  # Sun 1 Nov -> Monday
    (SAT_7_MAR, "tomorrow morning", date(2026, 3, 8), NINE),
    (SAT_7_MAR, "monday morning", date(2026, 3, 9), NINE),
    (SAT_7_MAR, "end of month", date(2026, 3, 31), None),
    (SAT_7_MAR, "end of next week", date(2026, 3, 13), None),
    (SAT_7_MAR, "next week", date(2026, 3, 16), None),  # Sat 14 Mar -> Monday
    (SAT_31_OCT, "end of month", date(2026, 11, 30), None),  # Friday 30 Oct has passed
    (SAT_31_OCT, "tomorrow afternoon", date(2026, 11, 1), TWO),
    (SAT_31_OCT, "monday morning", date(2026, 11, 2), NINE),
    (SAT_31_OCT, "next month", date(2026, 11, 30), None),
    (SAT_31_OCT, "end of next month", date(2026, 11, 30), None),
    (FRI_30_JAN, "next month", date(2026, 3, 2), None),  # Sat 28 Feb -> Monday
    (FRI_30_JAN, "end of next month", date(2026, 2, 27), None),
    (FRI_30_JAN, "end of month", FRI_30_JAN, None),  # Sat 31 Jan: today is the last
    (FRI_30_JAN, "friday week", date(2026, 2, 13), None),
    (FRI_30_JAN, "this afternoon", FRI_30_JAN, TWO),
    (FRI_30_JAN, "in a fortnight", date(2026, 2, 13), None),
    (WED_30_SEP, "end of quarter", WED_30_SEP, None),
    (WED_30_SEP, "next quarter", date(2026, 10, 1), None),
    (WED_30_SEP, "end of month", WED_30_SEP, None),
    (WED_30_SEP, "start of next month", date(2026, 10, 1), None),
    (WED_30_SEP, "in the morning", date(2026, 10, 1), NINE),
]


def test_the_table_is_long_enough():
    assert len(TABLE) >= 60


@pytest.mark.parametrize(("today", "text", "day", "at"), TABLE)
def test_phrase(today, text, day, at):
    result = parse_when(text, today)
    assert result.ok, result.message
    assert (result.day, result.at) == (day, at)
    assert dates.format_day(day) in result.understood


@pytest.mark.parametrize("text", ["after the holidays", "After Christmas", "someday", "soon"])
def test_vague_phrases_are_refused_with_a_hint(text):
    result = parse_when(text, MON_30_NOV)
    assert not result.ok and result.day is None
    assert text in result.message and "type the day" in result.message


def test_morning_and_afternoon_are_the_users_times():
    before = dates.working_week()
    try:
        dates.set_working_week(dates.WorkingWeek(morning=time(8, 30), afternoon=time(15, 0)))
        assert parse_when("monday morning", MON_30_NOV).at == time(8, 30)
        assert parse_when("tomorrow afternoon", MON_30_NOV).at == time(15, 0)
    finally:
        dates.set_working_week(before)


def test_a_moved_span_says_so():
    result = parse_when("in a fortnight", SAT_28_MAR)
    assert "moved from Saturday to the next working day" in result.understood
