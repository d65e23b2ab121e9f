"""Follow-ups as an .ics file that Outlook and Google Calendar import cleanly.

Events are built with the pinned ``ics`` package and passed through
``ics_repair`` (see its rules). The file is written atomically, and what was
exported is remembered (in the ledger, ``store.ics_state``) only after the file
is complete on disk.

The calendar copy stays true: files carry ``METHOD:PUBLISH``; each event's
SEQUENCE goes up whenever what is written for it changes (a digest of its
summary, description, start/end, alarm, transparency, status and categories),
and its DTSTAMP and LAST-MODIFIED are the instant of that change, so an
unchanged event is written byte for byte as before (RFC 5545 gives DTSTAMP of a
METHOD file as the instant this instance of the object was created; it is
created anew only when it changes). A follow-up that was exported and is now
done, cancelled, deleted, archived or no longer mine/theirs as the user exports
is written once more as ``STATUS:CANCELLED`` with a higher SEQUENCE, transparent,
its summary starting "Done:" or "Cancelled:" (``domain.calendar_copy``).

Times the user typed are local wall times in ``ExportOptions.zone`` (an IANA
name; by default the computer's zone): they are converted to UTC with that
zone's rules for that day, so 09:00 stays 09:00 on both sides of a DST change.
A wall time that happens twice (the hour repeated in autumn) means the first
one; a wall time that does not exist (the hour skipped in spring) is read with
the offset before the change, so 02:30 becomes 03:30 summer time.
Date-only follow-ups are all-day events and never shift.
"""

from __future__ import annotations

import errno
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import ics
from ics.alarm import DisplayAlarm
from ics.grammar.parse import ContentLine
from ics.utils import escape_string

from .. import APP_NAME, __version__, i18n
from ..domain import calendar_copy
from ..domain.followup_rules import promise_status
from ..domain.vocabulary import category_label, channel_label
from ..i18n import translator
from ..store import ics_state, settings
from ..store.ics_state import IcsRow, LedgerEntry, LedgerRow, Scope
from .atomic import atomic_write
from .errors import ExportError
from .ics_repair import (
    CRLF,
    all_day_begin,
    assemble,
    calendar_head,
    clean_text,
    component_text,
    fold,
    format_utc,
    repair_event,
)

_ = translator(__name__)

PRODID = f"-//{APP_NAME}//{APP_NAME} {__version__}//EN"
EVENT_MINUTES_KEY = "ics.event_minutes"
REMINDER_MINUTES_KEY = "ics.reminder_minutes"
SUMMARY_REASON_CHARS = 60
SUMMARY_NAME_CHARS = 40
NOTE_LINES = 3
PROGRESS_STEP = 250

WHOSE_TEXT = {"mine": _.mark("yours"), "theirs": _.mark("theirs (you are waiting for them)")}
#: Written when the computer's time zone is unknown (with the reason, if any).
_NO_ZONE = _.mark(
    "This computer's time zone could not be determined. "
    "Set the TZ environment variable (e.g. TZ=Europe/Berlin) and try again."
)


class ExportCancelled(Exception):
    """The user cancelled before the file was written; nothing was written or remembered."""


@dataclass(frozen=True)
class ExportOptions:
    #: IANA zone the due times were entered in; None = this computer's zone.
    zone: str | None = None
    event_minutes: int = 15
    reminders: bool = False
    reminder_minutes: int = 15
    #: Asks Outlook to import into a separate calendar of this name (X-WR-CALNAME).
    calendar_name: str | None = None
    #: Birthdays, anniversaries and other key dates as yearly all-day events.
    include_key_dates: bool = False


@dataclass(frozen=True)
class ExportResult:
    path: Path
    #: Events in the file (0: nothing was written).
    count: int
    #: Of those: new or changed (a new SEQUENCE), and withdrawn (STATUS:CANCELLED).
    changed: int = 0
    removed: int = 0
    uids: list[str] = field(default_factory=list, repr=False)


def options_from_settings(**overrides) -> ExportOptions:
    """Options with the event and reminder lengths the user set (or the defaults)."""
    values: dict[str, Any] = {
        "event_minutes": settings.get_int(EVENT_MINUTES_KEY, 15, minimum=1),
        "reminder_minutes": settings.get_int(REMINDER_MINUTES_KEY, 15, minimum=0),
    }
    values.update(overrides)
    return ExportOptions(**values)


