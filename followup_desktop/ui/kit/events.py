"""One signal hub, so a view refreshes when data changes elsewhere in the app.

Writers (dialogs, actions, imports) emit after their transaction committed;
views connect and re-query only what they show. No view reaches into another.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DataEvents(QObject):
    #: Contacts were added, edited, archived or restored (ids; empty = many/unknown).
    contacts_changed = Signal(list)
    #: Follow-ups were created, moved, completed or cancelled (ids; empty = many/unknown).
    followups_changed = Signal(list)
    #: Interactions were logged or removed (contact ids).
    interactions_changed = Signal(list)
    #: Categories were renamed, added or reordered.
    categories_changed = Signal()
    #: The whole database was swapped (restore, another file): reload everything.
    database_replaced = Signal()


_events: DataEvents | None = None


def events() -> DataEvents:
    """The application's hub (created on first use, after the QApplication)."""
    global _events
    if _events is None:
        _events = DataEvents()
    return _events
