"""Which follow-ups an export selects, and what it remembers afterwards."""

from __future__ import annotations

from datetime import date, datetime, time

from followup_desktop.store import contacts, followups, ics_state
from followup_desktop.store.ics_state import Scope
from tests.lookups import select_rows


def uids(scope, key=""):
    return [r.uid for r in select_rows(scope, key)]


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
    assert ics_state.count_rows(Scope(category_ids=(2,))).total == 2
    row = select_rows(Scope(followup_ids=(b.id,)))[0]
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


def _record(rows, key="k", when=datetime(2024, 2, 1, 10, 0)):
    ics_state.record_ledger(
        [
            (r.uid, 0, "d", key, "20240201T090000Z", 0, "s", "x", "y",
             r.ledger.changes if r.ledger else 0)
            for r in rows
        ],
        when,
    )  # fmt: skip


def test_changed_only_sweeps_what_changed_whatever_the_filters(store):
    ann = contacts.create_contact(first_name="Ann", category=2)
    a = followups.create_followup(ann.id, date(2024, 3, 1), "a")
    b = followups.create_followup(ann.id, date(2024, 3, 2), "b")
    assert ics_state.count_rows(Scope(changed_only=True)) == ics_state.ExportCount(2, 0)
    when = datetime(2024, 2, 1, 10, 0)
    _record(select_rows(Scope(), "k"), when=when)
    assert ics_state.last_export_at() == when
    assert uids(Scope(changed_only=True), "k") == []
    assert ics_state.count_rows(Scope(changed_only=True), "k") == ics_state.ExportCount(0, 0)
    # other export options: every event counts as changed
    assert len(uids(Scope(changed_only=True), "other")) == 2
    # moved out of the date range: still looked at, in or out of the filters
    followups.reschedule(a.id, date(2024, 5, 4))
    june = Scope(start=date(2024, 6, 1), end=date(2024, 6, 30), changed_only=True)
    [row] = select_rows(june, "k")
    assert row.uid == a.uid and not row.in_scope and row.ledger.sequence == 0
    assert row.ledger.stale
    # a contact edit moves every one of its events; an edit that changes nothing does not
    contacts.update_contact(ann.id, last_name="")
    assert uids(june, "k") == [a.uid]
    contacts.update_contact(ann.id, last_name="Lee")
    assert sorted(uids(june, "k")) == sorted([a.uid, b.uid])
    # deleted: the ledger keeps it, and it is gone
    followups.delete_planned(b.id)
    rows, gone = ics_state.select_export(june, "k")
    assert [r.uid for r in rows] == [a.uid] and [e.uid for e in gone] == [b.uid]
    assert ics_state.count_rows(june, "k") == ics_state.ExportCount(1, 1)
    # once recorded with the change count it read, nothing is pending
    _record(rows)
    ics_state.record_ledger([(*_tuple(e)[:9], e.changes) for e in gone], when)
    assert ics_state.select_export(june, "k") == ([], [])


def _tuple(e):
    return (e.uid, e.sequence, e.digest, e.source, e.modified_at, int(e.cancelled), e.summary,
            e.dtstart, e.dtend)  # fmt: skip


def test_a_change_made_while_the_file_is_written_stays_pending(store):
    ann = contacts.create_contact(first_name="Ann", category=2)
    a = followups.create_followup(ann.id, date(2024, 3, 1), "a")
    _record(select_rows(Scope(), "k"))
    followups.reschedule(a.id, date(2024, 3, 2))
    rows = select_rows(Scope(changed_only=True), "k")
    followups.reschedule(a.id, date(2024, 3, 3))  # after the read, before the record
    _record(rows)
    assert uids(Scope(changed_only=True), "k") == [a.uid]


def test_whose_filter_sweeps_live_events_of_the_other_side(store):
    ann = contacts.create_contact(first_name="Ann", category=2)
    a = followups.create_followup(ann.id, date(2024, 3, 1), "a", whose="theirs")
    _record(select_rows(Scope(), "k"))
    [row] = select_rows(Scope(whose="mine", changed_only=True), "k")
    assert row.uid == a.uid and not row.in_scope
    assert ics_state.count_rows(Scope(whose="mine", changed_only=True), "k").removals == 1


def test_triggers_count_every_kind_of_change_to_an_event(store):
    from followup_desktop.store.database import db
    from followup_desktop.store.models import Interaction

    ann = contacts.create_contact(first_name="Ann", category=2)
    bob = contacts.create_contact(first_name="Bob", category=3)
    a = followups.create_followup(ann.id, date(2024, 3, 1), "a")
    followups.create_followup(bob.id, date(2024, 3, 1), "b")
    _record(select_rows(Scope(), "k"))

    def pending():
        return sorted(r.uid for r in select_rows(Scope(changed_only=True), "k"))

    def settle():
        _record(select_rows(Scope(changed_only=True), "k"))
        assert pending() == []

    db.execute_sql("UPDATE followup SET reason = 'b2' WHERE id = ?", (a.id,))
    assert pending() == [a.uid]
    settle()
    db.execute_sql("UPDATE category SET name = 'Key clients' WHERE id = 2")
    assert pending() == [a.uid]
    settle()
    when = datetime(2024, 2, 3, 9, 0)
    i = Interaction.create(
        contact=ann.id, occurred_at=when, channel="call", outcome="reached", notes="x",
        created_at=when,
    )  # fmt: skip
    assert pending() == [a.uid]
    settle()
    Interaction.update(notes="y").where(Interaction.id == i.id).execute()
    assert pending() == [a.uid]
    settle()
    contacts.update_contact(ann.id, notes="only the contact's own notes")  # not on the event
    assert pending() == []


def test_the_upgrade_copies_earlier_exports_into_the_ledger(data_dir):
    """Follow-ups exported before the ledger keep their SEQUENCE; their digest is
    unknown, so the next export sends them once more (or withdraws the closed ones)."""
    import sqlite3

    from followup_desktop.store import database
    from followup_desktop.store.migrations import STEPS, V14

    data_dir.mkdir()
    path = data_dir / "followup.sqlite3"
    conn = sqlite3.connect(path)
    version = STEPS.index(V14)
    for step in STEPS[:version]:
        for statement in step:
            conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.execute(
        "INSERT INTO contact (first_name, last_name, category_id, created_at, updated_at)"
        " VALUES ('Ann', 'Lee', 2, '2026-01-01', '2026-01-01')"
    )
    conn.execute(
        "INSERT INTO followup (uid, contact_id, due_date, due_time, reason, channel, status,"
        " created_at, updated_at) VALUES ('u1@x', 1, '2026-03-05', '09:00:00', 'Call back',"
        " 'call', 'cancelled', '2026-01-01', '2026-01-01')"
    )
    conn.execute(
        "INSERT INTO ics_export (followup_id, exported_revision, sequence, exported_at)"
        " VALUES (1, 3, 2, '2026-02-03 10:00:00')"
    )
    conn.commit()
    conn.close()
    database.open_database(path)
    entry = ics_state.ledger_entries(["u1@x"])["u1@x"]
    assert (entry.sequence, entry.digest, entry.cancelled) == (2, "", False)
    assert entry.summary == "Follow up: Ann Lee – Call back"
    assert (entry.dtstart, entry.dtend) == (
        "DTSTART;VALUE=DATE:20260305",
        "DTEND;VALUE=DATE:20260306",
    )
    assert len(entry.modified_at) == 16 and entry.modified_at.endswith("Z")
