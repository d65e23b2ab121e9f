"""What ``ics`` 0.7.3 gets wrong, and the small layer that puts it right.

We build events with the pinned ``ics`` package and pass its text through
these rules. Each rule has a test in ``tests/exchange/test_ics_repair.py`` that
shows the raw ``ics`` output failing and the repaired output passing.

R1  DTSTAMP: ``ics`` writes DTSTAMP only when ``created`` is set (and then calls
    it DTSTAMP). Every VEVENT gets exactly one DTSTAMP: the export's instant.
R2  Folding: ``ics`` never folds. Lines over 75 octets are folded with CRLF +
    space, never inside a UTF-8 character and never between a backslash and
    the character it escapes.
R3  Line ends: ``ics`` joins with CRLF but leaves the last line bare. Every line,
    the last included, ends in CRLF.
R4  Order: ``ics`` sorts serializers by name, so VALARM comes before the event's
    own properties and METHOD after the events. Properties come first in a
    fixed order (UID, DTSTAMP, SEQUENCE, DTSTART, DTEND, ...), sub-components
    last; calendar properties (VERSION, PRODID, ...) before the first event.
R5  Zero alarm offset: ``timedelta(0)`` becomes ``TRIGGER:P``, which is not a
    duration. It is written ``TRIGGER:PT0S``.
R6  Line breaks in text: ``ics`` escapes CR as ``\\r``, which RFC 5545 does not
    define (Outlook shows it literally). CR LF and lone CR become ``\\n``.
    ``clean_text`` also removes control characters RFC 5545 forbids in TEXT
    (everything below U+0020 except TAB and LF, and DEL); the exporter applies
    it before text reaches ``ics``, so what a calendar shows is the user's text.
R7  All-day dates: ``ics`` converts an all-day DTSTART to UTC before taking the
    date, so a zone-aware midnight east of UTC lands on the previous day. Build
    all-day events from ``all_day_begin(date)``. A one-day all-day event gets no
    DTEND from ``ics`` (and an explicit end makes it two days), so the day after
    DTSTART is added as ``DTEND;VALUE=DATE``.
R8  ``Calendar.events`` is a set: order changes between runs and two events can
    share a UID. ``assemble`` writes events in the order given, dropping any
    repeated UID (the first wins).
R9  Speed: ``Component.serialize()`` rescans its serializer class with ``dir()``
    and sorts it for every event and every alarm (and ``str(alarm)`` warns each
    time). ``component_text`` runs the very same ``ics`` serializer functions,
    listed once per class, and writes alarms after the properties.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta, timezone
from typing import Any

import arrow

CRLF = "\r\n"
MAX_OCTETS = 75

#: Property order inside a VEVENT (R4); anything else follows, in ``ics``'s order.
EVENT_ORDER = {
    name: i
    for i, name in enumerate(
        (
            "UID",
            "DTSTAMP",
            "SEQUENCE",
            "DTSTART",
            "DTEND",
            "DURATION",
            "SUMMARY",
            "DESCRIPTION",
            "LOCATION",
            "CATEGORIES",
            "STATUS",
            "TRANSP",
            "CLASS",
        )
    )
}
#: Property order inside VALARM and VCALENDAR.
ALARM_ORDER = {"ACTION": 0, "TRIGGER": 1, "DESCRIPTION": 2}
CALENDAR_ORDER = {"VERSION": 0, "PRODID": 1, "CALSCALE": 2, "METHOD": 3}

# C0 controls except TAB and LF, and DEL: not allowed in a TEXT value (R6).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
_CR_ESCAPE = re.compile(r"\\(?:[rR](?:\\[nN])?|.)")


def clean_text(value: str) -> str:
    """Line breaks as LF, forbidden control characters removed (R6).

    U+0085, U+2028 and U+2029 are line breaks too (and some parsers split on
    them), so they become LF as well.
    """
    if not value or value.isprintable():
        return value or ""
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    if "\x85" in value or "\u2028" in value or "\u2029" in value:
        value = value.replace("\x85", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    return _CONTROL.sub("", value)


def all_day_begin(day: date) -> arrow.Arrow:
    """The begin ``ics`` needs for an all-day event on ``day`` (R7): UTC midnight."""
    return arrow.Arrow(day.year, day.month, day.day, tzinfo=timezone.utc)


def format_utc(instant: datetime) -> str:
    """An aware datetime as an iCalendar UTC DATE-TIME (``20240301T080000Z``)."""
    if instant.tzinfo is None:
        raise ValueError("a naive time has no place in a calendar file; give it a zone")
    return instant.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


_SERIALIZERS: dict[tuple[type, frozenset[str]], list] = {}
_NOTHING: frozenset[str] = frozenset()


def _serializers(cls: Any, skip: frozenset[str] = _NOTHING) -> list:
    found = _SERIALIZERS.get((cls, skip))
    if found is None:
        found = [
            f
            for f in cls.Meta.serializer.get_serializers()
            if f.__name__ != "serialize_alarm" and f.__name__ not in skip
        ]
        _SERIALIZERS[(cls, skip)] = found
    return found


def component_text(component, skip: frozenset[str] = _NOTHING) -> str:
    """``ics``'s own serialisation of an event (or alarm), serializer list cached (R9).

    ``skip`` names serializers whose lines the caller writes itself.
    """
    container = component.extra.clone()
    for output in _serializers(type(component), skip):
        output(component, container)
    for alarm in getattr(component, "alarms", ()):
        container.append(component_text(alarm))
    return str(container)


def _fix_cr_escape(value: str) -> str:
    def swap(match: re.Match[str]) -> str:
        text = match.group(0)
        return "\\n" if text[1] in "rR" else text

    return _CR_ESCAPE.sub(swap, value)


def _name_of(line: str) -> str:
    """The property name of an unfolded content line (before ``;`` or ``:``)."""
    colon = line.find(":")
    semi = line.find(";", 0, colon)
    return line[: semi if semi >= 0 else colon]


def fold(line: str) -> str:
    """One logical line folded to at most 75 octets per physical line (R2), no CRLF."""
    if len(line) <= MAX_OCTETS and (line.isascii() or len(line.encode()) <= MAX_OCTETS):
        return line
    data = line.encode()
    if len(data) <= MAX_OCTETS:
        return line
    parts: list[bytes] = []
    start, limit = 0, MAX_OCTETS
    size = len(data)
    while size - start > limit:
        cut = start + limit
        # Back off to a character boundary: never split a UTF-8 sequence.
        while data[cut] & 0xC0 == 0x80:
            cut -= 1
        # Never leave an escaping backslash at the end of a physical line.
        if data[cut - 1] == 0x5C and _odd_backslashes(data, start, cut):
            cut -= 1
        parts.append(data[start:cut])
        start, limit = cut, MAX_OCTETS - 1
    parts.append(data[start:])
    return (CRLF + " ").join(p.decode() for p in parts)


def _odd_backslashes(data: bytes, start: int, cut: int) -> bool:
    """True if the run of backslashes ending at ``cut`` has odd length (an open escape)."""
    n = 0
    i = cut - 1
    while i >= start and data[i] == 0x5C:
        n += 1
        i -= 1
    return n % 2 == 1


def _sort_props(props: list[str], order: dict[str, int]) -> list[str]:
    last = len(order)
    return sorted(props, key=lambda line: order.get(_name_of(line), last))


def _sort_named(props: list[str], names: list[str], order: dict[str, int]) -> list[str]:
    last = len(order)
    keyed = sorted(zip([order.get(n, last) for n in names], range(len(props)), strict=True))
    return [props[i] for _, i in keyed]


def _next_day(value: str) -> str:
    day = date(int(value[:4]), int(value[4:6]), int(value[6:8])) + timedelta(days=1)
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def repair_event_lines(lines: list[str], *, dtstamp: str) -> list[str]:
    """Repair one VEVENT given as unfolded lines (BEGIN..END); returns unfolded lines."""
    props: list[str] = []
    alarms: list[list[str]] = []
    current: list[str] | None = None
    current_name = "VALARM"
    for line in lines[1:-1]:
        if current is not None:
            if line.startswith("END:"):
                alarm_props = _sort_props(current, ALARM_ORDER)
                alarms.append([f"BEGIN:{current_name}", *alarm_props, line])
                current = None
            elif line.startswith("TRIGGER:") and line[8:].lstrip("+-") == "P":
                current.append("TRIGGER:PT0S")  # R5
            else:
                current.append(_fix_cr_escape(line) if "\\r" in line or "\\R" in line else line)
            continue
        if line.startswith("BEGIN:"):
            current, current_name = [], line[6:]
            continue
        if "\\r" in line or "\\R" in line:
            line = _fix_cr_escape(line)  # R6
        props.append(line)
    names = [_name_of(p) for p in props]
    if "DTSTAMP" not in names:
        props.append(f"DTSTAMP:{dtstamp}")  # R1
        names.append("DTSTAMP")
    elif names.count("DTSTAMP") > 1:
        first = names.index("DTSTAMP")
        keep = [i for i, n in enumerate(names) if n != "DTSTAMP" or i == first]
        props, names = [props[i] for i in keep], [names[i] for i in keep]
    if "DTEND" not in names and "DURATION" not in names:
        start = next((p for p in props if p.startswith("DTSTART;VALUE=DATE:")), None)
        if start is not None:
            props.append(f"DTEND;VALUE=DATE:{_next_day(start.rsplit(':', 1)[1])}")  # R7
            names.append("DTEND")
    if len(names) != len(props):
        names = [_name_of(p) for p in props]
    out = [lines[0], *_sort_named(props, names, EVENT_ORDER)]
    for alarm in alarms:
        out.extend(alarm)
    out.append(lines[-1])
    return out


def repair_event(text: str, *, dtstamp: str) -> str:
    """An ``ics`` VEVENT serialisation, repaired, folded, CRLF-terminated (R1-R7)."""
    lines = repair_event_lines(text.split(CRLF), dtstamp=dtstamp)
    return CRLF.join(_fold_all(lines)) + CRLF


def _fold_all(lines: list[str]) -> list[str]:
    return [line if len(line) <= MAX_OCTETS and line.isascii() else fold(line) for line in lines]


def uid_of(block: str) -> str:
    """The UID of a repaired (possibly folded) VEVENT block."""
    unfolded = block.replace(CRLF + " ", "")
    i = unfolded.find(CRLF + "UID:")
    if i < 0:
        return ""
    start = i + len(CRLF) + 4
    return unfolded[start : unfolded.index(CRLF, start)]


def split_calendar(text: str) -> tuple[list[str], list[list[str]]]:
    """Calendar properties and the components (as line lists) of an unfolded calendar."""
    lines = [line for line in text.split(CRLF) if line]
    if not lines or lines[0] != "BEGIN:VCALENDAR" or lines[-1] != "END:VCALENDAR":
        raise ValueError("not a VCALENDAR")
    props: list[str] = []
    components: list[list[str]] = []
    depth = 0
    for line in lines[1:-1]:
        if depth == 0 and not line.startswith("BEGIN:"):
            props.append(line)
            continue
        if depth == 0:
            components.append([])
        components[-1].append(line)
        if line.startswith("BEGIN:"):
            depth += 1
        elif line.startswith("END:"):
            depth -= 1
    return props, components


def calendar_head(text: str) -> str:
    """BEGIN:VCALENDAR and its properties in order (R4), folded, CRLF-terminated."""
    props, _ = split_calendar(text)
    lines = ["BEGIN:VCALENDAR", *_sort_props(props, CALENDAR_ORDER)]
    return CRLF.join(fold(line) for line in lines) + CRLF


CALENDAR_TAIL = "END:VCALENDAR" + CRLF


def assemble(head: str, event_blocks: Iterable[str | tuple[str, str]]) -> str:
    """The whole file: head, events in the given order without repeated UIDs (R8), tail.

    Blocks are repaired VEVENT texts, or ``(uid, text)`` pairs when the caller
    knows the UID (saves finding it again).
    """
    seen: set[str] = set()
    parts = [head]
    for item in event_blocks:
        uid, block = item if isinstance(item, tuple) else (uid_of(item), item)
        if uid in seen:
            continue
        seen.add(uid)
        parts.append(block)
    parts.append(CALENDAR_TAIL)
    return "".join(parts)
