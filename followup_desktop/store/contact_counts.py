"""The sidebar's reads: the categories, and contacts per category, without a next step, archived.

Kept apart from ``contact_list`` (the list view's queries): the sidebar is on the
first screen and the contact list is not, so start-up imports only this.
"""

from __future__ import annotations

from typing import NamedTuple

from .database import db


class CategoryRow(NamedTuple):
    """A category as the sidebar lists it."""

    id: int
    name: str
    cadence_days: int | None


def categories() -> list[CategoryRow]:
    """The categories in list order, for reading (``store.contacts`` edits them)."""
    sql = "SELECT id, name, cadence_days FROM category ORDER BY position, id"
    return [CategoryRow(*row) for row in db.execute_sql(sql).fetchall()]


class Counts(NamedTuple):
    """How many contacts the sidebar shows beside each row."""

    all: int
    by_category: dict[int, int]
    no_next_step: int
    archived: int


def counts(include_archived: bool = False) -> Counts:
    """Contacts per category, in total and without a next step (for the sidebar)."""
    # Per category and archived or not from category_count (kept by triggers, migration
    # V17): a few rows, where counting them read every entry of an index.
    by_category = {cat: 0 for (cat,) in db.execute_sql("SELECT id FROM category").fetchall()}
    archived = 0
    for cat, is_archived, n in db.execute_sql(
        "SELECT category_id, archived, n FROM category_count"
    ).fetchall():
        if is_archived:
            archived += n
        if include_archived or not is_archived:
            by_category[cat] = by_category.get(cat, 0) + n
    if include_archived:
        sql = "SELECT count(*) FROM contact WHERE next_due IS NULL"
        no_next = db.execute_sql(sql).fetchone()[0]
    else:
        no_next = no_next_step_count()
    return Counts(sum(by_category.values()), by_category, no_next, archived)


# The partial index holds exactly these contacts; left alone the planner walks the wide
# contact_list index (10-30 ms on 50,000 contacts).
_NO_NEXT_STEP_SQL = (
    "SELECT count(*) FROM contact c INDEXED BY contact_no_next_step"
    " WHERE c.next_due IS NULL AND c.archived = 0"
)
#: (connection, its total_changes, data_version) when last counted, and the count.
_no_next_step_seen: tuple[object, int, int, int] | None = None


def no_next_step_count() -> int:
    """Active contacts without a next step: the sidebar's row and the agenda's section.

    Both ask at every start and after every change; the second asks of the same data, so
    it gets the first answer (~0.2 ms, an index range of one entry per such contact, on
    50,000 contacts). The answer is reused only while nothing can have changed: the
    same connection, none of its own writes since (``total_changes``, triggers' too,
    rolled back or not), no commit by any other connection (``PRAGMA data_version``)."""
    global _no_next_step_seen
    conn = db.connection()
    version = conn.execute("PRAGMA data_version").fetchone()[0]
    seen = _no_next_step_seen
    if seen is not None and seen[:3] == (conn, conn.total_changes, version):
        return seen[3]
    count = db.execute_sql(_NO_NEXT_STEP_SQL).fetchone()[0]
    _no_next_step_seen = (conn, conn.total_changes, version, count)
    return count
