"""Help -> About: what this is, which version, where the data lives (with a button to
open that folder) and the versions a support request needs."""

from __future__ import annotations

import platform
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import PySide6
from PySide6.QtCore import QLocale, Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME, __version__
from ...i18n import translator
from ...paths import database_path
from ..kit import settings
from ..kit.resources import icon

_ = translator(__name__)


@dataclass(frozen=True)
class AboutInfo:
    """Everything the dialog shows, gathered once (and easy to assert on)."""

    version: str
    data_dir: Path
    database: Path
    database_size: int | None  # bytes; None while the file does not exist yet
    settings_file: str
    qt_version: str
    pyside_version: str
    python_version: str
    sqlite_version: str
    system: str

    @classmethod
    def collect(cls, data_dir: Path) -> AboutInfo:
        db = database_path(data_dir)
        try:
            size: int | None = db.stat().st_size
        except OSError:
            size = None
        return cls(
            version=__version__,
            data_dir=data_dir,
            database=db,
            database_size=size,
            settings_file=settings.file_name(),
            qt_version=qVersion(),
            pyside_version=PySide6.__version__,
            python_version=platform.python_version(),
            sqlite_version=sqlite3.sqlite_version,
            system=platform.platform(terse=True),
        )

    def versions_text(self) -> str:
        """One line a salesperson can paste into a support e-mail."""
        return (
            f"{APP_NAME} {self.version} · Qt {self.qt_version} · "
            f"PySide6 {self.pyside_version} · Python {self.python_version} · "
            f"SQLite {self.sqlite_version} · {self.system}"
        )


def open_folder(path: Path) -> bool:
    """Show the folder in the platform's file manager; False when that failed."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _selectable(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class AboutDialog(QDialog):
    def __init__(self, info: AboutInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = info
        self.setWindowTitle(_("About {app}").format(app=APP_NAME))

        logo = QLabel()
        logo.setPixmap(icon("app").pixmap(72, 72))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(APP_NAME)  # a name: the same in every language
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        self.version_label = QLabel(_("Version {version}").format(version=info.version))
        blurb = QLabel(
            _(
                "Log every call, e-mail or meeting and plan the next follow-up, so no "
                "prospect, client or referral falls through the cracks."
            )
        )
        blurb.setWordWrap(True)
        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(self.version_label)
        heading.addSpacing(6)
        heading.addWidget(blurb)
        heading.addStretch(1)
        heading.setSpacing(2)
        top = QHBoxLayout()
        top.addWidget(logo)
        top.addLayout(heading, 1)

        self.data_dir_label = _selectable(str(info.data_dir))
        self.open_folder_button = QPushButton(_("&Open Data Folder"))
        self.open_folder_button.setToolTip(_("Show the folder that holds your database"))
        self.open_folder_button.clicked.connect(self.open_data_folder)
        folder_row = QVBoxLayout()
        folder_row.addWidget(self.data_dir_label)
        folder_row.addWidget(self.open_folder_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.database_label = _selectable(self._database_text())
        self.versions_label = _selectable(
            f"Qt {info.qt_version} · PySide6 {info.pyside_version}\n"
            f"Python {info.python_version} · SQLite {info.sqlite_version}\n{info.system}"
        )
        form = QFormLayout()
        form.addRow(_("Your data:"), folder_row)
        form.addRow(_("Database:"), self.database_label)
        form.addRow(_("Settings:"), _selectable(info.settings_file))
        form.addRow(_("Built with:"), self.versions_label)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            _("&Copy Version Info"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.clicked.connect(self.copy_versions)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(buttons)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        blurb.setFixedWidth(420)

    def _database_text(self) -> str:
        name = self.info.database.name
        if self.info.database_size is None:
            return _("{file} (not created yet)").format(file=name)
        size = QLocale().formattedDataSize(self.info.database_size)
        return f"{name} ({size})"

    def open_data_folder(self) -> None:
        if not open_folder(self.info.data_dir):
            QMessageBox.warning(
                self,
                APP_NAME,
                _(
                    "The data folder could not be opened in your file manager. "
                    "You can find it here:\n{folder}"
                ).format(folder=self.info.data_dir),
            )

    def copy_versions(self) -> None:
        QGuiApplication.clipboard().setText(self.info.versions_text())
        self.copy_button.setText(_("Copied"))

    @classmethod
    def show_for(cls, parent: QWidget | None, data_dir: Path) -> None:
        """Open the dialog for the given data folder (modal, returns when closed)."""
        cls(AboutInfo.collect(data_dir), parent).exec()
