"""How many lines the agenda's "Key dates" section has: read from two indexes, no row
built, without loading the rest of the personal store (the count is read at every start).
"""

from __future__ import annotations

from datetime import date, timedelta

from ..domain.key_date_window import month_days_between
from .database import db


def window_sql(start: date, days: int) -> str:
    """The window's ``month * 100 + day`` list for an ``IN (...)``."""
    # integers the domain computed, never user text
    return ", ".join(str(md) for md in month_days_between(start, days))


def key_dates_count(start: date, days: int) -> int:
    """How many lines ``store.coming_up.key_dates_between`` has (two index range reads)."""
    end = start + timedelta(days=days)
    keyed = db.execute_sql(  # from the index alone; archived contacts by their own index
        "SELECT count(*) FROM key_date k INDEXED BY key_date_month_day"
        f" WHERE k.month_day IN ({window_sql(start, days)}) AND k.contact_id NOT IN"
        " (SELECT id FROM contact INDEXED BY contact_archived WHERE archived = 1)"
    ).fetchone()[0]
    dated = db.execute_sql(  # the same: no contact row is read (a join read ~700 at start-up)
        "SELECT count(*) FROM remembered r WHERE r.on_date >= ? AND r.on_date < ?"
        " AND r.contact_id NOT IN"
        " (SELECT id FROM contact INDEXED BY contact_archived WHERE archived = 1)",
        (start.isoformat(), end.isoformat()),
    ).fetchone()[0]
    return keyed + dated
