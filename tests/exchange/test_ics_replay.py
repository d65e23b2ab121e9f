"""A day replayed: what a second, changed-only file says keeps the calendar true.

A merging import (by UID, the highest SEQUENCE wins, as Outlook and CalDAV clients
apply them) of the first and the second file leaves exactly the app's open
follow-ups as live events, each as the app now has it.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from followup_desktop.exchange import ics_export as ex

from . import replay_day as replay
from .ics_checks import check_ics

WITHDRAWN = {"done", "cancelled", "deleted", "archived", "switched"}
CHANGED = {"renamed", "moved"}


def merge(*files: bytes) -> dict[str, object]:
    """A calendar that imports the files in order, one event per UID."""
    calendar: dict[str, object] = {}
    for data in files:
        for event in check_ics(data)[0]:
            uid = str(event["UID"])
            held = calendar.get(uid)
            if held is None or int(event["SEQUENCE"]) > int(held["SEQUENCE"]):
                calendar[uid] = event
    return calendar


def live(calendar) -> set[str]:
    return {uid for uid, e in calendar.items() if str(e.get("STATUS", "")) != "CANCELLED"}


def test_a_day_replayed_leaves_no_stale_event(store, tmp_path):
    day = replay.plan(tmp_path)
    first = {str(e["UID"]): e for e in check_ics(day.first)[0]}
    exported = {k for k, uid in day.uids.items() if uid in first}
    assert exported == WITHDRAWN | CHANGED | {"kept"}  # "far" is outside the two weeks
    assert all(int(e["SEQUENCE"]) == 0 for e in first.values())

    replay.work(day)
    replay.second_export(day, tmp_path)
    second = {str(e["UID"]): e for e in check_ics(day.second)[0]}
    names = {uid: k for k, uid in day.uids.items()}
    # Exactly what changed since, whatever today's filters, plus what is new.
    assert {names[u] for u in second} == WITHDRAWN | CHANGED | {"new"}
    assert day.second_result.count == 8
    assert (day.second_result.changed, day.second_result.removed) == (3, 5)
    for key in WITHDRAWN:
        event = second[day.uids[key]]
        assert str(event["STATUS"]) == "CANCELLED", key
        assert int(event["SEQUENCE"]) == 1, key
        assert str(event["TRANSP"]) == "TRANSPARENT", key
        assert event["DTSTART"].dt == first[day.uids[key]]["DTSTART"].dt  # where it was
    assert str(second[day.uids["done"]]["SUMMARY"]) == "Done: Ann Lee – Send the proposal"
    assert str(second[day.uids["cancelled"]]["SUMMARY"]) == (
        "Cancelled: Silver Oak Manufacturing S.A. – Check in after the installation"
    )
    assert str(second[day.uids["deleted"]]["SUMMARY"]).startswith("Cancelled: Bob Kent")
    for key in CHANGED:
        event = second[day.uids[key]]
        assert str(event["STATUS"]) == "CONFIRMED" and int(event["SEQUENCE"]) == 1, key
        assert event["DTSTAMP"].dt == replay.SECOND  # changed now
    assert "Ruiz-Alvarez" in str(second[day.uids["renamed"]]["SUMMARY"])
    moved = second[day.uids["moved"]]["DTSTART"].dt
    assert moved == datetime(2027, 6, 23, 8, 0, tzinfo=timezone.utc)  # 10:00 in Berlin
    new = second[day.uids["new"]]
    assert int(new["SEQUENCE"]) == 0 and str(new["CATEGORIES"].cats[0]) == "Referrals"

    calendar = merge(day.first, day.second)
    expected = replay.open_mine() & (set(first) | replay.in_scope_now())
    assert live(calendar) == expected
    assert {names[u] for u in expected} == {"renamed", "moved", "kept", "new"}
    assert str(calendar[day.uids["kept"]]["DTSTAMP"].dt) == str(replay.FIRST)  # untouched


def test_after_the_day_nothing_is_left_to_send_and_a_full_export_agrees(store, tmp_path):
    day = replay.plan(tmp_path)
    replay.work(day)
    replay.second_export(day, tmp_path)
    later = replay.SECOND + timedelta(hours=14)
    again = ex.export_to_file(
        tmp_path / "third.ics", replay.scope(changed_only=True), replay.OPTIONS, now=later
    )
    assert again.count == 0 and not (tmp_path / "third.ics").exists()  # withdrawn once only
    full = ex.export_to_file(
        tmp_path / "full.ics", replay.scope(changed_only=False), replay.OPTIONS, now=later
    )
    events = {str(e["UID"]): e for e in check_ics((tmp_path / "full.ics").read_bytes())[0]}
    names = {uid: k for k, uid in day.uids.items()}
    assert {names[u] for u in events} == {"renamed", "kept", "new"}  # "moved" is out of range
    assert full.changed == 0 and full.removed == 0
    # Unchanged events are written exactly as before: same SEQUENCE, same DTSTAMP.
    second = {str(e["UID"]): e for e in check_ics(day.second)[0]}
    for uid in (day.uids["renamed"], day.uids["new"]):
        assert events[uid]["SEQUENCE"] == second[uid]["SEQUENCE"]
        assert events[uid]["DTSTAMP"].dt == second[uid]["DTSTAMP"].dt == replay.SECOND
    calendar = merge(day.first, day.second, (tmp_path / "full.ics").read_bytes())
    assert live(calendar) == replay.open_mine() & set(calendar)


def test_undone_and_unarchived_come_back_with_a_higher_sequence(store, tmp_path):
    from followup_desktop.store import contacts, followups

    day = replay.plan(tmp_path)
    replay.work(day)
    replay.second_export(day, tmp_path)
    contacts.set_archived([day.contacts["cleo"]], False)
    state = followups.snapshot(day.ids["cancelled"])
    followups.restore([state.__class__(**{**state.__dict__, "status": "open"})])
    third = ex.export_to_file(
        tmp_path / "third.ics", replay.scope(changed_only=True), replay.OPTIONS, now=replay.SECOND
    )
    events = {str(e["UID"]): e for e in check_ics((tmp_path / "third.ics").read_bytes())[0]}
    assert set(events) == {day.uids["archived"], day.uids["cancelled"]}
    for event in events.values():
        assert str(event["STATUS"]) == "CONFIRMED" and int(event["SEQUENCE"]) == 2
    assert third.changed == 2
    calendar = merge(day.first, day.second, (tmp_path / "third.ics").read_bytes())
    assert {day.uids["archived"], day.uids["cancelled"]} <= live(calendar)


def test_a_new_time_zone_moves_every_timed_event_with_a_new_sequence(store, tmp_path):
    day = replay.plan(tmp_path)
    other = ex.ExportOptions(zone="America/New_York", reminders=True)
    result = ex.export_to_file(
        tmp_path / "ny.ics", replay.scope(changed_only=True), other, now=replay.SECOND
    )
    events = {str(e["UID"]): e for e in check_ics((tmp_path / "ny.ics").read_bytes())[0]}
    # The timed ones move; all-day events read the same in any zone and are not sent.
    names = {uid: k for k, uid in day.uids.items()}
    assert {names[u] for u in events} == {"done", "archived", "moved", "kept"}
    assert result.changed == 4
    timed = events[day.uids["kept"]]
    assert int(timed["SEQUENCE"]) == 1
    assert timed["DTSTART"].dt == datetime(2027, 6, 1, 15, 0, tzinfo=timezone.utc)  # 11:00 NY
