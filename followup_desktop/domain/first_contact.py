"""First contact for newly imported people: one follow-up each, spread over working days.

Imported contacts all land in "No next step". Planning them in bulk spreads them like
Catch up: from today (or the next working day) at most ``cap`` a day, in the order
given (the file's order), on working days only (``domain.dates``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from ..i18n import translator
from .dates import format_day, next_working_day, working_day_on_or_after

_ = translator(__name__)

DEFAULT_CAP = 10
REASON = _.mark("First call: introduce myself")
EMAIL_REASON = _.mark("First e-mail: introduce myself")


@dataclass(frozen=True)
class NewContact:
    contact_id: int
    has_phone: bool = False
    has_email: bool = False

    @property
    def channel(self) -> str:
        return "call" if self.has_phone or not self.has_email else "email"

    @property
    def reason(self) -> str:
        return _(REASON if self.channel == "call" else EMAIL_REASON)


@dataclass(frozen=True)
class FirstContactPlan:
    moves: list[tuple[NewContact, date]] = field(default_factory=list)
    cap: int = DEFAULT_CAP

    def describe(self) -> str:
        if not self.moves:
            return _("Every new contact already has a next step.")
        first = self.moves[0][1]
        last = self.moves[-1][1]
        days = len({d for _unused, d in self.moves})
        if len(self.moves) == 1:
            return _("One first follow-up, on {day}.").format(day=format_day(first))
        return _.n(
            "%n first follow-up, at most {cap} a working day, from {first} to {last} ({days}).",
            "%n first follow-ups, at most {cap} a working day, from {first} to {last} ({days}).",
            len(self.moves),
        ).format(
            cap=self.cap,
            first=format_day(first),
            last=format_day(last),
            days=_.n("%n working day", "%n working days", days),
        )


def plan(
    contacts: Sequence[NewContact], today: date, *, cap: int = DEFAULT_CAP
) -> FirstContactPlan:
    if cap < 1:
        raise ValueError(_("Allow at least one first contact a day."))
    day = working_day_on_or_after(today)
    moves: list[tuple[NewContact, date]] = []
    for index, contact in enumerate(contacts):
        if index and index % cap == 0:
            day = next_working_day(day)
        moves.append((contact, day))
    return FirstContactPlan(moves, cap)
