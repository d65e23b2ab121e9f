"""The dialog for an unexpected error: the short message, copyable details, where the log is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME
from ...i18n import translator
from ..kit.screen import fit_to_screen

_ = translator(__name__)


class ErrorDialog(QDialog):
    """The short message, the details in a read-only box, and a Copy button."""

    def __init__(self, message: str, detail_text: str, log_file: Path | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(_("{app}: something went wrong").format(app=APP_NAME))
        layout = QVBoxLayout(self)
        label = QLabel(message)
        label.setWordWrap(True)
        layout.addWidget(label)
        if log_file is not None:
            where = QLabel(_("The details were written to {file}.").format(file=log_file))
            where.setWordWrap(True)
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(where)
        self.details = QPlainTextEdit(detail_text)
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setMinimumHeight(160)
        layout.addWidget(self.details)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = box.addButton(_("&Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        box.rejected.connect(self.reject)
        box.accepted.connect(self.accept)
        layout.addWidget(box)
        fit_to_screen(self, 620, 360)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())

    @classmethod
    def show_error(
        cls, parent: QWidget | None, message: str, detail_text: str, log_file: Path | None
    ) -> None:
        cls(message, detail_text, log_file, parent).exec()
