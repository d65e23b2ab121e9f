"""Whose move it is and when I must act.

A follow-up is either *mine* (I promised to contact them on its due date) or
*theirs* (they said they would get back to me by that date). A "theirs"
promise lapses at the end of its date; my fallback call is then due on the
fallback date the user agreed to when the promise was made (stored with the
follow-up; by default the next working day after it), unless they got back.

This module is the one rule for when a promise lapses, when the fallback is due,
what counts as overdue and the words for each: the agenda, the calendar, the
printed weekly list, reminders and the .ics export all use ``promise_status``.
The store keeps the same rule as a generated SQL column (``followup.action_date``:
the stored fallback, else the default; see ``store.migrations``); ``tests/store``
checks both agree day by day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import NamedTuple

from ..i18n import translator
from .dates import format_day, format_short, next_working_day

_ = translator(__name__)

#: A next step is saved only with its reason: the store refuses one without, the note
#: dialog says so before Save.
NO_REASON = _.mark("The next step needs a reason: what will they hear about?")

#: Outcomes that mean the contact answered: they end an unanswered streak and
#: fulfil a "theirs" promise.
RESPONSE_OUTCOMES = frozenset({"reached", "replied", "met"})


def they_got_back(outcome: str) -> bool:
    return outcome in RESPONSE_OUTCOMES


def no_next_step_words(reason: str) -> str:
    """How a contact's reason for no next step reads beside its history or on the list."""
    return _("No next step: {reason}").format(reason=reason)


def fallback_date(their_date: date, stored: date | None = None) -> date:
    """When I follow up myself if they have not got back by ``their_date``.

    The date stored with the promise when there is one; else the next working day.
    """
    return stored if stored is not None else next_working_day(their_date)


def action_date(due_date: date, whose: str, fallback: date | None = None) -> date:
    """The day I have to do something about this follow-up."""
    return fallback_date(due_date, fallback) if whose == "theirs" else due_date


def check_fallback(their_date: date, fallback: date) -> str | None:
    """A sentence when the fallback cannot be used, else None.

    The promise lapses at the end of its day, so my call comes after it.
    """
    if fallback <= their_date:
        return _(
            "The day you call ({call}) must be after the day they promised to get back to "
            "you ({promised})."
        ).format(call=format_day(fallback), promised=format_day(their_date))
    return None


def short_day(day: date) -> str:
    """'Fri 11 Dec': the app's short date style (the year only when not this year's)."""
    return format_short(day)


class PromiseStatus(NamedTuple):
    """Where an open follow-up stands today, and the words every view uses for it."""

    whose: str
    due_date: date
    act_on: date  # my day to act: the due date, or the fallback of their promise
    today: date

    @property
    def theirs(self) -> bool:
        return self.whose == "theirs"

    @property
    def overdue(self) -> bool:
        """My day to act has passed (for their promise: the fallback, not the promise)."""
        return self.act_on < self.today

    @property
    def days_overdue(self) -> int:
        return max(0, (self.today - self.act_on).days)

    @property
    def lapsed(self) -> bool:
        """Their promised day has passed without word."""
        return self.theirs and self.due_date < self.today

    @property
    def waiting(self) -> bool:
        """Their promise, not (yet) overdue: nothing for me to do before the fallback."""
        return self.theirs and not self.overdue

    @property
    def whose_text(self) -> str:
        """'Your move', 'Their move' or 'Your move now' (a promise whose fallback is due)."""
        if not self.theirs:
            return _("Your move")
        return _("Your move now") if self.act_on <= self.today else _("Their move")

    def state_text(self, fmt: Callable[[date], str] = short_day, at: str = "") -> str:
        """One line for lists, printouts and calendars, e.g.
        'They get back by Fri 11 Dec; you call Mon 14 Dec if not',
        'No word since Fri 11 Dec; you call Mon 14 Dec',
        'OVERDUE 2 days – you were to call Mon 14 Dec (they promised by Fri 11 Dec)'.
        ``at`` (e.g. " 09:00") follows the due date."""
        if not self.theirs:
            if self.overdue:
                return _.n(
                    "OVERDUE %n day – was due {due}", "OVERDUE %n days – was due {due}",
                    self.days_overdue,
                ).format(due=fmt(self.due_date) + at)  # fmt: skip
            return _("Due {due}").format(due=fmt(self.due_date) + at)
        promised = fmt(self.due_date) + at
        if self.overdue:
            return _.n(
                "OVERDUE %n day – you were to call {call} (they promised by {promised})",
                "OVERDUE %n days – you were to call {call} (they promised by {promised})",
                self.days_overdue,
            ).format(call=fmt(self.act_on), promised=promised)
        if self.act_on == self.today:
            if self.lapsed:
                return _("No word since {promised}; you call today").format(promised=promised)
            return _("They get back by {promised}; you call today if not").format(promised=promised)
        call = fmt(self.act_on)
        if self.lapsed:
            return _("No word since {promised}; you call {call}").format(
                promised=promised, call=call
            )
        return _("They get back by {promised}; you call {call} if not").format(
            promised=promised, call=call
        )

    def short_text(self, fmt: Callable[[date], str] = short_day, at: str = "") -> str:
        """``state_text`` cut to what a table cell holds in every language, with the one
        date that matters now; the whole sentence belongs in the cell's tooltip:
        'Their move · Fri 11 Dec' (waiting for their word), 'No word · you call Mon
        14 Dec' (lapsed, my call ahead), 'No word · you call today', 'No word · 2 days
        overdue'. My own follow-ups are short already: their ``state_text``."""
        if not self.theirs:
            return self.state_text(fmt, at)
        if self.overdue:
            return _.n("No word · %n day overdue", "No word · %n days overdue", self.days_overdue)
        if not self.lapsed:
            if self.act_on == self.today:
                return _("Their move · today{at}").format(at=at)
            return _("Their move · {promised}").format(promised=fmt(self.due_date) + at)
        if self.act_on == self.today:
            return _("No word · you call today")
        return _("No word · you call {call}").format(call=fmt(self.act_on))


def promise_status(
    due_date: date, whose: str, today: date, fallback: date | None = None
) -> PromiseStatus:
    """The one rule: when a promise lapses, when its fallback is due, what is overdue."""
    return PromiseStatus(whose, due_date, action_date(due_date, whose, fallback), today)


def is_overdue(due_date: date, whose: str, today: date, fallback: date | None = None) -> bool:
    return promise_status(due_date, whose, today, fallback).overdue
