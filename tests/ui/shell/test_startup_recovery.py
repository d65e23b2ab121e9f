"""Start-up on a damaged or unavailable database: plain words, a way out, nothing lost."""

import sqlite3
from datetime import date, datetime, time

import pytest

from followup_desktop.paths import database_path
from followup_desktop.store import backup, database
from followup_desktop.store.models import Contact
from followup_desktop.ui.shell.recovery_dialog import Problem, Recovery, RecoveryDialog
from followup_desktop.ui.shell.startup import open_store_or_explain
from tests.store.damage import DAMAGE_KINDS, damage, make_read_only, undo_read_only
from tests.store.safety_data import counts, fill


@pytest.fixture
def with_backup(store, data_dir):
    """A database with 4 contacts, a backup of it, then 2 more contacts (not in the backup)."""
    fill(4)
    path = database_path(data_dir)
    made = backup.make_backup(path, "daily", now=datetime(2026, 3, 1, 9, 0))
    fill(2)
    database.close_database()
    return path, made


class Script:
    """Plays the user: answers each dialog from a list and remembers what it was shown."""

    def __init__(self, *answers, file=None):
        self.answers = list(answers)
        self.problems: list[Problem] = []
        self.file = file

    def ask(self, parent, problem):
        self.problems.append(problem)
        return self.answers.pop(0)

    def choose(self, parent):
        return self.file


@pytest.mark.parametrize("kind", DAMAGE_KINDS)
def test_damaged_database_restore_latest_backup(qapp, with_backup, data_dir, kind, monkeypatch):
    path, made = with_backup
    damage(path, kind)
    damaged_bytes = path.read_bytes()
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.information", lambda *a: None)
    user = Script(Recovery.RESTORE_LATEST)
    assert open_store_or_explain(data_dir, path, ask=user.ask, choose=user.choose)
    [problem] = user.problems
    assert problem.title == "Your database is damaged"
    assert "damaged" in str(problem.error) and "Traceback" not in str(problem.error)
    assert problem.latest is not None and problem.latest.path == made
    assert problem.choices()[0] is Recovery.RESTORE_LATEST
    assert Contact.select().count() == 4  # the backup's data, open and usable
    [aside] = data_dir.glob("followup.damaged-*.sqlite3")
    assert aside.read_bytes() == damaged_bytes  # moved aside, byte for byte


def test_damaged_database_choose_another_file(qapp, with_backup, data_dir, tmp_path, monkeypatch):
    path, made = with_backup
    mine = tmp_path / "my copy.sqlite3"
    mine.write_bytes(made.read_bytes())
    damage(path, "garbage-in-pages")
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.information", lambda *a: None)
    user = Script(Recovery.CHOOSE_FILE, file=mine)
    assert open_store_or_explain(data_dir, path, ask=user.ask, choose=user.choose)
    assert Contact.select().count() == 4
    assert counts(mine) == (4, 4, 4)  # the chosen file itself is not changed
    assert len(list(data_dir.glob("followup.damaged-*"))) == 1


def test_choosing_a_bad_file_says_so_and_keeps_everything(qapp, with_backup, data_dir, tmp_path):
    path, _ = with_backup
    damage(path, "truncated")
    damaged_bytes = path.read_bytes()
    bad = tmp_path / "holiday.jpg"
    bad.write_bytes(b"\xff\xd8 not a database")
    user = Script(Recovery.CHOOSE_FILE, Recovery.QUIT, file=bad)
    assert not open_store_or_explain(data_dir, path, ask=user.ask, choose=user.choose)
    assert "did not work" in user.problems[1].note
    assert path.read_bytes() == damaged_bytes  # not moved, not changed
    assert bad.read_bytes() == b"\xff\xd8 not a database"


def test_quit_leaves_the_damaged_file_where_it_was(qapp, with_backup, data_dir):
    path, _ = with_backup
    damage(path, "not-a-database")
    before = path.read_bytes()
    user = Script(Recovery.QUIT)
    assert not open_store_or_explain(data_dir, path, ask=user.ask, choose=user.choose)
    assert path.read_bytes() == before
    assert list(data_dir.glob("followup.damaged-*")) == []


