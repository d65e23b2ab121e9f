"""One follow-up as a VEVENT: its summary and description (in the language chosen when
the file is written), its times in UTC from the wall time the user typed, its alarm,
and the same event withdrawn (STATUS:CANCELLED). The body written here, without
SEQUENCE and DTSTAMP, is what the ledger's digest is taken of.

Times the user typed are local wall times in ``ExportOptions.zone`` (an IANA
name; by default the computer's zone): they are converted to UTC with that
zone's rules for that day, so 09:00 stays 09:00 on both sides of a DST change.
A wall time that happens twice (the hour repeated in autumn) means the first
one; a wall time that does not exist (the hour skipped in spring) is read with
the offset before the change, so 02:30 becomes 03:30 summer time.
Date-only follow-ups are all-day events and never shift.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import ics
from ics.alarm import DisplayAlarm
from ics.utils import escape_string

from ..domain import calendar_copy
from ..domain.followup_rules import promise_status
from ..domain.vocabulary import category_label, channel_label
from ..i18n import translator
from ..store.ics_state import IcsRow
from .errors import ExportError
from .ics_options import ExportOptions
from .ics_repair import (
    CRLF,
    all_day_begin,
    clean_text,
    component_text,
    fold,
    format_utc,
    repair_event,
)

_ = translator(__name__)

SUMMARY_REASON_CHARS = 60
SUMMARY_NAME_CHARS = 40
NOTE_LINES = 3

WHOSE_TEXT = {"mine": _.mark("yours"), "theirs": _.mark("theirs (you are waiting for them)")}


def _shorten(value: str, limit: int) -> str:
    value = " ".join(value.split())
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


def summary_for(row: IcsRow) -> str:
    """``Follow up: <contact> – <reason>``, one line, short enough to read in a grid,
    in the language chosen when the file is written."""
    reason = clean_text(row.reason).split("\n", 1)[0]
    name = clean_text(row.contact_name)
    return _("Follow up: {contact} – {reason}").format(
        contact=_shorten(name, SUMMARY_NAME_CHARS), reason=_shorten(reason, SUMMARY_REASON_CHARS)
    )


def description_for(row: IcsRow) -> str:
    """Everything needed to act without opening the app: the reason first, then how to
    reach them and what was said last; the rest after a blank line."""
    lines = [_("Reason: {reason}").format(reason=clean_text(row.reason))]
    for label, value in ((_("Phone: {value}"), row.phone), (_("Email: {value}"), row.email)):
        value = clean_text(value)
        if value.strip():
            lines.append(label.format(value=value))
    if row.last_interaction_at is not None:
        day = row.last_interaction_at.date().isoformat()
        lines.append(_("Last interaction: {date}").format(date=day))
        notes = [n for n in clean_text(row.last_interaction_notes).split("\n") if n.strip()]
        lines.extend(notes[:NOTE_LINES])
        if len(notes) > NOTE_LINES:
            lines.append("…")
    lines.append("")
    company = clean_text(row.company)
    if company.strip():
        lines.append(_("Company: {company}").format(company=company))
    lines.append(_("Channel: {channel}").format(channel=channel_label(row.channel)))
    whose = WHOSE_TEXT.get(row.whose)
    lines.append(_("Whose move: {whose}").format(whose=_(whose) if whose else row.whose))
    if row.whose == "theirs":
        # The promise in the agenda's and the printed list's words (followup_rules).
        promise = promise_status(row.due_date, row.whose, row.due_date, row.fallback_date)
        lines.append(promise.state_text())
    return "\n".join(lines)


def start_utc(row: IcsRow, zone: ZoneInfo) -> datetime:
    """The UTC instant of a timed follow-up's local wall time on its day."""
    assert row.due_time is not None
    local = datetime.combine(row.due_date, row.due_time.replace(tzinfo=None), tzinfo=zone)
    return local.astimezone(timezone.utc)


#: An event ends the day after its due date, in UTC: the calendar must reach past it.
LAST_EXPORTABLE_DAY = date(9999, 12, 29)


def _reachable(row: IcsRow) -> None:
    """A follow-up due at the end of time (year 9999) cannot be an event: say which."""
    if row.due_date > LAST_EXPORTABLE_DAY:
        raise ExportError(
            _(
                "The follow-up with {contact} is due on {date}, too far ahead for a calendar "
                "file. Change its date and export again; nothing was written."
            ).format(
                contact=" ".join(clean_text(row.contact_name).split()),
                date=row.due_date.isoformat(),
            )
        )