def local_zone_name() -> str:
    """This computer's IANA time zone name (raises ExportError if unknown)."""
    try:
        import tzlocal

        name = tzlocal.get_localzone_name()
    except Exception as exc:  # tzlocal raises its own errors for broken setups
        raise ExportError(
            _(
                "This computer's time zone could not be determined ({problem}). "
                "Set the TZ environment variable (e.g. TZ=Europe/Berlin) and try again."
            ).format(problem=exc)
        ) from exc
    if not name:
        raise ExportError(_(_NO_ZONE))
    return name


def resolve_zone(name: str | None) -> ZoneInfo:
    name = name or local_zone_name()
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ExportError(
            _("“{zone}” is not a time zone name (try e.g. Europe/Berlin).").format(zone=name)
        ) from exc


# -- text ------------------------------------------------------------------------------
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


# -- events ----------------------------------------------------------------------------
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


def event_body(row: IcsRow, options: ExportOptions, zone: ZoneInfo) -> str:
    return event_parts(row, options, zone)[0]


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


def _calendar_frame(options: ExportOptions) -> str:
    calendar = ics.Calendar(creator=PRODID)
    # PUBLISH: a copy of the user's own events, not an invitation (no ORGANIZER or
    # ATTENDEE); clients match re-imported events by UID and SEQUENCE.
    calendar.extra.append(ContentLine("METHOD", value="PUBLISH"))
    if options.calendar_name and options.calendar_name.strip():
        name = " ".join(clean_text(options.calendar_name).split())
        calendar.extra.append(ContentLine("X-WR-CALNAME", value=escape_string(name)))
    return calendar.serialize()


