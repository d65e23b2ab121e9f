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
    # The planner, left alone, walks the wide contact_list index (10-30 ms on 50,000
    # contacts); the narrow indexes answer the same counts in 1-2 ms. Each category is
    # counted over its own range of contact_category (a GROUP BY over the whole index
    # reads the same entries and costs ~60 % more); every contact has a category, so
    # the total is their sum (counting the table itself reads all its leaf pages).
    archived = db.execute_sql(
        # contact_category starts with category_id, so "archived = 1" would walk all of
        # it; the partial index holds only the archived contacts.
        "SELECT count(*) FROM contact INDEXED BY contact_archived WHERE archived = 1"
    ).fetchone()[0]
    cond = "" if include_archived else " AND archived = 0"
    per_category = (
        f"SELECT count(*) FROM contact INDEXED BY contact_category WHERE category_id = ?{cond}"
    )
    by_category = {
        cat: db.execute_sql(per_category, (cat,)).fetchone()[0]
        for (cat,) in db.execute_sql("SELECT id FROM category").fetchall()
    }
    if include_archived:
        no_next_sql = "SELECT count(*) FROM contact WHERE next_due IS NULL"
    else:
        no_next_sql = (
            "SELECT count(*) FROM contact INDEXED BY contact_no_next_step"
            " WHERE next_due IS NULL AND archived = 0"
        )
    no_next = db.execute_sql(no_next_sql).fetchone()[0]
    return Counts(sum(by_category.values()), by_category, no_next, archived)
