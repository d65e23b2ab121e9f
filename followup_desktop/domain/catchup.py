"""Catch up on a backlog: spread overdue follow-ups over the next working days.

Oldest first, at most ``cap`` a day (counting what is already due that day),
over ``days`` working days starting today (or the next working day). When the
backlog does not fit, the plan continues on the following working days and says
how many extra days it needed; nothing is dropped.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from ..i18n import translator
from .dates import format_day, next_working_day, working_days_from

_ = translator(__name__)

DEFAULT_CAP = 10
DEFAULT_DAYS = 5


@dataclass(frozen=True)
class Overdue:
    """An overdue follow-up and the day it was due for me."""

    followup_id: int
    act_on: date  # the day it was due for me (the fallback date for a lapsed "theirs")


@dataclass(frozen=True)
class CatchUpPlan:
    """Where catching up moves each overdue follow-up, and the days it takes."""

    moves: list[tuple[int, date]] = field(default_factory=list)  # (followup id, new date)
    days_asked: int = DEFAULT_DAYS
    days_used: int = 0
    cap: int = DEFAULT_CAP

    @property
    def fits(self) -> bool:
        return self.days_used <= self.days_asked

    def describe(self) -> str:
        if not self.moves:
            return _("Nothing is overdue.")
        first = min(d for _unused, d in self.moves)
        last = max(d for _unused, d in self.moves)
        count = len(self.moves)
        if first == last:
            text = _.n(
                "%n overdue follow-up moved to {day}.",
                "%n overdue follow-ups moved to {day}.",
                count,
            ).format(day=format_day(first))
        else:
            text = _.n(
                "%n overdue follow-up spread from {first} to {last}, at most {cap} a day.",
                "%n overdue follow-ups spread from {first} to {last}, at most {cap} a day.",
                count,
            ).format(first=format_day(first), last=format_day(last), cap=self.cap)
        if not self.fits:
            extra = self.days_used - self.days_asked
            text += " " + _.n(
                "They do not fit into {days} working days, so %n more day is used.",
                "They do not fit into {days} working days, so %n more days are used.",
                extra,
            ).format(days=self.days_asked)
        return text


def plan(
    overdue: Sequence[Overdue],
    today: date,
    *,
    days: int = DEFAULT_DAYS,
    cap: int = DEFAULT_CAP,
    already_due: Mapping[date, int] | None = None,
) -> CatchUpPlan:
    if days < 1:
        raise ValueError(_("Spread over at least one working day."))
    if cap < 1:
        raise ValueError(_("Allow at least one follow-up a day."))
    already_due = already_due or {}
    ordered = sorted(overdue, key=lambda o: (o.act_on, o.followup_id))
    moves: list[tuple[int, date]] = []
    day = working_days_from(today, 1)[0]
    used_days = 0
    index = 0
    while index < len(ordered):
        room = cap - already_due.get(day, 0)
        if room > 0:
            for item in ordered[index : index + room]:
                moves.append((item.followup_id, day))
            index += room
        used_days += 1
        if index < len(ordered):
            day = next_working_day(day)
        if used_days > len(ordered) + 10_000:  # cap and load make no progress possible
            raise ValueError(_("The daily cap leaves no room on any day."))
    return CatchUpPlan(moves=moves, days_asked=days, days_used=used_days if moves else 0, cap=cap)
