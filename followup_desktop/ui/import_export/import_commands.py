"""Undo/redo of a whole import on the window's undo stack (Edit → Undo import)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ...i18n import translator
from ...store.import_later_work import LaterWork, UndoWouldLoseWork
from ...store.import_plan import ImportResult
from ...store.import_preview import Preview
from ...store.imports import apply_import, undo_import
from ..kit.events import events
from ..kit.undo import UndoCommand

_ = translator(__name__)


class _WaitCursor:
    def __enter__(self):
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc):
        QApplication.restoreOverrideCursor()


class ImportCommand(UndoCommand):
    """Pushed after an import ran in its worker (with progress and Cancel): ``written``,
    so the push writes nothing; redo after an undo imports again."""

    def __init__(self, preview: Preview, result: ImportResult, source: str) -> None:
        n = result.created + result.updated
        text = _.n("Import of %n contact from {file}", "Import of %n contacts from {file}", n)
        super().__init__(text.format(file=Path(source).name), written=True)
        self.preview = preview
        self.source = source
        self.batch_id = result.batch_id
        self.undone = False

    def write(self) -> None:
        with _WaitCursor():
            result = apply_import(self.preview, source=self.source)
        self.batch_id, self.undone = result.batch_id, False

    def unwrite(self) -> None:
        if self.batch_id is None or self.undone:
            return
        try:
            with _WaitCursor():
                undo_import(self.batch_id)
        except UndoWouldLoseWork as exc:
            if not confirm_undo_losing(None, exc.work):
                self.setObsolete(True)  # kept: Qt takes the step off the stack
                return
            with _WaitCursor():
                undo_import(self.batch_id, force=True)
        self.undone = True

    def announced(self) -> None:
        events().contacts_changed.emit([])


def confirm_undo_losing(parent, work: LaterWork) -> bool:
    """Ask before an undo of an import deletes work done since (a backup is taken first)."""
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(
        parent,
        _("Undo this import"),
        _(
            "Undoing this import would also delete {work}.\n\n"
            "A backup of your data is taken first, so File → Restore from backup… can bring "
            "it back.\n\nUndo the import anyway?"
        ).format(work=work.sentence()),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
