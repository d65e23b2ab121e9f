"""What is coming up: key dates and dated things to remember of active contacts in a
window of days (the agenda's Key dates section, the weekly list's cards)."""

from __future__ import annotations

from datetime import date, timedelta

from ..domain import personal as rules
from ..domain.personal import ComingUp, KeyDate
from ..domain.text import display_name
from .database import db
from .key_date_count import window_sql
from .rows import required_date


def key_dates_between(
    start: date, days: int, *, limit: int | None = None, offset: int = 0
) -> list[ComingUp]:
    """Birthdays, anniversaries, other key dates and dated things to remember of active
    contacts falling in [start, start + days), by day then name; a page of them when
    ``limit`` is given (only that many rows are built)."""
    end = start + timedelta(days=days)
    wanted = -1 if limit is None else offset + limit
    start_md = start.month * 100 + start.day
    rows = db.execute_sql(
        "SELECT k.contact_id, c.first_name, c.last_name, c.company, k.kind, k.month, k.day,"
        " k.year, k.label, k.action, c.sort_name FROM key_date k"
        " CROSS JOIN contact c ON c.id = k.contact_id"
        f" WHERE k.month_day IN ({window_sql(start, days)}) AND c.archived = 0"
        " ORDER BY k.month_day < ?, k.month_day, c.sort_name, k.id LIMIT ?",
        (start_md, wanted),
    ).fetchall()
    out: list[tuple] = []
    for cid, first, last, company, kind, month, day, year, label, action, sort in rows:
        occurs = rules.next_occurrence(month, day, start)
        if not start <= occurs < end:
            continue
        kd = KeyDate(kind, month, day, year, label, action)
        name = display_name(first, last, company)
        item = ComingUp(cid, name, occurs, rules.occasion(kd, occurs), kind, action)
        out.append((occurs, sort, item))
    for cid, first, last, company, text, on, sort in db.execute_sql(
        "SELECT r.contact_id, c.first_name, c.last_name, c.company, r.text, r.on_date,"
        " c.sort_name FROM remembered r CROSS JOIN contact c ON c.id = r.contact_id"
        " WHERE r.on_date >= ? AND r.on_date < ? AND c.archived = 0"
        " ORDER BY r.on_date, c.sort_name, r.id LIMIT ?",
        (start.isoformat(), end.isoformat(), wanted),
    ):
        occurs = required_date(on)
        name = display_name(first, last, company)
        out.append((occurs, sort, ComingUp(cid, name, occurs, text, "remember")))
    out.sort(key=lambda t: (t[0], t[1]))
    items = [t[2] for t in out]
    return items[offset:] if limit is None else items[offset : offset + limit]
