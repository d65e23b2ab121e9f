"""The weekly list's queries against a real database."""

from __future__ import annotations

from datetime import datetime, timedelta

from followup_desktop.domain.jogger import Options
from followup_desktop.store.contacts import categories, create_contact, set_archived
from followup_desktop.store.followups import create_followup
from followup_desktop.store.jogger import USER_NAME, due_items, idle_contacts, load_sheet
from followup_desktop.store.settings import get_setting, set_setting
from tests.jogger_data import TODAY, WEEK, fill_week, log_interaction


def test_sheet_holds_the_weeks_open_items_and_carried_overdue(store):
    data = fill_week()
    sheet = load_sheet(WEEK, TODAY)
    printed = {line.item.reason: line for s in sheet.sections for line in s.lines}
    assert set(printed) == set(data.in_week) | set(data.carried)
    assert all(printed[r].carried and printed[r].overdue for r in data.carried)
    assert [s.category.name for s in sheet.sections] == [c.name for c in categories()]
    # each category starts with its carried-forward item
    assert all(s.lines[0].carried for s in sheet.sections)


def test_past_week_does_not_carry_items_from_before_it(store):
    data = fill_week()
    sheet = load_sheet(WEEK, TODAY + timedelta(days=14))
    printed = {line.item.reason for s in sheet.sections for line in s.lines}
    assert printed == set(data.in_week)


def test_line_knows_the_contact_and_the_last_interaction(store):
    cat = categories()[1]
    c = create_contact(
        first_name="Ada", last_name="Byron", company="Engines", mobile="+44 1", category=cat.id
    )
    log_interaction(c.id, datetime(2026, 11, 1, 9), "old talk")
    log_interaction(c.id, datetime(2026, 11, 10, 9), "Agreed to a demo\nmore text")
    create_followup(c.id, WEEK.start, "Book the demo", whose="theirs")
    (item,) = due_items(WEEK)
    assert (item.name, item.company, item.phone) == ("Ada Byron", "Engines", "+44 1")
    assert item.whose == "theirs"
    assert item.last_interaction_at == datetime(2026, 11, 10, 9)
    assert item.last_interaction_text.startswith("Agreed to a demo")


def test_interaction_without_notes_says_how_it_went(store):
    c = create_contact(first_name="Bo", category=categories()[0].id)
    log_interaction(c.id, datetime(2026, 11, 10, 9), "", outcome="left message")
    create_followup(c.id, WEEK.start, "Try again")
    (item,) = due_items(WEEK)
    assert item.last_interaction_text == "call, left message"


def test_archived_contacts_are_left_off(store):
    c = create_contact(first_name="Gone", category=categories()[0].id)
    create_followup(c.id, WEEK.start, "Should not print")
    set_archived([c.id], True)
    assert due_items(WEEK) == []
    assert idle_contacts([categories()[0].id], 8)[categories()[0].id].total == 0


def test_idle_contacts_most_recent_first_capped_and_counted(store):
    cat = categories()[4]
    ids = []
    for i in range(12):
        c = create_contact(first_name=f"R{i:02d}", category=cat.id)
        if i % 3:
            log_interaction(c.id, datetime(2026, 9, 1 + i, 9))
        ids.append(c.id)
    busy = create_contact(first_name="Busy", category=cat.id)
    create_followup(busy.id, WEEK.start, "Has a next step")
    result = idle_contacts([cat.id], 5)[cat.id]
    assert result.total == 12
    assert [c.name for c in result.contacts] == ["R11", "R10", "R08", "R07", "R05"]


def test_options_and_user_name(store):
    fill_week(1)
    set_setting(USER_NAME, "Jane Seller")
    assert get_setting(USER_NAME) == "Jane Seller"
    sheet = load_sheet(WEEK, TODAY, options=Options(include_no_next_step=False))
    assert sheet.user_name == "Jane Seller"
    assert all(not s.idle and s.idle_total == 0 for s in sheet.sections)
    assert get_setting("missing", "fallback") == "fallback"
