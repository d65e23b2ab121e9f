"""File → Back up now… and File → Restore from backup…, and the daily backup at start-up.

Backups run in a ``background.Task`` (the store function does the work, the
result comes back on the GUI thread). A restore prepares in the background (a
verified copy, a backup of the current data), swaps the file on the GUI
thread, then ``database_replaced`` makes every view reload.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QUndoStack
from PySide6.QtWidgets import QMainWindow, QWidget

from ... import APP_NAME
from ...domain.book_counts import book_counts
from ...i18n import translator
from ...store.errors import NotADatabaseError, StoreError
from ..kit.actions import ActionSpec
from ..kit.events import events

if TYPE_CHECKING:  # (kit.background loads with the first backup or restore)
    from PySide6.QtWidgets import QProgressDialog

    from ...store import backup
    from ...store.recovery import PreparedRestore
    from ..kit.background import Task

_ = translator(__name__)

# The backup and restore code and its dialogs load when first used: the window's
# first screen only needs the two menu actions.


def describe_counts(info: backup.BackupInfo) -> str:
    """``3 contacts, 1 interaction, 2 follow-ups`` in the chosen language."""
    return book_counts(info.contacts, info.interactions, info.followups)


def ask_save_path(parent: QWidget | None, suggested: Path) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    name, _filter = QFileDialog.getSaveFileName(
        parent, _("Back up now"), str(suggested), _("Follow-up Desktop backup (*.sqlite3)")
    )
    return Path(name) if name else None


def confirm_restore(parent: QWidget | None, info: backup.BackupInfo) -> bool:
    from PySide6.QtWidgets import QMessageBox

    from .restore_dialog import taken_words

    answer = QMessageBox.question(
        parent,
        _("Restore from backup"),
        _(
            "Replace your current data with the backup from {when} ({counts})?\n\n"
            "Your current data is backed up first, so you can come back to it."
        ).format(when=taken_words(info), counts=describe_counts(info)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_restore(parent: QWidget | None, infos: list[backup.BackupInfo]) -> Path | None:
    from .restore_dialog import RestoreDialog

    return RestoreDialog.ask(parent, infos)


BACK_UP_NOW = ActionSpec(
    "backup.now",
    _.mark("&Back up now…"),
    tip=_.mark("Write a checked copy of all your data to a file"),
)
RESTORE = ActionSpec(
    "backup.restore",
    _.mark("&Restore from backup…"),
    tip=_.mark("Go back to the data of an earlier backup"),
)


class BackupActions(QObject):
    """The two File menu actions and the start-up backup, for one main window."""

    #: A backup finished (its path) or failed (the sentence), for the status bar and tests.
    backup_done = Signal(object)
    backup_failed = Signal(str)
    #: The database was replaced by a restore (the backup it came from).
    restored = Signal(object)

    def __init__(self, window: QMainWindow, db_path: Path, undo_stack: QUndoStack) -> None:
        super().__init__(window)
        self.window = window
        self.db_path = Path(db_path)
        self.undo_stack = undo_stack
        self.task: Task | None = None
        # seams tests replace
        self.ask_save_path = ask_save_path
        self.ask_restore = ask_restore
        self.confirm_restore = confirm_restore
        self.backup_now_action = BACK_UP_NOW.create(window, self.back_up_now)
        self.restore_action = RESTORE.create(window, self.restore_from_backup)
        self.backup_done.connect(self._say_done)
        self.backup_failed.connect(self._say_failed)

    def actions(self) -> list[QAction]:
        return [self.backup_now_action, self.restore_action]

    # -- background work ------------------------------------------------------------------
    def _run(self, work: Callable[[], object]) -> bool:
        if self.task is not None and self.task.running:
            self.window.statusBar().showMessage(_("A backup is already being written."), 5000)
            return False
        from ..kit.background import Task

        self.task = Task(lambda _progress, _cancelled: work(), self)
        self.task.finished.connect(self.backup_done)
        self.task.failed.connect(self.backup_failed)
        self.task.start()
        return True

    def start_daily_backup(self) -> None:
        """Check the database and take today's backup if none exists yet (off the GUI thread)."""
        from ...store import backup

        db_path = self.db_path

        def work():
            try:
                return backup.startup_check_and_backup(db_path)
            except NotADatabaseError as exc:
                raise NotADatabaseError(
                    _(
                        "{problem} Use File → Restore from backup… to go back to a good "
                        "backup; the damaged file is kept."
                    ).format(problem=exc)
                ) from exc

        self._run(work)

    def wait(self) -> None:
        """Block until a running backup ended (before a restore, when the window closes)."""
        if self.task is not None and self.task.running:
            self.task.wait()

    # -- Back up now… ------------------------------------------------------------------------
    def back_up_now(self) -> None:
        from datetime import datetime

        from ...store import backup

        day = f"{datetime.now():%Y-%m-%d}"
        name = _("Follow-up Desktop backup {date}.sqlite3").format(date=day)
        suggested = Path.home() / name
        dest = self.ask_save_path(self.window, suggested)
        if dest is None:
            return
        if dest.suffix == "":
            dest = dest.with_suffix(".sqlite3")
        from ...exchange.output import OutputPathError, check_target
        from ..kit.targets import may_replace

        replace = may_replace(self.window, dest, _("Back up now"))
        if replace is False:
            return
        try:
            check_target(dest, replace_read_only=bool(replace))
        except OutputPathError as exc:  # a device, pipe or link is never replaced
            self.backup_failed.emit(_("Nothing was backed up. {problem}").format(problem=exc))
            return
        db_path = self.db_path
        self.window.statusBar().showMessage(_("Backing up to {path}…").format(path=dest))
        self._run(lambda: backup.copy_database(db_path, dest))

    def _say_done(self, path: object) -> None:
        if path is None:
            return
        from ...store import backup

        try:
            info = backup.describe(Path(str(path)))
            words = _("Backed up to {path} ({counts}); checked: ok.").format(
                path=path, counts=describe_counts(info)
            )
        except StoreError:
            words = _("Backed up to {path}.").format(path=path)
        self.window.statusBar().showMessage(words, 15000)

    def _say_failed(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.window.statusBar().showMessage(message)
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, message, parent=self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not modal-blocking: the work goes on
        self.last_warning = box

    # -- Restore from backup… ----------------------------------------------------------------
    def restore_from_backup(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from ...store import backup

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            infos = backup.list_backups(self.db_path)
        finally:
            QGuiApplication.restoreOverrideCursor()
        source = self.ask_restore(self.window, infos)
        if source is None:
            return
        try:
            info = backup.describe(source)
        except StoreError as exc:
            QMessageBox.warning(self.window, APP_NAME, str(exc))
            return
        if not self.confirm_restore(self.window, info):
            return
        self.restore(info.path)

    def restore(self, source: Path) -> None:
        """Back up the current data, put ``source`` in its place, reload every view.

        The slow part (copying and checking the backup, backing up the current
        data) runs in the background behind a progress dialog; the swap itself is
        quick and happens here, on the thread that owns the database connection.
        """
        from PySide6.QtWidgets import QProgressDialog

        from ...store import claim
        from ...store.recovery import prepare_restore
        from ..kit.background import Task

        self.wait()  # never swap the file under a running backup
        try:
            # Held from before the backup of the current data until after the swap:
            # no other process (an import from the command line) can commit in between.
            claim.acquire_exclusive(self.db_path)
        except StoreError as exc:
            # shown by _say_failed
            self.backup_failed.emit(_("Nothing was restored. {problem}").format(problem=exc))
            return
        progress = QProgressDialog(
            _("Checking the backup and saving your current data first…"), "", 0, 0, self.window
        )
        progress.setWindowTitle(_("Restore from backup"))
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.show()
        db_path = self.db_path
        task = Task(lambda _progress, _cancelled: prepare_restore(source, db_path), self)
        task.finished.connect(lambda prepared: self._finish_restore(prepared, progress))
        task.failed.connect(lambda message: self._restore_failed(message, progress))
        self.restore_task = task
        task.start()

    def _restore_failed(self, message: str, progress: QProgressDialog) -> None:
        from ...store import claim

        claim.release_exclusive()
        progress.close()
        self._say_failed(_("Nothing was restored. {problem}").format(problem=message))

    def _finish_restore(self, prepared: PreparedRestore, progress: QProgressDialog) -> None:
        from ...store import claim
        from ...store.recovery import finish_restore

        try:
            result = finish_restore(prepared, self.db_path)
        except StoreError as exc:
            self._restore_failed(str(exc), progress)
            return
        claim.release_exclusive()
        progress.close()
        self.undo_stack.clear()  # undo steps refer to rows of the old data
        events().database_replaced.emit()
        kept = result.previous_backup or result.moved_aside
        self.window.statusBar().showMessage(
            _("Restored {source}. The data it replaced was kept as {kept}.").format(
                source=prepared.source, kept=kept
            ),
            20000,
        )
        self.restored.emit(prepared.source)
