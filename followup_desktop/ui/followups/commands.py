"""Undo commands for follow-up writes (done, plan, reschedule, cancel, catch-up).

Each is a ``kit.undo.UndoCommand``: pushing it writes through the store, undo takes the
write back, and every successful write announces the change on ``ui.events``.
"""

from __future__ import annotations

from datetime import date, time

from ...domain import dates
from ...i18n import translator
from ...store import catchup, followups, notes
from ..kit.events import events
from ..kit.undo import UndoCommand

_ = translator(__name__)


def announce(contact_id: int | None, followup_ids: list[int], *, interactions=False) -> None:
    """Tell every view what changed (after the transaction committed)."""
    hub = events()
    hub.followups_changed.emit(list(followup_ids))
    if contact_id is not None:
        if interactions:
            hub.interactions_changed.emit([contact_id])
        # The contact's "last contact" and "next follow-up" columns moved too.
        hub.contacts_changed.emit([contact_id])


class NoteCommand(UndoCommand):
    """Log an interaction (and its next step, and the follow-up it completes)."""

    def __init__(self, note: notes.NoteInput) -> None:
        done = note.from_followup_id is not None
        super().__init__(_("Mark follow-up done") if done else _("Log interaction"))
        self.note = note
        self.saved: notes.SavedNote | None = None

    def write(self) -> None:
        self.saved = notes.save_note(self.note)

    def unwrite(self) -> None:
        assert self.saved is not None
        notes.undo_note(self.saved)

    def announced(self) -> None:
        assert self.saved is not None
        ids = [s.followup_id for s in self.saved.completed]
        if self.saved.followup_id is not None:
            ids.append(self.saved.followup_id)
        announce(self.note.contact_id, ids, interactions=True)


class PlanCommand(UndoCommand):
    """A follow-up planned outside the note dialog (Losing touch, a referral, a retry)."""

    def __init__(self, values: dict) -> None:
        super().__init__(_("Plan follow-up: {reason}").format(reason=values["reason"]))
        self.values = values
        self.followup_id: int | None = None
        self.previous_reason = ""

    def write(self) -> None:
        # Planning clears "why there is no next step"; undo puts it back.
        self.previous_reason = followups.no_next_step_reason(self.values["contact_id"])
        self.followup_id = followups.create_followup(**self.values).id

    def unwrite(self) -> None:
        assert self.followup_id is not None
        followups.delete_planned(self.followup_id, self.previous_reason)

    def announced(self) -> None:
        announce(self.values["contact_id"], [self.followup_id] if self.followup_id else [])


class _ChangeOneCommand(UndoCommand):
    """A change to one follow-up in place (``change``); undo puts the follow-up back as
    it was before, and the follow-up and its contact are announced."""

    def __init__(self, text: str, followup_id: int) -> None:
        super().__init__(text)
        self.followup_id = followup_id
        self.before: followups.FollowUpState | None = None

    def change(self) -> None:
        raise NotImplementedError

    def write(self) -> None:
        self.before = followups.snapshot(self.followup_id)
        self.change()

    def unwrite(self) -> None:
        assert self.before is not None
        followups.restore([self.before])

    def announced(self) -> None:
        assert self.before is not None
        announce(self.before.contact_id, [self.followup_id])


class RescheduleCommand(_ChangeOneCommand):
    def __init__(self, followup_id: int, new_date: date, due_time, *, call: bool = False) -> None:
        """``call``: move my fallback call of their lapsed promise, not the promise."""
        # With the time when one is set: a snooze or a move to another hour of the same
        # day read "Reschedule to <today>" and did not say what would be undone.
        when = dates.format_day(new_date)
        if isinstance(due_time, time):
            when = f"{when} {dates.format_time(due_time)}"
        super().__init__(_("Reschedule to {day}").format(day=when), followup_id)
        self.new_date = new_date
        self.due_time = due_time
        self.call = call

    def change(self) -> None:
        if self.call:
            followups.reschedule_call(self.followup_id, self.new_date)
        else:
            followups.reschedule(self.followup_id, self.new_date, self.due_time)


class CancelCommand(_ChangeOneCommand):
    def __init__(self, followup_id: int, why: str) -> None:
        super().__init__(_("Cancel follow-up"), followup_id)
        self.why = why

    def change(self) -> None:
        followups.open_followup(self.followup_id)  # refuses one closed elsewhere meanwhile
        followups.cancel(self.followup_id, self.why)


class CatchUpCommand(UndoCommand):
    def __init__(self, moves: list[tuple[int, date]]):
        super().__init__(_.n("Catch up (%n follow-up)", "Catch up (%n follow-ups)", len(moves)))
        self.moves = moves
        self.states: list[followups.FollowUpState] = []

    def write(self) -> None:
        self.states = catchup.apply(self.moves)

    def unwrite(self) -> None:
        catchup.undo(self.states)

    def announced(self) -> None:
        events().followups_changed.emit([])
        events().contacts_changed.emit(sorted({s.contact_id for s in self.states}))
