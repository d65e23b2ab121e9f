"""Keep-in-touch rhythm: how often each contact should hear from me, and who is slipping.

Pure Python. A category has a default rhythm in days (Clients 90, Prospects 14, ...);
a contact can override it or opt out. The clock runs from the last logged interaction
(or, for someone never contacted, from when the contact was added), so any logged
interaction resets it. A contact is *losing touch* when the clock has run past the
rhythm and no follow-up is planned (the store query adds that second condition).

"Losing touch" is ordered by how many days past the rhythm (most first), then by the
shorter rhythm (a prospect slipping matters sooner than a friend), then by name. The
SQL in ``store.cadence`` orders by the same key; ``sort_key`` is its definition.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

MIN_DAYS = 1
MAX_DAYS = 3650


def effective_rhythm(
    contact_days: int | None, category_days: int | None, opt_out: bool = False
) -> int | None:
    """Days between touches for this contact, or None when it is not tracked."""
    if opt_out:
        return None
    days = contact_days if contact_days else category_days
    return days if days and days > 0 else None


def clock_start(last_interaction: datetime | None, created: datetime | None) -> date | None:
    """The day the keep-in-touch clock last started."""
    when = last_interaction or created
    return when.date() if when is not None else None


def touch_due(start: date, rhythm: int) -> date:
    """The day the next touch is due."""
    return start + timedelta(days=rhythm)


def days_past(start: date, rhythm: int, today: date) -> int:
    """How many days the contact is past their rhythm (negative: still within it)."""
    return (today - touch_due(start, rhythm)).days


def is_losing_touch(start: date | None, rhythm: int | None, today: date) -> bool:
    return start is not None and rhythm is not None and days_past(start, rhythm, today) > 0


def check_rhythm(days: int) -> str | None:
    """A sentence when ``days`` is not a usable rhythm, else None."""
    if days < MIN_DAYS or days > MAX_DAYS:
        return f"A rhythm is between {MIN_DAYS} and {MAX_DAYS} days (you gave {days})."
    return None


def describe_rhythm(days: int | None) -> str:
    """'every 2 weeks', 'every 3 months', 'every 45 days', 'not tracked'."""
    if not days:
        return "not tracked"
    if days == 1:
        return "every day"
    if days % 365 == 0:
        years = days // 365
        return "every year" if years == 1 else f"every {years} years"
    if days % 30 == 0 and days >= 60:
        return f"every {days // 30} months"
    if days == 30:
        return "every month"
    if days % 7 == 0:
        weeks = days // 7
        return "every week" if weeks == 1 else f"every {weeks} weeks"
    return f"every {days} days"


def describe_past(past: int) -> str:
    """'1 day past', '3 weeks past', '2 months past' (rounded down)."""
    if past >= 60:
        n, unit = past // 30, "month"
    elif past >= 14:
        n, unit = past // 7, "week"
    else:
        n, unit = past, "day"
    return f"{n} {unit}{'s' if n != 1 else ''} past"


@dataclass(frozen=True)
class Slipping:
    """One contact in the Losing touch list."""

    contact_id: int
    name: str
    rhythm: int
    start: date
    days_past: int

    @property
    def summary(self) -> str:
        return f"{describe_past(self.days_past)} ({describe_rhythm(self.rhythm)})"


def sort_key(item: Slipping) -> tuple:
    """Most days past first, then the shorter rhythm, then name, then id."""
    return (-item.days_past, item.rhythm, item.name.casefold(), item.contact_id)


def losing_touch(candidates, today: date) -> list[Slipping]:
    """From (contact_id, name, contact_days, category_days, opt_out, last, created) tuples,
    those past their rhythm, in Losing touch order (the reference for the SQL)."""
    found = []
    for contact_id, name, own, cat, opt_out, last, created in candidates:
        rhythm = effective_rhythm(own, cat, opt_out)
        start = clock_start(last, created)
        if is_losing_touch(start, rhythm, today):
            assert start is not None and rhythm is not None
            found.append(Slipping(contact_id, name, rhythm, start, days_past(start, rhythm, today)))
    return sorted(found, key=sort_key)


def plan_reason(rhythm: int, start: date | None) -> str:
    """The reason of the follow-up planned from the Losing touch list."""
    since = f"; last touch {start.day} {start:%b %Y}" if start else ""
    return f"Keep in touch ({describe_rhythm(rhythm)}{since})"
