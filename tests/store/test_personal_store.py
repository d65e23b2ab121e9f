"""Addresses, key dates and things to remember in the database: saving, the agenda's
window, the reminders they plan and the "customer since" the After-the-sale series sets."""

from datetime import date

import pytest

from followup_desktop.domain.personal import Address, KeyDate, PersonalInfo, ThingToRemember
from followup_desktop.store import (
    coming_up,
    contacts,
    greeting_cards,
    personal,
    personal_bulk,
    series,
)
from followup_desktop.store.errors import InvalidInputError
from tests.lookups import category_by_name


def _contact(first="Ada", category="Clients", **kw):
    return contacts.create_contact(
        first_name=first, last_name="Lovelace", category=category_by_name(category), **kw
    ).id


def _open_followups(store, cid):
    return store.execute_sql(
        "SELECT due_date, reason, channel FROM followup WHERE contact_id = ? AND status = 'open'"
        " ORDER BY due_date",
        (cid,),
    ).fetchall()


def test_save_and_read_back_everything(store):
    cid = _contact()
    info = PersonalInfo(
        addresses=(
            Address("work", "1 Main St", "Springfield", "IL", "62701", "USA"),
            Address("home", country="Portugal"),
        ),
        key_dates=(
            KeyDate("birthday", 3, 15),
            KeyDate("anniversary", 2, 29, 1984),
            KeyDate("other", 9, 1, label="Daughter's graduation", action="call"),
        ),
        things=(ThingToRemember("Japan trip", date(2027, 3, 12)), ThingToRemember("Likes golf")),
    )
    personal.save_personal(cid, info, today=date(2026, 12, 6))
    back = personal.personal_info(cid)
    assert back == info
    assert personal_bulk.personal_rows([cid])[cid] == info


def test_impossible_dates_are_refused_and_nothing_is_written(store):
    cid = _contact()
    personal.save_personal(cid, PersonalInfo(things=(ThingToRemember("Likes golf"),)))
    bad = PersonalInfo(key_dates=(KeyDate("birthday", 2, 31),), things=(ThingToRemember("Other"),))
    with pytest.raises(InvalidInputError, match="February has no day 31"):
        personal.save_personal(cid, bad)
    future = PersonalInfo(key_dates=(KeyDate("birthday", 1, 1, 2030),))
    with pytest.raises(InvalidInputError, match="future"):
        personal.save_personal(cid, future, today=date(2026, 12, 6))
    assert personal.personal_info(cid).things == (ThingToRemember("Likes golf"),)


def test_key_dates_between_covers_the_year_end_and_leaves_out_archived(store):
    a, b, gone = _contact("Ada"), _contact("Bob"), _contact("Gone")
    personal.save_personal(a, PersonalInfo(key_dates=(KeyDate("birthday", 1, 3, 1980),)))
    personal.save_personal(
        b,
        PersonalInfo(
            key_dates=(KeyDate("anniversary", 12, 28),),
            things=(ThingToRemember("Back from Japan", date(2026, 12, 30)),),
        ),
    )
    personal.save_personal(gone, PersonalInfo(key_dates=(KeyDate("birthday", 12, 27),)))
    contacts.set_archived([gone], True)
    items = coming_up.key_dates_between(date(2026, 12, 25), 14)
    assert [(i.name, i.occurs, i.what) for i in items] == [
        ("Bob Lovelace", date(2026, 12, 28), "Wedding anniversary"),
        ("Bob Lovelace", date(2026, 12, 30), "Back from Japan"),
        ("Ada Lovelace", date(2027, 1, 3), "Birthday (turns 47)"),
    ]
    assert coming_up.key_dates_between(date(2027, 1, 4), 14) == []


def test_29_february_shows_on_28_february_in_a_common_year(store):
    cid = _contact()
    personal.save_personal(cid, PersonalInfo(key_dates=(KeyDate("birthday", 2, 29, 1984),)))
    [item] = coming_up.key_dates_between(date(2027, 2, 20), 14)
    assert item.occurs == date(2027, 2, 28)


def test_reminders_are_planned_once_per_occurrence(store):
    cid = _contact()
    # Tuesday 15 Dec 2026; today Sunday 6 Dec
    personal.save_personal(cid, PersonalInfo(key_dates=(KeyDate("birthday", 12, 15, 1980),)))
    today = date(2026, 12, 6)
    created = personal.plan_key_date_reminders(today)
    assert len(created) == 1
    assert _open_followups(store, cid) == [("2026-12-08", "Send a birthday card", "letter or card")]
    assert personal.plan_key_date_reminders(today) == []  # not twice
    store.execute_sql("UPDATE followup SET status = 'done' WHERE id = ?", (created[0],))
    assert personal.plan_key_date_reminders(today) == []  # done stays done


def test_lead_time_per_category_then_contact(store):
    cid = _contact()
    clients = category_by_name("Clients").id
    greeting_cards.set_card_lead_days(category_id=clients, days=10)
    personal.save_personal(cid, PersonalInfo(key_dates=(KeyDate("birthday", 12, 21),)))
    personal.plan_key_date_reminders(date(2026, 12, 6), contact_id=cid)
    assert _open_followups(store, cid)[0][0] == "2026-12-11"  # Mon 21 - 10 = Fri 11
    assert greeting_cards.card_lead_days(cid) == 10
    greeting_cards.set_card_lead_days(contact_id=cid, days=3)
    assert greeting_cards.card_lead_days(cid) == 3


