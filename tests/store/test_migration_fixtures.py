"""Databases of every earlier schema version upgrade with all their data; a failed upgrade
leaves the original file and its pre-migration backup untouched."""

import sqlite3

import pytest

from followup_desktop.domain import text
from followup_desktop.store import backup, database
from followup_desktop.store.errors import MigrationError
from followup_desktop.store.migrations import SCHEMA_VERSION, STEPS
from followup_desktop.store.migrations.search import register_functions
from followup_desktop.store.open_checks import schema_version

from .safety_data import integrity

NOTE = "Asked about the 2027 price list; wants a call after the trade fair"


def _tables(conn):
    return [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE '%fts%'"
        )
    ]


def _columns(conn, table):
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def _fill(conn):
    """Rows in every table the version has, through that version's own columns."""
    tables = set(_tables(conn))
    conn.execute("INSERT INTO setting (key, value) VALUES ('owner_name', 'Ann Smith')")
    for i in range(5):
        conn.execute(
            "INSERT INTO contact (first_name, last_name, company, email, category_id,"
            " notes, created_at, updated_at, sort_name, search_text)"
            " VALUES (?, 'Lovelace', 'Engines Ltd', ?, 2, ?, '2026-01-0' || ?, '2026-01-01',"
            " ?, ?)",
            # The search form as the app writes it (V16 recomputes it for older versions).
            (
                f"Ada{i}",
                f"ada{i}@example.com",
                NOTE,
                i + 1,
                f"lovelace ada{i}",
                text.search_text(f"Ada{i}", "Lovelace", "Engines Ltd", f"ada{i}@example.com"),
            ),
        )
    if "interaction" in tables:
        for cid in range(1, 6):
            conn.execute(
                "INSERT INTO interaction (contact_id, occurred_at, channel, outcome, notes,"
                " created_at) VALUES (?, '2026-02-01 10:00:00', 'call', 'reached', ?,"
                " '2026-02-01 10:00:00')",
                (cid, NOTE),
            )
            conn.execute(
                "INSERT INTO followup (uid, contact_id, due_date, reason, channel, whose,"
                " from_interaction_id, created_at, updated_at)"
                " VALUES (?, ?, '2026-03-0' || ?, 'Send the quote', 'email', ?, ?,"
                " '2026-02-01', '2026-02-01')",
                (f"u{cid}@x", cid, cid, "mine" if cid % 2 else "theirs", cid),
            )
        conn.execute(
            "UPDATE followup SET status = 'done', completed_by_id = 2, status_at = '2026-02-02'"
            " WHERE id = 1"
        )
        conn.execute(
            "INSERT INTO ics_export (followup_id, exported_revision, sequence, exported_at)"
            " VALUES (2, 0, 0, '2026-02-03')"
        )
        conn.execute("INSERT INTO import_batch (created_at, source) VALUES ('2026-01-01', 'a.csv')")
        conn.execute(
            "INSERT INTO import_item (batch_id, contact_id, action) VALUES (1, 3, 'created')"
        )
    if "series_run" in tables:
        conn.execute(
            "INSERT INTO series_run (template_id, contact_id, name, start_date, created_at)"
            " VALUES (1, 4, 'After the sale', '2026-02-01', '2026-02-01')"
        )
        conn.execute("UPDATE followup SET series_run_id = 1, series_position = 0 WHERE id = 4")
    if "key_date" in tables:
        conn.execute(
            "INSERT INTO contact_address (contact_id, kind, street, city, postal_code, country)"
            " VALUES (1, 'home', 'Hauptstr. 5', 'Berlin', '10115', 'Germany')"
        )
        conn.execute(
            "INSERT INTO key_date (contact_id, kind, month, day, year) VALUES (1, 'birthday', 2,"
            " 29, 1984)"
        )
        conn.execute(
            "INSERT INTO remembered (contact_id, text, on_date, created_at)"
            " VALUES (2, 'Back from Japan', '2026-03-12', '2026-02-01')"
        )
        conn.execute(
            "INSERT INTO key_date_reminder (key_date_id, occurs, followup_id)"
            " VALUES (1, '2027-02-28', 5)"
        )
    if "catchup_log" in tables:  # (reply_tally is filled by the interactions' triggers)
        conn.execute("INSERT INTO catchup_log (applied_at, moved) VALUES ('2026-02-02 09:00', 3)")
    if "ics_ledger" in tables:
        # A UID whose follow-up is gone: the ledger keeps it (it has no foreign key).
        conn.execute(
            "INSERT INTO ics_ledger (uid, sequence, digest, source, modified_at, cancelled,"
            " summary, dtstart, dtend, exported_at) VALUES ('gone@x', 2, 'ab12', 's',"
            " '20260203T090000Z', 0, 'Follow up: Ada – call', 'DTSTART;VALUE=DATE:20260301',"
            " 'DTEND;VALUE=DATE:20260302', '2026-02-03 10:00:00')"
        )


