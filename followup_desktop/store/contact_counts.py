"""The sidebar's reads: the categories, and contacts per category, without a next step, archived.

Kept apart from ``contact_list`` (the list view's queries): the sidebar is on the
first screen and the contact list is not, so start-up imports only this.
"""

from __future__ import annotations

from dataclasses import dataclass

from .database import db


@dataclass(frozen=True)
class CategoryRow:
    """A category as the sidebar lists it."""

    id: int
    name: str
    cadence_days: int | None


def categories() -> list[CategoryRow]:
    """The categories in list order, for reading (``store.contacts`` edits them)."""
    sql = "SELECT id, name, cadence_days FROM category ORDER BY position, id"
    return [CategoryRow(*row) for row in db.execute_sql(sql).fetchall()]


@dataclass(frozen=True)
class Counts:
    """How many contacts the sidebar shows beside each row."""

    all: int
    by_category: dict[int, int]
    no_next_step: int
    archived: int


def counts(include_archived: bool = False) -> Counts:
    """Contacts per category, in total and without a next step (for the sidebar)."""
    # The planner, left alone, walks the wide contact_list index (10-30 ms on 50,000
    # contacts); the narrow indexes answer the same counts in 2-4 ms.
    cond = "" if include_archived else " WHERE archived = 0"
    by_category = {
        cat: n
        for cat, n in db.execute_sql(
            f"SELECT category_id, count(*) FROM contact INDEXED BY contact_category{cond}"
            " GROUP BY category_id"
        ).fetchall()
    }
    if include_archived:
        no_next_sql = "SELECT count(*) FROM contact WHERE next_due IS NULL"
    else:
        no_next_sql = (
            "SELECT count(*) FROM contact INDEXED BY contact_no_next_step"
            " WHERE next_due IS NULL AND archived = 0"
        )
    no_next = db.execute_sql(no_next_sql).fetchone()[0]
    archived = db.execute_sql(
        # contact_category starts with category_id, so "archived = 1" would walk all of
        # it; the partial index holds only the archived contacts.
        "SELECT count(*) FROM contact INDEXED BY contact_archived WHERE archived = 1"
    ).fetchone()[0]
    return Counts(sum(by_category.values()), by_category, no_next, archived)
