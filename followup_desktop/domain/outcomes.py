"""What an outcome suggests as the next step (pre-filled in the note dialog, never forced).

* "no answer" / "left message": try again in 2 working days, same channel;
* from the third unanswered attempt in a row: try another channel instead;
* an answer ("replied", "reached", "met") ends the streak: the count starts again.

``attempts`` always includes the interaction being logged (as
``domain.politeness.assess(...).attempts_since_reply`` counts them).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..i18n import translator
from .dates import next_working_day
from .followup_rules import they_got_back
from .vocabulary import channel_label

_ = translator(__name__)

UNANSWERED = frozenset({"no answer", "left message"})
RETRY_WORKING_DAYS = 2
SWITCH_AFTER = 3

#: The channel to try when one keeps going unanswered.
OTHER_CHANNEL = {
    "call": "email",
    "email": "call",
    "text message": "email",
    "meeting": "call",
    "letter or card": "call",
    "social": "email",
    "other": "call",
}


@dataclass(frozen=True)
class Suggestion:
    reason: str
    due_date: date
    channel: str
    attempts: int
    note: str  # one sentence for the dialog


def add_working_days(day: date, count: int) -> date:
    for _step in range(count):
        day = next_working_day(day)
    return day


def suggest(
    outcome: str, channel: str, attempts: int, today: date, reason: str = ""
) -> Suggestion | None:
    """The suggested next step after logging ``outcome`` on ``channel``, or None."""
    if outcome not in UNANSWERED:
        return None
    attempts = max(attempts, 1)
    due = add_working_days(today, RETRY_WORKING_DAYS)
    about = reason.strip()
    if attempts >= SWITCH_AFTER:
        other = OTHER_CHANNEL.get(channel, "call")
        how = channel_label(other)
        if about:
            text = _("Try by {channel} instead: {reason}").format(channel=how, reason=about)
        else:
            text = _("Try by {channel} instead").format(channel=how)
        return Suggestion(
            reason=text,
            due_date=due,
            channel=other,
            attempts=attempts,
            note=_.n(
                "%n unanswered attempt in a row, so trying by {channel} in {days} working "
                "days is filled in below.",
                "%n unanswered attempts in a row, so trying by {channel} in {days} working "
                "days is filled in below.",
                attempts,
            ).format(channel=how, days=RETRY_WORKING_DAYS),
        )
    if outcome == "left message":
        text = _("Follow up on my message: {reason}") if about else _("Follow up on my message")
    elif channel == "call":
        text = _("Call again: {reason}") if about else _("Call again")
    else:
        text = _("Try again: {reason}") if about else _("Try again")
    retry = _RETRY_NOTES.get(attempts, _RETRY_NOTE)
    return Suggestion(
        reason=text.format(reason=about),
        due_date=due,
        channel=channel,
        attempts=attempts,
        note=_(retry).format(attempt=attempts, days=RETRY_WORKING_DAYS),
    )


# Which unanswered attempt this is, said as an ordinal ("1st", "2nd"): one sentence each.
_RETRY_NOTES = {
    1: _.mark("1st unanswered attempt, so a retry in {days} working days is filled in below."),
    2: _.mark("2nd unanswered attempt, so a retry in {days} working days is filled in below."),
}
_RETRY_NOTE = _.mark(
    "Unanswered attempt {attempt}, so a retry in {days} working days is filled in below."
)


def cleared_note(outcome: str, prior_attempts: int) -> str:
    """What the dialog says when an answer clears a streak of unanswered attempts."""
    if not they_got_back(outcome) or prior_attempts <= 0:
        return ""
    return _.n(
        "They answered after %n unanswered attempt: the count starts again.",
        "They answered after %n unanswered attempts: the count starts again.",
        prior_attempts,
    )
