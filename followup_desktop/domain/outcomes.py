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

from .dates import next_working_day
from .followup_rules import they_got_back

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
    switch: bool  # True: suggests another channel
    note: str  # one sentence for the dialog


def add_working_days(day: date, count: int) -> date:
    for _ in range(count):
        day = next_working_day(day)
    return day


def _ordinal(n: int) -> str:
    return {1: "1st", 2: "2nd", 3: "3rd"}.get(n, f"{n}th")


def suggest(
    outcome: str, channel: str, attempts: int, today: date, reason: str = ""
) -> Suggestion | None:
    """The suggested next step after logging ``outcome`` on ``channel``, or None."""
    if outcome not in UNANSWERED:
        return None
    attempts = max(attempts, 1)
    due = add_working_days(today, RETRY_WORKING_DAYS)
    about = f": {reason.strip()}" if reason.strip() else ""
    if attempts >= SWITCH_AFTER:
        other = OTHER_CHANNEL.get(channel, "call")
        return Suggestion(
            reason=f"Try by {other} instead{about}",
            due_date=due,
            channel=other,
            attempts=attempts,
            switch=True,
            note=(
                f"{attempts} unanswered attempts in a row, so trying by {other} in "
                f"{RETRY_WORKING_DAYS} working days is filled in below."
            ),
        )
    verb = "Call again" if channel == "call" else "Try again"
    if outcome == "left message":
        verb = "Follow up on my message"
    return Suggestion(
        reason=f"{verb}{about}",
        due_date=due,
        channel=channel,
        attempts=attempts,
        switch=False,
        note=(
            f"{_ordinal(attempts)} unanswered attempt, so a retry in "
            f"{RETRY_WORKING_DAYS} working days is filled in below."
        ),
    )


def cleared_note(outcome: str, prior_attempts: int) -> str:
    """What the dialog says when an answer clears a streak of unanswered attempts."""
    if not they_got_back(outcome) or prior_attempts <= 0:
        return ""
    word = "attempt" if prior_attempts == 1 else "attempts"
    return f"They answered after {prior_attempts} unanswered {word}: the count starts again."
