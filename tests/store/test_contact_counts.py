"""The sidebar's counts: per category, in all, without a next step, archived (read at every
start, before the first screen is painted), with and without the archived contacts."""

from __future__ import annotations

import pytest

from followup_desktop.store import contacts
from followup_desktop.store.contact_counts import categories, counts
from followup_desktop.store.database import db
from tests.lookups import category_by_name


@pytest.fixture
def book(store):
    clients = category_by_name("Clients")
    prospects = category_by_name("Prospects")
    made = {}
    for name, category in [
        ("Ada", clients),
        ("Bob", clients),
        ("Cy", clients),
        ("Di", prospects),
        ("Ed", prospects),
    ]:
        made[name] = contacts.create_contact(first_name=name, category=category).id
    contacts.set_archived([made["Cy"], made["Ed"]], True)
    db.execute_sql("UPDATE contact SET next_due = '2030-01-01' WHERE id = ?", [made["Ada"]])
    return clients.id, prospects.id


def _grouped(include_archived: bool) -> dict[int, int]:
    """What a plain GROUP BY over the table says."""
    where = "" if include_archived else " WHERE archived = 0"
    sql = f"SELECT category_id, count(*) FROM contact{where} GROUP BY category_id"
    return dict(db.execute_sql(sql).fetchall())


@pytest.mark.parametrize("include_archived", [False, True])
def test_each_category_and_the_total_count_what_the_table_holds(book, include_archived):
    c = counts(include_archived)
    grouped = _grouped(include_archived)
    # Every category has its count, an empty one 0 (the sidebar lists them all).
    assert set(c.by_category) == {cat.id for cat in categories()}
    assert {cat: n for cat, n in c.by_category.items() if n} == grouped
    assert c.all == sum(grouped.values())
    assert c.archived == 2


def test_archived_contacts_are_left_out_unless_shown(book):
    clients, prospects = book
    shown = counts()
    assert (shown.all, shown.by_category[clients], shown.by_category[prospects]) == (3, 2, 1)
    assert shown.no_next_step == 2  # Bob and Di; Ada has a next step, Cy and Ed are archived
    everything = counts(include_archived=True)
    assert (everything.all, everything.by_category[clients]) == (5, 3)
    assert everything.no_next_step == 4
