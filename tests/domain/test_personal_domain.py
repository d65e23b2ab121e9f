"""The personal side's rules: which dates are possible, when they come round, when
their reminders fall, how dates in files are read and how addresses are laid out."""

from datetime import date

import pytest

from followup_desktop.domain import addresses
from followup_desktop.domain import key_date_text as kdt
from followup_desktop.domain import personal as p
from followup_desktop.domain.key_date_window import month_days_between
from followup_desktop.domain.personal import Address, KeyDate, ThingToRemember


@pytest.mark.parametrize(
    ("day", "month", "year", "kind", "words"),
    [
        (31, 2, None, "birthday", "February has no day 31"),
        (30, 2, 1980, "anniversary", "February has no day 30"),
        (31, 4, None, "other", "April has no day 31"),
        (29, 2, 1981, "birthday", "1981 was not a leap year"),
        (1, 13, None, "birthday", "no month 13"),
        (1, 1, 2027, "birthday", "cannot be in the future"),
        (1, 1, 1850, "birthday", "out of range"),
    ],
)
def test_impossible_dates_are_refused_with_a_sentence(day, month, year, kind, words):
    problem = p.date_problem(day, month, year, kind=kind, today=date(2026, 12, 6))
    assert problem is not None and words in problem


def test_possible_dates_pass():
    today = date(2026, 12, 6)
    assert p.date_problem(29, 2, None, kind="birthday", today=today) is None
    assert p.date_problem(29, 2, 1984, kind="birthday", today=today) is None
    assert p.date_problem(6, 12, 2026, kind="birthday", today=today) is None  # born today
    # an anniversary may be planned ahead (a wedding next year)
    assert p.date_problem(1, 6, 2027, kind="anniversary", today=today) is None


def test_29_february_is_kept_on_28_february_in_other_years():
    assert p.occurrence_in(2, 29, 2027) == date(2027, 2, 28)
    assert p.occurrence_in(2, 29, 2028) == date(2028, 2, 29)
    assert p.next_occurrence(2, 29, date(2027, 2, 28)) == date(2027, 2, 28)
    assert p.next_occurrence(2, 29, date(2027, 3, 1)) == date(2028, 2, 29)
    # the window a store selects holds 0229 on 28 Feb of a common year only
    assert 229 in month_days_between(date(2027, 2, 20), 14)
    assert 229 in month_days_between(date(2028, 2, 20), 14)
    assert 229 not in month_days_between(date(2027, 3, 1), 14)


def test_next_occurrence_wraps_the_year():
    assert p.next_occurrence(1, 3, date(2026, 12, 30)) == date(2027, 1, 3)
    assert p.next_occurrence(12, 6, date(2026, 12, 6)) == date(2026, 12, 6)
    window = month_days_between(date(2026, 12, 25), 14)
    assert window[0] == 1225 and window[-1] == 107


def test_card_reminders_come_ahead_on_a_working_day_calls_on_the_day():
    # Tuesday 15 Dec 2026: a card 7 days before is Tuesday 8 Dec
    assert p.reminder_day(date(2026, 12, 15), "card") == date(2026, 12, 8)
    # a card due on a Sunday (lead 2 from Tue 15 Dec is Sun 13) moves to Friday 11 Dec
    assert p.reminder_day(date(2026, 12, 15), "card", 2) == date(2026, 12, 11)
    # a call on Saturday 19 Dec moves to Friday 18 Dec, not to Monday (belated)
    assert p.reminder_day(date(2026, 12, 19), "call") == date(2026, 12, 18)
    assert p.reminder_day(date(2026, 12, 16), "call") == date(2026, 12, 16)


def test_reasons_and_occasions_say_what_it_is():
    bday = KeyDate("birthday", 3, 15, 1980)
    assert p.reminder_reason(bday) == "Send a birthday card"
    assert p.reminder_reason(KeyDate("anniversary", 6, 1)) == "Send an anniversary card"
    assert p.reminder_reason(KeyDate("birthday", 3, 15, action="call")) == "Call for their birthday"
    own = KeyDate("other", 9, 1, label="Daughter's graduation", action="call")
    assert p.reminder_reason(own) == "Call: Daughter's graduation"
    assert p.occasion(bday, date(2027, 3, 15)) == "Birthday (turns 47)"
    assert p.occasion(KeyDate("anniversary", 6, 1, 2016), date(2026, 6, 1)) == (
        "Wedding anniversary (10th)"
    )
    assert p.occasion(KeyDate("birthday", 3, 15), date(2027, 3, 15)) == "Birthday"


def test_a_dated_thing_offers_a_follow_up_the_working_day_after():
    thing = ThingToRemember("Japan trip", date(2026, 12, 11))  # a Friday
    assert p.follow_up_for(thing, date(2026, 12, 6)) == (
        date(2026, 12, 14),
        "Ask about: Japan trip",
    )


@pytest.mark.parametrize(
    ("text", "day_first", "expected"),
    [
        ("1980-03-15", False, (3, 15, 1980)),
        ("19800315", False, (3, 15, 1980)),
        ("--0315", False, (3, 15, None)),
        ("--03-15", False, (3, 15, None)),
        ("1604-03-15", False, (3, 15, None)),  # Apple's "no year"
        ("3/15/1980", False, (3, 15, 1980)),
        ("15/03/1980", True, (3, 15, 1980)),
        ("3/4/1980", True, (4, 3, 1980)),
        ("3/4/1980", False, (3, 4, 1980)),
        ("15.03.1980", False, (3, 15, 1980)),  # dots are always day.month
        ("2/29/1984", False, (2, 29, 1984)),
    ],
)
def test_file_dates(text, day_first, expected):
    found = kdt.parse_file_date(text, day_first=day_first)
    assert not found.problem
    assert (found.month, found.day, found.year) == expected


