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

from datetime import date, datetime, timedelta
from typing import NamedTuple

from ..i18n import translator
from .dates import format_day

_ = translator(__name__)

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
        return _("A rhythm is between {low} and {high} days (you gave {days}).").format(
            low=MIN_DAYS, high=MAX_DAYS, days=days
        )
    return None


def describe_rhythm(days: int | None) -> str:
    """'every 2 weeks', 'every 3 months', 'every 45 days', 'not tracked'."""
    if not days:
        return _("not tracked")
    if days % 365 == 0:
        return _.n("every year", "every %n years", days // 365)
    if days % 30 == 0:
        return _.n("every month", "every %n months", days // 30)
    if days % 7 == 0:
        return _.n("every week", "every %n weeks", days // 7)
    return _.n("every day", "every %n days", days)


def describe_past(past: int) -> str:
    """'1 day past', '3 weeks past', '2 months past' (rounded down)."""
    if past >= 60:
        return _.n("%n month past", "%n months past", past // 30)
    if past >= 14:
        return _.n("%n week past", "%n weeks past", past // 7)
    return _.n("%n day past", "%n days past", past)


class Slipping(NamedTuple):
    """One contact in the Losing touch list."""

    contact_id: int
    name: str
    rhythm: int
    start: date
    days_past: int

    @property
    def summary(self) -> str:
        return _("{past} ({rhythm})", "how far past, and the rhythm").format(
            past=describe_past(self.days_past), rhythm=describe_rhythm(self.rhythm)
        )


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
    if start is None:
        return _("Keep in touch ({rhythm})").format(rhythm=describe_rhythm(rhythm))
    return _("Keep in touch ({rhythm}; last touch {day})").format(
        rhythm=describe_rhythm(rhythm), day=format_day(start)
    )
