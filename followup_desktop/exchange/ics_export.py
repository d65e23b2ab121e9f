"""Follow-ups as an .ics file that Outlook and Google Calendar import cleanly.

Events are built with the pinned ``ics`` package and passed through
``ics_repair`` (see its rules). The file is written atomically, and what was
exported is remembered only after the file is complete on disk.

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
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import ics
from ics.alarm import DisplayAlarm
from ics.grammar.parse import ContentLine
from ics.utils import escape_string

from .. import APP_NAME, __version__
from ..domain.followup_rules import promise_status
from ..store import ics_state, settings
from ..store.errors import StoreError
from ..store.ics_state import IcsRow, Scope
from .ics_repair import (
    all_day_begin,
    assemble,
    calendar_head,
    clean_text,
    component_text,
    format_utc,
    repair_event,
)

PRODID = f"-//{APP_NAME}//{APP_NAME} {__version__}//EN"
EVENT_MINUTES_KEY = "ics.event_minutes"
REMINDER_MINUTES_KEY = "ics.reminder_minutes"
SUMMARY_REASON_CHARS = 60
SUMMARY_NAME_CHARS = 40
NOTE_LINES = 3
ALL_DAY_REMINDER_HOUR = 9
PROGRESS_STEP = 250

WHOSE_TEXT = {"mine": "yours", "theirs": "theirs (you are waiting for them)"}


class ExportError(StoreError):
    """``str(error)`` is a complete sentence; nothing was written or remembered."""


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


@dataclass(frozen=True)
class ExportResult:
    path: Path
    count: int
    rows: list[IcsRow] = field(default_factory=list, repr=False)


def options_from_settings(**overrides) -> ExportOptions:
    """Options with the event and reminder lengths the user set (or the defaults)."""
    values = {
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
            f"This computer's time zone could not be determined ({exc}). "
            "Set the TZ environment variable (e.g. TZ=Europe/Berlin) and try again."
        ) from exc
    if not name:
        raise ExportError(
            "This computer's time zone could not be determined. "
            "Set the TZ environment variable (e.g. TZ=Europe/Berlin) and try again."
        )
    return name


def resolve_zone(name: str | None) -> ZoneInfo:
    name = name or local_zone_name()
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ExportError(f"“{name}” is not a time zone name (try e.g. Europe/Berlin).") from exc


# -- text ------------------------------------------------------------------------------
def _shorten(value: str, limit: int) -> str:
    value = " ".join(value.split())
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


def summary_for(row: IcsRow) -> str:
    """``Follow up: <contact> – <reason>``, one line, short enough to read in a grid."""
    reason = clean_text(row.reason).split("\n", 1)[0]
    name = clean_text(row.contact_name)
    return (
        f"Follow up: {_shorten(name, SUMMARY_NAME_CHARS)} – "
        f"{_shorten(reason, SUMMARY_REASON_CHARS)}"
    )


def description_for(row: IcsRow) -> str:
    """Everything needed to act without opening the app (as the calendar shows it)."""
    lines = [f"Reason: {clean_text(row.reason)}", f"Channel: {row.channel}"]
    for label, value in (("Phone", row.phone), ("Email", row.email), ("Company", row.company)):
        value = clean_text(value)
        if value.strip():
            lines.append(f"{label}: {value}")
    lines.append(f"Whose move: {WHOSE_TEXT.get(row.whose, row.whose)}")
    if row.whose == "theirs":
        # The promise in the agenda's and the printed list's words (followup_rules).
        promise = promise_status(row.due_date, row.whose, row.due_date, row.fallback_date)
        lines.append(promise.state_text())
    if row.last_interaction_at is not None:
        lines.append(f"Last interaction: {row.last_interaction_at.date().isoformat()}")
        notes = [n for n in clean_text(row.last_interaction_notes).split("\n") if n.strip()]
        lines.extend(notes[:NOTE_LINES])
        if len(notes) > NOTE_LINES:
            lines.append("…")
    return "\n".join(lines)


# -- events ----------------------------------------------------------------------------
def start_utc(row: IcsRow, zone: ZoneInfo) -> datetime:
    """The UTC instant of a timed follow-up's local wall time on its day."""
    assert row.due_time is not None
    local = datetime.combine(row.due_date, row.due_time.replace(tzinfo=None), tzinfo=zone)
    return local.astimezone(timezone.utc)


