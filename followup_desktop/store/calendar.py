"""What the calendar shows: follow-ups of the visible date range only.

Counts per day come from ``followup_day_count`` (kept by triggers, see migration
V3); the items from one statement whose per-day walks of ``followup_calendar``
stop after the few the month view draws. Nothing outside the range is
read, and a busy day costs what a quiet one does, so a month switch stays within
a frame on a database of 250,000 follow-ups.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date, time, timedelta
from typing import cast

from ..domain.followup_rules import PromiseStatus
from ..domain.text import display_name
from .database import db
from .key_date_marks import key_date_marks
from .models import WHOSE


@dataclass(frozen=True)
class CalendarFilter:
    """What the user narrowed the calendar to."""

    category_id: int | None = None
    #: "mine", "theirs" or None for both.
    whose: str | None = None
    #: Show done and cancelled follow-ups (greyed) as well as open ones.
    include_closed: bool = False

    def __post_init__(self) -> None:
        if self.whose is not None and self.whose not in WHOSE:
            raise ValueError(f"whose must be one of {WHOSE} or None, not {self.whose!r}")


@dataclass(slots=True)
class CalendarItem:
    id: int
    contact_id: int
    contact_name: str
    category_id: int
    due_date: date
    due_time: time | None
    reason: str
    whose: str
    status: str
    channel: str
    #: My day to act (their promise: its fallback); see domain.followup_rules.
    act_on: date | None = None

    @property
    def is_open(self) -> bool:
        return self.status == "open"

    def promise(self, today: date) -> PromiseStatus:
        return PromiseStatus(self.whose, self.due_date, self.act_on or self.due_date, today)

    def is_overdue(self, today: date) -> bool:
        return self.status == "open" and self.promise(today).overdue


@dataclass(frozen=True)
class DayCount:
    total: int
    open: int
    #: Open promises of theirs on this (past) day whose fallback is still ahead: lapsed,
    #: not overdue (the same rule as the agenda, followup_rules.promise_status).
    waiting: int = 0

    def overdue(self, day: date, today: date) -> int:
        return self.open - self.waiting if day < today else 0


@dataclass
class RangeData:
    start: date
    end: date
    counts: dict[date, DayCount] = field(default_factory=dict)
    #: The day's items in display order: open first, date-only before timed, by time.
    items: dict[date, list[CalendarItem]] = field(default_factory=dict)

    def count(self, day: date) -> int:
        c = self.counts.get(day)
        return c.total if c else 0

    def open_count(self, day: date) -> int:
        c = self.counts.get(day)
        return c.open if c else 0

    def day_items(self, day: date) -> list[CalendarItem]:
        return self.items.get(day, [])

    def waiting_count(self, day: date) -> int:
        c = self.counts.get(day)
        return c.waiting if c else 0

    #: Birthdays, anniversaries and other key dates falling on each day (count, a few
    #: "Birthday: Ada Lovelace" lines for the tooltip).
    key_dates: dict[date, tuple[int, tuple[str, ...]]] = field(default_factory=dict)

    def overdue_count(self, today: date) -> int:
        return sum(c.overdue(d, today) for d, c in self.counts.items())


_COLUMNS = """f.id, f.contact_id, f.due_date, f.due_time, f.reason, f.whose, f.status,
    f.channel, c.first_name, c.last_name, c.company, c.category_id, f.action_date"""


def _filters(flt: CalendarFilter, f: str, c: str) -> tuple[str, list]:
    """Extra WHERE clauses (leading " AND ") for whose/category, on aliases f and c."""
    sql, params = "", cast("list[object]", [])
    if flt.whose is not None:
        sql += f" AND {f}.whose = ?"
        params.append(flt.whose)
    if flt.category_id is not None:
        sql += f" AND {c}.category_id = ?"
        params.append(flt.category_id)
    return sql, params


def _parse_date(text) -> date:
    if isinstance(text, date):
        return text
    return date.fromisoformat(str(text)[:10])


def _parse_time(text) -> time | None:
    if text is None or text == "":
        return None
    if isinstance(text, time):
        return text
    return time.fromisoformat(str(text))


_name = display_name


def _item(row, day: date | None = None) -> CalendarItem:
    return CalendarItem(
        id=row[0],
        contact_id=row[1],
        contact_name=_name(row[8], row[9], row[10]),
        category_id=row[11],
        due_date=day or _parse_date(row[2]),
        due_time=_parse_time(row[3]),
        reason=row[4],
        whose=row[5],
        status=row[6],
        channel=row[7],
        act_on=_parse_date(row[12]) if row[12] else None,
    )


def day_counts(
    start: date, end: date, flt: CalendarFilter | None = None, today: date | None = None
) -> dict[date, DayCount]:
    """How many follow-ups each day of the range has (days with none are left out).

    Read from ``followup_day_count``, which triggers keep in step with every write;
    with ``today``, the past days also say how many promises of theirs are still
    waiting for their fallback (lapsed, not overdue).
    """
    flt = flt or CalendarFilter()
    sql = """SELECT due_date, sum(n), sum(CASE WHEN status = 'open' THEN n ELSE 0 END)
             FROM followup_day_count d
             WHERE due_date BETWEEN ? AND ? AND archived = 0"""
    params: list = [start.isoformat(), end.isoformat()]
    if not flt.include_closed:
        sql += " AND status = 'open'"
    extra, extra_params = _filters(flt, "d", "d")
    sql += extra + " GROUP BY due_date HAVING sum(n) > 0"
    rows = db.connection().execute(sql, params + extra_params).fetchall()
    counts = {_parse_date(r[0]): DayCount(r[1], r[2]) for r in rows}
    if today is not None and start < today and flt.whose != "mine":
        for day, n in _waiting(start, min(end, today - timedelta(days=1)), today, flt):
            if day in counts:
                counts[day] = replace(counts[day], waiting=n)
    return counts


def _waiting(start: date, last: date, today: date, flt: CalendarFilter) -> list[tuple[date, int]]:
    """Per past day: open promises of theirs whose fallback is today or later.

    Walks the open follow-ups of those past days only (``followup_calendar``), which
    are the few the month would otherwise mark overdue."""
    extra, extra_params = _filters(flt, "f", "c")
    sql = f"""SELECT f.due_date, count(*) FROM followup f INDEXED BY followup_calendar
        JOIN contact c ON c.id = f.contact_id
        WHERE f.status = 'open' AND f.due_date BETWEEN ? AND ? AND f.whose = 'theirs'
          AND f.action_date >= ? AND c.archived = 0 {extra}
        GROUP BY f.due_date"""
    params = [start.isoformat(), last.isoformat(), today.isoformat(), *extra_params]
    return [(_parse_date(r[0]), r[1]) for r in db.connection().execute(sql, params)]


def load_range(
    start: date,
    end: date,
    flt: CalendarFilter | None = None,
    *,
    per_day: int | None = None,
    today: date | None = None,
) -> RangeData:
    """Counts for every day of ``start``..``end`` and the items to draw.

    ``per_day`` keeps only the first N items of each day, in display order (open
    ones first, date-only before timed, then by time): the month view draws a few
    and says "+N more". One statement reads them for the whole range, each day's
    walk of ``followup_calendar`` (which holds a day's rows in time order) stopping
    after N rows, so a day with 800 follow-ups costs what a day with 8 does. None
    returns every item.
    """
    if end < start:
        raise ValueError("The end of a calendar range cannot be before its start.")
    flt = flt or CalendarFilter()
    data = RangeData(start, end, counts=day_counts(start, end, flt, today or date.today()))
    # Counts only (the star by each day): the names are for one day's tooltip, read when
    # it is shown (key_date_marks(day, day)); reading them for the whole range was a
    # tenth of switching to a month not shown yet.
    data.key_dates = key_date_marks(start, end, names=0)
    if not data.counts:
        return data
    extra, extra_params = _filters(flt, "f", "c")
    base = f"""SELECT {_COLUMNS} FROM followup f JOIN contact c ON c.id = f.contact_id
               WHERE c.archived = 0 {extra}"""
    conn = db.connection()
    if per_day is None:
        statuses = "('open', 'done', 'cancelled')" if flt.include_closed else "('open')"
        sql = f"""{base} AND f.status IN {statuses} AND f.due_date BETWEEN ? AND ?
                  ORDER BY f.due_date, f.status <> 'open', f.due_time IS NOT NULL, f.due_time,
                           f.id"""
        for row in conn.execute(sql, [*extra_params, start.isoformat(), end.isoformat()]):
            day = _parse_date(row[2])
            data.items.setdefault(day, []).append(_item(row, day))
        return data
    limit = max(1, int(per_day))
    groups = _first_keys(start, end, flt, limit)
    chosen: dict[date, list[int]] = {}
    for day, count in sorted(data.counts.items()):
        iso = day.isoformat()
        keys = groups.get((iso, "open"), [])[:limit]
        room = limit - len(keys)
        if count.total > count.open and room > 0:
            done, cancelled = groups.get((iso, "done"), []), groups.get((iso, "cancelled"), [])
            closed = done[:room] + cancelled[:room]
            closed.sort(key=lambda k: (k[0], k[1], k[4]))  # by time, then as entered
            keys = keys + closed[:room]
        chosen[day] = [k[4] for k in keys]
    ids = [i for day_ids in chosen.values() for i in day_ids]
    rows = {r[0]: r for r in conn.execute(_CHOSEN_SQL, (json.dumps(ids),))}
    for day, day_ids in chosen.items():
        data.items[day] = [_item(rows[i], day) for i in day_ids if i in rows]
    return data


#: The chosen follow-ups with their contacts, by id (a JSON array of ids).
_CHOSEN_SQL = f"""SELECT {_COLUMNS} FROM followup f JOIN contact c ON c.id = f.contact_id
    WHERE f.id IN (SELECT value FROM json_each(?))"""


def _first_keys(
    start: date, end: date, flt: CalendarFilter, limit: int
) -> dict[tuple[str, str], list[tuple[bool, str, str, int, int]]]:
    """The first ``limit`` follow-ups of every (day, status) in the range, in index
    order, as their sort keys (has a time, time, whose, contact id, id).

    Read from ``followup_calendar`` alone: no follow-up or contact row is touched
    until the caller has chosen the few a day shows (a month read ~2.3 rows per
    item drawn when every candidate was read whole, each from another page)."""
    groups: dict[tuple[str, str], list[tuple[bool, str, str, int, int]]] = {}
    for due, status, packed in db.connection().execute(*_first_items_sql(start, end, flt, limit)):
        if packed:
            keys = []
            for one in packed.split(","):
                fid, at, whose, contact = one.split(" ")
                keys.append((at != "", at, whose, int(contact), int(fid)))
            keys.sort()
            groups[(str(due)[:10], status)] = keys
    return groups


def _first_items_sql(start: date, end: date, flt: CalendarFilter, limit: int) -> tuple[str, dict]:
    """One statement for the first ``limit`` items of every (day, status) in the range.

    The (day, status) pairs that have any come from ``followup_day_count``; for each,
    a correlated subquery walks ``followup_calendar`` (covering: no table row is read)
    and stops after ``limit`` entries, so a busy day costs what a quiet one does. This
    replaces ~85 small queries (one per day and status) whose per-statement overhead
    dominated a month switch. Each pair's entries come back packed in one string
    ("id time whose contact_id", comma-separated; a time never holds either): the
    aggregate's order is not guaranteed, so the caller sorts them by the same keys.
    """
    params: dict = {"start": start.isoformat(), "end": end.isoformat(), "lim": limit}
    statuses = "('open', 'done', 'cancelled')" if flt.include_closed else "('open')"
    pairs = f"""SELECT DISTINCT due_date, status FROM followup_day_count
        WHERE due_date BETWEEN :start AND :end AND archived = 0 AND n > 0
          AND status IN {statuses}"""
    keys = """SELECT group_concat(k, ',') FROM (
        SELECT x.id || ' ' || ifnull(x.due_time, '') || ' ' || x.whose || ' ' || x.contact_id
            AS k FROM followup x INDEXED BY followup_calendar{join}
        WHERE x.status = w.status AND x.due_date = w.due_date{extra}
        ORDER BY x.due_time, x.whose, x.contact_id, x.id LIMIT :lim)"""
    extra = ""
    if flt.whose is not None:
        pairs += " AND whose = :whose"
        extra += " AND x.whose = :whose"
        params["whose"] = flt.whose
    if flt.category_id is not None:
        pairs += " AND category_id = :cat"
        join = " JOIN contact xc ON xc.id = x.contact_id"
        extra += " AND xc.archived = 0 AND xc.category_id = :cat"
        params["cat"] = flt.category_id
    else:
        # The (few) archived contacts, read once for the whole statement.
        join = ""
        extra += " AND x.contact_id NOT IN (SELECT id FROM contact WHERE archived = 1)"
    sql = f"""WITH w(due_date, status) AS ({pairs})
        SELECT w.due_date, w.status, ({keys.format(join=join, extra=extra)}) FROM w"""
    return sql, params


def item(followup_id: int) -> CalendarItem | None:
    """One follow-up as the calendar shows it (for a drag's label and undo text)."""
    row = (
        db.connection()
        .execute(
            f"SELECT {_COLUMNS} FROM followup f JOIN contact c ON c.id = f.contact_id"
            " WHERE f.id = ?",
            (followup_id,),
        )
        .fetchone()
    )
    return None if row is None else _item(row)


def category_names() -> dict[int, str]:
    """Category id -> name, in the sidebar's order (for the colour legend)."""
    rows = db.execute_sql("SELECT id, name FROM category ORDER BY position, id").fetchall()
    return {r[0]: r[1] for r in rows}
