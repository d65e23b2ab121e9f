"""Undo commands for follow-up writes (done, reschedule, cancel, catch-up).

The write happens before the command is pushed (so a failure can be shown while
the dialog is still open); each command's first ``redo`` is therefore a no-op.
Undo and redo go through the store and announce the change on ``ui.events``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QMessageBox

from ...domain import dates
from ...store import catchup, followups, notes
from ...store.errors import StoreError
from ..kit.events import events


def announce(contact_id: int | None, followup_ids: list[int], *, interactions=False) -> None:
    """Tell every view what changed (after the transaction committed)."""
    hub = events()
    hub.followups_changed.emit(list(followup_ids))
    if contact_id is not None:
        if interactions:
            hub.interactions_changed.emit([contact_id])
        # The contact's "last contact" and "next follow-up" columns moved too.
        hub.contacts_changed.emit([contact_id])


class _Command(QUndoCommand):
    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._guard(self.do)

    def undo(self) -> None:
        self._guard(self.undo_it)

    def _guard(self, fn) -> None:
        try:
            fn()
        except StoreError as exc:
            QMessageBox.warning(QApplication.activeWindow(), "Undo failed", str(exc))
        except Exception as exc:  # e.g. the row was deleted meanwhile: say so, keep running
            QMessageBox.warning(
                QApplication.activeWindow(),
                "Undo failed",
                f"{self.text()} could not be undone ({exc}).",
            )

    def do(self) -> None:
        raise NotImplementedError

    def undo_it(self) -> None:
        raise NotImplementedError


class NoteCommand(_Command):
    def __init__(self, saved: notes.SavedNote) -> None:
        done = saved.note.from_followup_id is not None
        super().__init__("Mark follow-up done" if done else "Log interaction")
        self.saved = saved

    def do(self) -> None:
        self.saved = notes.save_note(self.saved.note)
        self._announce()

    def undo_it(self) -> None:
        notes.undo_note(self.saved)
        self._announce()

    def _announce(self) -> None:
        ids = [s.followup_id for s in self.saved.completed]
        if self.saved.followup_id is not None:
            ids.append(self.saved.followup_id)
        announce(self.saved.note.contact_id, ids, interactions=True)


class PlanCommand(_Command):
    """A follow-up planned outside the note dialog (Losing touch, a series step)."""

    def __init__(self, followup_id: int, values: dict, previous_reason: str = "") -> None:
        super().__init__(f"Plan follow-up: {values['reason']}")
        self.followup_id = followup_id
        self.values = values
        self.previous_reason = previous_reason

    def do(self) -> None:
        self.followup_id = followups.create_followup(**self.values).id
        announce(self.values["contact_id"], [self.followup_id])

    def undo_it(self) -> None:
        followups.delete_planned(self.followup_id, self.previous_reason)
        announce(self.values["contact_id"], [self.followup_id])


class RescheduleCommand(_Command):
    def __init__(self, before: followups.FollowUpState, new_date: date, due_time) -> None:
        super().__init__(f"Reschedule to {dates.format_day(new_date)}")
        self.before = before
        self.new_date = new_date
        self.due_time = due_time

    def do(self) -> None:
        self.before = followups.snapshot(self.before.followup_id)
        followups.reschedule(self.before.followup_id, self.new_date, self.due_time)
        announce(self.before.contact_id, [self.before.followup_id])

    def undo_it(self) -> None:
        followups.restore([self.before])
        announce(self.before.contact_id, [self.before.followup_id])


class CancelCommand(_Command):
    def __init__(self, before: followups.FollowUpState, why: str) -> None:
        super().__init__("Cancel follow-up")
        self.before = before
        self.why = why

    def do(self) -> None:
        self.before = followups.snapshot(self.before.followup_id)
        followups.cancel(self.before.followup_id, self.why)
        announce(self.before.contact_id, [self.before.followup_id])

    def undo_it(self) -> None:
        followups.restore([self.before])
        announce(self.before.contact_id, [self.before.followup_id])


class CatchUpCommand(_Command):
    def __init__(self, moves: list[tuple[int, date]], states: list[followups.FollowUpState]):
        super().__init__(f"Catch up ({len(moves)} follow-ups)")
        self.moves = moves
        self.states = states

    def do(self) -> None:
        self.states = catchup.apply(self.moves)
        self._announce()

    def undo_it(self) -> None:
        catchup.undo(self.states)
        self._announce()

    def _announce(self) -> None:
        events().followups_changed.emit([])
        events().contacts_changed.emit(sorted({s.contact_id for s in self.states}))
