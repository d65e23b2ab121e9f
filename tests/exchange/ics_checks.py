"""Independent judges of an exported .ics file: framing rules, icalendar, vobject."""

from __future__ import annotations

import icalendar
import vobject


def check_framing(data: bytes, *, exported: bool = True) -> list[list[bytes]]:
    """CRLF everywhere (the last line too), no line over 75 octets, UTF-8 intact.

    Returns the VEVENTs as lists of unfolded lines (bytes), for per-event checks.
    """
    assert data.endswith(b"\r\n"), "the last line must end in CRLF"
    text = data.decode("utf-8")  # raises if a fold split a character
    physical = data.split(b"\r\n")[:-1]
    for line in physical:
        assert b"\n" not in line and b"\r" not in line, f"bare line break in {line!r}"
        assert len(line) <= 75, f"{len(line)} octets: {line!r}"
        line.decode("utf-8")  # every physical line is valid UTF-8 on its own
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")
    unfolded: list[bytes] = []
    for line in physical:
        if line.startswith(b" "):
            unfolded[-1] += line[1:]
        else:
            unfolded.append(line)
    assert unfolded[-1] == b"END:VCALENDAR"
    events: list[list[bytes]] = []
    current: list[bytes] | None = None
    for line in unfolded:
        if line == b"BEGIN:VEVENT":
            current = [line]
        elif line == b"END:VEVENT":
            assert current is not None
            current.append(line)
            events.append(current)
            current = None
        elif current is not None:
            current.append(line)
    for event in events:
        names = [_name(line) for line in event]
        top = _top_level(event)
        assert [_name(x) for x in top].count(b"UID") == 1
        assert [_name(x) for x in top].count(b"DTSTAMP") == 1
        if exported:  # our files always carry SEQUENCE; raw ics events need not
            assert [_name(x) for x in top].count(b"SEQUENCE") == 1
        assert b"ATTENDEE" not in names and b"ORGANIZER" not in names
        if b"BEGIN" in names[1:]:
            # VALARM last: nothing but the alarm between its BEGIN and END:VEVENT.
            first = names.index(b"BEGIN", 1)
            assert all(n != b"UID" and n != b"DTSTART" for n in names[first:])
            assert event[-2] == b"END:VALARM"
    head = unfolded[: unfolded.index(b"BEGIN:VEVENT")] if events else unfolded
    if exported:
        # A copy of the user's own events: PUBLISH, once, before the first event; each
        # event says when it last changed, and DTSTAMP is that same instant.
        assert head.count(b"METHOD:PUBLISH") == 1
        assert [_name(x) for x in unfolded].count(b"METHOD") == 1
        for event in events:
            top = _top_level(event)
            stamps = {
                x.split(b":", 1)[1] for x in top if _name(x) in (b"DTSTAMP", b"LAST-MODIFIED")
            }
            assert len(stamps) == 1 and [_name(x) for x in top].count(b"LAST-MODIFIED") == 1
    return events


def _name(line: bytes) -> bytes:
    for i, ch in enumerate(line):
        if ch in b";:":
            return line[:i]
    return line


def _top_level(event: list[bytes]) -> list[bytes]:
    out, depth = [], 0
    for line in event[1:-1]:
        if line.startswith(b"BEGIN:"):
            depth += 1
        elif line.startswith(b"END:"):
            depth -= 1
        elif depth == 0:
            out.append(line)
    return out


def parse_both(data: bytes):
    """(icalendar events, vobject calendar); vobject validates every component."""
    text = data.decode("utf-8")
    cal = icalendar.Calendar.from_ical(text)
    events = list(cal.walk("VEVENT"))
    vcal = vobject.readOne(text, validate=True)
    vevents = list(getattr(vcal, "vevent_list", []))
    assert len(vevents) == len(events)
    for e, v in zip(events, vevents, strict=True):
        assert str(e["UID"]) == v.uid.value
        assert str(e["SUMMARY"]) == v.summary.value
        if "DESCRIPTION" in e:
            assert str(e["DESCRIPTION"]) == v.description.value
    return events, vcal


def check_ics(data: bytes):
    check_framing(data)
    return parse_both(data)