def test_locked_database_try_again_once_free(qapp, with_backup, data_dir, monkeypatch):
    path, _ = with_backup
    monkeypatch.setitem(database.PRAGMAS, "busy_timeout", 50)
    other = sqlite3.connect(str(path))
    other.execute("BEGIN EXCLUSIVE")

    def ask(parent, problem):
        asked.append(problem)
        other.rollback()  # the other program lets go while the dialog is up
        return Recovery.RETRY

    asked: list[Problem] = []
    assert open_store_or_explain(data_dir, path, ask=ask, choose=lambda p: None)
    other.close()
    assert asked[0].title == "Your database is in use"
    assert Recovery.RETRY in asked[0].choices()
    assert Contact.select().count() == 6  # same file, nothing replaced


def test_read_only_database_offers_the_way_out(qapp, with_backup, data_dir, monkeypatch):
    path, _ = with_backup
    if not make_read_only(path):
        pytest.skip("cannot make a file read-only here")
    try:
        user = Script(Recovery.QUIT)
        assert not open_store_or_explain(data_dir, path, ask=user.ask, choose=user.choose)
    finally:
        undo_read_only(path)
    [problem] = user.problems
    assert problem.title == "Your database cannot be written"
    assert "read-only" in str(problem.error)
    assert problem.choices() == [
        Recovery.RESTORE_LATEST,
        Recovery.CHOOSE_FILE,
        Recovery.RETRY,
        Recovery.QUIT,
    ]


def test_full_disk_at_start(qapp, data_dir, monkeypatch):
    monkeypatch.setitem(database.PRAGMAS, "max_page_count", 3)
    user = Script(Recovery.QUIT)
    assert not open_store_or_explain(data_dir, database_path(data_dir), ask=user.ask)
    assert user.problems[0].title == "The disk is full"
    assert "Free some space" in str(user.problems[0].error)


def test_the_dialog_shows_plain_words_and_one_button_per_way_out(qtbot, with_backup, tmp_path):
    path, made = with_backup
    damage(path, "garbage-in-pages")
    with pytest.raises(Exception) as caught:
        database.open_database(path)
    problem = Problem(caught.value, path, backup.describe(made))
    dialog = RecoveryDialog(problem)
    qtbot.addWidget(dialog)
    dialog.show()
    assert set(dialog.buttons) == {Recovery.RESTORE_LATEST, Recovery.CHOOSE_FILE, Recovery.QUIT}
    assert dialog.buttons[Recovery.RESTORE_LATEST].isDefault()
    assert "kept beside it" in dialog.body.text()
    # The backup offered is named as the restore list names it: day and time, one style.
    from followup_desktop.domain import dates

    taken = f"{dates.format_day(date(2026, 3, 1))}, {dates.format_time(time(9, 0))}"
    assert taken in dialog.body.text()
    dialog.buttons[Recovery.CHOOSE_FILE].click()
    assert dialog.choice is Recovery.CHOOSE_FILE and dialog.result() == dialog.DialogCode.Accepted


def test_an_upgrade_at_start_says_so_and_keeps_a_backup(qapp, data_dir, monkeypatch):
    from PySide6.QtWidgets import QProgressDialog

    from followup_desktop.store.migrations import STEPS

    data_dir.mkdir()
    path = database_path(data_dir)
    conn = sqlite3.connect(path)
    for statement in STEPS[0]:
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    assert database.needs_upgrade(path)
    shown = []
    original_show = QProgressDialog.show
    monkeypatch.setattr(
        QProgressDialog, "show", lambda self: (shown.append(self.labelText()), original_show(self))
    )
    assert open_store_or_explain(data_dir, path, ask=Script().ask)
    assert len(shown) == 1 and "A checked backup is made first" in shown[0]
    assert not database.needs_upgrade(path)
    assert [i.kind for i in backup.list_backups(path)] == ["pre-migration"]


def test_a_zero_length_database_beside_backups_offers_the_latest(
    qapp, with_backup, data_dir, monkeypatch
):
    path, made = with_backup
    path.write_bytes(b"")
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.information", lambda *a: None)
    user = Script(Recovery.RESTORE_LATEST)
    assert open_store_or_explain(data_dir, path, ask=user.ask, choose=user.choose)
    [problem] = user.problems
    assert "empty (0 bytes)" in str(problem.error) and problem.latest.path == made
    assert Contact.select().count() == 4
    [aside] = data_dir.glob("followup.damaged-*.sqlite3")
    assert aside.stat().st_size == 0  # kept, not deleted
