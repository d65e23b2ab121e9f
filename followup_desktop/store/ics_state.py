"""Which follow-ups a calendar export writes, and the ledger of what it wrote.

The ledger (``ics_ledger``, one row per UID, no foreign key) outlives the
follow-up and its contact: it holds the last SEQUENCE, a digest of what was
written, when that last changed, whether a cancellation was already sent, and
the last SUMMARY/DTSTART/DTEND so that an event can be withdrawn after its
follow-up is gone.

``select_export(scope, options_key)`` reads plain rows (no model objects: an
export of 10,000 follow-ups must not spend its time building peewee instances):
what the scope selects and, unless the scope names single follow-ups, the sweep:
every UID exported before that changed since (triggers count changes to
everything an event is built from, whoever writes it: migration V15), was
written with other options, or is live and no longer mine/theirs as the scope
asks, whatever today's filters. ``record_ledger`` writes what a finished file
holds.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from ..domain.text import display_name
from .database import db
from .rows import required_date as _date
from .rows import to_datetime as _datetime
from .rows import to_time as _time
from .settings import get_datetime, set_setting

LAST_EXPORT_KEY = "ics.last_export_at"


@dataclass(frozen=True)
class Scope:
    """What to export. Dates are inclusive; empty tuples mean "no filter"."""

    start: date | None = None
    end: date | None = None
    category_ids: tuple[int, ...] = ()
    #: "mine", "theirs" or None for both.
    whose: str | None = None
    open_only: bool = True
    #: Only what changed since it was exported, plus what the filters select that is new.
    changed_only: bool = False
    #: Just these follow-ups ("Add to calendar"): nothing else is swept in.
    followup_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class LedgerEntry:
    """What the last file said about one UID."""

    uid: str
    sequence: int
    #: Digest of what was written; "" when not known (an export from before the ledger).
    digest: str
    #: The export options it was written with (``options_key``).
    source: str
    #: iCalendar UTC stamp of the last change (DTSTAMP and LAST-MODIFIED).
    modified_at: str
    cancelled: bool
    summary: str
    dtstart: str
    dtend: str
    #: Changes counted by triggers (V15), and how many the last export had seen.
    changes: int = 0
    seen: int = 0

    @property
    def stale(self) -> bool:
        """Something it is built from changed since it was last looked at."""
        return self.changes != self.seen


@dataclass(frozen=True)
class IcsRow:
    followup_id: int
    uid: str
    revision: int
    #: The SEQUENCE the export writes (it plans it from the ledger).
    sequence: int
    due_date: date
    due_time: time | None
    reason: str
    channel: str
    whose: str
    contact_name: str
    company: str
    phone: str
    email: str
    category: str
    last_interaction_at: datetime | None
    last_interaction_notes: str
    #: Their promise: the day I call if they have not got back (followup_rules).
    fallback_date: date | None = None
    status: str = "open"
    archived: bool = False
    #: Whether the user's filters select it (not only swept in as changed).
    in_scope: bool = True
    ledger: LedgerEntry | None = None


_LEDGER_COLUMNS = (
    "l.uid, l.sequence, l.digest, l.source, l.modified_at, l.cancelled, "
    "l.summary, l.dtstart, l.dtend, l.changes, l.seen"
)

_SELECT = f"""
SELECT f.id, f.uid, f.revision, f.status, c.archived,
       f.due_date, f.due_time, f.reason, f.channel, f.whose,
       c.first_name, c.last_name, c.company, c.phone, c.mobile, c.email, g.name,
       c.last_interaction_at,
       (SELECT i.notes FROM interaction i WHERE i.contact_id = c.id
         ORDER BY i.occurred_at DESC, i.id DESC LIMIT 1),
       f.action_date, {{in_scope}} AS in_scope, {_LEDGER_COLUMNS}
