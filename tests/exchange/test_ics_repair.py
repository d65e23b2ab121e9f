"""Each defect of ics 0.7.3 that ics_repair fixes: first shown in the raw output, then fixed.

The rule numbers (R1..R8) are those documented in followup_desktop/exchange/ics_repair.py.
"""

from __future__ import annotations

import warnings
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import ics
import pytest
from ics.alarm import DisplayAlarm

from followup_desktop.exchange import ics_repair as r
from tests.exchange.ics_build import repair_calendar

from .ics_checks import check_framing, parse_both

STAMP = "20240301T120000Z"
UTC = timezone.utc


def raw(event: ics.Event) -> str:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        return event.serialize()


def timed(uid="u1@test", name="Call", **kw) -> ics.Event:
    begin = datetime(2024, 3, 4, 9, 0, tzinfo=UTC)
    return ics.Event(name=name, uid=uid, begin=begin, end=begin + timedelta(minutes=15), **kw)


def calendar_of(*blocks: str) -> bytes:
    head = r.calendar_head(ics.Calendar(creator="-//T//T//EN").serialize())
    return r.assemble(head, blocks).encode()


def test_r1_dtstamp_missing_in_ics_and_added_once():
    text = raw(timed())
    assert "DTSTAMP" not in text
    fixed = r.repair_event(text, dtstamp=STAMP)
    assert fixed.count("DTSTAMP:") == 1 and f"DTSTAMP:{STAMP}" in fixed
    # An event that already has one (ics writes `created` as DTSTAMP) keeps exactly one.
    with_created = raw(timed(created=datetime(2024, 1, 1, tzinfo=UTC)))
    assert r.repair_event(with_created, dtstamp=STAMP).count("DTSTAMP:") == 1
    parse_both(calendar_of(fixed))


def test_r2_long_lines_are_folded_without_splitting_characters():
    name = "Ü€😀" * 40 + "x" * 80
    text = raw(timed(name=name))
    assert max(len(line.encode()) for line in text.split("\r\n")) > 75
    data = calendar_of(r.repair_event(text, dtstamp=STAMP))
    check_framing(
        data, exported=False
    )  # each physical line <= 75 octets and valid UTF-8 on its own
    events, _ = parse_both(data)
    assert str(events[0]["SUMMARY"]) == name


@pytest.mark.parametrize("prefix", ["", "a", "ab", "abc"])
def test_r2_fold_never_separates_a_backslash_from_what_it_escapes(prefix):
    line = "SUMMARY:" + prefix + "\\," * 60
    folded = r.fold(line)
    for part in folded.split("\r\n"):
        assert len(part.encode()) <= 75
        body = part[1:] if part.startswith(" ") else part
        run = len(body) - len(body.rstrip("\\"))
        assert run % 2 == 0, part
    assert folded.replace("\r\n ", "") == line


def test_fold_keeps_short_lines_and_limits_continuations():
    assert r.fold("SUMMARY:short") == "SUMMARY:short"
    line = "DESCRIPTION:" + "y" * 300
    parts = r.fold(line).split("\r\n")
    assert len(parts[0]) == 75 and all(len(p) <= 75 and p[0] == " " for p in parts[1:])
    exactly = "X" * 75
    assert r.fold(exactly) == exactly


def test_r3_last_line_gets_crlf():
    text = ics.Calendar(creator="-//T//T//EN").serialize()
    assert not text.endswith("\r\n")
    assert calendar_of(r.repair_event(raw(timed()), dtstamp=STAMP)).endswith(b"END:VCALENDAR\r\n")


def test_r4_valarm_last_and_calendar_properties_first():
    event = timed()
    event.alarms.append(DisplayAlarm(trigger=timedelta(minutes=-15), display_text="Call"))
    text = raw(event)
    lines = text.split("\r\n")
    assert lines.index("BEGIN:VALARM") < lines.index("UID:u1@test")  # the defect
    fixed = r.repair_event(text, dtstamp=STAMP).split("\r\n")
    assert fixed[:3] == ["BEGIN:VEVENT", "UID:u1@test", f"DTSTAMP:{STAMP}"]
    assert fixed[-3:] == ["END:VALARM", "END:VEVENT", ""]
    assert fixed.index("BEGIN:VALARM") > fixed.index("SUMMARY:Call")

    cal = ics.Calendar(creator="-//T//T//EN", events=[timed()])
    cal.method = "PUBLISH"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        whole = cal.serialize()
    assert whole.index("METHOD:") > whole.index("END:VEVENT")  # the defect
    repaired = repair_calendar(whole, dtstamp=STAMP)
    assert repaired.index("METHOD:PUBLISH") < repaired.index("BEGIN:VEVENT")
    assert repaired.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//T//T//EN\r\n")


