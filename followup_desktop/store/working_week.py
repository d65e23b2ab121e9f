"""The user's working week and holiday region, kept in the ``setting`` table (the CLI
reads them too). Unset, the working days come from the caller (the UI: the locale)."""

from __future__ import annotations

from datetime import time

from ..domain.dates import WorkingWeek
from .settings import get_setting, set_setting

DAYS_KEY = "workweek.days"  # "0,1,2,3,4" (Monday = 0)
REGION_KEY = "workweek.holidays"  # "DE-BY", "US", "" for none
MORNING_KEY = "workweek.morning"  # "09:00": what "monday morning" means
AFTERNOON_KEY = "workweek.afternoon"  # "14:00"


def _time(key: str, default: time) -> time:
    try:
        return time.fromisoformat(get_setting(key) or "") or default
    except ValueError:
        return default


def load(default_days: frozenset[int] = frozenset(range(5))) -> WorkingWeek:
    """The saved working week; ``default_days`` when none (or an unreadable one) is saved."""
    raw = get_setting(DAYS_KEY) or ""
    try:
        days = frozenset(int(p) for p in raw.split(",") if p.strip())
    except ValueError:
        days = frozenset()
    if not days or not days <= set(range(7)):
        days = default_days
    return WorkingWeek(
        days,
        (get_setting(REGION_KEY) or "").strip(),
        _time(MORNING_KEY, WorkingWeek().morning),
        _time(AFTERNOON_KEY, WorkingWeek().afternoon),
    )


def save(week: WorkingWeek) -> None:
    set_setting(DAYS_KEY, ",".join(str(d) for d in sorted(week.days)))
    set_setting(REGION_KEY, week.region.strip().upper())
    set_setting(MORNING_KEY, f"{week.morning:%H:%M}")
    set_setting(AFTERNOON_KEY, f"{week.afternoon:%H:%M}")