FROM followup f
JOIN contact c ON c.id = f.contact_id
JOIN category g ON g.id = c.category_id
LEFT JOIN ics_ledger l ON l.uid = f.uid
"""

#: A follow-up that is new to the calendar: never exported, or withdrawn since.
_NOT_LIVE = "NOT EXISTS (SELECT 1 FROM ics_ledger x WHERE x.uid = f.uid AND x.cancelled = 0)"


def _in_scope(scope: Scope) -> tuple[str, list]:
    clauses: list[str] = []
    params: list = []
    if scope.open_only:
        clauses.append("f.status = 'open' AND c.archived = 0")
    if scope.start is not None:
        clauses.append("f.due_date >= ?")
        params.append(scope.start.isoformat())
    if scope.end is not None:
        clauses.append("f.due_date <= ?")
        params.append(scope.end.isoformat())
    if scope.category_ids:
        clauses.append(f"c.category_id IN ({','.join('?' * len(scope.category_ids))})")
        params.extend(scope.category_ids)
    if scope.whose:
        clauses.append("f.whose = ?")
        params.append(scope.whose)
    if scope.followup_ids:
        clauses.append(f"f.id IN ({','.join('?' * len(scope.followup_ids))})")
        params.extend(scope.followup_ids)
    return ("(" + " AND ".join(clauses) + ")") if clauses else "1", params


def _sweep(scope: Scope, options_key: str) -> tuple[str, list]:
    """UIDs exported before that an export must look at whatever its filters: changed
    since (counted by triggers), written with other options, or live and no longer
    mine/theirs as the scope asks. Each part reads an index, not the whole ledger."""
    parts = [
        "SELECT uid FROM ics_ledger WHERE changes <> seen",
        "SELECT uid FROM ics_ledger WHERE source < ? OR source > ?",
    ]
    params: list = [options_key, options_key]
    if scope.whose:
        parts.append(
            "SELECT l.uid FROM ics_ledger l JOIN followup f ON f.uid = l.uid"
            " WHERE l.cancelled = 0 AND f.whose <> ?"
        )
        params.append(scope.whose)
    return " UNION ".join(parts), params


def _entry(r: Sequence) -> LedgerEntry | None:
    if r[0] is None:
        return None
    return LedgerEntry(r[0], r[1], r[2], r[3], r[4], bool(r[5]), r[6], r[7], r[8], r[9], r[10])


def _row(r: Sequence) -> IcsRow:
    name = display_name(r[10], r[11], r[12])
    entry = _entry(r[21:32])
    return IcsRow(
        followup_id=r[0],
        uid=r[1],
        revision=r[2],
        sequence=0 if entry is None else entry.sequence,
        due_date=_date(r[5]),
        due_time=_time(r[6]),
        reason=r[7],
        channel=r[8],
        whose=r[9],
        contact_name=name,
        company=r[12],
        phone=r[13] or r[14],
        email=r[15],
        category=r[16],
        last_interaction_at=_datetime(r[17]),
        last_interaction_notes=r[18] or "",
        fallback_date=_date(r[19]) if r[9] == "theirs" and r[19] else None,
        status=r[3],
        archived=bool(r[4]),
        in_scope=bool(r[20]),
        ledger=entry,
    )


def _order(row: IcsRow) -> tuple:
    return (row.due_date, row.due_time is not None, row.due_time or time(0), row.uid)


def select_export(scope: Scope, options_key: str = "") -> tuple[list[IcsRow], list[LedgerEntry]]:
    """What an export of ``scope`` looks at: follow-up rows by due date, time (all-day
    first) and UID, and the ledger rows of UIDs whose follow-up is gone.

    The rows are what the filters select (only those new to the calendar, if
    changed-only) plus, unless the scope names single follow-ups, the sweep: every
    follow-up exported before that changed since, was written with other options
    (``options_key``) or is no longer mine/theirs as asked, whatever the filters.
    """
    in_scope, params = _in_scope(scope)
    where = in_scope + (f" AND {_NOT_LIVE}" if scope.changed_only else "")
    sql = _SELECT.format(in_scope=in_scope) + " WHERE " + where
    rows = [_row(r) for r in db.execute_sql(sql, [*params, *params]).fetchall()]
    gone: list[LedgerEntry] = []
    if not scope.followup_ids:
        sweep_sql, sweep_params = _sweep(scope, options_key)
        have = {row.uid for row in rows}
        uids = [r[0] for r in db.execute_sql(sweep_sql, sweep_params).fetchall()]
        uids = [u for u in uids if u not in have]
        found: set[str] = set()
        for start in range(0, len(uids), 500):
            chunk = uids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            sql = _SELECT.format(in_scope=in_scope) + f" WHERE f.uid IN ({marks})"
            for r in db.execute_sql(sql, [*params, *chunk]).fetchall():
                rows.append(_row(r))
                found.add(r[1])
        missing = [u for u in uids if u not in found]
        gone = sorted(
            ledger_entries(missing).values(), key=lambda e: (e.dtstart.split(":")[-1], e.uid)
        )
    rows.sort(key=_order)
    return rows, gone


@dataclass(frozen=True)
class ExportCount:
    """What an export of a scope would write, counted in SQL (for the dialog)."""

    #: New or changed events, and with a full export the unchanged ones in scope.
    events: int
    #: Cancellations: exported before, now done, cancelled, deleted, archived or
    #: no longer mine/theirs as the scope asks.
    removals: int

    @property
    def total(self) -> int:
        return self.events + self.removals


def count_rows(scope: Scope, options_key: str = "") -> ExportCount:
    """How many events an export of ``scope`` would write (an upper bound: a change
    that leaves the event's text as it was is found only while writing)."""
    in_scope, params = _in_scope(scope)
    where = in_scope + (f" AND {_NOT_LIVE}" if scope.changed_only else "")
    from_ = (
        " FROM followup f JOIN contact c ON c.id = f.contact_id"
        " JOIN category g ON g.id = c.category_id"
    )
    events = int(
        db.execute_sql("SELECT count(*)" + from_ + " WHERE " + where, params).fetchone()[0]
    )
    removals = 0
    if not scope.followup_ids:
        sweep_sql, sweep_params = _sweep(scope, options_key)
        closed = (
            "(f.uid IS NULL OR f.status <> 'open' OR c.archived = 1"
            + (" OR f.whose <> ?" if scope.whose else "")
            + ")"
        )
        whose = [scope.whose] if scope.whose else []
        # Swept UIDs the filters did not already count: live ones that must leave are
        # removals; open ones are written (changed, or moved outside the filters).
        sql = (
            f"SELECT coalesce(sum({closed} AND l.cancelled = 0), 0),"
            f" coalesce(sum(NOT {closed}), 0)"
            f" FROM ({sweep_sql}) s JOIN ics_ledger l ON l.uid = s.uid"
            " LEFT JOIN followup f ON f.uid = s.uid"
            " LEFT JOIN contact c ON c.id = f.contact_id"
            " LEFT JOIN category g ON g.id = c.category_id"
            f" WHERE f.uid IS NULL OR NOT ({where})"
        )
        gone, moved = db.execute_sql(sql, [*whose, *whose, *sweep_params, *params]).fetchone()
        removals, events = int(gone), events + int(moved)
    return ExportCount(events, removals)


#: One ledger row as ``record_ledger`` takes it.
LedgerRow = tuple[str, int, str, str, str, int, str, str, str, int]


def record_ledger(rows: Iterable[LedgerRow], when: datetime, *, full: bool = True) -> None:
    """Remember what a successfully written file holds (call only after the write).

    Rows are (uid, sequence, digest, options, modified_at, cancelled, summary,
    dtstart, dtend, seen): ``seen`` is the change count read before the file was
    built, so a change made meanwhile is still counted as pending. ``full`` exports
    (the dialog, the CLI) also move "last exported"; "Add to calendar" does not.
    """
    stamp = when.isoformat(sep=" ")
    with db.atomic():
        db.connection().executemany(
            "INSERT INTO ics_ledger (uid, sequence, digest, source, modified_at, cancelled,"
            " summary, dtstart, dtend, seen, exported_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (uid) DO UPDATE SET sequence = excluded.sequence,"
            " digest = excluded.digest, source = excluded.source,"
            " modified_at = excluded.modified_at, cancelled = excluded.cancelled,"
            " summary = excluded.summary, dtstart = excluded.dtstart, dtend = excluded.dtend,"
            " seen = excluded.seen, exported_at = excluded.exported_at",
            [(*row, stamp) for row in rows],
        )
        if full:
            set_setting(LAST_EXPORT_KEY, when.isoformat())


def last_export_at() -> datetime | None:
    return get_datetime(LAST_EXPORT_KEY)


def ledger_entries(uids: Sequence[str]) -> dict[str, LedgerEntry]:
    """``{uid: entry}`` for the UIDs exported before."""
    found: dict[str, LedgerEntry] = {}
    for start in range(0, len(uids), 500):
        chunk = list(uids[start : start + 500])
        cursor = db.execute_sql(
            f"SELECT {_LEDGER_COLUMNS} FROM ics_ledger l"
            f" WHERE l.uid IN ({','.join('?' * len(chunk))})",
            chunk,
        )
        for r in cursor.fetchall():
            entry = _entry(r)
            if entry is not None:
                found[entry.uid] = entry
    return found
