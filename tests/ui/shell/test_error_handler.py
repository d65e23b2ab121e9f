"""Unexpected errors: a dialog with copyable details, a private log without note text."""

import threading

import pytest
from PySide6.QtCore import QTimer, qWarning
from PySide6.QtGui import QGuiApplication

from followup_desktop.ui.shell import error_handler
from followup_desktop.ui.shell.error_dialog import ErrorDialog
from followup_desktop.ui.shell.error_handler import ErrorReporter, Installed

SECRET = "Wife's surgery on Friday, call after 20th"


@pytest.fixture
def hooks(qapp, data_dir):
    data_dir.mkdir(parents=True, exist_ok=True)
    log_file = error_handler.setup_logging(data_dir)
    shown: list[tuple[str, str]] = []

    def show(parent, message, details, log):
        assert threading.current_thread() is threading.main_thread()  # GUI thread only
        shown.append((message, details))

    reporter = ErrorReporter(log_file, show=show)
    installed = Installed(reporter)
    yield shown, log_file
    installed.uninstall()
    for handler in list(error_handler.log.handlers):
        error_handler.log.removeHandler(handler)
        handler.close()


def _boom():
    note = SECRET
    raise ValueError(f"could not save the note '{note}'")


def test_error_in_a_slot_shows_the_dialog_and_the_app_goes_on(qtbot, hooks):
    shown, log_file = hooks
    QTimer.singleShot(0, _boom)
    qtbot.waitUntil(lambda: len(shown) == 1)
    message, details = shown[0]
    assert "did not expect" in message and "safe" in message
    assert "ValueError" in details and "_boom" in details
    later = []
    QTimer.singleShot(0, lambda: later.append("still running"))
    qtbot.waitUntil(lambda: later == ["still running"])
    text = log_file.read_text()
    assert "ValueError" in text and "_boom" in text
    assert SECRET not in text and SECRET not in details


def test_error_in_a_thread_is_shown_on_the_gui_thread(qtbot, hooks):
    shown, log_file = hooks
    worker = threading.Thread(target=_boom, name="sync-worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert "ValueError" in shown[0][1]
    assert "sync-worker" in log_file.read_text()


def test_a_database_error_is_said_in_plain_words(qtbot, hooks):
    import sqlite3

    shown, _ = hooks

    def full():
        raise sqlite3.OperationalError("database or disk is full")

    QTimer.singleShot(0, full)
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert shown[0][0].startswith("The disk is full")


@pytest.mark.qt_log_ignore("a Qt warning for the log")
def test_qt_warnings_go_to_the_log(qtbot, hooks):
    _, log_file = hooks
    qWarning("a Qt warning for the log")
    assert "Qt: a Qt warning for the log" in log_file.read_text()


def test_log_is_private_and_rotates(hooks, data_dir):
    _, log_file = hooks
    assert log_file.stat().st_mode & 0o777 == 0o600
    assert log_file.parent.stat().st_mode & 0o777 == 0o700
    for n in range(6000):  # ~2.7 MB: more than the log and its backups hold
        error_handler.log.info("%05d %s", n, "x" * 400)
    rotated = sorted(log_file.parent.glob("followup-desktop.log*"))
    # The oldest lines were dropped: never more files than the backups allow, none too big.
    assert len(rotated) == 1 + error_handler.LOG_BACKUPS
    assert all(p.stat().st_size <= error_handler.LOG_MAX_BYTES for p in rotated)
    assert all(p.stat().st_mode & 0o777 == 0o600 for p in rotated)
    # The newest line is in the log itself, the one before the rotation in ".1".
    assert "05999 " in log_file.read_text().splitlines()[-1]
    first_kept = log_file.read_text().splitlines()[0].split(" INFO followup_desktop: ")[1][:5]
    backup_last = (log_file.parent / (log_file.name + ".1")).read_text().splitlines()[-1]
    assert f"{int(first_kept) - 1:05d} " in backup_last


def test_redact_blanks_quoted_text_and_cuts_long_messages():
    assert SECRET not in error_handler.redact(f'bad value "{SECRET}" here')
    assert len(error_handler.redact("y" * 5000)) <= 240


def test_dialog_details_can_be_copied(qtbot, tmp_path):
    dialog = ErrorDialog("Something went wrong.", "Traceback details\nline 2", tmp_path / "x.log")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == "Traceback details\nline 2"
    assert dialog.details.isReadOnly()
