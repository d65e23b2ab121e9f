"""The follow-up actions every view shares: the agenda, the contact pane, the calendar,
the weekly list. One ``FollowUpActions`` per main window (``window.followup_actions``);
each view is given it in its constructor (``actions=``) and builds a private set only
when it stands alone (benchmarks, a view shown on its own).

Dialogs return plain values (``NoteResult``, ``ApplyChoice``...) and these actions carry
them out; no dialog imports this module.

Stable API::

    actions.done(followup_id)              # opens the note dialog; saves; undoable
    actions.log_interaction(contact_id)    # Ctrl+L without a follow-up
    actions.thank_referrer(contact_id, day)  # "Thank them for the referral: <name>"
    actions.plan(contact_id, due_date, reason, channel="call") -> followup id | None  # undoable
    actions.plan_followup(contact_id) -> followup id | None  # "Plan follow-up…" (Ctrl+Shift+F)
    actions.reschedule(followup_id, new_date, due_time=KEEP)   # counts as a reschedule
    actions.reschedule_by(followup_id, "1day" | "2days" | "next_week")  # working days
    actions.later_tip(due_date, "1day")    # "Reschedule to Mon 7 Dec 2026" and why there
    actions.reschedule_pick(followup_id)   # asks for a date
    actions.cancel(followup_id)            # asks why
    actions.catch_up(moves)                # [(followup_id, date)], undoable as one step
    actions.open_contact(contact_id)       # emits open_contact_requested
    actions.call(followup_id) / actions.email(followup_id)   # tel: / mailto: links
    actions.add_to_calendar(followup_id)   # one event as an .ics file
    actions.what_to_say(followup_id)       # talking points: edit, Copy, Email (mailto: draft)
    actions.copy_what_to_say(followup_id)  # the talking points of its kind, to the clipboard
    actions.snooze(followup_id, minutes)   # a timed reminder again in N minutes (undoable)
    actions.series(contact_id)             # the contact's follow-up series: apply, stop

The menu of one follow-up, built from these actions, is ``menus.followup_menu``.

Every write goes through the store, is pushed onto the window's undo stack as one
QUndoCommand, and is announced on ``ui.events`` after it committed.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from ...domain import dates
from ...i18n import translator
from ..kit.undo import UndoCommand, push

if TYPE_CHECKING:
    from typing import Protocol

    from PySide6.QtCore import QUrl

    from ...store import notes
    from ...store.cards import FollowUpCard

    class LaterItem(Protocol):
        """An agenda row, a calendar item or a follow-up card: what a later move reads."""

        @property
        def due_date(self) -> date | None: ...
        @property
        def whose(self) -> str: ...
        @property
        def act_on(self) -> date | None: ...


_ = translator(__name__)

# The store, undo commands, dialogs and Qt classes behind these actions are imported when
# an action runs: every view builds the actions at start-up, few use them in the first second.

KEEP = False  # reschedule(..., due_time=KEEP) keeps the follow-up's time

#: The tip of every view's Done button (agenda, calendar day, work the list), whose
#: Enter key does the same.
DONE_TIP = _.mark("Log what happened and plan the next step (Enter)")

#: The tip of every view's "+1 day" button with no follow-up chosen (with one, the tip
#: says the day: ``FollowUpActions.later_tip``).
LATER_TIP = _.mark("Reschedule to the next working day (an overdue one: from today)")


class FollowUpActions(QObject):
    #: A view asked to show this contact (the main window switches to it).
    open_contact_requested = Signal(int)
    #: What an action did, in a sentence for the window's status bar ("Rescheduled to …").
    told = Signal(str)

    def __init__(self, parent: QWidget, undo_stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self.widget = parent
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)

    def today(self) -> date:
        return date.today()

    def now(self) -> datetime:
        """The clock a snooze counts from (tests replace this, as ``today``)."""
        return datetime.now()

    # -- errors --------------------------------------------------------------------------
    def report_error(self, text: str) -> None:
        """Tell the user a write failed (tests replace this)."""
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self.widget, _("Not saved"), text)

    # -- done / log ------------------------------------------------------------------------
    def _save_note(self, note: notes.NoteInput) -> notes.SavedNote:
        from .commands import NoteCommand

        command = NoteCommand(note)
        error = push(self.undo_stack, command, quiet=True)
        if error is not None:
            raise error  # back to the dialog, which shows it and stays open
        assert command.saved is not None
        return command.saved

    def _write(self, command: UndoCommand) -> bool:
        """Push (which writes); a failure goes to ``report_error``."""
        error = push(self.undo_stack, command, quiet=True)
        if error is not None:
            self.report_error(
                str(error) or _("{action} was not done.").format(action=command.text())
            )
        return error is None

    def log_interaction(
        self, contact_id: int, followup_id: int | None = None
    ) -> notes.SavedNote | None:
        from .note_dialog import NoteDialog

        today = self.today()
        result = NoteDialog.ask(
            self.widget, contact_id, followup_id, save=self._save_note, today=today
        )
        if result is None:
            return None
        if result.thank_referrer is not None:
            self.thank_referrer(contact_id, today)
        return result.saved

    def thank_referrer(self, contact_id: int, day: date) -> int | None:
        """Plan a follow-up with whoever referred this contact to thank them (undoable)."""
        from ...store.referrals import referral

        found = referral(contact_id)
        if found is None:
            return None
        day = dates.working_day_on_or_after(day)  # not on a Sunday
        return self.plan(found.referrer_id, day, found.thanks_reason, channel=found.channel)

    def _card(self, followup_id: int) -> FollowUpCard | None:
        """The follow-up as the store has it now; None (and said) when it is gone."""
        from ...store.cards import followup_card
        from ...store.errors import FollowUpGoneError

        try:
            return followup_card(followup_id)
        except FollowUpGoneError as gone:
            self.report_error(str(gone))
            return None

    def done(self, followup_id: int) -> notes.SavedNote | None:
        """Mark done by logging what happened (and the next step)."""
        from ...store.cards import find_followup_card

        fu = find_followup_card(followup_id)
        if fu is None or not fu.is_open:
            self.report_error(_("This follow-up is no longer open; it may have been changed."))
            return None
        return self.log_interaction(fu.contact_id, followup_id)

    # -- plan ------------------------------------------------------------------------------
    def plan(
        self,
        contact_id: int,
        due_date: date,
        reason: str,
        *,
        channel: str = "call",
        due_time=None,
        whose: str = "mine",
        agreed: bool = False,
        fallback_date: date | None = None,
    ) -> int | None:
        """Plan a follow-up directly (one click from Losing touch); undoable."""
        from .commands import PlanCommand

        values = {
            "contact_id": contact_id,
            "due_date": due_date,
            "reason": reason,
            "channel": channel,
            "due_time": due_time,
        }
        if whose != "mine" or agreed:
            values.update(whose=whose, agreed=agreed, fallback_date=fallback_date)
        command = PlanCommand(values)
        return command.followup_id if self._write(command) else None

    def plan_followup(self, contact_id: int) -> int | None:
        """ "Plan follow-up…": the next step alone, without logging an interaction."""
        from .plan_dialog import PlanDialog

        choice = PlanDialog.ask(self.widget, contact_id, today=self.today())
        if choice is None:
            return None
        return self.plan(
            contact_id,
            choice.due_date,
            choice.reason,
            channel=choice.channel,
            due_time=choice.due_time,
            whose=choice.whose,
            agreed=choice.agreed,
            fallback_date=choice.fallback_date,
        )

    # -- reschedule ------------------------------------------------------------------------
    def reschedule(
        self, followup_id: int, new_date: date, due_time=KEEP, *, call: bool = False
    ) -> bool:
        """Move the follow-up (``call``: my fallback call of their lapsed promise)."""
        from .commands import RescheduleCommand

        problem = dates.check_year(new_date.year)
        if problem:
            self.report_error(problem)
            return False
        return self._write(RescheduleCommand(followup_id, new_date, due_time, call=call))

    def reschedule_by(self, followup_id: int, key: str) -> bool:
        """ "+1 day", "+2 days", "Next week" (``calendar_moves.LATER_PICKS``): on a working
        day, from today when it is overdue; the same rule as the calendar's keys and the
        note dialog's quick picks."""
        from ...domain import calendar_moves as moves

        fu = self._card(followup_id)
        if fu is None:
            return False
        days, today = moves.later_pick(key).days, self.today()
        call = moves.moves_call(fu.whose, fu.due_date, today)  # their promise lapsed
        base = moves.later_from(fu.due_date, today, whose=fu.whose, act_on=fu.act_on)
        day = moves.later(base, days, today)
        if not self.reschedule(followup_id, day, call=call):
            return False
        # Where it went, for whoever pressed a key and saw no tip (a weekend passed over).
        done = _("Rescheduled to {day}.").format(day=dates.format_day(day))
        self.told.emit(" ".join(filter(None, (done, moves.skipped_day(base, days, today)))))
        return True

    def later_tip(
        self, due_date: date, key: str = "1day", *, whose: str = "mine", act_on: date | None = None
    ) -> str:
        """The tip of a "+1 day" / "+2 days" / "Next week" button for a follow-up due on
        ``due_date``: the day it moves to, in the undo entry's words, and why there when
        that is not plainly N days on (a weekend day, a public holiday, overdue). Their
        lapsed promise (``whose``, my call ``act_on``) moves my call."""
        from ...domain import calendar_moves as moves

        days, today = moves.later_pick(key).days, self.today()
        base = moves.later_from(due_date, today, whose=whose, act_on=act_on)
        day = moves.later(base, days, today)
        tip = _("Reschedule to {day}").format(day=dates.format_day(day))
        why = moves.why_later(base, days, today)
        return f"{tip}\n{why}" if why else tip

    def later_tip_of(self, item: LaterItem, key: str = "1day") -> str:
        """``later_tip`` for an agenda row, a calendar item or a follow-up card."""
        if item.due_date is None:
            return ""
        return self.later_tip(item.due_date, key, whose=item.whose, act_on=item.act_on)

    def snooze(self, followup_id: int, minutes: int) -> bool:
        """Remind me again in ``minutes``: the follow-up moves to that time, or, past
        midnight, to the next working day's morning (``reminders.snooze_until``; undoable)."""
        from ...domain.reminders import snooze_until

        at = snooze_until(self.now(), minutes)
        return self.reschedule(followup_id, at.date(), at.time())

    def reschedule_pick(self, followup_id: int) -> bool:
        from .dialogs import PickDateDialog

        fu = self._card(followup_id)
        if fu is None:
            return False
        picked = PickDateDialog.ask(self.widget, fu.due_date, fu.due_time, today=self.today())
        if picked is None:
            return False
        day, at = picked
        return self.reschedule(followup_id, day, at)

    # -- cancel ------------------------------------------------------------------------------
    def cancel(self, followup_id: int, why: str | None = None) -> bool:
        from .commands import CancelCommand
        from .dialogs import CancelDialog

        fu = self._card(followup_id)
        if fu is None:
            return False
        if why is None:
            why = CancelDialog.ask(self.widget, fu.reason)
            if why is None:
                return False
        return self._write(CancelCommand(followup_id, why))

    # -- catch up ----------------------------------------------------------------------------
    def catch_up(self, moves: list[tuple[int, date]]) -> bool:
        if not moves:
            return False
        from .commands import CatchUpCommand

        return self._write(CatchUpCommand(moves))

    # -- outside the app -------------------------------------------------------------------------
    def open_contact(self, contact_id: int) -> None:
        self.open_contact_requested.emit(contact_id)

    def call_url(self, followup_id: int) -> QUrl | None:
        from .links import call_url

        return call_url(followup_id)

    def email_url(self, followup_id: int) -> QUrl | None:
        from .links import email_url

        return email_url(followup_id)

    def call(self, followup_id: int) -> bool:
        return self._open(self.call_url(followup_id), _("This contact has no phone number."))

    def email(self, followup_id: int) -> bool:
        return self._open(self.email_url(followup_id), _("This contact has no email address."))

    def _open(self, url: QUrl | None, missing: str) -> bool:
        from PySide6.QtGui import QDesktopServices

        if url is None:
            self.report_error(missing)
            return False
        if not QDesktopServices.openUrl(url):
            self.report_error(
                _("No program on this computer opens {scheme}: links.").format(scheme=url.scheme())
            )
            return False
        return True

    def add_to_calendar(self, followup_id: int):
        """Write this follow-up as a one-event .ics file (asks where)."""
        from ..import_export.ics_export_dialog import add_to_calendar

        return add_to_calendar(self.widget, followup_id)

    def what_to_say(self, followup_id: int) -> None:
        from .talking_points_dialog import WhatToSayDialog

        WhatToSayDialog.show_for(self.widget, followup_id)

    def copy_what_to_say(self, followup_id: int) -> str:
        from PySide6.QtGui import QGuiApplication

        from .talking_points_dialog import message_for

        subject, body = message_for(followup_id)
        text = f"{subject}\n\n{body}"
        QGuiApplication.clipboard().setText(text)
        return text

    def series(self, contact_id: int) -> None:
        """The contact's follow-up series, shown together; apply or stop one (undoable)."""
        from .series_dialogs import SeriesDialog

        SeriesDialog.open_for(
            self.widget, contact_id, self.undo_stack, self.today(), self.thank_referrer
        )