def test_r5_zero_alarm_offset_becomes_a_valid_trigger():
    event = timed()
    event.alarms.append(DisplayAlarm(trigger=timedelta(0), display_text="Call"))
    text = raw(event)
    assert "TRIGGER:P\r\n" in text  # the defect: not an RFC 5545 duration
    fixed = r.repair_event(text, dtstamp=STAMP)
    assert "TRIGGER:PT0S\r\n" in fixed
    _, vcal = parse_both(calendar_of(fixed))
    assert vcal.vevent.valarm.trigger.value == timedelta(0)


def test_r6_cr_escapes_become_newlines_and_controls_are_cleaned():
    text = raw(timed(name="a\r\nb\rc \\r literal"))
    assert "\\r" in text  # ics writes CR as \r, which RFC 5545 does not know
    fixed = r.repair_event(text, dtstamp=STAMP)
    events, _ = parse_both(calendar_of(fixed))
    # the escaped backslash followed by a literal r stays as typed
    assert str(events[0]["SUMMARY"]) == "a\nb\nc \\r literal"
    assert r.clean_text("a\r\nb\rc\x00d\x1be\tf\u2028g\x85h") == "a\nb\ncde\tf\ng\nh"


def test_r7_all_day_never_shifts_and_gets_an_end():
    berlin_midnight = datetime(2024, 3, 31, 0, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    shifted = ics.Event(name="x", uid="d@test", begin=berlin_midnight)
    shifted.make_all_day()
    assert "DTSTART;VALUE=DATE:20240330" in raw(shifted)  # the defect: a day early
    event = ics.Event(name="x", uid="d@test", begin=r.all_day_begin(date(2024, 3, 31)))
    event.make_all_day()
    text = raw(event)
    assert "DTEND" not in text  # the other defect: a one-day event without an end
    fixed = r.repair_event(text, dtstamp=STAMP)
    assert "DTSTART;VALUE=DATE:20240331\r\nDTEND;VALUE=DATE:20240401\r\n" in fixed
    events, _ = parse_both(calendar_of(fixed))
    assert events[0]["DTSTART"].dt == date(2024, 3, 31)
    assert events[0]["DTEND"].dt == date(2024, 4, 1)


def test_r8_events_in_stable_order_without_duplicate_uids():
    cal = ics.Calendar(creator="-//T//T//EN")
    assert isinstance(cal.events, set)  # the defect: no order, and duplicates possible
    late = ics.Event(name="Call", uid="b@test", begin=datetime(2024, 3, 5, 9, tzinfo=UTC))
    cal.events.update({timed(uid="c@test"), timed(uid="a@test"), late, timed(uid="a@test")})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        fixed = repair_calendar(cal.serialize(), dtstamp=STAMP)
    uids = [line[4:] for line in fixed.split("\r\n") if line.startswith("UID:")]
    assert uids == ["a@test", "c@test", "b@test"]
    check_framing(fixed.encode(), exported=False)


def test_format_utc_refuses_naive_times():
    with pytest.raises(ValueError):
        r.format_utc(datetime(2024, 1, 1, 9, 0))
    assert r.format_utc(datetime(2024, 1, 1, 9, 0, tzinfo=ZoneInfo("Europe/Berlin"))) == (
        "20240101T080000Z"
    )


def test_r9_cached_serializers_give_what_ics_gives():
    event = timed(name="Call, then; write", description="line 1\nline 2")
    event.alarms.append(DisplayAlarm(trigger=timedelta(minutes=-15), display_text="Call"))
    event.alarms.append(DisplayAlarm(trigger=timedelta(0), display_text="Now"))
    ours = r.component_text(event)
    assert sorted(ours.split("\r\n")) == sorted(raw(event).split("\r\n"))
    assert r.repair_event(ours, dtstamp=STAMP) == r.repair_event(raw(event), dtstamp=STAMP)
