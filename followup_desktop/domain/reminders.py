"""Reminders while the app runs: what to notify now (pure Python, driven by a clock).

* a timed follow-up of mine is due: once, from its time until the end of its day;
* the morning summary ("5 due today, 2 overdue"): once a day, from the chosen time
  (a computer switched on later still gets it), never for an empty day.

``what_to_notify`` is given everything it needs (now, the timed follow-ups of today,
the ids already notified, the day of the last summary, the counts) and returns the
notifications; the caller remembers what was shown. Snoozing moves the follow-up's
time, so it notifies again at the new time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from ..i18n import translator
from .dates import next_working_day, working_week

_ = translator(__name__)

DEFAULT_SUMMARY_TIME = time(8, 30)


@dataclass(frozen=True)
class TimedItem:
    followup_id: int
    contact_id: int
    name: str
    reason: str
    due_date: date
    due_time: time


@dataclass(frozen=True)
class Notification:
    kind: str  # "due" or "summary"
    title: str
    message: str
    followup_id: int | None = None
    contact_id: int | None = None


def summary_text(due_today: int, overdue: int) -> str:
    """'5 due today, 2 overdue' / '1 due today' / '3 overdue'."""
    today = _.n("%n due today", "%n due today", due_today)
    late = _.n("%n overdue", "%n overdue", overdue)
    if due_today and overdue:
        return _("{due_today}, {overdue}", "5 due today, 2 overdue").format(
            due_today=today, overdue=late
        )
    return today if due_today else late if overdue else ""


def what_to_notify(
    now: datetime,
    timed: list[TimedItem],
    notified: set[tuple[int, time]],
    *,
    summary_at: time = DEFAULT_SUMMARY_TIME,
    last_summary: date | None = None,
    due_today: int = 0,
    overdue: int = 0,
) -> list[Notification]:
    """The notifications to show at ``now``. ``notified`` holds (follow-up id, time)
    pairs already shown, so a snoozed follow-up (new time) notifies again."""
    found: list[Notification] = []
    today = now.date()
    if now.time() >= summary_at and last_summary != today:
        text = summary_text(due_today, overdue)
        if text:
            found.append(Notification("summary", _("Follow-ups today"), text))
    for item in sorted(timed, key=lambda i: (i.due_time, i.followup_id)):
        if item.due_date != today or (item.followup_id, item.due_time) in notified:
            continue
        if datetime.combine(today, item.due_time) <= now:
            found.append(
                Notification(
                    "due",
                    f"{item.due_time:%H:%M} {item.name}",
                    item.reason,
                    followup_id=item.followup_id,
                    contact_id=item.contact_id,
                )
            )
    return found


def next_check(now: datetime, timed: list[TimedItem], summary_at: time) -> datetime:
    """When something could next become due (at most a minute away, so the clock
    changing under a sleeping laptop is noticed)."""
    candidates = [now + timedelta(minutes=1)]
    for item in timed:
        at = datetime.combine(item.due_date, item.due_time)
        if at > now:
            candidates.append(at)
    summary = datetime.combine(now.date(), summary_at)
    if summary > now:
        candidates.append(summary)
    return min(candidates)


def snooze_until(now: datetime, minutes: int) -> datetime:
    """Snoozing ``minutes`` from now, to the whole minute; a snooze that would pass
    midnight waits for the next working day's morning (the working week's, what "monday
    morning" means), as every "later" the app offers lands on a working day: 3 hours
    from Friday 22:00 is Monday 09:00, not Saturday 01:00."""
    at = (now + timedelta(minutes=minutes)).replace(second=0, microsecond=0)
    if at.date() == now.date():
        return at
    return datetime.combine(next_working_day(now.date()), working_week().morning)


def parse_time(text: str) -> time | None:
    """'8:30', '08:30', '17:05' -> time; anything else None."""
    try:
        hours, minutes = text.strip().split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        return None
