"""Which follow-ups a calendar export writes, and the ledger of what it wrote.

The ledger (``ics_ledger``, one row per UID, no foreign key) outlives the
follow-up and its contact: it holds the last SEQUENCE, a digest of what was
written, when that last changed, whether a cancellation was already sent, and
the last SUMMARY/DTSTART/DTEND so that an event can be withdrawn after its
follow-up is gone.

``select_rows(scope, options_key)`` is one query (plain rows, no model objects:
an export of 10,000 follow-ups must not spend its time building peewee
instances). Besides what the scope selects it returns, unless the scope names
single follow-ups, every follow-up exported before whose *source* (the columns
its event is built from, plus the export options) differs from the ledger's,
whatever today's filters, and every live one whose move no longer matches the
scope's mine/theirs filter. ``gone_entries()`` are live ledger rows whose
follow-up no longer exists. ``record_ledger`` writes what a finished file holds.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from .database import db
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
    source: str
    #: iCalendar UTC stamp of the last change (DTSTAMP and LAST-MODIFIED).
    modified_at: str
    cancelled: bool
    summary: str
    dtstart: str
    dtend: str


@dataclass(frozen=True)
class IcsRow:
    followup_id: int
    uid: str
    revision: int
    #: The SEQUENCE ``build_calendar`` writes (the export plans it from the ledger).
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
    #: What the event is built from (compared with the ledger's to find changes).
    source: str = ""
    ledger: LedgerEntry | None = None


# What an event is built from, as one string SQLite compares with the ledger's. It names
# the columns themselves rather than ``revision`` so that no writer can forget to count
# (contact edits and new interactions move the event's text too). The trailing ? is the
# export options (zone, lengths, reminders), so a switched time zone counts as a change.
_SOURCE = (
    "f.status || '|' || c.archived || '|' || f.whose || '|' || f.due_date || '|' || "
    "ifnull(f.due_time, '') || '|' || f.channel || '|' || c.first_name || '|' || "
    "c.last_name || '|' || c.company || '|' || c.phone || '|' || c.mobile || '|' || "
    "c.email || '|' || g.name || '|' || ifnull(c.last_interaction_at, '') || '|' || "
    "ifnull(f.action_date, '') || '|' || ? || '|' || f.reason"
)

_LEDGER_COLUMNS = "l.uid, l.sequence, l.digest, l.source, l.modified_at, l.cancelled, " + (
    "l.summary, l.dtstart, l.dtend"
)

_SELECT = f"""
SELECT f.id, f.uid, f.revision, f.status, c.archived,
       f.due_date, f.due_time, f.reason, f.channel, f.whose,
       c.first_name, c.last_name, c.company, c.phone, c.mobile, c.email, g.name,
       c.last_interaction_at,
       (SELECT i.notes FROM interaction i WHERE i.contact_id = c.id
         ORDER BY i.occurred_at DESC, i.id DESC LIMIT 1),
       {_SOURCE} AS src, {{in_scope}} AS in_scope, {_LEDGER_COLUMNS},
       f.action_date
