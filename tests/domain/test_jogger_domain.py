"""The weekly list's content rules, on plain values."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from followup_desktop.domain.dates import format_short
from followup_desktop.domain.jogger import (
    CategoryRef,
    DueItem,
    IdleContact,
    IdleList,
    Options,
    build_sheet,
    describe_line,
    idle_text,
    one_line,
    parse_week,
    week_of,
)
from followup_desktop.domain.jogger_prompts import GENERAL, prompts_for

CATS = [
    CategoryRef(5, "Referrals", 4),
    CategoryRef(1, "Personal Contacts", 0),
    CategoryRef(3, "Prospects", 2),
    CategoryRef(2, "Clients", 1),
    CategoryRef(4, "Industry Colleagues", 3),
    CategoryRef(9, "Golf club", 5),
]
WEEK = week_of(date(2026, 11, 25))  # Mon 23 Nov - Sun 29 Nov 2026
TODAY = date(2026, 11, 25)


def item(fid: int, cat: int, due: date, name: str = "", **kw) -> DueItem:
    return DueItem(fid, 100 + fid, cat, name or f"Person {fid}", f"reason {fid}", due, **kw)


@pytest.mark.parametrize(
    ("day", "first", "start"),
    [
        (date(2026, 11, 25), 0, date(2026, 11, 23)),  # Monday first
        (date(2026, 11, 23), 0, date(2026, 11, 23)),
        (date(2026, 11, 29), 0, date(2026, 11, 23)),
        (date(2026, 11, 25), 6, date(2026, 11, 22)),  # Sunday first
        (date(2026, 11, 22), 6, date(2026, 11, 22)),
        (date(2026, 11, 28), 6, date(2026, 11, 22)),
        (date(2027, 1, 1), 5, date(2026, 12, 26)),  # Saturday first, across a year end
    ],
)
def test_week_starts_on_the_given_first_day(day, first, start):
    week = week_of(day, first)
    assert week.start == start
    assert (week.end - week.start).days == 6
    assert week.contains(day)


def test_parse_iso_week_follows_first_day():
    assert parse_week("2026-W48").start == date(2026, 11, 23)
    assert parse_week("2026w48").start == date(2026, 11, 23)
    assert parse_week("2026-W48", first_weekday=6).start == date(2026, 11, 22)
    assert parse_week("2026-W01").start == date(2025, 12, 29)
    assert parse_week("2026-W48").iso == "2026-W48"
    assert week_of(date(2026, 11, 22), 6).iso == "2026-W48"


@pytest.mark.parametrize("text", ["", "2026-48", "next week", "2026-W", "W48"])
def test_parse_week_rejects_nonsense_with_a_sentence(text):
    with pytest.raises(ValueError, match="2026-W48"):
        parse_week(text)


def test_parse_week_rejects_a_week_the_year_does_not_have():
    with pytest.raises(ValueError, match="2026 has weeks 1 to 53; there is no week 54"):
        parse_week("2026-W54")


def test_week_label_and_shift():
    assert WEEK.label() == "Week 48 · Mon 23 Nov – Sun 29 Nov 2026"
    assert WEEK.shifted(1).start == date(2026, 11, 30)
    assert WEEK.shifted(-1).iso == "2026-W47"


def test_categories_in_position_order_with_user_categories_last():
    items = [item(i, c.id, date(2026, 11, 26)) for i, c in enumerate(CATS)]
    sheet = build_sheet(WEEK, TODAY, CATS, items)
    assert [s.category.name for s in sheet.sections] == [
        "Personal Contacts",
        "Clients",
        "Prospects",
        "Industry Colleagues",
        "Referrals",
        "Golf club",
    ]


def test_overdue_carried_forward_at_top_and_marked_in_words():
    items = [
        item(1, 2, date(2026, 11, 27)),
        item(2, 2, date(2026, 11, 23), due_time=time(9, 0)),  # this week, before today
        item(3, 2, date(2026, 11, 16)),  # carried from last week
        item(4, 2, date(2026, 11, 20)),  # carried
        item(5, 2, date(2026, 11, 25), due_time=time(14, 0)),
        item(6, 2, date(2026, 11, 25)),  # all-day before timed on the same day
        item(7, 2, date(2026, 12, 2)),  # next week: not on this sheet
    ]
    sheet = build_sheet(WEEK, TODAY, CATS, items, options=Options(include_prompts=False))
    (section,) = sheet.sections
    assert [line.item.followup_id for line in section.lines] == [3, 4, 2, 6, 5, 1]
    texts = [line.due_text for line in section.lines]
    assert texts[0] == "OVERDUE 9 days – was due Mon 16 Nov"
    assert texts[1] == "OVERDUE 5 days – was due Fri 20 Nov"
    assert texts[2] == "OVERDUE 2 days – was due Mon 23 Nov 09:00"
    assert texts[3] == "Wed 25 Nov"
    assert texts[4] == "Wed 25 Nov 14:00"
    assert [line.carried for line in section.lines] == [True, True, False, False, False, False]
    assert section.overdue_count == 3
    assert sheet.work_order() == [3, 4, 2, 6, 5, 1]


def test_one_day_overdue_is_singular():
    line = describe_line(item(1, 1, date(2026, 11, 24)), WEEK, TODAY)
    assert line.due_text == "OVERDUE 1 day – was due Tue 24 Nov"


def test_future_week_carries_without_calling_it_overdue_yet():
    next_week = WEEK.shifted(1)
    line = describe_line(item(1, 1, date(2026, 11, 28)), next_week, TODAY)
    assert line.carried and not line.overdue
    assert line.due_text == "Carried over – was due Sat 28 Nov"


def test_line_texts_whose_move_and_last_interaction():
    mine = describe_line(
        item(
            1,
            1,
            date(2026, 11, 26),
            last_interaction_at=datetime(2026, 11, 12, 15, 0),
            last_interaction_text="\n  Liked the demo,   wants pricing  \nSecond line",
        ),
        WEEK,
        TODAY,
    )
    assert mine.whose_text == "Your move"
    assert (
        mine.last_text
        == f"Last: {format_short(date(2026, 11, 12))} – Liked the demo, wants pricing"
    )
    theirs = describe_line(item(2, 1, date(2026, 11, 26), whose="theirs"), WEEK, TODAY)
    assert theirs.whose_text == "Their move"
    assert theirs.due_text == "They get back by Thu 26 Nov; you call Fri 27 Nov if not"
    assert theirs.last_text == "Last: no interaction logged yet"
    # Promised Tuesday, no word: the fallback call is today (Wednesday), not overdue yet.
    lapsed = describe_line(item(3, 1, date(2026, 11, 24), whose="theirs"), WEEK, TODAY)
    assert lapsed.due_text == "No word since Tue 24 Nov; you call today"
    assert lapsed.whose_text == "Your move now"
    assert not lapsed.overdue
    late = describe_line(item(4, 1, date(2026, 11, 20), whose="theirs"), WEEK, TODAY)
    assert (
        late.due_text
        == "OVERDUE 2 days – you were to call Mon 23 Nov (they promised by Fri 20 Nov)"
    )
    assert late.overdue and late.days_late == 2


def test_a_promise_for_saturday_is_not_overdue_before_its_monday_fallback():
    # The case: promised for Sat 5 Dec 2026, looked at on Sun 6 Dec.
    sunday = date(2026, 12, 6)
    week = week_of(date(2026, 12, 3))
    line = describe_line(item(1, 1, date(2026, 12, 5), whose="theirs"), week, sunday)
    assert not line.overdue
    assert line.due_text == "No word since Sat 5 Dec; you call Mon 7 Dec"
    assert line.whose_text == "Their move"
    sheet = build_sheet(week, sunday, CATS, [item(1, 1, date(2026, 12, 5), whose="theirs")])
    assert sheet.overdue_count == 0


def test_carried_into_a_future_week_is_not_counted_as_overdue():
    sheet = build_sheet(
        WEEK.shifted(1), TODAY, CATS, [item(1, 1, date(2026, 11, 28))],
        options=Options(include_prompts=False),
    )  # fmt: skip
    assert sheet.due_count == 1 and sheet.overdue_count == 0


def test_one_line_shortens_long_notes():
    assert one_line("x" * 200, 20) == "x" * 19 + "…"
    assert one_line("") == ""


def test_no_next_step_most_recent_first_capped_with_count():
    contacts = tuple(
        IdleContact(i, 3, f"Idle {i}", last_interaction_at=datetime(2026, 10, i + 1))
        for i in range(6)
    ) + (IdleContact(99, 3, "Never Met"),)
    sheet = build_sheet(
        WEEK,
        TODAY,
        CATS,
        [],
        {3: IdleList(contacts, total=40)},
        options=Options(no_next_step_cap=4, include_prompts=False),
    )
    (section,) = sheet.sections
    assert [c.name for c in section.idle] == ["Idle 5", "Idle 4", "Idle 3", "Idle 2"]
    assert section.idle_more == 36
    assert section.idle_total == 40


def test_idle_text_mentions_last_contact_and_why_there_is_no_next_step():
    c = IdleContact(
        1,
        1,
        "Anna Berg",
        company="Berg AB",
        phone="+46 70 123",
        last_interaction_at=datetime(2026, 11, 3, 9),
        no_next_step_reason="Not buying until spring",
    )
    assert idle_text(c) == (
        f"Anna Berg – Berg AB · +46 70 123 · last contact {format_short(date(2026, 11, 3))}"
        " · No next step: Not buying until spring"
    )
    assert idle_text(IdleContact(2, 1, "Bo")) == "Bo · never contacted"


def test_empty_week_still_has_prompts_and_idle_lists():
    idle = {5: IdleList((IdleContact(1, 5, "Ref Erral"),), 1)}
    sheet = build_sheet(WEEK, TODAY, CATS, [], idle)
    assert sheet.due_count == 0
    assert len(sheet.sections) == len(CATS)
    referrals = next(s for s in sheet.sections if s.category.name == "Referrals")
    assert "Who sent you business this year? Have you thanked them?" in referrals.prompts
    assert [c.name for c in referrals.idle] == ["Ref Erral"]
    assert referrals.blank_name_lines == 2


def test_options_switch_parts_off():
    idle = {5: IdleList((IdleContact(1, 5, "Ref Erral"),), 1)}
    sheet = build_sheet(
        WEEK,
        TODAY,
        CATS,
        [],
        idle,
        options=Options(include_no_next_step=False, include_prompts=False),
    )
    assert sheet.sections == ()


def test_items_of_unknown_category_are_never_dropped():
    sheet = build_sheet(WEEK, TODAY, CATS, [item(1, 77, date(2026, 11, 26))])
    assert sheet.sections[-1].category.name == "Other"
    assert sheet.work_order() == [1]


def test_duplicate_rows_print_once():
    row = item(1, 1, date(2026, 11, 26))
    assert build_sheet(WEEK, TODAY, CATS, [row, row]).work_order() == [1]


def test_prompts_per_builtin_category_and_general_for_others():
    for name in ("Personal Contacts", "clients", "Prospects", "Industry Colleagues", "Referrals"):
        assert prompts_for(name) != GENERAL
        assert 2 <= len(prompts_for(name)) <= 4
    assert prompts_for("Golf club") == GENERAL
