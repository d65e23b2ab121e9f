"""Key dates in the .ics file, judged by icalendar and vobject: yearly all-day events,
transparent, stable UIDs, only when asked for; 29 February on 28 February in other years."""

from datetime import date, datetime, timezone

import icalendar
import vobject

from followup_desktop.domain.personal import KeyDate, PersonalInfo
from followup_desktop.exchange import ics_export
from followup_desktop.exchange.ics_export import ExportOptions
from followup_desktop.store import contacts, personal
from followup_desktop.store.ics_state import Scope
from tests.lookups import category_by_name

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=timezone.utc)


def _seed():
    cat = category_by_name("Clients")
    ada = contacts.create_contact(first_name="Ada", last_name="Lovelace, Jr", category=cat).id
    leap = contacts.create_contact(first_name="Leap", last_name="Year", category=cat).id
    gone = contacts.create_contact(first_name="Gone", category=cat).id
    personal.save_personal(
        ada,
        PersonalInfo(key_dates=(KeyDate("birthday", 3, 15, 1980), KeyDate("anniversary", 6, 14))),
    )
    personal.save_personal(leap, PersonalInfo(key_dates=(KeyDate("birthday", 2, 29, 1984),)))
    personal.save_personal(gone, PersonalInfo(key_dates=(KeyDate("birthday", 1, 1),)))
    contacts.set_archived([gone], True)


def _export(tmp_path, name, include):
    out = tmp_path / name
    options = ExportOptions(zone="Europe/Berlin", include_key_dates=include)
    return out, ics_export.export_to_file(out, Scope(), options, now=NOW)


def test_key_dates_are_yearly_transparent_all_day_events(store, tmp_path):
    _seed()
    out, result = _export(tmp_path, "a.ics", True)
    assert result.count == 3
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    events = {str(e["SUMMARY"]): e for e in cal.walk("VEVENT")}
    assert sorted(events) == [
        "Birthday: Ada Lovelace, Jr",
        "Birthday: Leap Year",
        "Wedding anniversary: Ada Lovelace, Jr",
    ]
    bday = events["Birthday: Ada Lovelace, Jr"]
    assert bday["DTSTART"].dt == date(1980, 3, 15)
    assert bday["DTEND"].dt == date(1980, 3, 16)
    assert dict(bday["RRULE"]) == {"FREQ": ["YEARLY"]}
    assert str(bday["TRANSP"]) == "TRANSPARENT"
    assert events["Wedding anniversary: Ada Lovelace, Jr"]["DTSTART"].dt == date(2026, 6, 14)
    # vobject, validating, expands the 29 Feb rule onto 28 Feb in common years
    card = vobject.readOne(out.read_text("utf-8"), validate=True)
    leap = next(e for e in card.vevent_list if e.summary.value == "Birthday: Leap Year")
    days = [d.date() if hasattr(d, "date") else d for d in leap.getrruleset()[:5]]
    assert days == [
        date(1984, 2, 29), date(1985, 2, 28), date(1986, 2, 28), date(1987, 2, 28),
        date(1988, 2, 29),
    ]  # fmt: skip


def test_uids_are_stable_and_key_dates_only_when_asked(store, tmp_path):
    _seed()
    first, _ = _export(tmp_path, "a.ics", True)
    again, _ = _export(tmp_path, "b.ics", True)
    uids = lambda p: sorted(  # noqa: E731
        str(e["UID"]) for e in icalendar.Calendar.from_ical(p.read_bytes()).walk("VEVENT")
    )
    assert uids(first) == uids(again) and all(u.startswith("keydate-") for u in uids(first))
    _, without = _export(tmp_path, "c.ics", False)
    assert without.count == 0  # no follow-ups and no key dates: nothing written
