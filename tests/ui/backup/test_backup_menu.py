"""File → Back up now… / Restore from backup… in the real window, and the start-up backup."""

from datetime import datetime

import pytest

from followup_desktop.paths import database_path
from followup_desktop.store import backup, health
from followup_desktop.store.models import Contact
from followup_desktop.ui.backup.actions import BackupActions
from followup_desktop.ui.backup.restore_dialog import RestoreDialog
from followup_desktop.ui.kit.events import events
from followup_desktop.ui.shell.main_window import MainWindow
from tests.store.damage import damage
from tests.store.safety_data import counts, fill


@pytest.fixture
def window(store, qtbot, qsettings, data_dir):
    fill(2)
    w = MainWindow(data_dir=data_dir)
    qtbot.addWidget(w)
    w.tabs.setCurrentIndex(w.contacts_tab)  # a view reads its rows once shown
    w.show()
    yield w
    w.backup_actions.wait()


def _names(view):
    return sorted(view.model.index(r, 0).data() for r in range(view.model.rowCount()))


def test_file_menu_has_both_actions(window):
    texts = [a.text() for a in window.file_menu.actions()]
    assert "&Back up now…" in texts and "&Restore from backup…" in texts


def test_back_up_now_writes_a_checked_file(window, qtbot, tmp_path):
    target = tmp_path / "monday"
    window.backup_actions.ask_save_path = lambda parent, suggested: target
    with qtbot.waitSignal(window.backup_actions.backup_done, timeout=20000) as done:
        window.backup_actions.backup_now_action.trigger()
    written = done.args[0]
    assert written == target.with_suffix(".sqlite3")
    assert counts(written) == (2, 2, 2)
    assert "2 contacts, 2 interactions, 2 follow-ups" in window.statusBar().currentMessage()


def test_cancelled_back_up_now_does_nothing(window, tmp_path):
    window.backup_actions.ask_save_path = lambda parent, suggested: None
    window.backup_actions.backup_now_action.trigger()
    assert window.backup_actions.task is None


def test_restore_lists_backups_and_reloads_every_view(window, qtbot, data_dir):
    db_path = database_path(data_dir)
    made = backup.make_backup(db_path, "daily", now=datetime(2026, 3, 1, 9, 0))
    fill(3)
    events().contacts_changed.emit([])
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 5)
    offered = []

    def pick(parent, infos):
        offered.extend(infos)
        return infos[0].path

    window.backup_actions.ask_restore = pick
    window.backup_actions.confirm_restore = lambda parent, info: True
    with qtbot.waitSignal(events().database_replaced, timeout=20000):
        window.backup_actions.restore_action.trigger()
    assert [(i.path, i.contacts, i.interactions, i.followups) for i in offered] == [(made, 2, 2, 2)]
    assert Contact.select().count() == 2
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 2)  # the view reloaded
    before = [i for i in backup.list_backups(db_path) if i.kind == "pre-restore"]
    assert [(i.contacts, i.followups) for i in before] == [(5, 5)]  # the replaced data is kept
    assert window.undo_stack.count() == 0


def test_restore_declined_changes_nothing(window, data_dir):
    backup.make_backup(database_path(data_dir), "daily", now=datetime(2026, 3, 1, 9, 0))
    fill(1)
    window.backup_actions.ask_restore = lambda parent, infos: infos[0].path
    window.backup_actions.confirm_restore = lambda parent, info: False
    window.backup_actions.restore_action.trigger()
    assert Contact.select().count() == 3


def test_restore_dialog_shows_date_kind_and_counts(qtbot, store, data_dir):
    fill(3)
    backup.make_backup(database_path(data_dir), "pre-migration", now=datetime(2026, 2, 3, 8, 5))
    dialog = RestoreDialog(backup.list_backups(database_path(data_dir)))
    qtbot.addWidget(dialog)
    dialog.show()
    item = dialog.list.topLevelItem(0)
    assert "2026" in item.text(0) and item.text(1) == "Before upgrade"
    assert [item.text(c) for c in (2, 3, 4)] == ["3", "3", "3"]
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()
    assert dialog.chosen is not None and dialog.chosen.name.endswith("pre-migration.sqlite3")


def test_start_up_backup_runs_once_a_day_in_the_background(window, qtbot, data_dir):
    actions = window.backup_actions
    with qtbot.waitSignal(actions.backup_done, timeout=20000) as first:
        actions.start_daily_backup()
    assert first.args[0] is not None and first.args[0].name.endswith("-daily.sqlite3")
    with qtbot.waitSignal(actions.backup_done, timeout=20000) as second:
        actions.start_daily_backup()
    assert second.args[0] is None  # already taken today
    assert len(backup.list_backups(database_path(data_dir))) == 1


def test_damage_found_after_start_up_is_reported(qtbot, store, data_dir, tmp_path, monkeypatch):
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QMainWindow

    fill(40, note="long note " * 50)
    other = tmp_path / "copy.sqlite3"
    backup.copy_database(database_path(data_dir), other)
    damage(other, "garbage-in-pages")
    monkeypatch.setattr(health, "QUICK_CHECK_AT_OPEN_MAX_BYTES", 0)  # as for a big database
    host = QMainWindow()
    qtbot.addWidget(host)
    actions = BackupActions(host, other, QUndoStack(host))
    with qtbot.waitSignal(actions.backup_failed, timeout=20000) as failed:
        actions.start_daily_backup()
    assert "damaged" in failed.args[0]
    assert "Restore from backup" in failed.args[0]
    qtbot.waitUntil(lambda: actions.last_warning.isVisible())
    actions.last_warning.close()
