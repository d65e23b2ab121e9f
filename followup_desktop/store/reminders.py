"""What the reminders read: today's timed follow-ups and the summary counts, and the
settings they keep (summary time, the day of the last summary)."""

from __future__ import annotations

from datetime import date, time

from ..domain import reminders as rules
from ..domain.text import display_name
from .database import db
from .settings import get_setting, set_setting

SUMMARY_TIME_KEY = "reminders.summary_time"
LAST_SUMMARY_KEY = "reminders.last_summary"


def timed_today(today: date) -> list[rules.TimedItem]:
    """My open follow-ups with a time, due today (active contacts)."""
    sql = """SELECT f.id, c.id, c.first_name, c.last_name, c.company, f.reason, f.due_date,
                    f.due_time
             FROM followup f JOIN contact c ON c.id = f.contact_id
             WHERE f.status = 'open' AND f.due_date = ? AND f.due_time IS NOT NULL
               AND f.whose = 'mine' AND c.archived = 0"""
    items = []
    for fid, cid, first, last, company, reason, due, at in db.execute_sql(
        sql, (today.isoformat(),)
    ).fetchall():
        name = display_name(first, last, company)
        items.append(
            rules.TimedItem(fid, cid, name, reason, date.fromisoformat(due), time.fromisoformat(at))
        )
    return items


def summary_counts(today: date) -> tuple[int, int]:
    """(due today, overdue): open follow-ups whose action day is today / before today."""
    row = db.execute_sql(
        """SELECT sum(f.action_date = :t), sum(f.action_date < :t)
           FROM followup f WHERE f.status = 'open' AND f.action_date <= :t
             AND f.contact_id NOT IN (SELECT id FROM contact WHERE archived = 1)""",
        {"t": today.isoformat()},
    ).fetchone()
    return int(row[0] or 0), int(row[1] or 0)


def summary_time() -> time:
    return rules.parse_time(get_setting(SUMMARY_TIME_KEY, "") or "") or rules.DEFAULT_SUMMARY_TIME


def set_summary_time(at: time) -> None:
    set_setting(SUMMARY_TIME_KEY, f"{at:%H:%M}")


def last_summary() -> date | None:
    raw = get_setting(LAST_SUMMARY_KEY)
    try:
        return date.fromisoformat(raw) if raw else None
    except ValueError:
        return None


def set_last_summary(day: date) -> None:
    set_setting(LAST_SUMMARY_KEY, day.isoformat())
