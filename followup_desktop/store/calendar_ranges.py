"""Recently read calendar ranges, kept while the database is unchanged (store.calendar
reads them)."""

from __future__ import annotations

from collections import OrderedDict
from datetime import date, timedelta

from . import calendar as cal
from .calendar import CalendarFilter, RangeData
from .database import db


class RangeCache:
    """Recently read ranges, reused while the database is unchanged.

    Switching months back and forth re-reads the same few ranges; a hit costs two
    cheap checks instead of ~40 queries. Next to a range read before (the month
    before or after: a month grid shares up to two weeks with each), only the days
    not read yet are read, and the shared ones are taken over: every figure of a day
    depends on that day alone. Any write invalidates every entry: our own
    (``total_changes`` of the connection moves) and another process's, e.g. the CLI
    (``PRAGMA data_version`` moves), as does a new connection (database replaced).
    Callers must not mutate the returned RangeData (the views only read it).
    """

    def __init__(self, size: int = 12) -> None:
        self.size = size
        self._entries: OrderedDict[tuple, tuple[tuple, RangeData]] = OrderedDict()

    def load(
        self,
        start: date,
        end: date,
        flt: CalendarFilter | None = None,
        *,
        per_day=None,
        today: date | None = None,
    ) -> RangeData:
        conn = db.connection()
        version = conn.execute("PRAGMA data_version").fetchone()[0]
        stamp = (conn.total_changes, version)
        today = today or date.today()
        key = (start, end, flt or CalendarFilter(), per_day, today)
        hit = self._entries.get(key)
        # The connection itself is kept in the entry, so its id is never reused.
        if hit is not None and hit[0][0] is conn and hit[0][1:] == stamp:
            self._entries.move_to_end(key)
            return hit[1]
        data = None
        known = [
            d
            for k, (entry_stamp, d) in self._entries.items()
            if k[2:] == key[2:] and entry_stamp[0] is conn and entry_stamp[1:] == stamp
        ]
        if known:
            data = _extend(known, start, end, flt, per_day, today)
        if data is None:
            data = cal.load_range(start, end, flt, per_day=per_day, today=today)
        self._entries[key] = ((conn, *stamp), data)
        self._entries.move_to_end(key)
        while len(self._entries) > self.size:
            self._entries.popitem(last=False)
        return data

    def clear(self) -> None:
        self._entries.clear()


def _extend(
    known: list[RangeData],
    start: date,
    end: date,
    flt: CalendarFilter | None,
    per_day: int | None,
    today: date,
) -> RangeData | None:
    """``start``..``end`` from the ranges ``known`` (read with the same filter, limit and
    today) that cover one end of it, reading only the rest; None when none does."""
    best: tuple[int, RangeData, date, date] | None = None
    for d in known:
        if d.start <= start <= d.end < end:  # covers the start: read after it
            gap = (d.end + timedelta(days=1), end)
        elif start < d.start <= end <= d.end:  # covers the end: read before it
            gap = (start, d.start - timedelta(days=1))
        else:
            continue
        shared = (end - start).days - (gap[1] - gap[0]).days
        if best is None or shared > best[0]:
            best = (shared, d, *gap)
    if best is None:
        return None
    _shared, old, gap_start, gap_end = best
    new = cal.load_range(gap_start, gap_end, flt, per_day=per_day, today=today)
    data = RangeData(start, end)
    for part in sorted((old, new), key=lambda d: d.start):
        inside = start <= part.start and part.end <= end
        for attr in ("counts", "items", "key_dates"):
            into, source = getattr(data, attr), getattr(part, attr)
            into.update(
                source if inside else {k: v for k, v in source.items() if start <= k <= end}
            )
    return data
