import os
import sqlite3
from datetime import datetime, timedelta

import pytest

from followup_desktop import atomic_file
from followup_desktop.paths import database_path
from followup_desktop.store import backup, database, recovery, safe_copy
from followup_desktop.store.errors import (
    DatabaseTooNewError,
    DiskFullError,
    NotADatabaseError,
)
from followup_desktop.store.migrations import SCHEMA_VERSION, STEPS
from followup_desktop.store.models import Contact

from .safety_data import counts, fill, integrity


def test_backup_is_verified_private_self_contained_and_counted(store, data_dir):
    fill(3)
    path = backup.make_backup(database_path(data_dir), "daily")
    assert path.parent == data_dir / "backups"
    assert path.stat().st_mode & 0o777 == 0o600
    assert (data_dir / "backups").stat().st_mode & 0o777 == 0o700
    assert integrity(path) == "ok"
    assert not path.with_name(path.name + "-wal").exists()
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no partial files
    [info] = backup.list_backups(database_path(data_dir))
    assert (info.contacts, info.interactions, info.followups) == (3, 3, 3)
    assert info.kind == "daily" and info.taken_at.date() == datetime.now().date()


def test_backup_runs_beside_an_open_write_and_holds_only_committed_rows(store, data_dir):
    fill(2)
    with database.db.atomic():
        fill(1)  # not committed while the backup runs on its own connection
        path = backup.make_backup(database_path(data_dir), "manual")
    assert counts(path) == (2, 2, 2)
    assert Contact.select().count() == 3


def test_daily_backup_is_taken_at_most_once_a_day(store, data_dir):
    db_path = database_path(data_dir)
    now = datetime(2026, 3, 2, 9, 0)
    assert backup.daily_backup(db_path, now) is not None
    assert backup.daily_backup(db_path, now + timedelta(hours=5)) is None
    assert backup.daily_backup(db_path, now + timedelta(days=1)) is not None
    assert len(backup.list_backups(db_path)) == 2


def test_retention_keeps_last_14_days_and_8_weeks(store, data_dir):
    db_path = database_path(data_dir)
    start = datetime(2026, 1, 1, 8, 0)
    for day in range(120):
        for hour in (0, 6):  # two a day: only the newest of a day counts
            backup.make_backup(db_path, "daily", now=start + timedelta(days=day, hours=hour))
    kept = sorted(i.taken_at for i in backup.list_backups(db_path))
    last = start + timedelta(days=119, hours=6)
    days = {t.date() for t in kept}
    # every one of the last 14 days is there, each with its newest backup
    assert {(last - timedelta(days=d)).date() for d in range(14)} <= days
    assert all(t.hour == 14 for t in kept)
    weeks = sorted({tuple(t.isocalendar())[:2] for t in kept})
    assert len(weeks) == 8
    assert len(kept) == len(days) and 14 < len(kept) <= 14 + 8
    assert min(kept) >= last - timedelta(weeks=8)


def test_safety_backups_survive_daily_pruning(store, data_dir):
    db_path = database_path(data_dir)
    now = datetime(2026, 3, 2, 9, 0)
    safe = backup.make_backup(db_path, "pre-migration", now=now)
    backup.make_backup(db_path, "daily", now=now + timedelta(hours=1))
    assert safe.exists()


def test_failed_backup_leaves_no_partial_file(store, data_dir, monkeypatch):
    def full(path):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic_file, "_flush_to_disk", full)
    with pytest.raises(DiskFullError, match="disk is full"):
        backup.make_backup(database_path(data_dir), "daily")
    assert list((data_dir / "backups").iterdir()) == []


def test_a_copy_that_fails_its_check_never_replaces_the_file_it_would_take(
    store, data_dir, tmp_path, monkeypatch
):
    fill(2)
    folder = tmp_path / "copies"
    folder.mkdir()
    dest = folder / "copy.sqlite3"
    dest.write_bytes(b"yesterday's good copy")
    monkeypatch.setattr(safe_copy, "check_report", lambda conn, kind: ["page 7 is never used"])
    with pytest.raises(NotADatabaseError, match="integrity check"):
        safe_copy.copy_database(database_path(data_dir), dest)
    assert dest.read_bytes() == b"yesterday's good copy"
    assert os.listdir(folder) == ["copy.sqlite3"]