def _snapshot(conn, tables_and_columns):
    return {
        table: conn.execute(
            f"SELECT {', '.join(cols)} FROM {table} ORDER BY "
            + ", ".join(str(i + 1) for i in range(len(cols)))
        ).fetchall()
        for table, cols in tables_and_columns.items()
    }


DERIVED = {"contact": {"search_text", "phone_digits"}}


def _without_derived(shape):
    return {t: [c for c in cols if c not in DERIVED.get(t, ())] for t, cols in shape.items()}


def _without_derived_rows(shape, snapshot):
    kept = _without_derived(shape)
    return {
        t: [tuple(v for c, v in zip(shape[t], row, strict=True) if c in kept[t]) for row in rows]
        for t, rows in snapshot.items()
    }


def _build(path, version):
    conn = sqlite3.connect(path)
    register_functions(conn)  # V16 recomputes search forms with the app's rules
    conn.execute("PRAGMA journal_mode = wal")  # as every version of the app wrote it
    for step in STEPS[:version]:
        for statement in step:
            conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {version}")
    _fill(conn)
    conn.commit()
    shape = {t: _columns(conn, t) for t in _tables(conn)}
    before = _snapshot(conn, shape)
    conn.close()
    return shape, before


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_every_earlier_version_upgrades_with_all_its_data(data_dir, version):
    data_dir.mkdir()
    path = data_dir / "followup.sqlite3"
    shape, before = _build(path, version)
    assert sum(len(rows) for rows in before.values()) > 5
    database.open_database(path)
    conn = database.db.connection()
    assert schema_version(conn) == SCHEMA_VERSION
    # Every row, every old column, unchanged; but the contact's search forms, which
    # are derived (V16 recomputes them with today's rules, checked below).
    assert _snapshot(conn, _without_derived(shape)) == _without_derived_rows(shape, before)
    for first, last, company, email, search in conn.execute(
        "SELECT first_name, last_name, company, email, search_text FROM contact"
    ):
        assert search == text.search_text(first, last, company, email)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    database.close_database()
    assert integrity(path) == "ok"
    [pre] = backup.list_backups(path)
    assert pre.kind == "pre-migration"
    old = sqlite3.connect(pre.path)
    assert schema_version(old) == version
    assert _snapshot(old, shape) == before
    old.close()


def test_the_fixtures_fill_every_table_of_the_current_schema():
    # A new table added by a later version must get rows in _fill, or its upgrade is untested.
    conn = sqlite3.connect(":memory:")
    register_functions(conn)
    for step in STEPS:
        for statement in step:
            conn.execute(statement)
    _fill(conn)
    empty = [
        t for t in _tables(conn) if conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] == 0
    ]
    assert empty == []


def test_failed_migration_leaves_original_and_backup_untouched(data_dir, monkeypatch):
    data_dir.mkdir()
    path = data_dir / "followup.sqlite3"
    shape, before = _build(path, SCHEMA_VERSION)
    original = path.read_bytes()
    broken = [*STEPS, ["CREATE TABLE half_done (x)", "THIS IS NOT SQL"]]
    monkeypatch.setattr(database, "STEPS", broken)
    monkeypatch.setattr(database, "SCHEMA_VERSION", len(broken))
    with pytest.raises(MigrationError, match="left as it was"):
        database.open_database(path)
    database.close_database()
    assert path.read_bytes() == original
    assert not path.with_name(path.name + "-wal").exists() or integrity(path) == "ok"
    conn = sqlite3.connect(path)
    assert schema_version(conn) == SCHEMA_VERSION
    assert "half_done" not in _tables(conn)
    assert _snapshot(conn, shape) == before
    conn.close()
    [pre] = backup.list_backups(path)
    assert pre.kind == "pre-migration"
    kept = sqlite3.connect(pre.path)
    assert _snapshot(kept, shape) == before
    kept.close()


def test_no_upgrade_without_a_backup(data_dir, monkeypatch):
    from followup_desktop.store.errors import DiskFullError

    data_dir.mkdir()
    path = data_dir / "followup.sqlite3"
    _build(path, 1)
    original = path.read_bytes()

    def full(*args, **kwargs):
        raise DiskFullError("The disk is full, so the backup could not be written.")

    monkeypatch.setattr(backup, "make_backup", full)
    with pytest.raises(MigrationError, match="could not be backed up first"):
        database.open_database(path)
    database.close_database()
    assert path.read_bytes() == original
