"""The time in a typed date: ``2pm``, ``2:30 pm``, ``14:00``, ``at 9``, ``noon``, or a
part of the day (``morning``, ``afternoon``, ``evening``: the user's own times,
``WorkingWeek.morning/afternoon``). Each is taken out of the text, leaving the day."""

from __future__ import annotations

import re
from datetime import time

from ...i18n import translator
from ..dates import working_week

_ = translator(__name__)


def _not_a_time(text: str) -> str:
    return _('"{text}" is not a time of day.').format(text=text.strip())


_TIME_AMPM = re.compile(r"\b(?:at\s+)?(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)(?=\s|$)")
_TIME_24 = re.compile(r"\b(?:at\s+)?(\d{1,2}):(\d{2})\b")
_TIME_AT = re.compile(r"\bat\s+(\d{1,2})\b(?![:/.\-])")
_TIME_WORD = re.compile(r"\b(?:at\s+)?(noon|midday|midnight)\b")


def extract_time(text: str) -> tuple[str, time | None, str | None]:
    """Remove a time from ``text``; return (rest, time, error)."""
    m = _TIME_AMPM.search(text)
    if m:
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        if not 1 <= hour <= 12 or minute > 59:
            return text, None, _not_a_time(m.group(0))
        if m.group(3).startswith("p") and hour != 12:
            hour += 12
        if m.group(3).startswith("a") and hour == 12:
            hour = 0
        return text[: m.start()] + " " + text[m.end() :], time(hour, minute), None
    m = _TIME_24.search(text)
    if m:
        hour, minute = int(m.group(1)), int(m.group(2))
        if hour > 23 or minute > 59:
            return text, None, _not_a_time(m.group(0))
        return text[: m.start()] + " " + text[m.end() :], time(hour, minute), None
    m = _TIME_WORD.search(text)
    if m:
        value = time(0, 0) if m.group(1) == "midnight" else time(12, 0)
        return text[: m.start()] + " " + text[m.end() :], value, None
    m = _TIME_AT.search(text)
    if m:
        hour = int(m.group(1))
        if hour > 23:
            return text, None, _not_a_time(m.group(0))
        return text[: m.start()] + " " + text[m.end() :], time(hour, 0), None
    return text, None, None


_DAY_PART = re.compile(r"\b(?:in the |this )?(morning|afternoon|evening)\b")


def extract_day_part(text: str) -> tuple[str, time | None]:
    """Remove "morning"/"afternoon"/"evening"; return (rest, the user's time for it)."""
    m = _DAY_PART.search(text)
    if m is None:
        return text, None
    week = working_week()
    at = {"morning": week.morning, "afternoon": week.afternoon}.get(m.group(1), time(18, 0))
    rest = (text[: m.start()] + " " + text[m.end() :]).strip()
    if not rest:  # "this afternoon" is today; "in the morning" is tomorrow's
        rest = "tomorrow" if m.group(0) == "in the morning" else "today"
    return rest, at
