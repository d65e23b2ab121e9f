"""Follow-ups as an .ics file that Outlook and Google Calendar import cleanly.

Events are built by ``ics_event`` with the pinned ``ics`` package and passed
through ``ics_repair`` (see its rules); what the user asked for is ``ics_options``.
This module plans the file against the ledger and writes it atomically; what was
exported is remembered (in the ledger, ``store.ics_state``) only after the file is
complete on disk.

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
"""

from __future__ import annotations

import errno
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import ics
from ics.grammar.parse import ContentLine
from ics.utils import escape_string

from .. import APP_NAME, __version__
from ..domain import calendar_copy
from ..i18n import translator
from ..store import ics_state
from ..store.ics_state import IcsRow, LedgerEntry, LedgerRow, Scope
from .atomic import atomic_write
from .errors import ExportError
from .ics_event import (
    digest_of,
    event_parts,
    finish_event,
    summary_for,
    time_lines,
    withdrawal_event,
)
from .ics_options import ExportCancelled, ExportOptions, options_key, resolve_zone
from .ics_repair import (
    assemble,
    calendar_head,
    clean_text,
    format_utc,
)

_ = translator(__name__)

PRODID = f"-//{APP_NAME}//{APP_NAME} {__version__}//EN"
PROGRESS_STEP = 250


@dataclass(frozen=True)
class ExportResult:
    path: Path
    #: Events in the file (0: nothing was written).
    count: int
    #: Of those: new or changed (a new SEQUENCE), and withdrawn (STATUS:CANCELLED).
    changed: int = 0
    removed: int = 0
    uids: list[str] = field(default_factory=list, repr=False)


def calendar_frame(options: ExportOptions) -> str:
    calendar = ics.Calendar(creator=PRODID)
    # PUBLISH: a copy of the user's own events, not an invitation (no ORGANIZER or
    # ATTENDEE); clients match re-imported events by UID and SEQUENCE.
    calendar.extra.append(ContentLine("METHOD", value="PUBLISH"))
    if options.calendar_name and options.calendar_name.strip():
        name = " ".join(clean_text(options.calendar_name).split())
        calendar.extra.append(ContentLine("X-WR-CALNAME", value=escape_string(name)))
    return calendar.serialize()


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
    text = assemble(calendar_head(calendar_frame(options)), plan.blocks)
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
