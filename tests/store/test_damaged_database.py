"""Damaged and unavailable databases are refused in plain words and never changed."""

import sqlite3

import pytest

from followup_desktop.app import main
from followup_desktop.paths import database_path
from followup_desktop.store import backup, database, health, sqlite_errors
from followup_desktop.store.errors import (
    DatabaseLockedError,
    DiskFullError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
)

from .damage import DAMAGE_KINDS, damage, make_read_only, undo_read_only
from .safety_data import fill


@pytest.fixture
def filled(store, data_dir):
    fill(60, note="Pricing for the Q3 proposal " * 20)
    path = database_path(data_dir)
    database.close_database()
    return path


@pytest.mark.parametrize("kind", DAMAGE_KINDS)
def test_damaged_file_is_refused_at_open_and_left_as_it_was(filled, kind):
    damage(filled, kind)
    before = filled.read_bytes()
    with pytest.raises(NotADatabaseError) as caught:
        database.open_database(filled)
    message = str(caught.value)
    assert "Traceback" not in message and str(filled) in message
    assert filled.read_bytes() == before


@pytest.mark.parametrize("kind", DAMAGE_KINDS)
def test_cli_says_one_line_and_exits_non_zero(filled, data_dir, kind, capsys):
    damage(filled, kind)
    before = filled.read_bytes()
    code = main(["--data-dir", str(data_dir), "backup"])
    err = capsys.readouterr().err
    assert code != 0 and err.count("\n") == 1 and "Traceback" not in err
    assert filled.read_bytes() == before


def test_garbage_in_a_big_database_is_found_by_the_background_check(filled, monkeypatch):
    monkeypatch.setattr(health, "QUICK_CHECK_AT_OPEN_MAX_BYTES", 0)
    damage(filled, "garbage-in-pages")
    with pytest.raises(NotADatabaseError, match="damaged"):
        backup.startup_check_and_backup(filled)
    assert not list(backup.backup_dir(filled).glob("*.sqlite3"))  # no bad copy kept


def test_locked_by_another_program(filled, monkeypatch):
    monkeypatch.setitem(database.PRAGMAS, "busy_timeout", 50)
    other = sqlite3.connect(str(filled))
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseLockedError, match="locked by another program"):
            database.open_database(filled)
    finally:
        other.rollback()
        other.close()
    database.open_database(filled)  # free again: opens


def test_read_only_file(filled):
    if not make_read_only(filled):
        pytest.skip("cannot make a file read-only here")
    try:
        with pytest.raises(ReadOnlyDatabaseError, match="read-only"):
            database.open_database(filled)
    finally:
        undo_read_only(filled)


def test_full_disk_while_creating(data_dir, monkeypatch):
    data_dir.mkdir()
    monkeypatch.setitem(database.PRAGMAS, "max_page_count", 3)
    with pytest.raises(DiskFullError, match="disk is full"):
        database.open_database(data_dir / "new.sqlite3")


def test_full_disk_for_real_keeps_what_was_saved(tmp_path):
    import os
    import subprocess

    import peewee

    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    mnt = tmp_path / "tiny"
    mnt.mkdir()
    # Room for the new database, its WAL and its lock file, and a few hundred notes more.
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mnt)], capture_output=True
    )
    if mounted.returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        db_path = mnt / "followup.sqlite3"
        database.open_database(db_path)
        saved = 0
        # The disk fills in whichever write comes first: a raw SQLite error, or one the
        # store already turned into its sentence.
        with pytest.raises((peewee.OperationalError, DiskFullError)) as caught:
            for _ in range(10_000):
                fill(1, note="x" * 2000)
                saved += 1
        error = caught.value
        if not isinstance(error, DiskFullError):
            error = sqlite_errors.translate_error(error, db_path)
        assert isinstance(error, DiskFullError)
        database.close_database()
        conn = sqlite3.connect(str(db_path))
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM interaction").fetchone() == (saved,)
        assert conn.execute("SELECT count(*) FROM followup").fetchone() == (saved,)
        conn.close()
    finally:
        database.close_database()
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


@pytest.mark.parametrize("kind", DAMAGE_KINDS)
def test_a_command_on_a_damaged_database_points_to_the_backups(filled, data_dir, tmp_path, kind):
    import subprocess
    import sys

    damage(filled, kind)
    before = filled.read_bytes()
    proc = subprocess.run(
        [sys.executable, "-m", "followup_desktop", "--data-dir", str(data_dir)]
        + ["export-contacts", "--out", str(tmp_path / "out.csv")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode != 0 and proc.stdout == ""
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    assert "damaged" in proc.stderr and "followup-desktop restore FILE" in proc.stderr
    assert filled.read_bytes() == before