FROM followup f
JOIN contact c ON c.id = f.contact_id
JOIN category g ON g.id = c.category_id
LEFT JOIN ics_ledger l ON l.uid = f.uid
"""


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


def _where(scope: Scope) -> tuple[str, list]:
    """Rows to look at: in scope (new ones only, if changed-only), plus the sweep."""
    where = "in_scope"
    if scope.changed_only:
        where += " AND (l.uid IS NULL OR l.cancelled = 1)"
    params: list = []
    if not scope.followup_ids:
        sweep = "l.source <> src"
        if scope.whose:
            sweep = f"({sweep} OR (l.cancelled = 0 AND f.whose <> ?))"
            params.append(scope.whose)
        where = f"({where}) OR (l.uid IS NOT NULL AND {sweep})"
    return " WHERE " + where, params


def _date(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _time(value) -> time | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, time) else time.fromisoformat(str(value))


def _datetime(value) -> datetime | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def _entry(r: Sequence) -> LedgerEntry | None:
    if r[0] is None:
        return None
    return LedgerEntry(r[0], r[1], r[2], r[3], r[4], bool(r[5]), r[6], r[7], r[8])


def _query(scope: Scope, options_key: str) -> tuple[str, list]:
    in_scope, scope_params = _in_scope(scope)
    where, where_params = _where(scope)
    sql = (
        _SELECT.format(in_scope=in_scope)
        + where
        + " ORDER BY f.due_date, f.due_time IS NOT NULL, f.due_time, f.uid"
    )
    return sql, [options_key, *scope_params, *where_params]


def select_rows(scope: Scope, options_key: str = "") -> list[IcsRow]:
    """The follow-ups an export of ``scope`` looks at, by due date, time (all-day first), UID.

    ``options_key`` stands for the export options; a ledger row written with
    other options counts as changed.
    """
    sql, params = _query(scope, options_key)
    rows = []
    for r in db.execute_sql(sql, params).fetchall():
        name = " ".join(p for p in (r[10], r[11]) if p) or r[12] or "(no name)"
        entry = _entry(r[21:30])
        rows.append(
            IcsRow(
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
                fallback_date=_date(r[30]) if r[9] == "theirs" else None,
                status=r[3],
                archived=bool(r[4]),
                in_scope=bool(r[20]),
                source=r[19],
                ledger=entry,
            )
        )
    return rows


def gone_entries() -> list[LedgerEntry]:
    """Live ledger rows whose follow-up no longer exists (deleted, or its contact was)."""
    cursor = db.execute_sql(
        f"SELECT {_LEDGER_COLUMNS} FROM ics_ledger l WHERE l.cancelled = 0"
        " AND NOT EXISTS (SELECT 1 FROM followup f WHERE f.uid = l.uid)"
        " ORDER BY l.dtstart, l.uid"
    )
    return [e for e in map(_entry, cursor.fetchall()) if e is not None]


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
    in_scope, scope_params = _in_scope(scope)
    where, where_params = _where(scope)
    closed = "(f.status <> 'open' OR c.archived = 1" + (" OR f.whose <> ?" if scope.whose else "")
    closed += ")"
    whose = [scope.whose] if scope.whose else []
    sql = (
        f"SELECT coalesce(sum(NOT {closed}), 0),"
        f" coalesce(sum({closed} AND l.uid IS NOT NULL AND l.cancelled = 0), 0),"
        f" {_SOURCE} AS src, {in_scope} AS in_scope"
        " FROM followup f JOIN contact c ON c.id = f.contact_id"
        " JOIN category g ON g.id = c.category_id LEFT JOIN ics_ledger l ON l.uid = f.uid" + where
    )
    params = [*whose, *whose, options_key, *scope_params, *where_params]
    events, removals = db.execute_sql(sql, params).fetchone()[:2]
    if not scope.followup_ids:
        removals += int(
            db.execute_sql(
                "SELECT count(*) FROM ics_ledger l WHERE l.cancelled = 0"
                " AND NOT EXISTS (SELECT 1 FROM followup f WHERE f.uid = l.uid)"
            ).fetchone()[0]
        )
    return ExportCount(int(events), int(removals))


#: One ledger row as ``record_ledger`` takes it.
LedgerRow = tuple[str, int, str, str, str, int, str, str, str]


def record_ledger(rows: Iterable[LedgerRow], when: datetime, *, full: bool = True) -> None:
    """Remember what a successfully written file holds (call only after the write).

    Rows are (uid, sequence, digest, source, modified_at, cancelled, summary,
    dtstart, dtend). ``full`` exports (the dialog, the CLI) also move "last
    exported"; a single "Add to calendar" does not.
    """
    stamp = when.isoformat(sep=" ")
    with db.atomic():
        db.connection().executemany(
            "INSERT OR REPLACE INTO ics_ledger (uid, sequence, digest, source, modified_at,"
            " cancelled, summary, dtstart, dtend, exported_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
