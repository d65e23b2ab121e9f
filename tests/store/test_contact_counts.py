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


def _kept() -> dict[tuple[int, int], int]:
    """What the triggers keep (rows counting nothing left out)."""
    rows = db.execute_sql("SELECT category_id, archived, n FROM category_count").fetchall()
    return {(cat, archived): n for cat, archived, n in rows if n}


def _counted() -> dict[tuple[int, int], int]:
    sql = "SELECT category_id, archived, count(*) FROM contact GROUP BY category_id, archived"
    return {(cat, archived): n for cat, archived, n in db.execute_sql(sql).fetchall()}


def test_the_kept_counts_follow_every_kind_of_write(book):
    clients, prospects = book
    assert _kept() == _counted()
    ann = contacts.create_contact(first_name="Ann", category=clients).id
    assert _kept() == _counted()
    contacts.update_contact(ann, category=prospects)  # moved
    assert _kept() == _counted()
    contacts.set_archived([ann], True)
    contacts.set_archived([ann], False)
    assert _kept() == _counted()
    # Moved and archived in one statement, then deleted (an import taken back does that).
    db.execute_sql("UPDATE contact SET category_id = ?, archived = 1 WHERE id = ?", [clients, ann])
    assert _kept() == _counted()
    db.execute_sql("DELETE FROM contact WHERE id = ?", [ann])
    assert _kept() == _counted()
    assert counts(include_archived=True).all == len(
        db.execute_sql("SELECT id FROM contact").fetchall()
    )


def test_an_upgrade_counts_the_contacts_already_there(tmp_path):
    import sqlite3

    from followup_desktop.store.migrations import STEPS
    from followup_desktop.store.migrations.search import register_functions

    conn = sqlite3.connect(tmp_path / "old.sqlite3")
    register_functions(conn)
    for step in STEPS[:16]:  # the schema before the counts were kept
        for statement in step:
            conn.execute(statement)
    for i, (category, archived) in enumerate([(1, 0), (1, 0), (2, 1), (3, 0)]):
        conn.execute(
            "INSERT INTO contact (first_name, category_id, archived, created_at, updated_at,"
            " sort_name, search_text) VALUES (?, ?, ?, '2026-01-01', '2026-01-01', ?, ?)",
            (f"P{i}", category, archived, f"p{i}", f"p{i}"),
        )
    for statement in STEPS[16]:
        conn.execute(statement)
    rows = conn.execute("SELECT category_id, archived, n FROM category_count").fetchall()
    assert sorted(rows) == [(1, 0, 2), (2, 1, 1), (3, 0, 1)]
    conn.close()


def test_the_sidebar_and_the_agenda_share_one_no_next_step_count_that_follows_every_change(
    book, data_dir
):
    import sqlite3
    from datetime import date

    from followup_desktop.paths import database_path
    from followup_desktop.store import agenda

    statements = []
    db.connection().set_trace_callback(statements.append)
    try:
        assert counts().no_next_step == 2
        assert agenda.counts(date(2026, 12, 7))["none"] == 2
        assert sum("contact_no_next_step" in s for s in statements) == 1  # read once
        # A change made here: Bob gets a next step.
        db.execute_sql("UPDATE contact SET next_due = '2030-01-01' WHERE first_name = 'Bob'")
        assert agenda.counts(date(2026, 12, 7))["none"] == 1
        assert counts().no_next_step == 1
    finally:
        db.connection().set_trace_callback(None)
    # A change another connection commits (a worker thread, a second window): Ada's
    # next step is cleared.
    other = sqlite3.connect(database_path(data_dir))
    with other:
        other.execute("UPDATE contact SET next_due = NULL WHERE first_name = 'Ada'")
    other.close()
    assert counts().no_next_step == 2
    assert agenda.counts(date(2026, 12, 7))["none"] == 2