def test_a_moved_date_drops_its_open_reminder(store):
    cid = _contact()
    personal.save_personal(cid, PersonalInfo(key_dates=(KeyDate("birthday", 12, 15),)))
    personal.plan_key_date_reminders(date(2026, 12, 6))
    [stored] = personal.stored_key_dates(cid)
    moved = PersonalInfo(key_dates=(KeyDate("birthday", 12, 19),))
    personal.save_personal(cid, moved, key_date_ids=[stored.id])
    assert _open_followups(store, cid) == []
    personal.plan_key_date_reminders(date(2026, 12, 6))
    assert _open_followups(store, cid)[0][0] == "2026-12-11"  # Sat 19 - 7: Sat 12 -> Fri 11


def test_reminders_are_planned_a_week_ahead_of_their_day_not_earlier(store):
    cid = _contact()
    personal.save_personal(cid, PersonalInfo(key_dates=(KeyDate("birthday", 12, 30),)))
    assert personal.plan_key_date_reminders(date(2026, 12, 6)) == []  # card due 23 Dec
    assert len(personal.plan_key_date_reminders(date(2026, 12, 16))) == 1


def test_a_call_is_planned_on_the_day(store):
    cid = _contact()
    personal.save_personal(
        cid, PersonalInfo(key_dates=(KeyDate("anniversary", 12, 16, action="call"),))
    )
    personal.plan_key_date_reminders(date(2026, 12, 6))
    assert _open_followups(store, cid) == [("2026-12-16", "Call for their anniversary", "call")]


def test_after_the_sale_sets_customer_since_and_undo_removes_it(store):
    cid = _contact()
    run_id, _ = series.apply(series.AFTER_THE_SALE, cid, date(2026, 12, 1))
    [kd] = personal.personal_info(cid).key_dates
    assert (kd.kind, kd.year, kd.month, kd.day) == ("customer_since", 2026, 12, 1)
    series.undo_apply(run_id)
    assert personal.personal_info(cid).key_dates == ()


def test_a_customer_since_date_already_set_is_kept(store):
    cid = _contact()
    own = KeyDate("customer_since", 5, 1, 2019, action="call")
    personal.save_personal(cid, PersonalInfo(key_dates=(own,)))
    series.apply(series.AFTER_THE_SALE, cid, date(2026, 12, 1))
    assert personal.personal_info(cid).key_dates == (own,)


def test_deleting_a_contact_deletes_its_personal_data(store):
    cid = _contact()
    personal.save_personal(
        cid,
        PersonalInfo(
            addresses=(Address("home", city="Lisbon"),),
            key_dates=(KeyDate("birthday", 12, 15),),
            things=(ThingToRemember("x"),),
        ),
    )
    personal.plan_key_date_reminders(date(2026, 12, 6))
    store.execute_sql("DELETE FROM contact WHERE id = ?", (cid,))
    for table in ("contact_address", "key_date", "remembered", "key_date_reminder"):
        assert store.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0] == 0


def test_talking_points_ask_about_what_has_just_happened(store):
    from datetime import timedelta

    from followup_desktop.store import followups, talking_points

    cid = _contact()
    back = date.today() - timedelta(days=3)
    personal.save_personal(cid, PersonalInfo(things=(ThingToRemember("Back from Japan", back),)))
    fid = followups.create_followup(cid, date.today(), "Check in").id
    assert talking_points.fields_for(fid)["remembered"].text == "Back from Japan"


def test_the_calendar_marks_key_dates_by_day(store):
    from followup_desktop.domain.key_date_lines import marks_tip
    from followup_desktop.store.calendar import load_range

    a, b, gone = _contact("Ada"), _contact("Bob"), _contact("Gone")
    personal.save_personal(a, PersonalInfo(key_dates=(KeyDate("birthday", 2, 29, 1984),)))
    personal.save_personal(
        b, PersonalInfo(key_dates=(KeyDate("anniversary", 2, 28), KeyDate("birthday", 3, 2)))
    )
    personal.save_personal(gone, PersonalInfo(key_dates=(KeyDate("birthday", 2, 28),)))
    contacts.set_archived([gone], True)
    from followup_desktop.store.key_date_marks import key_date_marks

    data = load_range(date(2027, 2, 22), date(2027, 3, 1))
    assert data.key_dates == {date(2027, 2, 28): (2, ())}  # the stars: counts only
    day = date(2027, 2, 28)  # the names, for that day's tooltip
    assert key_date_marks(day, day) == {
        day: (2, ("Wedding anniversary: Bob Lovelace", "Birthday: Ada Lovelace")),
    }
    count, names = key_date_marks(day, day)[day]
    assert marks_tip(count, names[:1]) == (
        "Wedding anniversary: Bob Lovelace\n… and 1 more (the agenda's Key dates lists them)"
    )


def test_calendar_marks_over_new_year_name_both_sides(store):
    from followup_desktop.store.key_date_marks import key_date_marks

    a, b = _contact("Ada"), _contact("Bob")
    personal.save_personal(a, PersonalInfo(key_dates=(KeyDate("birthday", 1, 2),)))
    personal.save_personal(b, PersonalInfo(key_dates=(KeyDate("birthday", 12, 30),)))
    marks = key_date_marks(date(2026, 12, 28), date(2027, 1, 5))
    assert marks == {
        date(2026, 12, 30): (1, ("Birthday: Bob Lovelace",)),
        date(2027, 1, 2): (1, ("Birthday: Ada Lovelace",)),
    }
    # only one name wanted: the earlier day (December) gets it
    assert key_date_marks(date(2026, 12, 28), date(2027, 1, 5), names=1)[date(2027, 1, 2)] == (
        1,
        (),
    )
