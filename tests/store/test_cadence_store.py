from datetime import date, datetime, timedelta

import pytest

from followup_desktop.domain import cadence as rules
from followup_desktop.store import agenda, cadence, contacts, followups, notes
from followup_desktop.store.errors import InvalidInputError
from followup_desktop.store.models import Contact
from tests.lookups import category_by_name

TODAY = date(2026, 11, 26)


def _cat(name):
    return category_by_name(name).id


def _contact(name, category, *, last=None, created=datetime(2026, 1, 1), **extra):
    c = contacts.create_contact(first_name=name, category=_cat(category), **extra)
    Contact.update(created_at=created, last_interaction_at=last).where(Contact.id == c.id).execute()
    return c.id


def test_losing_touch_lists_past_rhythm_without_plan_in_order(store):
    a = _contact("Anna", "Prospects", last=datetime(2026, 11, 1, 10))  # 14d: 11 past
    z = _contact("Zoe", "Personal Contacts", last=datetime(2026, 5, 1))  # 180d: 29 past
    _contact("Dora", "Prospects", last=datetime(2026, 11, 20))  # within
    b = _contact("Bob", "Clients", last=datetime(2026, 11, 5), cadence_days=10)  # own: 11
    _contact("Carl", "Clients", last=datetime(2025, 1, 1), cadence_opt_out=True)
    planned = _contact("Paul", "Prospects", last=datetime(2026, 1, 1))
    followups.create_followup(planned, TODAY, "Call back")
    never = _contact("Nina", "Referrals", created=datetime(2026, 9, 1))  # 30d since added
    assert cadence.losing_touch_count(TODAY) == 4
    ids = [cid for cid, _ in cadence.losing_touch_ids(TODAY)]
    assert ids == [never, z, b, a]
    rows = agenda.rows("losing", TODAY)
    assert [r.contact_id for r in rows] == ids
    assert rows[0].rhythm == 30 and rows[0].last_at is None and rows[0].category == "Referrals"
    assert agenda.counts(TODAY)["losing"] == 4


def test_store_order_matches_domain_order(store):
    import random

    rng = random.Random(4)
    cats = ["Prospects", "Clients", "Referrals", "Personal Contacts"]
    for i in range(60):
        own = rng.choice([None, None, 7, 21])
        last = datetime(2026, 1, 1) + timedelta(days=rng.randrange(330))
        _contact(f"P{i:02d}", rng.choice(cats), last=last, cadence_days=own)
    candidates = []
    for c in Contact.select():
        candidates.append(
            (c.id, c.sort_name, c.cadence_days, c.category.cadence_days, c.cadence_opt_out,
             c.last_interaction_at, c.created_at)
        )  # fmt: skip
    expected = [s.contact_id for s in rules.losing_touch(candidates, TODAY)]
    assert [cid for cid, _ in cadence.losing_touch_ids(TODAY, limit=500)] == expected
    assert cadence.losing_touch_count(TODAY) == len(expected) > 10


def test_logged_interaction_resets_the_clock(store):
    cid = _contact("Anna", "Prospects", last=datetime(2026, 10, 1))
    assert cadence.losing_touch_count(TODAY) == 1
    notes.save_note(
        notes.NoteInput(
            contact_id=cid, channel="call", outcome="reached",
            no_next_step_reason="just a chat", occurred_at=datetime(2026, 11, 25, 9),
        )
    )  # fmt: skip
    assert cadence.losing_touch_count(TODAY) == 0
    assert cadence.losing_touch_count(TODAY + timedelta(days=15)) == 1


def test_editing_rhythms(store):
    cid = _contact("Anna", "Clients", last=datetime(2026, 10, 1))  # 90 days: fine
    assert cadence.losing_touch_count(TODAY) == 0
    cadence.set_category_rhythm(_cat("Clients"), 30)
    assert cadence.losing_touch_count(TODAY) == 1
    contacts.update_contact(cid, cadence_days=120)  # as the contact dialog saves it
    assert cadence.losing_touch_count(TODAY) == 0
    contacts.update_contact(cid, cadence_days=None, cadence_opt_out=True)
    assert Contact.get_by_id(cid).cadence_opt_out and cadence.losing_touch_count(TODAY) == 0
    contacts.update_contact(cid, cadence_opt_out=False)
    assert cadence.losing_touch_count(TODAY) == 1
    cadence.set_category_rhythm(_cat("Clients"), None)
    assert cadence.losing_touch_count(TODAY) == 0
    with pytest.raises(InvalidInputError, match="between 1 and"):
        cadence.set_category_rhythm(_cat("Clients"), 0)


def test_archived_contacts_are_left_out(store):
    cid = _contact("Anna", "Prospects", last=datetime(2026, 1, 1))
    contacts.set_archived([cid], True)
    assert cadence.losing_touch_count(TODAY) == 0


def test_pages_join_up_to_the_whole_list(store):
    # Many on the same days, so page edges fall inside a day (names decide there).
    for i in range(40):
        last = datetime(2026, 10, 1 + i % 4, 8 + i % 9)
        _contact(f"N{(i * 7) % 40:02d}", "Prospects" if i % 3 else "Referrals", last=last)
    whole = cadence.losing_touch_ids(TODAY, limit=1000)
    paged = []
    for offset in range(0, 40, 7):
        paged += cadence.losing_touch_ids(TODAY, limit=7, offset=offset)
    assert paged == whole and len(whole) == 40