def build_calendar(
    rows: Sequence[IcsRow],
    options: ExportOptions,
    *,
    dtstamp: datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> str:
    """The .ics text of these rows as live events (each with its ``sequence``), repaired.

    No ledger is read or written (the export plans with ``plan_export``).
    ``progress(done, total)`` is called every few hundred events; ``cancelled()``
    is polled as often and stops the build with ExportCancelled.
    """
    zone = resolve_zone(options.zone)
    stamp = format_utc(dtstamp or datetime.now(timezone.utc))
    total = len(rows)
    blocks: list[tuple[str, str]] = []  # (uid, event text)
    for start in range(0, total, PROGRESS_STEP):
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        if progress is not None:
            progress(start, total)
        blocks.extend(
            (
                row.uid,
                finish_event(event_body(row, options, zone), sequence=row.sequence, stamp=stamp),
            )
            for row in rows[start : start + PROGRESS_STEP]
        )
    if progress is not None:
        progress(total, total)
    return assemble(calendar_head(_calendar_frame(options)), blocks)


def options_key(options: ExportOptions, zone: ZoneInfo) -> str:
    """The options an event's text depends on (a change to any is a change to the event).

    The language is one of them: the summaries and descriptions are written in the
    language chosen at export time, so after a switch every event exported before is
    looked at again (changed-only too) and, its text being new, sent with SEQUENCE + 1.
    """
    reminder = options.reminder_minutes if options.reminders else "-"
    key = f"{zone.key}|{options.event_minutes}|{reminder}"
    language = i18n.language()
    return key if language == i18n.SOURCE_LANGUAGE else f"{key}|{language}"


@dataclass
class ExportPlan:
    """The events a file will hold and the ledger rows to record once it is written."""

    blocks: list[tuple[str, str]] = field(default_factory=list)
    ledger: list[LedgerRow] = field(default_factory=list)
    changed: int = 0
    removed: int = 0


def plan_export(
    rows: Sequence[IcsRow],
    gone: Sequence[LedgerEntry],
    scope: Scope,
    options: ExportOptions,
    zone: ZoneInfo,
    *,
    stamp: str,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportPlan:
    """Decide, row by row against the ledger, what the file says (no database work).

    A live event keeps its SEQUENCE and DTSTAMP while its digest is unchanged and is
    written then only if the scope selects it (not at all when changed-only); a
    changed one gets SEQUENCE + 1 and ``stamp``. An exported one that must leave is
    withdrawn once; the ledger remembers that it was.
    """
    plan = ExportPlan()
    key = options_key(options, zone)
    single = bool(scope.followup_ids)
    wanted_whose = None if single else scope.whose
    total = len(rows) + len(gone)
    for start in range(0, len(rows), PROGRESS_STEP):
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        if progress is not None:
            progress(start, total)
        for row in rows[start : start + PROGRESS_STEP]:
            entry = row.ledger
            why = calendar_copy.why_withdrawn(row.status, row.archived, row.whose, wanted_whose)
            if why is None:
                _plan_live(plan, row, entry, scope, options, zone, stamp, key)
            elif entry is not None:
                _plan_withdrawal(
                    plan, row, entry, why, wanted_whose, options, zone, stamp, single, key
                )
    for entry in gone:
        if entry.cancelled:  # withdrawn before it was deleted: only acknowledge
            plan.ledger.append(_ledger_tuple(entry))
            continue
        _withdraw(plan, entry, entry.source, calendar_copy.DELETED, None, stamp, entry.summary,
                  entry.dtstart, entry.dtend)  # fmt: skip
    if progress is not None:
        progress(total, total)
    return plan


def _plan_live(plan, row, entry, scope, options, zone, stamp, key) -> None:
    body, summary, dtstart, dtend = event_parts(row, options, zone)
    digest = digest_of(body)
    if entry is not None and not entry.cancelled and entry.digest == digest:
        sequence, modified, changed = entry.sequence, entry.modified_at, False
    else:
        sequence = 0 if entry is None else entry.sequence + 1
        modified, changed = stamp, True
    if changed or (row.in_scope and not scope.changed_only):
        plan.blocks.append((row.uid, finish_event(body, sequence=sequence, stamp=modified)))
        plan.changed += changed
    if changed or entry.stale or entry.source != key:
        seen = 0 if entry is None else entry.changes
        plan.ledger.append(
            (row.uid, sequence, digest, key, modified, 0, summary, dtstart, dtend, seen)
        )


def _plan_withdrawal(
    plan, row, entry, why, wanted_whose, options, zone, stamp, single, key
) -> None:
    if entry.cancelled and not single:
        if entry.stale:  # looked at; nothing to write again
            plan.ledger.append(_ledger_tuple(entry))
        return
    if entry.digest and entry.dtstart:
        summary, dtstart, dtend = entry.summary, entry.dtstart, entry.dtend
    else:  # exported before the ledger: the follow-up itself says where its event is
        summary = summary_for(row)
        dtstart, dtend = time_lines(row, options, zone)
    if entry.cancelled:  # "Add to calendar" on one withdrawn before: the same copy again
        plan.blocks.append(
            (row.uid, withdrawal_event(row.uid, sequence=entry.sequence, stamp=entry.modified_at,
             summary=calendar_copy.withdrawn_summary(summary, why), dtstart=dtstart, dtend=dtend,
             note=calendar_copy.withdrawn_note(why, wanted_whose)))
        )  # fmt: skip
        plan.removed += 1
        return
    _withdraw(plan, entry, entry.source, why, wanted_whose, stamp, summary, dtstart, dtend)


def _withdraw(plan, entry, source, why, wanted_whose, stamp, summary, dtstart, dtend) -> None:
    sequence = entry.sequence + 1
    plan.blocks.append(
        (entry.uid, withdrawal_event(entry.uid, sequence=sequence, stamp=stamp,
         summary=calendar_copy.withdrawn_summary(summary, why), dtstart=dtstart, dtend=dtend,
         note=calendar_copy.withdrawn_note(why, wanted_whose)))
    )  # fmt: skip
    plan.removed += 1
    plan.ledger.append(
        (entry.uid, sequence, entry.digest, source, stamp, 1, summary, dtstart, dtend,
         entry.changes)
    )  # fmt: skip


def _ledger_tuple(entry: LedgerEntry) -> LedgerRow:
    """The entry as it is, its pending changes acknowledged."""
    return (
        entry.uid, entry.sequence, entry.digest, entry.source, entry.modified_at,
        int(entry.cancelled), entry.summary, entry.dtstart, entry.dtend, entry.changes,
    )  # fmt: skip


# -- writing ---------------------------------------------------------------------------
_IS_A_FOLDER = _.mark("{path} is a folder. Choose a file name ending in .ics.")


def _explain(exc: OSError, path: Path) -> str:
    if exc.errno == errno.ENOSPC or exc.errno == getattr(errno, "EDQUOT", None):
        return _(
            "The disk is full, so {file} was not written. Free some space and try "
            "again; any earlier file was left as it was."
        ).format(file=path.name)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return _(
            "You cannot write to {folder} (permission denied). Choose another folder; "
            "any earlier file was left as it was."
        ).format(folder=path.parent)
    if isinstance(exc, IsADirectoryError) or exc.errno == errno.EISDIR:
        return _(_IS_A_FOLDER).format(path=path)
    return _(
        "{path} could not be written ({problem}); any earlier file was left as it was."
    ).format(path=path, problem=exc.strerror or exc)


def write_atomic(path: Path | str, data: bytes, *, replace_read_only: bool = False) -> None:
    """Write ``data`` to ``path`` completely or not at all (``exchange.atomic``).

    The file is private (0600); ``path`` must be a new name or a regular file.
    """
    path = Path(path)
    if path.is_dir():
        raise ExportError(_(_IS_A_FOLDER).format(path=path))
    if not path.parent.is_dir():
        raise ExportError(
            _("The folder {folder} does not exist. Choose an existing folder.").format(
                folder=path.parent
            )
        )
    # names, reasons and notes: the user's only
    with atomic_write(
        path, binary=True, private=True, replace_read_only=replace_read_only, explain=_explain
    ) as fh:
        fh.write(data)


def export_to_file(
    path: Path | str,
    scope: Scope,
    options: ExportOptions,
    *,
    now: datetime | None = None,
    full: bool = True,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    replace_read_only: bool = False,
) -> ExportResult:
    """Select, plan against the ledger, write atomically, then record the ledger.

    Nothing is written when there is nothing to write (an empty calendar is not a
    valid file). On any error nothing is remembered and an existing file is untouched.
    A read-only file at ``path`` is replaced only with ``replace_read_only``.
    """
    from .output import check_target

    check_target(path, replace_read_only=replace_read_only)  # before the work, not after
    now = now or datetime.now(timezone.utc)
    zone = resolve_zone(options.zone)
    rows, gone = ics_state.select_export(scope, options_key(options, zone))
    plan = plan_export(
        rows,
        gone,
        scope,
        options,
        zone,
        stamp=format_utc(now),
        progress=progress,
        cancelled=cancelled,
    )
    if options.include_key_dates:
        from .ics_key_dates import key_date_blocks

        plan.blocks.extend(key_date_blocks(format_utc(now), now.date()))
    path = Path(path)
    when = now.astimezone().replace(tzinfo=None)
    if not plan.blocks:
        if plan.ledger:  # changes that leave every event as it was: nothing to tell
            ics_state.record_ledger(plan.ledger, when, full=False)
        return ExportResult(path=path, count=0)
    text = assemble(calendar_head(_calendar_frame(options)), plan.blocks)
    if cancelled is not None and cancelled():
        raise ExportCancelled()
    write_atomic(path, text.encode("utf-8"), replace_read_only=replace_read_only)
    ics_state.record_ledger(plan.ledger, when, full=full)
    return ExportResult(
        path=path,
        count=len(plan.blocks),
        changed=plan.changed,
        removed=plan.removed,
        uids=[uid for uid, _block in plan.blocks],
    )


def written_summary(result: ExportResult) -> str:
    """``Wrote 12 events to …: 3 new or changed, 2 withdrawn.`` (the CLI and the dialog)."""
    parts = []
    unchanged = result.count - result.changed - result.removed
    if result.changed:
        parts.append(_.n("%n new or changed", "%n new or changed", result.changed))
    if result.removed:
        parts.append(
            _.n(
                "%n withdrawn (done, cancelled, deleted or out of scope)",
                "%n withdrawn (done, cancelled, deleted or out of scope)",
                result.removed,
            )
        )
    if unchanged and parts:
        parts.append(_.n("%n unchanged", "%n unchanged", unchanged))
    path = str(result.path)
    if not parts:
        return _.n("Wrote %n event to {path}.", "Wrote %n events to {path}.", result.count).format(
            path=path
        )
    return _.n(
        "Wrote %n event to {path}: {details}.",
        "Wrote %n events to {path}: {details}.",
        result.count,
    ).format(path=path, details=", ".join(parts))


def default_file_name(today: date | None = None) -> str:
    """``follow-ups-2026-12-06.ics`` (in the chosen language: ``relances-…``)."""
    return _("follow-ups-{date}.ics").format(date=(today or date.today()).isoformat())
