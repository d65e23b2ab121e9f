"""Before an export replaces a read-only file: ask (the command line needs --force instead)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from ...exchange.output import is_read_only_target
from ...i18n import translator

_ = translator(__name__)


def may_replace(parent: QWidget | None, path: Path | str, title: str) -> bool | None:
    """None when ``path`` is not a read-only file (nothing to ask); else the user's answer."""
    if not is_read_only_target(path):
        return None
    answer = QMessageBox.question(
        parent,
        title,
        _("{path} is read-only.\n\nReplace it anyway?").format(path=path),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes
