"""Where Ctrl+Shift+arrows move the chosen follow-up in the calendar (month, week and day
views alike): a working day or a week earlier or later, never into the past.

- A day (←/→) is the next or previous working day: Friday → Monday, Monday → Friday.
- A week (↑/↓) is the same weekday a week earlier or later, or, when that is not a
  working day (a public holiday), the nearest working day in the direction of the move.
- An overdue follow-up moved later moves from today, as the agenda's "+1 day" does:
  a day later than an old date would still be overdue.
- A move that would land before today is refused, with the reason; so is moving a done
  or cancelled follow-up (history stays where it happened).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ..i18n import translator
from . import dates

_ = translator(__name__)

#: A press of ←/→ and of ↑/↓, in calendar days.
DAY, WEEK = 1, 7


@dataclass(frozen=True)
class KeyMove:
    """Where the follow-up goes, or why it stays."""

    day: date | None
    refusal: str = ""


def key_move(due: date, days: int, today: date, *, is_open: bool = True) -> KeyMove:
    """The move of a follow-up due on ``due`` by ``days`` (±DAY, ±WEEK) on ``today``."""
    if not is_open:
        return KeyMove(None, _("Only open follow-ups move: done and cancelled ones stay put."))
    if days == 0:
        return KeyMove(due)
    if days > 0:
        start = max(due, today)
        if days == DAY:
            return KeyMove(dates.next_working_day(start))
        return KeyMove(dates.working_day_on_or_after(start + timedelta(days=days)))
    if days == -DAY:
        target = dates.last_working_day_on_or_before(due - timedelta(days=1))
    else:
        target = dates.last_working_day_on_or_before(due + timedelta(days=days))
    if target < today:
        return KeyMove(
            None,
            _("Not moved: {day} is in the past.").format(day=dates.format_day(target)),
        )
    return KeyMove(target)
