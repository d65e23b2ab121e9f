"""Arbitrary Unicode in every text field: every file valid, every text round-trips exactly."""

from __future__ import annotations

from datetime import date, datetime, time, timezone

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup_desktop.exchange import ics_event
from followup_desktop.exchange import ics_export as ex
from followup_desktop.exchange.ics_repair import clean_text
from followup_desktop.store.ics_state import IcsRow
from tests.exchange.ics_build import build_calendar

from .ics_checks import check_ics

NASTY = [
    ",",
    ";",
    "\\",
    "\\n",
    "\r\n",
    "\r",
    "\n",
    ":",
    '"',
    "END:VEVENT",
    "\r\nEND:VEVENT\r\nBEGIN:VEVENT",
    "😀",
    "👩‍👩‍👧",
    "שלום",
    "مرحبا",
    "\u202e",
    "é",
    "e\u0301",
    "\t",
    "\x00",
    "\x0b",
    "\u2028",
    "\x85",
    " ",
]
text = st.lists(st.one_of(st.sampled_from(NASTY), st.text(max_size=20)), max_size=12).map("".join)
reason = st.one_of(
    text.filter(lambda s: s.strip()),
    st.text(min_size=500, max_size=520).filter(lambda s: s.strip()),
)


@st.composite
def rows(draw):
    n = draw(st.integers(1, 4))
    out = []
    for i in range(n):
        timed = draw(st.booleans())
        out.append(
            IcsRow(
                followup_id=i + 1,
                uid=f"{i}-x@followup-desktop",
                revision=0,
                sequence=draw(st.integers(0, 5)),
                due_date=draw(st.dates(date(2000, 1, 1), date(2099, 12, 31))),
                due_time=draw(st.times()) if timed else None,
                reason=draw(reason),
                channel="call",
                whose=draw(st.sampled_from(["mine", "theirs"])),
                contact_name=draw(text) or "(no name)",
                company=draw(text),
                phone=draw(text),
                email=draw(text),
                category="Clients",
                last_interaction_at=datetime(2024, 1, 2, 3, 4) if draw(st.booleans()) else None,
                last_interaction_notes=draw(text),
            )
        )
    return out


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=rows(),
    zone=st.sampled_from(["Europe/Berlin", "America/New_York", "Asia/Kolkata"]),
    reminders=st.booleans(),
    name=st.one_of(st.none(), text),
)
def test_any_text_round_trips(rows, zone, reminders, name):
    opts = ex.ExportOptions(zone=zone, reminders=reminders, calendar_name=name)
    data = build_calendar(rows, opts, dtstamp=datetime(2024, 3, 1, tzinfo=timezone.utc))
    events, _ = check_ics(data.encode())  # framing + icalendar + vobject(validate=True)
    assert len(events) == len(rows)
    for row, event in zip(rows, events, strict=True):
        assert str(event["UID"]) == row.uid
        assert str(event["SUMMARY"]) == ics_event.summary_for(row)
        description = str(event["DESCRIPTION"])
        assert description == ics_event.description_for(row)
        assert description.startswith(f"Reason: {clean_text(row.reason)}\n")
        assert "\nChannel: call\nWhose move: " + ics_event.WHOSE_TEXT[row.whose] in description
        if row.due_time is None:
            assert event["DTSTART"].dt == row.due_date
        else:
            expected = ics_event.start_utc(row, ex.resolve_zone(zone)).replace(microsecond=0)
            assert event["DTSTART"].dt == expected


def test_a_500_character_reason_and_hostile_notes_survive_whole():
    row = IcsRow(
        followup_id=1,
        uid="1@followup-desktop",
        revision=0,
        sequence=0,
        due_date=date(2024, 5, 1),
        due_time=time(9),
        reason="Ä😀,;\\ " * 71 + "end",
        channel="call",
        whose="mine",
        contact_name="Dana \u05d3\u05e0\u05d4",
        company="A;B,C\\D",
        phone="",
        email="",
        category="Clients",
        last_interaction_at=datetime(2024, 4, 1, 10),
        last_interaction_notes="first\r\nEND:VEVENT\r\nBEGIN:VCALENDAR\nthird",
    )
    data = build_calendar([row], ex.ExportOptions(zone="UTC"))
    events, _ = check_ics(data.encode())
    description = str(events[0]["DESCRIPTION"])
    assert f"Reason: {row.reason}\n" in description
    assert description.endswith(
        "Last interaction: 2024-04-01\nfirst\nEND:VEVENT\nBEGIN:VCALENDAR\n…\n\n"
        "Company: A;B,C\\D\nChannel: call\nWhose move: yours"
    )
    assert data.count("BEGIN:VEVENT") == 1
