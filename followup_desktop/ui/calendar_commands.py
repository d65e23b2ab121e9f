"""Undoable calendar writes: moving a follow-up by dragging it to another day or time."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtGui import QUndoCommand

from ..store import followups
from ..store.calendar import CalendarItem
from .events import events


def _when(day: date, t: time | None) -> str:
    return day.isoformat() + (f" {t.hour:02d}:{t.minute:02d}" if t else "")


class MoveFollowUpCommand(QUndoCommand):
    """Reschedule one follow-up; undo puts back its date, time and reschedule count."""

    def __init__(self, item: CalendarItem, day: date, when: time | None | bool) -> None:
        new_time = item.due_time if when is False else when
        super().__init__(f'Move "{item.reason}" to {_when(day, new_time)}')
        self.followup_id = item.id
        self.day = day
        self.when = when
        self._before = None

    def redo(self) -> None:
        self._before = followups.snapshot(self.followup_id)
        followups.reschedule(self.followup_id, self.day, self.when)
        events().followups_changed.emit([self.followup_id])

    def undo(self) -> None:
        if self._before is not None:
            followups.restore([self._before])
        events().followups_changed.emit([self.followup_id])
