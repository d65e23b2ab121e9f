"""Open the database before the window exists; when it cannot be used, say why and offer a way out.

``open_store_or_explain`` imports only the store on the way through: the dialogs
that explain a problem (``ui.recovery_dialog``) load when one is met. Tests pass
their own ``ask`` and ``choose`` callables instead of the dialogs.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING

from ...i18n import translator
from ...store.database import ensure_data_dir, needs_upgrade, open_database
from ...store.errors import DataDirError, StoreError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from .recovery_dialog import Problem, Recovery

_ = translator(__name__)


def open_store_or_explain(
    data_dir: Path,
    db_path: Path,
    *,
    ask: Callable[[QWidget | None, Problem], Recovery] | None = None,
    choose: Callable[[QWidget | None], Path | None] | None = None,
) -> bool:
    """Open (and upgrade) the database; on failure explain and offer a way out.

    Returns True once the database is open, False when the user chose to quit.
    """
    note = ""
    while True:
        try:
            ensure_data_dir(data_dir)
            notice: AbstractContextManager[object] = nullcontext()
            if needs_upgrade(db_path):  # says so instead of a blank wait
                from .recovery_dialog import upgrade_notice

                notice = upgrade_notice()
            with notice:
                open_database(db_path)
            if note:
                from PySide6.QtWidgets import QMessageBox

                from ... import APP_NAME

                QMessageBox.information(None, APP_NAME, note)
            return True
        except StoreError as exc:
            error = exc
        from ...store.backup import latest_good_backup
        from .recovery_dialog import Problem, Recovery, RecoveryDialog, choose_file, recover

        latest = None
        if not isinstance(error, DataDirError):
            latest = latest_good_backup(db_path)
        problem = Problem(error, db_path, latest, note)
        choice = (ask or RecoveryDialog.ask)(None, problem)
        if choice is Recovery.QUIT:
            return False
        if choice is Recovery.RETRY:
            continue
        source: Path | None
        if choice is Recovery.RESTORE_LATEST and latest:
            source = latest.path
        else:
            source = (choose or choose_file)(None)
        if source is None:
            continue
        try:
            note = recover(problem, source)
        except StoreError as exc:
            note = _("That did not work: {error}").format(error=exc)
