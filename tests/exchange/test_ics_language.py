"""The calendar file speaks the language chosen when it is written, and a switch of
language is a change the calendar hears about: every event exported before comes again
with SEQUENCE + 1 (full and changed-only exports alike), so Outlook shows the new text."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

import pytest

from followup_desktop.exchange import ics_export as ex
from followup_desktop.store import contacts, followups, ics_state
from followup_desktop.store.ics_state import Scope

from .ics_checks import check_ics

TODAY = date(2027, 5, 24)
OPTIONS = ex.ExportOptions(zone="Europe/Berlin", reminders=True)
MONDAY = datetime(2027, 5, 24, 7, 30, tzinfo=timezone.utc)


@pytest.fixture
def book(store) -> dict:
    ann = contacts.create_contact(
        first_name="Ann", last_name="Lee", phone="+49 30 1234", category=2
    )
    bob = contacts.create_contact(first_name="Bob", last_name="Kent", category=3)
    a = followups.create_followup(ann.id, TODAY + timedelta(days=1), "Send the proposal")
    b = followups.create_followup(
        bob.id, TODAY + timedelta(days=2), "Demo for the team", due_time=time(10)
    )
    return {"ann": a.uid, "bob": b.uid, "ann_id": a.id}


def _scope(*, changed_only: bool = False) -> Scope:
    return Scope(start=TODAY, end=TODAY + timedelta(days=14), changed_only=changed_only)


def _export(tmp_path, name: str, hours: int, *, changed_only: bool = False):
    path = tmp_path / name
    now = MONDAY + timedelta(hours=hours)
    result = ex.export_to_file(path, _scope(changed_only=changed_only), OPTIONS, now=now)
    events = {str(e["UID"]): e for e in check_ics(path.read_bytes())[0]} if result.count else {}
    return result, events


def test_a_german_export_reads_german_in_the_calendar(book, tmp_path, speak):
    speak("de")
    result, events = _export(tmp_path, "de.ics", 0)
    ann = events[book["ann"]]
    assert str(ann["SUMMARY"]) == "Follow-up: Ann Lee – Send the proposal"
    description = str(ann["DESCRIPTION"])
    assert description.startswith("Anlass: Send the proposal\nTelefon: +49 30 1234")
    assert "Am Zug: Sie" in description and "Kanal: Anruf" in description
    assert [str(c) for c in ann["CATEGORIES"].cats] == ["Kunden"]  # stored as "Clients"
    assert str(events[book["bob"]]["CATEGORIES"].cats[0]) == "Interessenten"
    alarm = ann.walk("VALARM")[0]
    assert str(alarm["DESCRIPTION"]) == "Follow-up: Ann Lee – Send the proposal"
    assert ex.written_summary(result).startswith("2 Termine in ")
    # The data did not change: the categories and the reason are stored as typed.
    assert [c.name for c in contacts.categories()][1:3] == ["Clients", "Prospects"]


def test_switching_language_resends_every_event_with_a_higher_sequence(book, tmp_path, speak):
    first, events = _export(tmp_path, "en.ics", 0)
    assert {int(e["SEQUENCE"]) for e in events.values()} == {0}

    # The same language again: nothing new for the calendar, byte for byte.
    again, same = _export(tmp_path, "en-again.ics", 1)
    assert again.changed == 0
    assert {int(e["SEQUENCE"]) for e in same.values()} == {0}

    speak("fr")
    result, events = _export(tmp_path, "fr.ics", 2)
    assert (result.count, result.changed) == (2, 2)
    assert {int(e["SEQUENCE"]) for e in events.values()} == {1}
    assert str(events[book["ann"]]["SUMMARY"]) == "Relance : Ann Lee – Send the proposal"
    assert events[book["ann"]]["DTSTAMP"].dt == MONDAY + timedelta(hours=2)  # changed now

    # Back to English: the calendar holds French text, so the events change again.
    speak("en")
    result, events = _export(tmp_path, "en2.ics", 3)
    assert {int(e["SEQUENCE"]) for e in events.values()} == {2}
    assert str(events[book["bob"]]["SUMMARY"]) == "Follow up: Bob Kent – Demo for the team"


def test_changed_only_after_a_switch_sends_everything_exported_in_the_new_language(
    book, tmp_path, speak
):
    _export(tmp_path, "en.ics", 0)
    nothing, _events = _export(tmp_path, "quiet.ics", 1, changed_only=True)
    assert nothing.count == 0

    speak("es")
    key = ex.options_key(OPTIONS, ex.resolve_zone(OPTIONS.zone))
    assert ics_state.count_rows(_scope(changed_only=True), key).total == 2  # what the dialog says
    result, events = _export(tmp_path, "es.ics", 2, changed_only=True)
    assert (result.count, result.changed) == (2, 2)
    assert {int(e["SEQUENCE"]) for e in events.values()} == {1}
    assert str(events[book["ann"]]["SUMMARY"]) == "Seguimiento: Ann Lee – Send the proposal"
    # Sent once: the next changed-only export in Spanish has nothing to say.
    quiet, _events = _export(tmp_path, "es-quiet.ics", 3, changed_only=True)
    assert quiet.count == 0


def test_a_withdrawal_after_a_switch_is_prefixed_in_the_new_language(book, tmp_path, speak):
    _export(tmp_path, "en.ics", 0)
    speak("de")
    _export(tmp_path, "de.ics", 1)
    followups.cancel(book["ann_id"], "Not needed")
    result, events = _export(tmp_path, "de-cancel.ics", 2, changed_only=True)
    event = events[book["ann"]]
    assert str(event["STATUS"]) == "CANCELLED" and int(event["SEQUENCE"]) == 2
    # What the calendar shows (the German summary it holds), withdrawn in German words.
    assert str(event["SUMMARY"]) == "Gestrichen: Ann Lee – Send the proposal"


def test_the_default_file_name_follows_the_language(speak):
    assert ex.default_file_name(TODAY) == "follow-ups-2027-05-24.ics"
    speak("fr")
    assert ex.default_file_name(TODAY) == "relances-2027-05-24.ics"
