"""Undoable contact actions for the window's undo stack (Ctrl+Z / Ctrl+Shift+Z)."""

from __future__ import annotations

from ...i18n import translator
from ...store import contacts
from ..kit.events import events
from ..kit.undo import UndoCommand

_ = translator(__name__)


class ArchiveContactsCommand(UndoCommand):
    """Archive (or restore) contacts; undo puts them back as they were.

    A write that fails (locked database, full disk) says so and drops the command
    from the stack (``kit.undo``), so the stack never claims a state the database does
    not have.
    """

    def __init__(self, contact_ids: list[int], archive: bool = True, on_applied=None) -> None:
        self._on_applied = on_applied  # called with (ids, archived) after each write
        names = contacts.display_names(contact_ids)
        self.ids = list(contact_ids)
        self.archive = archive
        self.archived = archive
        if len(self.ids) == 1:
            name = names.get(self.ids[0]) or _("contact")
            text = (_("Archive {name}") if archive else _("Restore {name}")).format(name=name)
        elif archive:
            text = _.n("Archive %n contact", "Archive %n contacts", len(self.ids))
        else:
            text = _.n("Restore %n contact", "Restore %n contacts", len(self.ids))
        super().__init__(text)

    def _set(self, archived: bool) -> None:
        contacts.set_archived(self.ids, archived)
        self.archived = archived

    def write(self) -> None:
        self._set(self.archive)

    def unwrite(self) -> None:
        self._set(not self.archive)

    def announced(self) -> None:
        events().contacts_changed.emit(list(self.ids))
        if self._on_applied is not None:
            self._on_applied(list(self.ids), self.archived)
