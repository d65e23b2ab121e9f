"""Moving a follow-up by a day or a week: the one rule behind every "later" and
"earlier" the app offers: the agenda's, the day view's and Work the list's "+1 day",
"+2 days" and "Next week", the follow-up menu's Reschedule entries and Ctrl+Shift+arrows
in the calendar (month, week and day views alike). The note dialog's quick picks
("Tomorrow", "In 2 days", "Next week", ``dates.QUICK_PICKS``) follow the same rule from
today, so the same press gives the same date everywhere.

- Later by N days is N calendar days on, then the first working day on or after that,
  as for every date the app proposes: a day after Friday is Monday, and a public holiday
  of the user's working week is skipped. In a Monday-to-Friday week two days after a
  Friday is Monday as well: that Sunday is not worked.
- A week (↑/↓, "Next week") is the same weekday a week earlier or later, or, when that is
  not a working day (a public holiday), the nearest working day in the direction of the move.
- An overdue follow-up moved later moves from today: a day later than an old date would
  still be overdue.
- Their promise whose day has passed without word leaves me my call (the fallback): a
  later move moves that call, from its day, and the promised day stays as it was.
  Moving the promise would take the call with it by the same gap: "+1 day" on "No word ·
  you call today" put the call days on (a promise from Thursday with the call on Monday
  moved to Tuesday, the call to the next Monday). ``later_from`` says where it counts from.
- Earlier by a day (←) is the previous working day: Monday → Friday.
- A move that would land before today is refused, with the reason; so is moving a done
  or cancelled follow-up (history stays where it happened).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import NamedTuple

from ..i18n import translator
from . import dates

_ = translator(__name__)

#: A press of ←/→ and of ↑/↓, in calendar days.
DAY, WEEK = 1, 7


class KeyMove(NamedTuple):
    """Where the follow-up goes, or why it stays (a NamedTuple: the agenda's "+1 day" tip
    loads this module at start-up, where a dataclass costs ~0.4 ms)."""

    day: date | None
    refusal: str = ""


def key_move(due: date, days: int, today: date, *, is_open: bool = True) -> KeyMove:
    """The move of a follow-up due on ``due`` by ``days`` (±DAY, ±WEEK) on ``today``."""
    if not is_open:
        return KeyMove(None, _("Only open follow-ups move: done and cancelled ones stay put."))
    if days == 0:
        return KeyMove(due)
    if days > 0:
        return KeyMove(later(due, days, today))
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


def moves_call(whose: str, due: date, today: date) -> bool:
    """Does a later move of this follow-up move my fallback call rather than its due
    date? For their promise whose day has passed (the agenda's "No word")."""
    return whose == "theirs" and due < today


def later_from(due: date, today: date, *, whose: str = "mine", act_on: date | None = None) -> date:
    """The day a later move of a follow-up counts from: its due date, or my call
    (``act_on``) where ``moves_call``."""
    return act_on if act_on is not None and moves_call(whose, due, today) else due


def later(due: date, days: int, today: date) -> date:
    """Where a follow-up due on ``due`` goes when moved ``days`` (> 0) later on ``today``:
    from today when it is overdue, ``days`` calendar days on, on a working day."""
    return dates.working_day_on_or_after(max(due, today) + timedelta(days=days))


class LaterPick(NamedTuple):
    """A "later" button or menu entry: its key (what views and tests call it by), its
    words, and how many days it moves."""

    key: str
    label: str
    days: int


#: The reschedule picks of the follow-up menu; the buttons (agenda, day view, Work the
#: list) are these with a mnemonic of their own.
LATER_PICKS: tuple[LaterPick, ...] = (
    LaterPick("1day", _.mark("+1 day"), DAY),
    LaterPick("2days", _.mark("+2 days"), 2),
    LaterPick("next_week", _.mark("Next week"), WEEK),
)


def later_pick(key: str) -> LaterPick:
    for pick in LATER_PICKS:
        if pick.key == key:
            return pick
    raise KeyError(key)


def skipped_day(due: date, days: int, today: date) -> str:
    """The day ``later`` passed over, said ("Sat 12 Dec 2026 is not a working day.", a
    public holiday named), or "" when it landed plainly ``days`` on."""
    plain = max(due, today) + timedelta(days=days)
    if later(due, days, today) == plain:
        return ""
    note = dates.non_working_note(plain)  # "dim. 13 déc. …": a sentence starts upper
    return note[:1].upper() + note[1:]


def why_later(due: date, days: int, today: date) -> str:
    """Why ``later`` lands where it does, when that is not simply ``days`` after the due
    date ("" when it is): the follow-up was overdue, or the day it would have landed on is
    not worked (a weekend day, a public holiday, named). Shown beside the date a button or
    menu entry moves to, so the rule is never a surprise."""
    overdue = _("It is overdue, so it moves from today.") if due < today else ""
    return " ".join(filter(None, (overdue, skipped_day(due, days, today))))
