"""Follow-up series: steps relative to a start date (pure Python).

A step is "N months and M days after the start" (months first, clamped to the
month's end: 31 Jan + 1 month = 28/29 Feb). Completing a step early can shift the
steps after it by the same number of days (an option on the series), so the
spacing between the remaining steps stays as planned.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ..i18n import translator
from .dates import add_months, nearest_working_day

_ = translator(__name__)

TARGETS = ("contact", "referrer")

# The built-in series and their steps, by the English words they are stored under
# (seeded by store.migrations.V8): shown in the chosen language; a series the user
# renamed or made, and a step they reworded, are shown as typed.
_BUILT_IN_NAMES = {
    "After the sale": _.mark("After the sale"),
    "New prospect": _.mark("New prospect"),
    "Referral received": _.mark("Referral received"),
}
_BUILT_IN_REASONS = {
    "Thank-you note for the order": _.mark("Thank-you note for the order"),
    "Check in: how is it going after 30 days?": _.mark("Check in: how is it going after 30 days?"),
    "After-sale check-in (3 months)": _.mark("After-sale check-in (3 months)"),
    "After-sale check-in (6 months)": _.mark("After-sale check-in (6 months)"),
    "One year on: review and referrals": _.mark("One year on: review and referrals"),
    "Thank-you note for the meeting": _.mark("Thank-you note for the meeting"),
    "Follow up: questions after a week?": _.mark("Follow up: questions after a week?"),
    "Send something useful (value-add)": _.mark("Send something useful (value-add)"),
    "Check in after a month": _.mark("Check in after a month"),
    "Thank them for the referral": _.mark("Thank them for the referral"),
}


def series_label(name: str) -> str:
    """A series' name as the user reads it: a built-in one in the chosen language (its
    stored name never changes), any other as typed."""
    marked = _BUILT_IN_NAMES.get(name)
    return _(marked) if marked is not None else name


def reason_label(reason: str) -> str:
    """A built-in step's reason in the chosen language; any other as typed."""
    marked = _BUILT_IN_REASONS.get(reason)
    return _(marked) if marked is not None else reason


@dataclass(frozen=True)
class Step:
    reason: str
    offset_days: int = 0
    offset_months: int = 0
    channel: str = "call"
    target: str = "contact"  # or "referrer": a follow-up with whoever referred them


def step_date(start: date, step: Step) -> date:
    """The step's day: its offset from the start, moved to the nearest working day (the
    rhythm stays: "3 months" on a Saturday is the Friday before). A step after the start
    never moves onto it or before it."""
    day = add_months(start, step.offset_months) + timedelta(days=step.offset_days)
    later = bool(step.offset_days or step.offset_months)
    return nearest_working_day(day, not_before=start + timedelta(days=1) if later else start)


def plan(start: date, steps: list[Step]) -> list[date]:
    return [step_date(start, s) for s in steps]


def describe_offset(step: Step) -> str:
    """'same day', 'next day', '30 days', '3 months', '1 year', '1 month 2 days'."""
    months, days = step.offset_months, step.offset_days
    if not months:
        if not days:
            return _("same day")
        if days == 1:
            return _("next day")
        if days % 7 == 0:
            return _.n("%n week after", "%n weeks after", days // 7)
        return _.n("%n day after", "%n days after", days)
    if months % 12 == 0:
        span = _.n("%n year", "%n years", months // 12)
    else:
        span = _.n("%n month", "%n months", months)
    if not days:
        return _("{span} after", "3 months after").format(span=span)
    return _("{span} {days} after", "1 month 2 days after").format(
        span=span, days=_.n("%n day", "%n days", days)
    )


def shifted(remaining: list[tuple[int, date]], planned: date, done: date) -> list[tuple[int, date]]:
    """New dates for the later open steps ``(id, due)`` when a step planned for
    ``planned`` was done on ``done`` (earlier). Nothing moves when it was not early,
    and no step moves before ``done``."""
    delta = (done - planned).days
    if delta >= 0:
        return []
    return [
        (fid, nearest_working_day(max(due + timedelta(days=delta), done), not_before=done))
        for fid, due in remaining
    ]


def check_steps(name: str, steps: list[Step]) -> str | None:
    """A sentence when the template cannot be saved, else None."""
    if not name.strip():
        return _("Give the series a name.")
    if not steps:
        return _("A series needs at least one step.")
    for n, step in enumerate(steps, 1):
        if not step.reason.strip():
            return _("Step {n} needs a reason: what will they hear about?").format(n=n)
        if step.offset_days < 0 or step.offset_months < 0:
            return _("Step {n} cannot be before the start.").format(n=n)
        if step.offset_days > 3650 or step.offset_months > 120:
            return _("Step {n} is more than ten years after the start.").format(n=n)
        if step.target not in TARGETS:
            return _("Step {n}: the follow-up is with the contact or their referrer.").format(n=n)
    return None
