"""What the calendar shows: follow-ups of the visible date range only.

Counts per day come from ``followup_day_count`` (kept by triggers, see migration
V3); the items come from one short indexed query per day (``followup_calendar``)
that stops after the few the month view draws. Nothing outside the range is
read, and a busy day costs what a quiet one does, so a month switch stays within
a frame on a database of 250,000 follow-ups.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import date, time

from .database import db
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

    @property
    def is_open(self) -> bool:
        return self.status == "open"

    def is_overdue(self, today: date) -> bool:
        return self.status == "open" and self.due_date < today


@dataclass(frozen=True)
class DayCount:
    total: int
    open: int


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

    def overdue_count(self, today: date) -> int:
        return sum(c.open for d, c in self.counts.items() if d < today)


_COLUMNS = """f.id, f.contact_id, f.due_date, f.due_time, f.reason, f.whose, f.status,
    f.channel, c.first_name, c.last_name, c.company, c.category_id"""


def _filters(flt: CalendarFilter, f: str, c: str) -> tuple[str, list]:
    """Extra WHERE clauses (leading " AND ") for whose/category, on aliases f and c."""
    sql, params = "", []
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


def _name(first: str, last: str, company: str) -> str:
    name = " ".join(p for p in (first, last) if p)
    return name or company or "(no name)"


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
    )


def day_counts(start: date, end: date, flt: CalendarFilter | None = None) -> dict[date, DayCount]:
    """How many follow-ups each day of the range has (days with none are left out).

    Read from ``followup_day_count``, which triggers keep in step with every write.
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
    return {_parse_date(r[0]): DayCount(r[1], r[2]) for r in rows}


def load_range(
    start: date,
    end: date,
    flt: CalendarFilter | None = None,
    *,
    per_day: int | None = None,
) -> RangeData:
    """Counts for every day of ``start``..``end`` and the items to draw.

    ``per_day`` keeps only the first N items of each day, in display order (open
    ones first, date-only before timed, then by time): the month view draws a few
    and says "+N more". Each day is one indexed query that stops after N rows
    (``followup_calendar`` already holds a day's rows in time order), so a day
    with 800 follow-ups costs what a day with 8 does. None returns every item.
    """
    if end < start:
        raise ValueError("The end of a calendar range cannot be before its start.")
    flt = flt or CalendarFilter()
    data = RangeData(start, end, counts=day_counts(start, end, flt))
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
    # One query per status: each walks followup_calendar in time order and stops early.
    by_status = f"{base} AND f.status = ? AND f.due_date = ? ORDER BY f.due_time LIMIT ?"
    for day, count in sorted(data.counts.items()):
        iso = day.isoformat()
        rows = []
        if count.open:
            rows = conn.execute(by_status, [*extra_params, "open", iso, limit]).fetchall()
        room = limit - len(rows)
        if count.total > count.open and room > 0:
            closed = []
            for status in ("done", "cancelled"):
                closed += conn.execute(by_status, [*extra_params, status, iso, room]).fetchall()
            closed.sort(key=lambda r: (r[3] is not None, r[3] or "", r[0]))
            rows += closed[:room]
        data.items[day] = [_item(r, day) for r in rows]
    return data


class RangeCache:
    """Recently read ranges, reused while the database is unchanged.

    Switching months back and forth re-reads the same few ranges; a hit costs two
    cheap checks instead of ~40 queries. Any write invalidates every entry: our own
    (``total_changes`` of the connection moves) and another process's, e.g. the CLI
    (``PRAGMA data_version`` moves), as does a new connection (database replaced).
    Callers must not mutate the returned RangeData (the views only read it).
    """

    def __init__(self, size: int = 12) -> None:
        self.size = size
        self._entries: OrderedDict[tuple, tuple[tuple, RangeData]] = OrderedDict()

    def load(
        self, start: date, end: date, flt: CalendarFilter | None = None, *, per_day=None
    ) -> RangeData:
        conn = db.connection()
        version = conn.execute("PRAGMA data_version").fetchone()[0]
        stamp = (conn.total_changes, version)
        key = (start, end, flt or CalendarFilter(), per_day)
        hit = self._entries.get(key)
        # The connection itself is kept in the entry, so its id is never reused.
        if hit is not None and hit[0][0] is conn and hit[0][1:] == stamp:
            self._entries.move_to_end(key)
            return hit[1]
        data = load_range(start, end, flt, per_day=per_day)
        self._entries[key] = ((conn, *stamp), data)
        self._entries.move_to_end(key)
        while len(self._entries) > self.size:
            self._entries.popitem(last=False)
        return data

    def clear(self) -> None:
        self._entries.clear()


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
