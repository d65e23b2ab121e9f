"""Keep-in-touch rhythms: editing them, and the "Losing touch" query.

A contact is losing touch when nothing is planned (``next_due IS NULL``), it is
active, not opted out, and its clock (``touch_since``: last interaction, else when
it was added) started more than its rhythm ago (its own ``cadence_days``, else its
category's). ``domain.cadence`` holds the same rule in plain Python.

Speed on 50,000 contacts: contacts following their category's rhythm are read as one
range per category over ``contact_touch_category`` (migrations.V7), so only the
slipping rows are touched; contacts with their own rhythm are few and read whole
from ``contact_touch_own``. The partial-index conditions are spelled literally.
"""

from __future__ import annotations

from datetime import date, timedelta

from ..domain.cadence import check_rhythm
from ..i18n import translator
from .database import db
from .errors import InvalidInputError

_ = translator(__name__)

_BASE = "c.next_due IS NULL AND c.archived = 0 AND c.cadence_opt_out = 0"

#: (contact id, rhythm) of every contact losing touch, in no particular order. CROSS JOIN
#: keeps categories outside, so each is one range of the index (with or without ANALYZE).
SLIPPING_SQL = f"""
    SELECT c.id AS id, cat.cadence_days AS rhythm FROM category cat
    CROSS JOIN contact c INDEXED BY contact_touch_category ON c.category_id = cat.id
    WHERE {_BASE} AND c.cadence_days IS NULL AND cat.cadence_days > 0
      AND c.touch_since < date(:today, '-' || cat.cadence_days || ' days')
    UNION ALL
    SELECT c.id, c.cadence_days FROM contact c INDEXED BY contact_touch_own
    WHERE {_BASE} AND c.cadence_days IS NOT NULL AND c.cadence_days > 0
      AND c.touch_since < date(:today, '-' || c.cadence_days || ' days')"""


def losing_touch_count(today: date) -> int:
    sql = f"SELECT count(*) FROM ({SLIPPING_SQL})"
    return db.execute_sql(sql, {"today": today.isoformat()}).fetchone()[0]


_STREAMS = {
    # rhythm -> the rows following it, in touch_since order, straight from an index
    "category": f"""SELECT c.id, c.touch_since, c.sort_name
        FROM contact c INDEXED BY contact_touch_category
        WHERE {_BASE} AND c.cadence_days IS NULL AND c.category_id = :key
          AND c.touch_since < :before ORDER BY c.touch_since LIMIT :n""",
    "own": f"""SELECT c.id, c.touch_since, c.sort_name
        FROM contact c INDEXED BY contact_touch_own
        WHERE {_BASE} AND c.cadence_days IS NOT NULL AND c.cadence_days = :key
          AND c.touch_since < :before ORDER BY c.touch_since LIMIT :n""",
}


def losing_touch_ids(today: date, *, limit: int = 200, offset: int = 0) -> list[tuple[int, int]]:
    """(contact id, rhythm) of one page of the Losing touch list, in its order
    (``domain.cadence.sort_key``: most days past, shorter rhythm, name).

    Each rhythm is a stream already in clock order in an index; the first
    ``offset + limit`` of each (plus the rest of the last day read, so names on
    the same day sort right) are merged here. A page costs a few index ranges,
    however many contacts are slipping."""
    n = offset + limit
    streams: list[tuple[str, int, int]] = [
        ("category", cat_id, days)
        for cat_id, days in category_rhythms().items()
        if days and days > 0
    ]
    own = db.execute_sql(
        f"SELECT DISTINCT c.cadence_days FROM contact c INDEXED BY contact_touch_own "
        f"WHERE {_BASE} AND c.cadence_days IS NOT NULL AND c.cadence_days > 0"
    ).fetchall()
    streams += [("own", days, days) for (days,) in own]
    found: list[tuple[date, int, str, int]] = []
    for kind, key, rhythm in streams:
        before = (today - timedelta(days=rhythm)).isoformat()
        params = {"key": key, "before": before, "n": n}
        rows = db.execute_sql(_STREAMS[kind], params).fetchall()
        if len(rows) == n:  # read the rest of the last day too
            last_day = date.fromisoformat(rows[-1][1][:10])
            params["before"] = min(before, (last_day + timedelta(days=1)).isoformat())
            params["n"] = -1
            rows = db.execute_sql(_STREAMS[kind], params).fetchall()
        for cid, since, sort_name in rows:
            due = date.fromisoformat(since[:10]) + timedelta(days=rhythm)
            found.append((due, rhythm, sort_name, cid))
    found.sort()
    return [(cid, rhythm) for _past, rhythm, _name, cid in found[offset:n]]


# -- editing rhythms --------------------------------------------------------------------
def _checked(days: int | None) -> int | None:
    if days is None:
        return None
    problem = check_rhythm(int(days))
    if problem:
        raise InvalidInputError(problem)
    return int(days)


def set_category_rhythm(category_id: int, days: int | None) -> None:
    """A category's default rhythm in days; None: its contacts are not tracked."""
    from .models import Category

    days = _checked(days)
    with db.atomic():
        if Category.get_or_none(Category.id == category_id) is None:
            raise InvalidInputError(_("That category no longer exists."))
        Category.update(cadence_days=days).where(Category.id == category_id).execute()


def category_rhythms() -> dict[int, int | None]:
    # Plain SQL: the agenda's first screen reads this, and the ORM loads only for writes.
    return dict(db.execute_sql("SELECT id, cadence_days FROM category").fetchall())
