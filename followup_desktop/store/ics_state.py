"""Which follow-ups a calendar export writes, and what the app remembers about it.

``select_rows(scope)`` returns plain rows (one query, no model objects: an
export of 10,000 follow-ups must not spend its time building peewee
instances). ``record_export`` remembers, per follow-up, the revision and
SEQUENCE that went into a file, so the next export can write only what is new
or changed and give changed events a higher SEQUENCE.
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
    changed_only: bool = False
    followup_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class IcsRow:
    followup_id: int
    uid: str
    revision: int
    #: The SEQUENCE this export writes (0 the first time, +1 after each change).
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


_SELECT = """
SELECT f.id, f.uid, f.revision, e.exported_revision, e.sequence,
       f.due_date, f.due_time, f.reason, f.channel, f.whose,
       c.first_name, c.last_name, c.company, c.phone, c.mobile, c.email, g.name,
       c.last_interaction_at,
       (SELECT i.notes FROM interaction i WHERE i.contact_id = c.id
         ORDER BY i.occurred_at DESC, i.id DESC LIMIT 1),
       f.action_date
FROM followup f
JOIN contact c ON c.id = f.contact_id
JOIN category g ON g.id = c.category_id
LEFT JOIN ics_export e ON e.followup_id = f.id
"""


def _where(scope: Scope) -> tuple[str, list]:
    clauses: list[str] = []
    params: list = []
    if scope.open_only:
        clauses.append("f.status = 'open'")
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
    if scope.changed_only:
        clauses.append("(e.followup_id IS NULL OR e.exported_revision <> f.revision)")
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


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


def next_sequence(revision: int, exported_revision: int | None, sequence: int | None) -> int:
    """0 for a first export; the same SEQUENCE if unchanged; one more if it changed."""
    if exported_revision is None or sequence is None:
        return 0
    return sequence if revision == exported_revision else sequence + 1


def select_rows(scope: Scope) -> list[IcsRow]:
    """The follow-ups in ``scope``, ordered by due date, time (all-day first), UID."""
    where, params = _where(scope)
    sql = _SELECT + where + " ORDER BY f.due_date, f.due_time IS NOT NULL, f.due_time, f.uid"
    rows = []
    for r in db.execute_sql(sql, params).fetchall():
        name = " ".join(p for p in (r[10], r[11]) if p) or r[12] or "(no name)"
        rows.append(
            IcsRow(
                followup_id=r[0],
                uid=r[1],
                revision=r[2],
                sequence=next_sequence(r[2], r[3], r[4]),
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
                fallback_date=_date(r[19]) if r[9] == "theirs" else None,
            )
        )
    return rows


def count_rows(scope: Scope) -> int:
    """How many events an export of ``scope`` would write (for the dialog)."""
    where, params = _where(scope)
    sql = (
        "SELECT count(*) FROM followup f JOIN contact c ON c.id = f.contact_id "
        "LEFT JOIN ics_export e ON e.followup_id = f.id" + where
    )
    return int(db.execute_sql(sql, params).fetchone()[0])


def record_export(rows: Iterable[IcsRow], when: datetime, *, full: bool = True) -> None:
    """Remember what a successfully written file holds (call only after the write).

    ``full`` exports (the dialog, the CLI) also move "last exported"; a single
    "Add to calendar" does not.
    """
    stamp = when.isoformat(sep=" ")
    values = [(r.followup_id, r.revision, r.sequence, stamp) for r in rows]
    with db.atomic():
        for start in range(0, len(values), 500):
            chunk = values[start : start + 500]
            db.execute_sql(
                "INSERT OR REPLACE INTO ics_export "
                "(followup_id, exported_revision, sequence, exported_at) VALUES "
                + ",".join("(?, ?, ?, ?)" for _ in chunk),
                [v for row in chunk for v in row],
            )
        if full:
            set_setting(LAST_EXPORT_KEY, when.isoformat())


def last_export_at() -> datetime | None:
    return get_datetime(LAST_EXPORT_KEY)


def exported_state(followup_ids: Sequence[int]) -> dict[int, tuple[int, int]]:
    """``{followup_id: (exported_revision, sequence)}`` for those exported before."""
    if not followup_ids:
        return {}
    marks = ",".join("?" * len(followup_ids))
    cursor = db.execute_sql(
        f"SELECT followup_id, exported_revision, sequence FROM ics_export "
        f"WHERE followup_id IN ({marks})",
        list(followup_ids),
    )
    return {r[0]: (r[1], r[2]) for r in cursor.fetchall()}