def test_restore_brings_data_back_and_keeps_the_replaced_database(store, data_dir):
    db_path = database_path(data_dir)
    fill(2)
    saved = backup.make_backup(db_path, "daily", now=datetime(2026, 1, 1, 8))
    fill(5)
    result = recovery.restore_database(saved, db_path)
    assert Contact.select().count() == 2  # reopened on the restored data
    assert counts(result.previous_backup) == (7, 7, 7)
    assert result.moved_aside is None
    assert db_path.stat().st_mode & 0o777 == 0o600
    assert integrity(db_path) == "ok"
    assert counts(saved) == (2, 2, 2)  # the backup itself is untouched


def test_restore_folds_a_leftover_wal_before_replacing(store, data_dir):
    db_path = database_path(data_dir)
    fill(1)
    saved = backup.make_backup(db_path, "daily")
    fill(1)
    other = sqlite3.connect(str(db_path))  # another reader keeps the -wal alive
    other.execute("SELECT count(*) FROM contact").fetchone()
    database.close_database()
    other.close()
    recovery.restore_database(saved, db_path)
    assert Contact.select().count() == 1
    assert integrity(db_path) == "ok"


def test_restore_of_a_damaged_database_moves_it_aside(store, data_dir):
    db_path = database_path(data_dir)
    fill(2)
    saved = backup.make_backup(db_path, "daily")
    database.close_database()
    with open(db_path, "r+b") as fh:
        fh.seek(4096 * 2)
        fh.write(os.urandom(4096 * 3))
    damaged = db_path.read_bytes()
    result = recovery.restore_database(saved, db_path)
    assert result.moved_aside is not None and result.moved_aside.read_bytes() == damaged
    assert ".damaged-" in result.moved_aside.name
    assert Contact.select().count() == 2


@pytest.mark.parametrize("kind", ["text", "newer"])
def test_restore_refuses_a_bad_source_and_changes_nothing(store, data_dir, tmp_path, kind):
    db_path = database_path(data_dir)
    fill(1)
    source = tmp_path / "source.sqlite3"
    if kind == "text":
        source.write_text("not a database")
        expected = NotADatabaseError
    else:
        conn = sqlite3.connect(source)
        conn.execute("CREATE TABLE x (y)")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        conn.commit()
        conn.close()
        expected = DatabaseTooNewError
    with pytest.raises(expected):
        recovery.restore_database(source, db_path)
    assert Contact.select().count() == 1
    assert not (data_dir / "backups").exists()


def test_migration_is_preceded_by_a_backup_of_the_old_version(data_dir):
    data_dir.mkdir()
    db_path = database_path(data_dir)
    conn = sqlite3.connect(db_path)
    for statement in STEPS[0]:
        conn.execute(statement)
    conn.execute(
        "INSERT INTO contact (first_name, category_id, created_at, updated_at)"
        " VALUES ('Ada', 2, '2026-01-01', '2026-01-01')"
    )
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    database.open_database(db_path)
    [info] = backup.list_backups(db_path)
    assert info.kind == "pre-migration" and info.contacts == 1
    conn = sqlite3.connect(info.path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()


def test_a_new_database_needs_no_pre_migration_backup(store, data_dir):
    assert not (data_dir / "backups").exists()


def test_database_and_its_wal_are_private(store, data_dir):
    fill(2)
    path = database_path(data_dir)
    wal = path.with_name(path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    for p in (path, wal, path.with_name(path.name + "-shm")):
        assert p.stat().st_mode & 0o777 == 0o600, p


def test_an_existing_database_made_readable_to_others_is_made_private(data_dir):
    data_dir.mkdir()
    path = data_dir / "followup.sqlite3"
    database.open_database(path)
    database.close_database()
    path.chmod(0o644)
    database.open_database(path)
    assert path.stat().st_mode & 0o777 == 0o600