def test_bad_file_dates_say_why_and_empty_ones_are_empty():
    assert "February has no day 31" in kdt.parse_file_date("1980-02-31").problem
    assert "not a date" in kdt.parse_file_date("next tuesday").problem
    assert "1981 was not a leap year" in kdt.parse_file_date("29.02.1981").problem
    assert kdt.parse_file_date("0/0/00").empty
    assert kdt.parse_file_date("  ").empty


def test_slash_order_is_decided_once_for_the_file():
    assert kdt.slash_order(["3/4/1980", "15/03/1980"], False)[0] is True
    assert kdt.slash_order(["3/4/1980", "3/15/1980"], True)[0] is False
    day_first, why = kdt.slash_order(["3/4/1980"], True)
    assert day_first and "default" in why


def test_file_date_text_round_trips():
    for kd in (KeyDate("birthday", 3, 15), KeyDate("birthday", 2, 29, 1984)):
        back = kdt.parse_file_date(kdt.file_date_text(kd))
        assert (back.month, back.day, back.year) == (kd.month, kd.day, kd.year)


def test_addresses_are_laid_out_for_their_country():
    us = Address("work", "1600 Main St\nSuite 4", "Springfield", "IL", "62701", "USA")
    assert addresses.address_lines(us) == [
        "1600 Main St",
        "Suite 4",
        "Springfield, IL 62701",
        "USA",
    ]
    de = Address("home", "Hauptstr. 5", "Berlin", "", "10115", "Germany")
    assert addresses.address_lines(de) == ["Hauptstr. 5", "10115 Berlin", "Germany"]
    uk = Address("work", "10 Downing St", "London", "", "SW1A 2AA", "United Kingdom")
    assert addresses.address_lines(uk) == ["10 Downing St", "London", "SW1A 2AA", "United Kingdom"]
    jp = Address("home", "1-1 Chiyoda", "Chiyoda-ku", "Tokyo", "100-0001", "Japan")
    assert addresses.address_lines(jp) == ["1-1 Chiyoda", "Chiyoda-ku Tokyo 100-0001", "Japan"]
    only = Address("home", country="Portugal")
    assert addresses.address_lines(only) == ["Portugal"]
    assert addresses.address_lines(de, with_country=False) == ["Hauptstr. 5", "10115 Berlin"]


@pytest.mark.parametrize(
    ("text", "day_first", "expected"),
    [
        ("15 March", True, (3, 15, None)),
        ("15th mar 1980", True, (3, 15, 1980)),
        ("March 15, 1980", False, (3, 15, 1980)),
        ("15/3", True, (3, 15, None)),
        ("3/15", False, (3, 15, None)),
        ("1980-03-15", True, (3, 15, 1980)),
        ("29 Feb", True, (2, 29, None)),
    ],
)
def test_typed_dates(text, day_first, expected):
    found = kdt.parse_typed_date(text, day_first=day_first)
    assert not found.problem
    assert (found.month, found.day, found.year) == expected


def test_typed_impossible_dates_say_why():
    today = date(2026, 12, 6)
    assert kdt.parse_typed_date("31 February").problem == "February has no day 31."
    assert kdt.parse_typed_date("31/2", day_first=True).problem == "February has no day 31."
    assert "future" in kdt.parse_typed_date("1 Jan 2030", kind="birthday", today=today).problem
    assert "not a month" in kdt.parse_typed_date("15 Smarch").problem
    assert "not understood" in kdt.parse_typed_date("soon").problem
    assert kdt.parse_typed_date(" ").empty


def test_what_to_ask_about_is_the_latest_thing_that_has_just_happened():
    from followup_desktop.domain import talking_points as tp

    today = date(2026, 12, 7)
    things = [
        ThingToRemember("Likes golf"),
        ThingToRemember("Trip to Japan", date(2026, 11, 20)),
        ThingToRemember("Marathon", date(2026, 12, 1)),
        ThingToRemember("Sailing", date(2026, 12, 20)),  # not yet
        ThingToRemember("Old news", date(2026, 6, 1)),  # too long ago
    ]
    assert p.recent_thing(things, today) == "Marathon"
    assert p.recent_thing(things[:1], today) == ""
    curious = tp.DEFAULTS["curious"].body
    text = tp.render(curious, tp.slot_values(first_name="Ada", remembered="Trip to Japan"))
    assert "How did “Trip to Japan” go?" in text
    assert "How did" not in tp.render(curious, tp.slot_values(first_name="Ada"))


def test_a_reminder_planned_late_falls_on_the_next_working_day_before_the_date():
    sunday = date(2026, 12, 6)
    # birthday Wed 9 Dec: the card's day (2 Dec) has passed; Monday 7 Dec, not Sunday
    assert p.reminder_due(date(2026, 12, 9), "card", 7, sunday) == date(2026, 12, 7)
    # a call on Sunday itself stays today
    assert p.reminder_due(date(2026, 12, 6), "call", 0, sunday) == sunday
    # ahead of time: the usual day
    assert p.reminder_due(date(2026, 12, 22), "card", 7, sunday) == date(2026, 12, 15)
