"""What the start-up says and offers when the database cannot be used.

Loaded only when something is wrong (or an upgrade runs): a normal start never
pays for these dialogs. ``RecoveryDialog.ask`` returns the user's choice and
``choose_file`` the file; ``recover`` never deletes or overwrites a file: a
damaged database is moved aside (renamed with a timestamp) before a backup is
put in its place.
"""

from __future__ import annotations

import enum
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME
from ...domain.book_counts import book_counts
from ...i18n import translator
from ...store.backup import BackupInfo
from ...store.errors import (
    DatabaseLockedError,
    DatabaseTooNewError,
    DataDirError,
    DiskFullError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
    StoreError,
)
from ...store.recovery import restore_database
from ..backup.restore_dialog import taken_words
from ..kit.rich import esc, plain_label, rich_label
from ..kit.screen import fit_size_hint

_ = translator(__name__)

_TITLES = {
    NotADatabaseError: _.mark("Your database is damaged"),
    DatabaseLockedError: _.mark("Your database is in use"),
    ReadOnlyDatabaseError: _.mark("Your database cannot be written"),
    DiskFullError: _.mark("The disk is full"),
    DatabaseTooNewError: _.mark("Your database is from a newer version"),
    DataDirError: _.mark("The data folder cannot be used"),
}


class Recovery(enum.Enum):
    RESTORE_LATEST = "restore-latest"
    CHOOSE_FILE = "choose-file"
    RETRY = "retry"
    QUIT = "quit"


@dataclass(frozen=True)
class Problem:
    """What went wrong, in words, and what can be offered."""

    error: StoreError
    db_path: Path
    latest: BackupInfo | None
    #: Set after a damaged file was moved aside (shown so the user knows where it is).
    note: str = ""

    @property
    def title(self) -> str:
        known = _TITLES.get(type(self.error))
        return _(known) if known else _("Your database cannot be opened")

    @property
    def damaged(self) -> bool:
        return isinstance(self.error, NotADatabaseError)

    def choices(self) -> list[Recovery]:
        offered = []
        if self.latest is not None and not isinstance(self.error, DataDirError):
            offered.append(Recovery.RESTORE_LATEST)
        if not isinstance(self.error, DataDirError):
            offered.append(Recovery.CHOOSE_FILE)
        if not self.damaged:
            offered.append(Recovery.RETRY)
        offered.append(Recovery.QUIT)
        return offered


def _backup_words(info: BackupInfo) -> str:
    """ "Fri 4 Dec 2026, 18:00 — 212 contacts, ..." in the window's language: the backup's
    moment as the restore list writes it."""
    counts = book_counts(info.contacts, info.interactions, info.followups, unbroken=True)
    return _("{when} — {counts}").format(when=taken_words(info), counts=counts)


class RecoveryDialog(QDialog):
    """Plain words and one button per way out; ``choice`` says which was pressed."""

    LABELS = {
        Recovery.RESTORE_LATEST: _.mark("&Restore the latest backup"),
        Recovery.CHOOSE_FILE: _.mark("&Choose another file…"),
        Recovery.RETRY: _.mark("&Try again"),
        Recovery.QUIT: _.mark("&Quit"),
    }

    def __init__(self, problem: Problem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{APP_NAME}: {problem.title}")
        self.choice = Recovery.QUIT
        outer = QHBoxLayout(self)
        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        outer.addWidget(icon)
        layout = QVBoxLayout()
        outer.addLayout(layout, 1)
        heading = rich_label(f"<b>{esc(problem.title)}</b>")
        layout.addWidget(heading)
        text = str(problem.error)
        if problem.note:
            text += "\n\n" + problem.note
        if problem.latest is not None:
            text += "\n\n" + _("The latest good backup is from {backup}.").format(
                backup=_backup_words(problem.latest)
            )
        elif problem.damaged:
            text += "\n\n" + _(
                "There is no backup beside it; you can choose a backup file you made."
            )
        if problem.damaged:
            text += "\n\n" + _(
                "Nothing is deleted: the damaged file is kept beside it under a new name."
            )
        self.body = body = plain_label(text)
        body.setWordWrap(True)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(body)
        box = QDialogButtonBox()
        self.buttons: dict[Recovery, QPushButton] = {}
        for choice in problem.choices():
            button = box.addButton(_(self.LABELS[choice]), QDialogButtonBox.ButtonRole.ActionRole)
            button.clicked.connect(lambda _checked=False, c=choice: self._choose(c))
            self.buttons[choice] = button
        first = problem.choices()[0]
        self.buttons[first].setDefault(True)
        layout.addWidget(box)
        fit_size_hint(self, 560)

    def _choose(self, choice: Recovery) -> None:
        self.choice = choice
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, problem: Problem) -> Recovery:
        dialog = cls(problem, parent)
        dialog.exec()
        return dialog.choice


def choose_file(parent: QWidget | None) -> Path | None:
    """Ask for a backup or database file to use; None when cancelled."""
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        _("Choose a backup or database file"),
        "",
        _("Follow-up Desktop data (*.sqlite3 *.sqlite *.db);;All files (*)"),
    )
    return Path(name) if name else None


def recover(problem: Problem, source: Path) -> str:
    """Put a verified copy of ``source`` in place of the database; return what became of it.

    The copy is made and checked first; only then is a damaged database moved
    aside (renamed with a timestamp) or a healthy one backed up.
    """
    result = restore_database(source, problem.db_path, reopen=False, damaged=problem.damaged)
    if result.moved_aside is not None:
        return _("The damaged file was kept as {file}.").format(file=result.moved_aside)
    if result.previous_backup is not None:
        return _("The file it replaced was backed up to {file}.").format(
            file=result.previous_backup
        )
    return ""


@contextmanager
def upgrade_notice():
    """While an upgrade (with its verified backup first) runs, say so instead of a blank wait."""
    notice = QProgressDialog(
        _(
            "Updating your data for this version of Follow-up Desktop.\n"
            "A checked backup is made first; this can take a little while."
        ),
        "",
        0,
        0,
    )
    notice.setWindowTitle(APP_NAME)
    notice.setCancelButton(None)
    notice.setMinimumDuration(0)
    notice.show()
    QApplication.processEvents()
    try:
        yield
    finally:
        notice.close()
