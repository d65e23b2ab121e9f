"""Open the database before the window exists; explain in plain words when it cannot."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from .. import APP_NAME
from ..store.database import ensure_data_dir, open_database
from ..store.errors import StoreError


def open_store_or_explain(data_dir: Path, db_path: Path) -> bool:
    """Open (and upgrade) the database; on failure show why and return False."""
    try:
        ensure_data_dir(data_dir)
        open_database(db_path)
    except StoreError as exc:
        QMessageBox.critical(None, f"{APP_NAME} cannot start", str(exc))
        return False
    return True
