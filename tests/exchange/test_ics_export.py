"""Exporting follow-ups from the database: values, time zones, order, atomic writes."""

from __future__ import annotations

import errno
import os
from datetime import date, datetime, time, timedelta, timezone

import pytest

from followup_desktop.exchange import ics_export as ex
from followup_desktop.exchange import ics_options
from followup_desktop.store import contacts, followups, ics_state
from followup_desktop.store.ics_state import Scope
from followup_desktop.store.models import FollowUp, Interaction
from tests.lookups import select_rows

from .ics_checks import check_ics

UTC = timezone.utc
NOW = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)


def make_contact(**kw):
    values = {"first_name": "Ann", "last_name": "Lee", "category": 2, **kw}
    return contacts.create_contact(**values)


ALL_OPEN = Scope()


def export(tmp_path, scope=ALL_OPEN, *, zone="Europe/Berlin", now=NOW, name="out.ics", **opts):
    path = tmp_path / name
    result = ex.export_to_file(path, scope, ex.ExportOptions(zone=zone, **opts), now=now)
    return result, (path.read_bytes() if path.exists() else b"")


def test_values_round_trip_through_icalendar_and_vobject(store, tmp_path):
    c = make_contact(company="ACME GmbH", phone="+49 30 123", email="ann@acme.example")
    Interaction.create(
        contact=c.id,
        occurred_at=datetime(2024, 2, 20, 15, 30),
        channel="call",
        outcome="reached",
        notes="Liked the demo.\nWants prices\nfor 20 seats\nand a trial\nmore",
        created_at=datetime(2024, 2, 20, 15, 30),
    )
    followups.refresh_contact_summary(c.id)
    fu = followups.create_followup(
        c.id, date(2024, 3, 12), "Send the proposal", due_time=time(9, 30), channel="email"
    )
    allday = followups.create_followup(c.id, date(2024, 3, 13), "Ask about the trial")
    result, data = export(tmp_path, reminders=True)
    assert result.count == 2
    events, vcal = check_ics(data)
    first, second = events
    assert str(first["UID"]) == fu.uid and str(second["UID"]) == allday.uid
    assert str(first["SUMMARY"]) == "Follow up: Ann Lee – Send the proposal"
    assert first["DTSTART"].dt == datetime(2024, 3, 12, 8, 30, tzinfo=UTC)
    assert first["DTEND"].dt == datetime(2024, 3, 12, 8, 45, tzinfo=UTC)
    # The reason first, then how to reach them and what was said last; the rest after.
    assert str(first["DESCRIPTION"]) == (
        "Reason: Send the proposal\nPhone: +49 30 123\nEmail: ann@acme.example\n"
        "Last interaction: 2024-02-20\nLiked the demo.\nWants prices\nfor 20 seats\n…\n"
        "\nCompany: ACME GmbH\nChannel: e-mail\nWhose move: yours"
    )
    assert int(first["SEQUENCE"]) == 0
    assert [str(c) for c in first["CATEGORIES"].cats] == ["Clients"]
    assert str(first["STATUS"]) == "CONFIRMED"
    assert second["DTSTART"].dt == date(2024, 3, 13)
    assert second["DTEND"].dt == date(2024, 3, 14)
    alarms = [c for c in first.walk("VALARM")]
    assert alarms[0]["TRIGGER"].dt == -timedelta(minutes=15)
    # all-day: relative to the start too, 09:00 the day before (what Outlook can show)
    assert second.walk("VALARM")[0]["TRIGGER"].dt == -timedelta(hours=15)
    assert b"TRIGGER;RELATED=START:-PT15H\r\n" in data
    assert b"TRIGGER;RELATED=START:-PT15M\r\n" in data
    assert b"VALUE=DATE-TIME" not in data
    assert vcal.prodid.value == ex.PRODID
    assert b"X-WR-CALNAME" not in data


def test_no_invitations_publish_calendar_name_only_when_asked(store, tmp_path):
    c = make_contact(email="ann@example.com")
    followups.create_followup(c.id, date(2024, 3, 12), "Call")
    _, data = export(tmp_path)
    for word in (b"ATTENDEE", b"ORGANIZER", b"mailto", b"X-WR-CALNAME"):
        assert word not in data
    assert b"\r\nMETHOD:PUBLISH\r\n" in data
    _, named = export(tmp_path, calendar_name="Follow-ups, sales", name="named.ics")
    assert b"X-WR-CALNAME:Follow-ups\\, sales\r\n" in named
    check_ics(named)


@pytest.mark.parametrize(
    ("zone", "day", "expected_utc"),
    [
        ("Europe/Berlin", date(2024, 3, 30), datetime(2024, 3, 30, 8, 0, tzinfo=UTC)),  # CET
        ("Europe/Berlin", date(2024, 3, 31), datetime(2024, 3, 31, 7, 0, tzinfo=UTC)),  # CEST
        ("Europe/Berlin", date(2024, 10, 26), datetime(2024, 10, 26, 7, 0, tzinfo=UTC)),
        ("Europe/Berlin", date(2024, 10, 27), datetime(2024, 10, 27, 8, 0, tzinfo=UTC)),
        ("America/New_York", date(2024, 3, 9), datetime(2024, 3, 9, 14, 0, tzinfo=UTC)),  # EST
        ("America/New_York", date(2024, 3, 10), datetime(2024, 3, 10, 13, 0, tzinfo=UTC)),
        ("America/New_York", date(2024, 11, 2), datetime(2024, 11, 2, 13, 0, tzinfo=UTC)),
        ("America/New_York", date(2024, 11, 3), datetime(2024, 11, 3, 14, 0, tzinfo=UTC)),
    ],
)
def test_nine_oclock_local_is_the_right_utc_instant_across_dst(
    store, tmp_path, zone, day, expected_utc
):
    c = make_contact()
    followups.create_followup(c.id, day, "Call", due_time=time(9, 0))
    followups.create_followup(c.id, day, "All day")
    _, data = export(tmp_path, zone=zone)
    events = {str(e["SUMMARY"]): e for e in check_ics(data)[0]}
    assert events["Follow up: Ann Lee – Call"]["DTSTART"].dt == expected_utc
    assert events["Follow up: Ann Lee – All day"]["DTSTART"].dt == day  # never shifts
    assert f"DTSTART;VALUE=DATE:{day:%Y%m%d}".encode() in data


@pytest.mark.parametrize(
    ("at", "day", "expected_utc"),
    [
        # 02:30 does not exist on the spring-forward day: read as 03:30 summer time.
        (time(2, 30), date(2024, 3, 31), datetime(2024, 3, 31, 1, 30, tzinfo=UTC)),
        # 02:30 happens twice on the fall-back day: the first one (still summer time).
        (time(2, 30), date(2024, 10, 27), datetime(2024, 10, 27, 0, 30, tzinfo=UTC)),
    ],
)
def test_skipped_and_repeated_wall_times(store, tmp_path, at, day, expected_utc):
    c = make_contact()
    followups.create_followup(c.id, day, "Night call", due_time=at)
    _, data = export(tmp_path, zone="Europe/Berlin")
    assert check_ics(data)[0][0]["DTSTART"].dt == expected_utc


@pytest.mark.parametrize("zone", ["Pacific/Kiritimati", "Pacific/Pago_Pago", "UTC"])
def test_all_day_never_shifts_in_extreme_zones(store, tmp_path, zone):
    c = make_contact()
    followups.create_followup(c.id, date(2024, 12, 31), "Year end")
    _, data = export(tmp_path, zone=zone)
    assert check_ics(data)[0][0]["DTSTART"].dt == date(2024, 12, 31)


def test_an_unchanged_export_is_identical_byte_for_byte(store, tmp_path):
    c = make_contact()
    d = make_contact(first_name="Bob")
    for i in range(30):
        followups.create_followup(
            (c if i % 2 else d).id,
            date(2024, 3, 1 + i % 5),
            f"Reason {i}",
            due_time=None if i % 3 else time(8 + i % 9, 15),
        )
    _, one = export(tmp_path, name="a.ics")
    _, two = export(tmp_path, name="b.ics", now=NOW + timedelta(hours=5))
    # DTSTAMP and LAST-MODIFIED are when the event last changed, not the export time.
    assert one == two
    assert b"DTSTAMP:20240301T120000Z\r\n" in two
    events = check_ics(one)[0]
    keys = [(e["DTSTART"].dt if isinstance(e["DTSTART"].dt, date) else None) for e in events]
    assert len(keys) == 30
    rows = select_rows(Scope())
    assert [str(e["UID"]) for e in events] == [r.uid for r in rows]
    due = [(r.due_date, r.due_time is not None, r.due_time or time(0), r.uid) for r in rows]
    assert due == sorted(due)


def test_sequence_grows_only_when_the_follow_up_changed(store, tmp_path):
    c = make_contact()
    fu = followups.create_followup(c.id, date(2024, 3, 12), "Call", due_time=time(10))
    _, first = export(tmp_path, name="1.ics")
    assert b"SEQUENCE:0\r\n" in first
    _, again = export(tmp_path, name="2.ics")
    assert b"SEQUENCE:0\r\n" in again  # unchanged: same SEQUENCE
    followups.reschedule(fu.id, date(2024, 3, 14))
    _, moved = export(tmp_path, name="3.ics")
    assert b"SEQUENCE:1\r\n" in moved and b"DTSTART:20240314T090000Z" in moved
    followups.reschedule(fu.id, date(2024, 3, 15))
    followups.reschedule(fu.id, date(2024, 3, 16))
    _, twice = export(tmp_path, name="4.ics")
    assert b"SEQUENCE:2\r\n" in twice  # one more than what was last exported
    assert str(check_ics(twice)[0][0]["UID"]) == fu.uid  # the same UID in every export


def test_nothing_matching_writes_nothing(store, tmp_path):
    result, data = export(tmp_path)
    assert result.count == 0 and data == b""
    assert ics_state.last_export_at() is None


def test_failed_write_keeps_previous_file_and_export_state(store, tmp_path, monkeypatch):
    c = make_contact()
    fu = followups.create_followup(c.id, date(2024, 3, 12), "Call")
    path = tmp_path / "cal.ics"
    path.write_bytes(b"previous calendar")
    real_fsync = os.fsync

    def disk_full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(ex.ExportError, match="disk is full"):
        ex.export_to_file(path, Scope(), ex.ExportOptions(zone="UTC"), now=NOW)
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert path.read_bytes() == b"previous calendar"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cal.ics", "data"]  # no temp left
    assert ics_state.last_export_at() is None
    assert ics_state.ledger_entries([fu.uid]) == {}
    # the next try works and only then is the export remembered
    ex.export_to_file(path, Scope(), ex.ExportOptions(zone="UTC"), now=NOW)
    check_ics(path.read_bytes())
    entry = ics_state.ledger_entries([fu.uid])[fu.uid]
    assert (entry.sequence, entry.cancelled, entry.modified_at) == (0, False, "20240301T120000Z")
    assert ics_state.last_export_at() is not None


def test_interrupted_rename_keeps_previous_file(store, tmp_path, monkeypatch):
    c = make_contact()
    followups.create_followup(c.id, date(2024, 3, 12), "Call")
    path = tmp_path / "cal.ics"
    path.write_bytes(b"previous")

    def boom(src, dst):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(ex.ExportError, match="could not be written"):
        ex.export_to_file(path, Scope(), ex.ExportOptions(zone="UTC"), now=NOW)
    assert path.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".cal.ics.")] == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs POSIX permissions")
def test_unwritable_folder_is_a_clear_message(store, tmp_path):
    c = make_contact()
    followups.create_followup(c.id, date(2024, 3, 12), "Call")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "cal.ics").write_bytes(b"previous")
    locked.chmod(0o500)
    try:
        with pytest.raises(ex.ExportError, match="permission denied"):
            ex.export_to_file(locked / "cal.ics", Scope(), ex.ExportOptions(zone="UTC"), now=NOW)
    finally:
        locked.chmod(0o700)
    assert (locked / "cal.ics").read_bytes() == b"previous"
    assert ics_state.last_export_at() is None


def test_permission_denied_when_creating_the_temp_file(store, tmp_path, monkeypatch):
    """The same message as above, also where the tests run as root."""
    import tempfile

    def denied(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    with pytest.raises(ex.ExportError, match="permission denied"):
        ex.write_atomic(tmp_path / "cal.ics", b"x")


def test_missing_folder_and_folder_as_file(store, tmp_path):
    with pytest.raises(ex.ExportError, match="does not exist"):
        ex.write_atomic(tmp_path / "nope" / "cal.ics", b"x")
    with pytest.raises(ex.ExportError, match="is a folder"):
        ex.write_atomic(tmp_path, b"x")


def test_unknown_zone_is_a_sentence(store):
    with pytest.raises(ex.ExportError, match="not a time zone"):
        ex.resolve_zone("Mars/Olympus")


def test_event_length_and_reminder_come_from_settings(store, tmp_path):
    from followup_desktop.store import settings

    settings.set_setting(ics_options.EVENT_MINUTES_KEY, "30")
    settings.set_setting(ics_options.REMINDER_MINUTES_KEY, "0")
    c = make_contact()
    followups.create_followup(c.id, date(2024, 3, 12), "Call", due_time=time(9))
    opts = ics_options.options_from_settings(zone="UTC", reminders=True)
    path = tmp_path / "s.ics"
    ex.export_to_file(path, Scope(), opts, now=NOW)
    event = check_ics(path.read_bytes())[0][0]
    assert event["DTEND"].dt - event["DTSTART"].dt == timedelta(minutes=30)
    assert b"TRIGGER;RELATED=START:PT0S\r\n" in path.read_bytes()


def test_done_and_cancelled_are_not_exported(store, tmp_path):
    c = make_contact()
    keep = followups.create_followup(c.id, date(2024, 3, 12), "Keep")
    gone = followups.create_followup(c.id, date(2024, 3, 12), "Gone")
    followups.cancel(gone.id, "no longer needed")
    FollowUp.update(status="done").where(FollowUp.id == keep.id).execute()
    followups.create_followup(c.id, date(2024, 3, 13), "Open")
    result, data = export(tmp_path)
    assert result.count == 1 and b"Open" in data


def test_progress_and_cancel(store, tmp_path, monkeypatch):
    monkeypatch.setattr(ex, "PROGRESS_STEP", 2)
    c = make_contact()
    for i in range(5):
        followups.create_followup(c.id, date(2024, 3, 1 + i), f"Call {i}")
    seen = []
    path = tmp_path / "p.ics"
    ex.export_to_file(
        path, Scope(), ex.ExportOptions(zone="UTC"), progress=lambda d, t: seen.append((d, t))
    )
    assert seen == [(0, 5), (2, 5), (4, 5), (5, 5)]
    path.write_bytes(b"previous")
    calls = iter([False, True])
    with pytest.raises(ex.ExportCancelled):
        ex.export_to_file(
            path, Scope(), ex.ExportOptions(zone="UTC"), cancelled=lambda: next(calls, True)
        )
    assert path.read_bytes() == b"previous"
