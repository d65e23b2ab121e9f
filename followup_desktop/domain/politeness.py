"""Politeness: how often a contact has heard from me lately, and a gentle warning.

Never a block: the note dialog shows the counts next to the date and a warning
when the planned follow-up would be a third attempt within a week without a reply.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from ..i18n import translator
from .followup_rules import they_got_back

_ = translator(__name__)

WINDOW_DAYS = 14
ATTEMPT_WEEK = 7
ATTEMPT_LIMIT = 3


@dataclass(frozen=True)
class Touch:
    """One logged interaction, as politeness sees it."""

    occurred_at: datetime
    outcome: str


@dataclass(frozen=True)
class Politeness:
    contacts_14d: int
    attempts_since_reply: int
    warning: str = ""

    @property
    def summary(self) -> str:
        contacted = _.n(
            "Contacted %n time in the last {days} days;",
            "Contacted %n times in the last {days} days;",
            self.contacts_14d,
        ).format(days=WINDOW_DAYS)
        since = _.n(
            "%n attempt since their last reply.",
            "%n attempts since their last reply.",
            self.attempts_since_reply,
        )
        return f"{contacted} {since}"


_NTH_ATTEMPT = {
    3: _.mark(
        "This would be the third attempt within a week without a reply. "
        "Consider giving them a little more time."
    ),
    4: _.mark(
        "This would be the fourth attempt within a week without a reply. "
        "Consider giving them a little more time."
    ),
    5: _.mark(
        "This would be the fifth attempt within a week without a reply. "
        "Consider giving them a little more time."
    ),
}
_MANY_ATTEMPTS = _.mark(
    "This would be attempt {count} within a week without a reply. "
    "Consider giving them a little more time."
)


def assess(
    history: Iterable[Touch],
    today: date,
    planned: date | None = None,
    *,
    whose: str = "mine",
) -> Politeness:
    """Counts over ``history`` (which includes the interaction being logged, if any).

    ``planned`` is the next follow-up's date: when it would be my third attempt
    within a week with no reply in between, ``warning`` says so kindly.
    """
    touches = sorted(history, key=lambda t: t.occurred_at)
    since = today - timedelta(days=WINDOW_DAYS - 1)
    recent = sum(1 for t in touches if since <= t.occurred_at.date() <= today)
    unanswered: list[Touch] = []
    for touch in touches:
        if they_got_back(touch.outcome):
            unanswered = []
        else:
            unanswered.append(touch)
    warning = ""
    if planned is not None and whose == "mine":
        week_start = planned - timedelta(days=ATTEMPT_WEEK - 1)
        in_week = [t for t in unanswered if week_start <= t.occurred_at.date() <= planned]
        if len(in_week) + 1 >= ATTEMPT_LIMIT:
            nth = len(in_week) + 1
            sentence = _NTH_ATTEMPT.get(nth, _MANY_ATTEMPTS)
            warning = _(sentence).format(count=nth)
    return Politeness(recent, len(unanswered), warning)
