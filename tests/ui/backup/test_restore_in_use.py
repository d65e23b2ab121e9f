"""Issue 17, item 1 in the window: a restore never swaps the file under another process."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime

import pytest

from followup_desktop.paths import database_path
from followup_desktop.store import backup, claim, database
from followup_desktop.store.errors import DatabaseLockedError
from followup_desktop.store.models import Contact
from followup_desktop.ui.shell.main_window import MainWindow
from followup_desktop.ui.shell.recovery_dialog import Recovery
from followup_desktop.ui.shell.startup import open_store_or_explain
from tests.store.safety_data import counts, fill

# A command-line process with the database open, writing in one transaction until told.
HOLDER = """
import sys
from followup_desktop.store.database import open_database, db
open_database(sys.argv[1])
db.execute_sql("BEGIN IMMEDIATE")
db.execute_sql(
    "INSERT INTO contact (first_name, category_id, created_at, updated_at)"
    " VALUES ('FromTheCommandLine', 2, '2026-01-01', '2026-01-01')"
)
print("writing", flush=True)
sys.stdin.readline()
db.execute_sql("COMMIT")
"""


@pytest.fixture
def holder(data_dir):
    procs = []

    def start():
        proc = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(database_path(data_dir))],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        procs.append(proc)
        assert proc.stdout.readline().strip() == "writing"
        return proc

    yield start
    for proc in procs:
        if proc.poll() is None:
            proc.communicate("\n", timeout=30)


def test_file_restore_is_refused_while_a_command_writes(store, qtbot, qsettings, data_dir, holder):
    fill(2)
    made = backup.make_backup(database_path(data_dir), "daily", now=datetime(2026, 3, 1, 9))
    window = MainWindow(data_dir=data_dir)
    qtbot.addWidget(window)
    proc = holder()
    with qtbot.waitSignal(window.backup_actions.backup_failed, timeout=20000) as failed:
        window.backup_actions.restore(made)
    assert "in use by another Follow-up Desktop process" in failed.args[0]
    assert claim.held() == claim.SHARED  # the window still holds its ordinary claim
    proc.communicate("\n", timeout=30)
    assert Contact.select().where(Contact.first_name == "FromTheCommandLine").count() == 1
    window.backup_actions.wait()


def test_restore_latest_in_the_in_use_dialog_keeps_the_holders_commit(
    qapp, store, data_dir, holder, monkeypatch
):
    fill(2)
    db_path = database_path(data_dir)
    backup.make_backup(db_path, "daily", now=datetime(2026, 3, 1, 9))
    database.close_database()
    proc = holder()
    shown = []

    def ask(parent, problem):
        shown.append(problem)
        return Recovery.RESTORE_LATEST if len(shown) == 1 else Recovery.QUIT

    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.information", lambda *a: None)
    assert not open_store_or_explain(data_dir, db_path, ask=ask)
    assert isinstance(shown[0].error, DatabaseLockedError)
    assert "That did not work" in shown[1].note and "in use" in shown[1].note
    proc.communicate("\n", timeout=30)
    assert counts(db_path)[0] == 3  # the command line's contact was committed and kept


def test_back_up_now_never_replaces_a_link(store, qtbot, qsettings, data_dir, tmp_path):
    fill(1)
    window = MainWindow(data_dir=data_dir)
    qtbot.addWidget(window)
    real = tmp_path / "real.txt"
    real.write_text("not a backup")
    link = tmp_path / "link.sqlite3"
    link.symlink_to(real)
    window.backup_actions.ask_save_path = lambda parent, suggested: link
    with qtbot.waitSignal(window.backup_actions.backup_failed, timeout=20000) as failed:
        window.backup_actions.backup_now_action.trigger()
    assert "symbolic link" in failed.args[0]
    assert link.is_symlink() and real.read_text() == "not a backup"
