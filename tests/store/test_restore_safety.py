"""Issue 17, items 1-4: restore, pruning and undo never lose data for good."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from followup_desktop.app import main
from followup_desktop.paths import database_path
from followup_desktop.store import backup, claim, database, recovery, safe_copy
from followup_desktop.store.errors import DatabaseLockedError, NotADatabaseError, StoreError
from followup_desktop.store.migrations import SCHEMA_VERSION, STEPS
from followup_desktop.store.models import Contact, FollowUp, Interaction
from followup_desktop.store.open_checks import schema_version
from tests.store.safety_data import counts, fill


def _foreign(path: Path, version: int) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()
    return path


# -- item 2: a foreign SQLite file is refused before anything is swapped -----------------------
@pytest.mark.parametrize("version", [3, SCHEMA_VERSION])
def test_restoring_a_foreign_sqlite_file_is_refused_and_every_backup_survives(
    store, data_dir, tmp_path, capsys, version
):
    fill(200)
    db_path = database_path(data_dir)
    database.close_database()
    args = ["--data-dir", str(data_dir)]
    assert main([*args, "backup"]) == 0
    foreign = _foreign(tmp_path / "foreign.db", version)
    capsys.readouterr()
    assert main([*args, "restore", str(foreign)]) != 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a Follow-up Desktop database" in err
    # Six more commands later, the data and every backup are still there.
    for _ in range(6):
        assert main([*args, "backup"]) == 0
        assert main([*args, "export-contacts", "--out", str(tmp_path / "c.csv")]) == 0
        (tmp_path / "c.csv").unlink()
    database.close_database()
    assert counts(db_path) == (200, 200, 200)
    made = sorted((data_dir / "backups").iterdir())
    assert len(made) == 7 and all(counts(p)[0] == 200 for p in made)


def test_a_foreign_file_already_in_place_is_not_upgraded_or_backed_up(data_dir):
    data_dir.mkdir()
    db_path = _foreign(database_path(data_dir), 3)
    before = db_path.read_bytes()
    with pytest.raises(NotADatabaseError, match="not a Follow-up Desktop database"):
        database.open_database(db_path)
    assert db_path.read_bytes() == before
    assert not (data_dir / "backups").exists()


def _version_1_file(path: Path, contacts: int = 2) -> Path:
    conn = sqlite3.connect(path)
    for statement in STEPS[0]:
        conn.execute(statement)
    for i in range(contacts):
        conn.execute(
            "INSERT INTO contact (first_name, category_id, created_at, updated_at)"
            " VALUES (?, 2, '2026-01-01', '2026-01-01')",
            (f"Old{i}",),
        )
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    return path


def test_an_older_backup_is_upgraded_on_a_copy_and_the_source_is_untouched(
    store, data_dir, tmp_path
):
    fill(1)
    source = _version_1_file(tmp_path / "v1.sqlite3", contacts=4)
    before = source.read_bytes()
    recovery.restore_database(source, database_path(data_dir))
    assert Contact.select().count() == 4
    assert schema_version(database.db.connection()) == SCHEMA_VERSION
    assert source.read_bytes() == before
    kinds = [b.kind for b in backup.list_backups(database_path(data_dir))]
    assert kinds == ["pre-restore"]  # no "pre-migration" of the restored data: it is the source


def test_an_older_backup_that_cannot_be_upgraded_changes_nothing(store, data_dir, tmp_path):
    fill(2)
    source = _version_1_file(tmp_path / "v1.sqlite3")
    conn = sqlite3.connect(source)
    # A table a later version creates is already there: that upgrade step fails.
    conn.execute("CREATE TABLE interaction (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="could not be brought up to date"):
        recovery.restore_database(source, database_path(data_dir))
    assert Contact.select().count() == 2
    assert not list(data_dir.glob(".*restoring*"))


# -- item 1: the claim and the swap -------------------------------------------------------------
HOLDER = """
import sys
from followup_desktop.store.database import open_database
open_database(sys.argv[1])
print("open", flush=True)
sys.stdin.readline()
"""


def test_restore_is_refused_while_another_process_has_the_database_open(store, data_dir, tmp_path):
    fill(2)
    db_path = database_path(data_dir)
    source = tmp_path / "b.sqlite3"
    safe_copy.copy_database(db_path, source)
    fill(1)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(DatabaseLockedError, match="in use by another Follow-up Desktop"):
            recovery.restore_database(source, db_path)
    finally:
        holder.communicate("\n", timeout=30)
    assert Contact.select().count() == 3  # this process's data and connection are as they were
    assert not (data_dir / "backups").exists()
    recovery.restore_database(source, db_path)  # once it has gone, the restore goes ahead
    assert Contact.select().count() == 2


def test_a_connection_of_another_program_stops_the_swap(store, data_dir, tmp_path):
    fill(2)
    db_path = database_path(data_dir)
    source = tmp_path / "b.sqlite3"
    safe_copy.copy_database(db_path, source)
    fill(1)
    other = sqlite3.connect(db_path)  # e.g. a sqlite browser: it knows nothing of our lock
    other.execute("SELECT count(*) FROM contact").fetchone()
    try:
        with pytest.raises(DatabaseLockedError, match="in use by another program"):
            recovery.restore_database(source, db_path)
    finally:
        other.close()
    assert Contact.select().count() == 3  # still open on the data as it was
    assert claim.held() == claim.SHARED


def test_a_command_waits_for_a_restore_and_then_is_refused_in_words(store, data_dir):
    db_path = database_path(data_dir)
    database.close_database()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys\nfrom followup_desktop.store import claim\n"
            "with claim.exclusive(sys.argv[1]):\n"
            "    print('held', flush=True); sys.stdin.readline()",
            str(db_path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(DatabaseLockedError, match="being restored"):
            claim.hold_shared(db_path, wait=0.2)
    finally:
        holder.communicate("\n", timeout=30)
    database.open_database(db_path)
    assert claim.held() == claim.SHARED


# -- item 4: what pruning deletes -----------------------------------------------------------------
def test_manual_and_safety_backups_are_never_pruned(store, data_dir):
    db_path = database_path(data_dir)
    start = datetime(2026, 1, 1, 9)
    three_on_one_day = [start + timedelta(hours=h) for h in (1, 2, 3)]
    kept = [backup.make_backup(db_path, "manual", now=t) for t in three_on_one_day]
    kept += [
        backup.make_backup(db_path, kind, now=start + timedelta(days=d))
        for d in range(8)
        for kind in ("pre-migration", "pre-restore", "pre-undo")
    ]
    for day in range(200):
        backup.make_backup(db_path, "daily", now=start + timedelta(days=day, hours=5))
    assert all(path.exists() for path in kept)
    dailies = [b for b in backup.list_backups(db_path) if b.kind == "daily"]
    assert len(dailies) <= backup.KEEP_DAILY + backup.KEEP_WEEKLY


# -- item 3: undo of an import with work done since -----------------------------------------
CSV = "First Name,Last Name,E-mail Address\n" + "".join(
    f"Imp{i},Ort,imp{i}@x.org\n" for i in range(14)
)


def _import_then_work(data_dir: Path, tmp_path: Path, capsys) -> Path:
    csv = tmp_path / "in.csv"
    csv.write_text(CSV)
    args = ["--data-dir", str(data_dir)]
    assert main([*args, "import", str(csv)]) == 0
    assert "undo-import 1" in capsys.readouterr().out
    imported = Contact.get(Contact.email == "imp3@x.org")
    fill(0)
    from datetime import date

    from followup_desktop.store import followups

    with database.db.atomic():
        it = Interaction.create(
            contact=imported.id,
            occurred_at=datetime(2026, 3, 1, 10),
            channel="call",
            outcome="reached",
            notes="Wants a quote",
            created_at=datetime.now(),
        )
    followups.create_followup(
        imported.id, date(2026, 3, 8), "Send the quote", from_interaction_id=it.id
    )
    return database_path(data_dir)


def test_undo_of_an_import_with_later_work_asks_for_force_and_keeps_a_backup(
    store, data_dir, tmp_path, capsys
):
    db_path = _import_then_work(data_dir, tmp_path, capsys)
    args = ["--data-dir", str(data_dir)]
    assert main([*args, "undo-import", "1"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "1 note and 1 follow-up made since with 1 contact" in err and "--force" in err
    assert Contact.select().count() == 14 and Interaction.select().count() == 1
    assert main([*args, "undo-import", "1", "--force"]) == 0
    out = capsys.readouterr().out
    assert "Removed 14 contacts" in out and "pre-undo" in out
    assert Contact.select().count() == 0 and FollowUp.select().count() == 0
    [kept] = backup.list_backups(db_path)
    assert kept.kind == "pre-undo" and (kept.contacts, kept.interactions, kept.followups) == (
        14,
        1,
        1,
    )


def test_undo_of_an_untouched_import_needs_no_force_and_no_backup(
    store, data_dir, tmp_path, capsys
):
    csv = tmp_path / "in.csv"
    csv.write_text(CSV)
    args = ["--data-dir", str(data_dir)]
    assert main([*args, "import", str(csv)]) == 0
    assert main([*args, "undo-import", "1"]) == 0
    assert "Removed 14 contacts" in capsys.readouterr().out
    assert not (data_dir / "backups").exists()
