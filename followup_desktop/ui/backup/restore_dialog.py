"""The list of backups to restore from: date, kind and what each one holds."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain import dates
from ...i18n import translator
from ...store.backup import BackupInfo
from ..kit.screen import fit_to_screen

_ = translator(__name__)

COLUMNS = (
    _.mark("Taken"),
    _.mark("Kind"),
    _.mark("Contacts"),
    _.mark("Interactions"),
    _.mark("Follow-ups"),
    _.mark("Size"),
)


def taken_words(info: BackupInfo) -> str:
    """'Thu 26 Nov 2026, 09:12' in the app's date style (the locale's language and order)."""
    when = info.taken_at
    return f"{dates.format_day(when.date())}, {dates.format_time(when.time())}"


def _size(n: int) -> str:
    return QLocale().formattedDataSize(n)


class RestoreDialog(QDialog):
    """Pick a backup (or another file); ``chosen`` is its path."""

    def __init__(self, infos: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Restore from backup"))
        self.chosen: Path | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            _(
                "Choose the backup to go back to. Your current data is backed up first, "
                "so a restore can itself be undone by restoring that backup."
            )
            if infos
            else _("There are no automatic backups yet. You can choose a backup file you made.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QTreeWidget()
        self.list.setHeaderLabels([_(title) for title in COLUMNS])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAlternatingRowColors(True)
        locale = QLocale()
        items: list[QTreeWidgetItem] = []
        for info in infos:
            item = QTreeWidgetItem(
                [
                    taken_words(info),
                    info.kind_label,
                    locale.toString(info.contacts),
                    locale.toString(info.interactions),
                    locale.toString(info.followups),
                    _size(info.size),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, str(info.path))
            for col in range(2, 6):
                item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight)
            self.list.addTopLevelItem(item)
            items.append(item)
        for col in range(len(COLUMNS)):
            self.list.resizeColumnToContents(col)
        self.list.itemDoubleClicked.connect(lambda *_args: self._accept_selected())
        layout.addWidget(self.list)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            _("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.file_button = self.buttons.addButton(
            _("&Choose a file…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button.setEnabled(False)
        self.list.currentItemChanged.connect(
            lambda cur, _prev: self.restore_button.setEnabled(cur is not None)
        )
        self.buttons.accepted.connect(self._accept_selected)
        self.buttons.rejected.connect(self.reject)
        self.file_button.clicked.connect(self._choose_file)
        layout.addWidget(self.buttons)
        if items:
            self.list.setCurrentItem(items[0])
        fit_to_screen(self, 760, 420)

    def _accept_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.chosen = Path(item.data(0, Qt.ItemDataRole.UserRole))
        self.accept()

    def _choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            _("Choose a backup file"),
            "",
            _("Follow-up Desktop data (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        if name:
            self.chosen = Path(name)
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, infos: list[BackupInfo]) -> Path | None:
        dialog = cls(infos, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.chosen
        return None
