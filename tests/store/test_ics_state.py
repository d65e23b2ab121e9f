"""Which follow-ups an export selects, and what it remembers afterwards."""

from __future__ import annotations

from datetime import date, datetime, time

from followup_desktop.store import contacts, followups, ics_state
from followup_desktop.store.ics_state import Scope


def uids(scope):
    return [r.uid for r in ics_state.select_rows(scope)]


def test_scope_filters(store):
    ann = contacts.create_contact(first_name="Ann", category=2)
    bob = contacts.create_contact(company="Bob Ltd", category=3)
    a = followups.create_followup(ann.id, date(2024, 3, 1), "a")
    b = followups.create_followup(bob.id, date(2024, 3, 10), "b", whose="theirs")
    c = followups.create_followup(ann.id, date(2024, 3, 20), "c", due_time=time(9))
    d = followups.create_followup(ann.id, date(2024, 3, 5), "d")
    followups.cancel(d.id, "not needed")
    assert uids(Scope()) == [a.uid, b.uid, c.uid]
    assert uids(Scope(open_only=False)) == [a.uid, d.uid, b.uid, c.uid]
    assert uids(Scope(start=date(2024, 3, 10), end=date(2024, 3, 20))) == [b.uid, c.uid]
    assert uids(Scope(end=date(2024, 3, 9))) == [a.uid]
    assert uids(Scope(category_ids=(3,))) == [b.uid]
    assert uids(Scope(category_ids=(2, 3), whose="mine")) == [a.uid, c.uid]
    assert uids(Scope(whose="theirs")) == [b.uid]
    assert uids(Scope(followup_ids=(c.id,))) == [c.uid]
    assert ics_state.count_rows(Scope(category_ids=(2,))) == 2
    row = ics_state.select_rows(Scope(followup_ids=(b.id,)))[0]
    assert row.contact_name == "Bob Ltd" and row.category == "Prospects"
    assert row.due_time is None and row.sequence == 0


def test_same_day_order_all_day_first_then_time_then_uid(store):
    ann = contacts.create_contact(first_name="Ann", category=2)
    day = date(2024, 3, 1)
    late = followups.create_followup(ann.id, day, "late", due_time=time(15))
    early = followups.create_followup(ann.id, day, "early", due_time=time(8))
    all_day = [followups.create_followup(ann.id, day, f"x{i}") for i in range(3)]
    expected = sorted(f.uid for f in all_day) + [early.uid, late.uid]
    assert uids(Scope()) == expected


def test_changed_only_and_sequence(store):
    ann = contacts.create_contact(first_name="Ann", category=2)
    a = followups.create_followup(ann.id, date(2024, 3, 1), "a")
    b = followups.create_followup(ann.id, date(2024, 3, 2), "b")
    assert ics_state.count_rows(Scope(changed_only=True)) == 2
    when = datetime(2024, 2, 1, 10, 0)
    ics_state.record_export(ics_state.select_rows(Scope()), when)
    assert ics_state.last_export_at() == when
    assert uids(Scope(changed_only=True)) == []
    followups.reschedule(a.id, date(2024, 3, 4))
    changed = ics_state.select_rows(Scope(changed_only=True))
    assert [r.uid for r in changed] == [a.uid] and changed[0].sequence == 1
    # exporting only one follow-up ("Add to calendar") does not move "last exported"
    ics_state.record_export(changed, datetime(2024, 2, 2), full=False)
    assert ics_state.last_export_at() == when
    assert ics_state.exported_state([a.id, b.id]) == {a.id: (1, 1), b.id: (0, 0)}
    followups.reschedule(a.id, date(2024, 3, 5))
    followups.reschedule(a.id, date(2024, 3, 6))
    assert ics_state.select_rows(Scope(changed_only=True))[0].sequence == 2


def test_next_sequence_rules():
    assert ics_state.next_sequence(0, None, None) == 0
    assert ics_state.next_sequence(3, 3, 1) == 1
    assert ics_state.next_sequence(5, 3, 1) == 2
