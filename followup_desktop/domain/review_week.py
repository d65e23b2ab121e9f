"""The weekly review's week in numbers: what was planned, done on time, late or missed,
which promises were kept, and the trend of the weeks before (``domain.review`` defines
the replies and attempts; the store groups the follow-ups and this module classifies them).

* **On time**: a follow-up done on or before its due date; **late** by the days between
  its due date and the day it was done; **missed** while still open after its due date.
  A **promise** (a follow-up that is theirs) is **kept** when it was done (they got back)
  by its due date and **lapsed** when it was done later or is still open after it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..i18n import translator
from .agenda_sections import TITLES
from .review import count_text
from .vocabulary import category_label

_ = translator(__name__)

#: How many weeks before the reviewed one its trend shows.
TREND_WEEKS = 8


@dataclass(frozen=True)
class PlannedRow:
    """A follow-up as the week's numbers see it."""

    due_date: date
    whose: str
    status: str
    done_on: date | None = None  # the day it was done (status_at), when done
    n: int = 1  # how many follow-ups are exactly like this (the store groups them)


@dataclass(frozen=True)
class WeekNumbers:
    start: date  # the week's first day
    planned: int = 0  # my follow-ups due in the week (cancelled ones left out)
    done: int = 0
    on_time: int = 0
    late: int = 0
    late_days: tuple[int, ...] = ()  # how late each late one was, ascending
    missed: int = 0  # still open after the due date
    promises: int = 0  # theirs due in the week (cancelled ones left out)
    kept: int = 0
    lapsed: int = 0
    new_contacts: int = 0
    catchups: int = 0
    catchup_moved: int = 0

    @property
    def late_median(self) -> int:
        if not self.late_days:
            return 0
        return self.late_days[(len(self.late_days) - 1) // 2]

    @property
    def late_max(self) -> int:
        return self.late_days[-1] if self.late_days else 0

    @property
    def late_text(self) -> str:
        if not self.late:
            return _("none late")
        return _.n(
            "{late} late (typically %n day, at most {most})",
            "{late} late (typically %n days, at most {most})",
            self.late_median,
        ).format(late=count_text(self.late), most=self.late_max)


def classify(row: PlannedRow, today: date) -> str:
    """'on time', 'late', 'missed', 'pending' or 'cancelled' (the rule for both sides)."""
    if row.status == "cancelled":
        return "cancelled"
    if row.status == "done":
        done_on = row.done_on or row.due_date
        return "on time" if done_on <= row.due_date else "late"
    return "missed" if row.due_date < today else "pending"


def days_late(row: PlannedRow) -> int:
    if row.status != "done" or row.done_on is None:
        return 0
    return max(0, (row.done_on - row.due_date).days)


@dataclass
class _Acc:
    planned: int = 0
    done: int = 0
    on_time: int = 0
    late_days: list[int] = field(default_factory=list)
    missed: int = 0
    promises: int = 0
    kept: int = 0
    lapsed: int = 0


def week_numbers(
    start: date,
    rows: Iterable[PlannedRow],
    today: date,
    *,
    new_contacts: int = 0,
    catchups: int = 0,
    catchup_moved: int = 0,
) -> WeekNumbers:
    """The numbers of the week starting ``start`` from the follow-ups due in it."""
    acc = _Acc()
    end = start + timedelta(days=6)
    for row in rows:
        if not start <= row.due_date <= end:
            continue
        kind = classify(row, today)
        if kind == "cancelled":
            continue
        n = row.n
        if row.whose == "theirs":
            acc.promises += n
            acc.kept += n * (kind == "on time")
            acc.lapsed += n * (kind in ("late", "missed"))
            continue
        acc.planned += n
        acc.done += n * (row.status == "done")
        acc.on_time += n * (kind == "on time")
        if kind == "late":
            acc.late_days.extend([days_late(row)] * n)
        acc.missed += n * (kind == "missed")
    return WeekNumbers(
        start=start,
        planned=acc.planned,
        done=acc.done,
        on_time=acc.on_time,
        late=len(acc.late_days),
        late_days=tuple(sorted(acc.late_days)),
        missed=acc.missed,
        promises=acc.promises,
        kept=acc.kept,
        lapsed=acc.lapsed,
        new_contacts=new_contacts,
        catchups=catchups,
        catchup_moved=catchup_moved,
    )


@dataclass(frozen=True)
class LosingTouch:
    category: str
    count: int


def week_lines(n: WeekNumbers, losing: Sequence[LosingTouch]) -> list[tuple[str, str]]:
    """(label, text) lines of "The week in numbers"."""
    catchups = count_text(n.catchups)
    if n.catchups:
        catchups = _.n(
            "{catchups} (%n follow-up moved)", "{catchups} (%n follow-ups moved)", n.catchup_moved
        ).format(catchups=catchups)
    lost = ", ".join(
        _("{category} {count}", "Prospects 3").format(
            category=category_label(x.category), count=count_text(x.count)
        )
        for x in losing
        if x.count
    ) or _("nobody")
    return [
        (
            _("Planned"),
            _.n(
                "%n follow-up of mine due, {done} done", "%n follow-ups of mine due, {done} done",
                n.planned,
            ).format(done=count_text(n.done)),
        ),
        (
            _("On time"),
            _("{on_time} on time, {late}, {missed} still open past the date").format(
                on_time=count_text(n.on_time), late=n.late_text, missed=count_text(n.missed)
            ),
        ),
        (
            _("Their promises"),
            _("{promises} due: {kept} kept, {lapsed} lapsed").format(
                promises=count_text(n.promises),
                kept=count_text(n.kept),
                lapsed=count_text(n.lapsed),
            ),
        ),
        (_("New contacts"), count_text(n.new_contacts)),
        (_("Catch-ups used"), catchups),
        (TITLES["losing"], lost),  # the agenda section it counts
    ]  # fmt: skip