def build_event(row: IcsRow, options: ExportOptions, zone: ZoneInfo) -> ics.Event:
    """The live event of an open follow-up, as ``ics`` objects (no SEQUENCE or DTSTAMP)."""
    _reachable(row)
    summary = summary_for(row)
    event = ics.Event(name=summary, description=description_for(row), uid=row.uid)
    if row.due_time is None:
        event.begin = all_day_begin(row.due_date)
        event.make_all_day()
        event.transparent = True  # a reminder to call someone does not block the day
    else:
        begin = start_utc(row, zone)
        event.begin = begin
        event.end = begin + timedelta(minutes=options.event_minutes)
        event.transparent = False
    # Said outright, so an event withdrawn earlier and now open again is live again
    # in a client that keeps properties a new version leaves out.
    event.status = "CONFIRMED"
    category = clean_text(row.category).strip()
    if category:  # a built-in category in the file's language, as the window shows it
        event.categories = {category_label(category)}
    if options.reminders:
        if row.due_time is None:
            trigger = calendar_copy.ALL_DAY_REMINDER
        else:
            trigger = timedelta(minutes=-options.reminder_minutes)
        event.alarms.append(DisplayAlarm(trigger=trigger, display_text=summary))
    return event


def _relative_triggers(text: str) -> str:
    """``TRIGGER;RELATED=START:-PT…``: said outright, for all-day events too (R5's
    zero offset included), so every client reads the reminder as before the start."""
    if "\r\nTRIGGER:" not in text:
        return text
    text = text.replace("\r\nTRIGGER:P\r\n", "\r\nTRIGGER:PT0S\r\n")
    return text.replace("\r\nTRIGGER:", "\r\nTRIGGER;RELATED=START:")


#: ``ics`` serializers of an event's times: the exporter writes DTSTART and DTEND itself
#: (it needs them for the ledger anyway, and ``ics`` spends a third of its time
#: formatting them through arrow). They read as ``ics`` plus R7 would write them.
TIME_SERIALIZERS = frozenset(
    {"serialize_all_day", "serialize_start", "serialize_end", "serialize_duration"}
)


def event_parts(row: IcsRow, options: ExportOptions, zone: ZoneInfo) -> tuple[str, str, str, str]:
    """(body, summary, DTSTART line, DTEND line) of a live event. The body is the event's
    own text (unfolded, unrepaired) without SEQUENCE and DTSTAMP: what the ledger's
    digest is taken of."""
    event = build_event(row, options, zone)
    dtstart, dtend = time_lines(row, options, zone)
    text = component_text(event, TIME_SERIALIZERS)
    head = f"BEGIN:VEVENT{CRLF}"
    body = f"{head}{dtstart}{CRLF}{dtend}{CRLF}{text[len(head) :]}"
    return _relative_triggers(body), event.name, dtstart, dtend


def finish_event(body: str, *, sequence: int, stamp: str) -> str:
    """A complete, repaired, folded VEVENT: the body plus SEQUENCE, DTSTAMP, LAST-MODIFIED."""
    head = f"BEGIN:VEVENT{CRLF}"
    text = (
        f"{head}SEQUENCE:{sequence}{CRLF}DTSTAMP:{stamp}{CRLF}LAST-MODIFIED:{stamp}{CRLF}"
        + body[len(head) :]
    )
    return repair_event(text, dtstamp=stamp)


def digest_of(body: str) -> str:
    return hashlib.blake2b(body.encode(), digest_size=12).hexdigest()


def time_lines(row: IcsRow, options: ExportOptions, zone: ZoneInfo) -> tuple[str, str]:
    """The DTSTART and DTEND lines the event has (kept in the ledger for its withdrawal)."""
    _reachable(row)
    if row.due_time is None:
        day = row.due_date
        return f"DTSTART;VALUE=DATE:{day:%Y%m%d}", f"DTEND;VALUE=DATE:{day + timedelta(1):%Y%m%d}"
    begin = start_utc(row, zone)
    end = begin + timedelta(minutes=options.event_minutes)
    return f"DTSTART:{format_utc(begin)}", f"DTEND:{format_utc(end)}"


def withdrawal_event(
    uid: str, *, sequence: int, stamp: str, summary: str, dtstart: str, dtend: str, note: str
) -> str:
    """The event once more as STATUS:CANCELLED: transparent, its summary saying so."""
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{stamp}",
        f"SEQUENCE:{sequence}",
        dtstart,
        dtend,
        f"SUMMARY:{escape_string(clean_text(summary))}",
        f"DESCRIPTION:{escape_string(note)}",
        "STATUS:CANCELLED",
        "TRANSP:TRANSPARENT",
        f"LAST-MODIFIED:{stamp}",
        "END:VEVENT",
    ]
    return CRLF.join(fold(line) for line in lines if line) + CRLF
