"""Whose move it is and when I must act.

A follow-up is either *mine* (I promised to contact them on its due date) or
*theirs* (they said they would get back to me by that date). A "theirs"
promise lapses at the end of its date; my fallback is then due on the next
working day after it, unless they got back (which completes the follow-up).

The store keeps the same rule as a generated SQL column (``followup.action_date``,
see ``store.migrations.V4``); ``tests/store`` checks both agree day by day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .dates import next_working_day

#: Outcomes that mean the contact answered: they end an unanswered streak and
#: fulfil a "theirs" promise.
RESPONSE_OUTCOMES = frozenset({"reached", "replied", "met"})


def they_got_back(outcome: str) -> bool:
    return outcome in RESPONSE_OUTCOMES


def fallback_date(their_date: date) -> date:
    """When I follow up myself if they have not got back by ``their_date``."""
    return next_working_day(their_date)


def action_date(due_date: date, whose: str) -> date:
    """The day I have to do something about this follow-up."""
    return fallback_date(due_date) if whose == "theirs" else due_date


def first_their_date_acting_on_or_after(day: date) -> date:
    """Smallest "theirs" date whose fallback falls on ``day`` or later.

    ``fallback_date`` never decreases as the date grows, so "fallback before
    ``day``" is the same as "their date before this one" (a plain index range).
    """
    candidate = date.fromordinal(day.toordinal() - 7)
    while fallback_date(candidate) < day:
        candidate = date.fromordinal(candidate.toordinal() + 1)
    return candidate


@dataclass(frozen=True)
class Standing:
    """Where an open follow-up stands today."""

    section: str  # "overdue" | "today" | "week" | "theirs" | "later"
    act_on: date
    days_overdue: int = 0
    lapsed: bool = False


def standing(due_date: date, whose: str, today: date, week_days: int = 7) -> Standing:
    """Which agenda section an open follow-up belongs to (each belongs to one)."""
    act_on = action_date(due_date, whose)
    if act_on < today:
        return Standing("overdue", act_on, (today - act_on).days, lapsed=whose == "theirs")
    if act_on == today:
        return Standing("today", act_on, lapsed=whose == "theirs")
    if whose == "theirs":
        return Standing("theirs", act_on, lapsed=due_date < today)
    if (act_on - today).days < week_days:
        return Standing("week", act_on)
    return Standing("later", act_on)