def build_event(row: IcsRow, options: ExportOptions, zone: ZoneInfo) -> ics.Event:
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
    event.extra.append(ContentLine("SEQUENCE", value=str(row.sequence)))
    if options.reminders:
        if row.due_time is None:
            at = datetime.combine(row.due_date, datetime.min.time(), tzinfo=zone).replace(
                hour=ALL_DAY_REMINDER_HOUR
            )
            trigger: timedelta | datetime = at.astimezone(timezone.utc)
        else:
            trigger = timedelta(minutes=-options.reminder_minutes)
        event.alarms.append(DisplayAlarm(trigger=trigger, display_text=summary))
    return event


def _calendar_frame(options: ExportOptions) -> str:
    calendar = ics.Calendar(creator=PRODID)
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
    """The whole .ics text: events in the order given (due, then UID), repaired.

    ``progress(done, total)`` is called every few hundred events; ``cancelled()``
    is polled as often and stops the build with ExportCancelled.
    """
    zone = resolve_zone(options.zone)
    stamp = format_utc(dtstamp or datetime.now(timezone.utc))
    total = len(rows)
    blocks = []
    for start in range(0, total, PROGRESS_STEP):
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        if progress is not None:
            progress(start, total)
        blocks.extend(
            (row.uid, repair_event(component_text(build_event(row, options, zone)), dtstamp=stamp))
            for row in rows[start : start + PROGRESS_STEP]
        )
    if progress is not None:
        progress(total, total)
    return assemble(calendar_head(_calendar_frame(options)), blocks)


# -- writing ---------------------------------------------------------------------------
def _explain(exc: OSError, path: Path) -> str:
    if exc.errno == errno.ENOSPC or exc.errno == getattr(errno, "EDQUOT", None):
        return (
            f"The disk is full, so {path.name} was not written. Free some space and try "
            "again; any earlier file was left as it was."
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (
            f"You cannot write to {path.parent} (permission denied). Choose another folder; "
            "any earlier file was left as it was."
        )
    if isinstance(exc, IsADirectoryError) or exc.errno == errno.EISDIR:
        return f"{path} is a folder. Choose a file name ending in .ics."
    return (
        f"{path} could not be written ({exc.strerror or exc}); any earlier file was left as it was."
    )


def write_atomic(path: Path | str, data: bytes) -> None:
    """Write ``data`` to ``path`` completely or not at all (temp file, fsync, rename)."""
    path = Path(path)
    folder = path.parent
    if path.is_dir():
        raise ExportError(f"{path} is a folder. Choose a file name ending in .ics.")
    if not folder.is_dir():
        raise ExportError(f"The folder {folder} does not exist. Choose an existing folder.")
    try:
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".part")
    except OSError as exc:
        raise ExportError(_explain(exc, path)) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(_explain(exc, path)) from exc
    if os.name == "posix":
        try:
            dir_fd = os.open(folder, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
        except OSError:
            pass  # the file is complete; only the rename's durability is best effort


def export_to_file(
    path: Path | str,
    scope: Scope,
    options: ExportOptions,
    *,
    now: datetime | None = None,
    full: bool = True,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportResult:
    """Select, build, write atomically, then remember what was exported.

    Nothing is written when nothing matches (an empty calendar is not a valid
    file). On any error nothing is remembered and an existing file is untouched.
    """
    now = now or datetime.now(timezone.utc)
    rows = ics_state.select_rows(scope)
    path = Path(path)
    if not rows:
        return ExportResult(path=path, count=0, rows=[])
    text = build_calendar(rows, options, dtstamp=now, progress=progress, cancelled=cancelled)
    if cancelled is not None and cancelled():
        raise ExportCancelled()
    write_atomic(path, text.encode("utf-8"))
    ics_state.record_export(rows, now.astimezone().replace(tzinfo=None), full=full)
    return ExportResult(path=path, count=len(rows), rows=rows)


def default_file_name(today: date | None = None) -> str:
    return f"follow-ups-{(today or date.today()).isoformat()}.ics"
