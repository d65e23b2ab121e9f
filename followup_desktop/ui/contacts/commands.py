"""Undoable contact actions for the window's undo stack (Ctrl+Z / Ctrl+Shift+Z)."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QMessageBox

from ...store import contacts
from ...store.errors import StoreError
from ..kit.events import events


class ArchiveContactsCommand(QUndoCommand):
    """Archive (or restore) contacts; undo puts them back as they were.

    A write that fails (locked database, full disk) says so and drops the command
    from the stack, so the stack never claims a state the database does not have.
    """

    def __init__(self, contact_ids: list[int], archive: bool = True, on_applied=None) -> None:
        self._on_applied = on_applied  # called with (ids, archived) after each write
        names = contacts.display_names(contact_ids)
        self.ids = list(contact_ids)
        self.archive = archive
        verb = "Archive" if archive else "Restore"
        if len(self.ids) == 1:
            text = f"{verb} {names.get(self.ids[0], 'contact')}"
        else:
            text = f"{verb} {len(self.ids)} contacts"
        super().__init__(text)

    def _apply(self, archived: bool) -> None:
        try:
            contacts.set_archived(self.ids, archived)
        except StoreError as exc:
            self.setObsolete(True)
            QMessageBox.warning(QApplication.activeWindow(), "Nothing was changed", str(exc))
            return
        events().contacts_changed.emit(list(self.ids))
        if self._on_applied is not None:
            self._on_applied(list(self.ids), archived)

    def redo(self) -> None:
        self._apply(self.archive)

    def undo(self) -> None:
        self._apply(not self.archive)
