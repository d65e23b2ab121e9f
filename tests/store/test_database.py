import sqlite3

import pytest

from followup_desktop.store import database, sqlite_errors
from followup_desktop.store.connection import Database
from followup_desktop.store.errors import DatabaseTooNewError, NotADatabaseError
from followup_desktop.store.migrations import SCHEMA_VERSION, STEPS
from followup_desktop.store.models import Category


def test_fresh_database_is_seeded_versioned_and_private(data_dir):
    path = data_dir / "f.sqlite3"
    database.open_database(path)
    names = [c.name for c in Category.select().order_by(Category.position)]
    assert names == [
        "Personal Contacts",
        "Clients",
        "Prospects",
        "Industry Colleagues",
        "Referrals",
    ]
    assert database.db.execute_sql("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert database.db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert database.db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert path.stat().st_mode & 0o777 == 0o600


def test_version_1_database_upgrades_keeping_its_contacts(data_dir):
    data_dir.mkdir()
    path = data_dir / "v1.sqlite3"
    conn = sqlite3.connect(path)
    for statement in STEPS[0]:
        conn.execute(statement)
    conn.execute(
        "INSERT INTO contact (first_name, last_name, category_id, created_at, updated_at)"
        " VALUES ('Ada', 'Lovelace', 2, '2026-01-01 10:00:00', '2026-01-01 10:00:00')"
    )
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    database.open_database(path)
    row = database.db.execute_sql(
        "SELECT first_name, next_due, cadence_opt_out FROM contact"
    ).fetchone()
    assert row == ("Ada", None, 0)
    assert Category.get(Category.name == "Clients").cadence_days == 90


def test_newer_database_is_refused_and_left_untouched(data_dir):
    data_dir.mkdir()
    path = data_dir / "new.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE future (x)")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNewError, match="newer version"):
        database.open_database(path)
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused_and_kept(data_dir):
    data_dir.mkdir()
    path = data_dir / "notes.sqlite3"
    path.write_text("my shopping list\n")
    with pytest.raises(NotADatabaseError, match="not a SQLite file"):
        database.open_database(path)
    assert path.read_text() == "my shopping list\n"


@pytest.mark.parametrize(
    "message",
    ["file is not a database", "database disk image is malformed", "string or blob too big"],
)
def test_every_way_sqlite_reports_a_damaged_file_reads_as_damaged(message):
    error = sqlite_errors.translate_error(sqlite3.DatabaseError(message), "/data/f.sqlite3")
    assert isinstance(error, NotADatabaseError)
    assert "is damaged" in str(error) and "left untouched" in str(error)


def test_garbage_that_breaks_even_the_error_text_reads_as_damaged(data_dir, monkeypatch):
    path = data_dir / "f.sqlite3"
    database.open_database(path)
    database.close_database()

    def garbled(*_args, **_kwargs):
        raise UnicodeDecodeError("utf-8", b"\xbc", 0, 1, "invalid start byte")

    monkeypatch.setattr(database, "migrate", garbled)
    with pytest.raises(NotADatabaseError, match="is damaged"):
        database.open_database(path)


def test_reads_before_the_orm_and_writes_through_it_share_one_connection(data_dir):
    """The first screen reads on a plain connection; peewee, loaded for the first save,
    takes that same connection over, so a save is seen at once and nothing is opened twice."""
    import threading

    import peewee

    data_dir.mkdir()
    path = data_dir / database.DB_FILENAME
    database.open_database(path)  # creates and migrates the file
    database.close_database()
    fresh = Database()  # as at start-up: nothing has asked for the ORM yet
    fresh.init(str(path), pragmas=database.PRAGMAS)
    fresh.connect()
    plain = fresh.connection()
    assert fresh.execute_sql("SELECT count(*) FROM category").fetchone()[0] == 5
    # A mistake in a read comes out as peewee reports it (views catch peewee's classes).
    with pytest.raises(peewee.OperationalError, match="no such table"):
        fresh.execute_sql("SELECT * FROM no_such_table")
    with fresh.atomic():  # the ORM loads here and adopts the open connection
        fresh.execute_sql("INSERT INTO category (name, position) VALUES ('Golf club', 9)")
    assert fresh.orm.connection() is plain
    assert fresh.execute_sql("SELECT count(*) FROM category").fetchone()[0] == 6
    # Another thread gets its own connection, and sees the committed save.
    seen = []

    def read_elsewhere():
        count = fresh.execute_sql("SELECT count(*) FROM category").fetchone()[0]
        seen.append((fresh.connection() is plain, count))
        fresh.close()  # this thread's own connection

    worker = threading.Thread(target=read_elsewhere)
    worker.start()
    worker.join()
    assert seen == [(False, 6)]
    fresh.close()
    assert fresh.is_closed()
    with pytest.raises(sqlite3.ProgrammingError):  # closed for real, not left open
        plain.execute("SELECT 1")


def test_a_worker_thread_first_to_need_the_orm_leaves_the_window_its_connection(data_dir):
    """The daily backup's thread may load peewee before the window saves anything."""
    import threading

    data_dir.mkdir()
    path = data_dir / database.DB_FILENAME
    database.open_database(path)
    database.close_database()
    fresh = Database()
    fresh.init(str(path), pragmas=database.PRAGMAS)
    fresh.connect()
    plain = fresh.connection()
    seen = []

    def worker():
        with fresh.atomic():  # loads peewee on this thread, with a connection of its own
            seen.append(fresh.connection() is plain)
        fresh.close()

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert seen == [False]
    assert fresh.orm.connection() is plain  # the window's thread still uses its own
    fresh.close()
