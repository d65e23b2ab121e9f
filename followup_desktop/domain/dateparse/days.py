"""The day in a typed date, once its time is taken out: today and tomorrow, weekdays,
``in N days|weeks|months``, month names and numbers (``dec 3``, ``3/12``, ISO), ``the
15th``, and the edges of periods (``end of the month``, ``start of march``). A day that
does not exist comes back as the sentence saying why; a text that is no day as None."""

from __future__ import annotations

import re
from datetime import date, timedelta

from ...i18n import translator
from ..dates import (
    add_months,
    check_year,
    last_working_day_on_or_before,
    month_name,
    working_day_on_or_after,
)

_ = translator(__name__)

WEEKDAYS = {
    "mon": 0, "monday": 0, "tue": 1, "tues": 1, "tuesday": 1, "wed": 2, "weds": 2,
    "wednesday": 2, "thu": 3, "thur": 3, "thurs": 3, "thursday": 3, "fri": 4, "friday": 4,
    "sat": 5, "saturday": 5, "sun": 6, "sunday": 6,
}  # fmt: skip
MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11,
    "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
UNITS = {"day": "d", "days": "d", "week": "w", "weeks": "w", "month": "m", "months": "m",
         "year": "y", "years": "y"}  # fmt: skip
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "couple of": 2}  # fmt: skip


def _safe_date(year: int, month: int, day: int) -> date | str:
    """A date, or a message saying why it does not exist."""
    problem = check_year(year)
    if problem:
        return problem
    if not 1 <= month <= 12:
        return _no_month(month)
    try:
        return date(year, month, day)
    except ValueError:
        return _("{month} {year} has no day {day}.").format(
            month=month_name(month), year=year, day=day
        )


def _no_month(month: int) -> str:
    return _("There is no month {month}.").format(month=month)


def _upcoming(month: int, day: int, today: date) -> date | str:
    """The next time month/day comes round (today counts); 29 Feb finds the next leap year."""
    for year in range(today.year, today.year + 9):
        candidate = _safe_date(year, month, day)
        if isinstance(candidate, date) and candidate >= today:
            return candidate
        if isinstance(candidate, str) and not (month == 2 and day == 29):
            return candidate
    return _("There is no {day} {month} in the coming years.").format(
        day=day, month=month_name(month)
    )


def _year(text: str) -> int:
    value = int(text)
    return value + 2000 if len(text) <= 2 else value


def _relative(count: int, unit: str, today: date) -> date | str | None:
    try:
        if unit == "d":
            result = today + timedelta(days=count)
        elif unit == "w":
            result = today + timedelta(weeks=count)
        elif unit == "m":
            result = add_months(today, count)
        else:
            result = add_months(today, 12 * count)
    except (OverflowError, ValueError):
        return check_year(today.year + count) or None
    return check_year(result.year) or result


def _month_end(year: int, month: int) -> date:
    return add_months(date(year, month, 1), 1) - timedelta(days=1)


def _period(text: str, today: date) -> date | None:
    """end of (next) week/month/quarter, start of next month, next quarter."""
    m = re.fullmatch(r"(?:the )?(end|start|beginning) of (?:the )?(this |next )?"
                     r"(week|month|quarter)", text)  # fmt: skip
    if text in ("eom", "end of month"):
        m = re.fullmatch(r"(end) of ()(month)", "end of month")
    if text == "next quarter":
        m = re.fullmatch(r"(start) of (next )(quarter)", "start of next quarter")
    if m is None:
        return None
    edge, which, unit = m.group(1), (m.group(2) or "").strip(), m.group(3)

    def bounds(step: int) -> tuple[date, date]:
        if unit == "week":
            monday = today - timedelta(days=today.weekday()) + timedelta(weeks=step)
            return monday, monday + timedelta(days=6)
        if unit == "month":
            first = add_months(date(today.year, today.month, 1), step)
            return first, _month_end(first.year, first.month)
        first_month = 3 * ((today.month - 1) // 3) + 1
        first = add_months(date(today.year, first_month, 1), 3 * step)
        last = add_months(first, 3) - timedelta(days=1)
        return first, last

    step = 1 if which == "next" else 0
    if edge == "end":
        day = last_working_day_on_or_before(bounds(step)[1])
        if day < today and which != "next":  # this period's last working day has passed
            day = last_working_day_on_or_before(bounds(1)[1])
        return day
    if which != "next":  # "start of the month": only the next one is still ahead
        step = 1
    return working_day_on_or_after(bounds(step)[0])


def parse_day(text: str, today: date, day_first: bool) -> date | str | None:
    """The date in ``text`` (no time in it); a message when malformed; None if unknown."""
    if text in ("", "today", "now", "this"):
        return today
    period = _period(text, today)
    if period is not None:
        return period
    if text in ("fortnight", "a fortnight", "in a fortnight", "in two weeks' time"):
        return today + timedelta(days=14)
    m = re.fullmatch(r"([a-z]+) week", text)
    if m and m.group(1) in WEEKDAYS:  # "friday week": a week after the coming friday
        ahead = (WEEKDAYS[m.group(1)] - today.weekday()) % 7 or 7
        return today + timedelta(days=ahead + 7)
    if text in ("tomorrow", "tmrw", "tmr", "tomorow"):
        return today + timedelta(days=1)
    if text in ("day after tomorrow", "the day after tomorrow", "overmorrow"):
        return today + timedelta(days=2)
    if text == "yesterday":
        return today - timedelta(days=1)
    if text == "next week":
        return today + timedelta(days=7)
    if text == "next month":
        return add_months(today, 1)
    if text == "next year":
        return _relative(1, "y", today)

    numbers = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
    m = re.fullmatch(
        rf"(?:in\s+)?(\d{{1,5}}|{numbers})\s+({'|'.join(UNITS)})(?:\s+from now)?", text
    )
    if m and (text.startswith("in ") or m.group(1).isdigit()):
        raw = m.group(1)
        count = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
        return _relative(count, UNITS[m.group(2)], today)

    m = re.fullmatch(r"([a-z]+) (?:of )?next week|next week(?: on)? ([a-z]+)", text)
    if m and (m.group(1) or m.group(2)) in WEEKDAYS:  # "tuesday next week": in next week
        monday = today - timedelta(days=today.weekday()) + timedelta(weeks=1)
        return monday + timedelta(days=WEEKDAYS[m.group(1) or m.group(2)])

    m = re.fullmatch(r"(this|next|on|coming|the)?\s*([a-z]+)", text)
    if m and m.group(2) in WEEKDAYS:
        target = WEEKDAYS[m.group(2)]
        ahead = (target - today.weekday()) % 7
        if ahead == 0 and m.group(1) != "this":
            ahead = 7
        return today + timedelta(days=ahead)

    m = re.fullmatch(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})", text)
    if m:
        return _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))

    m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.?(?:(\d{2}|\d{4}))?", text)
    if m:
        day, month = int(m.group(1)), int(m.group(2))
        if m.group(3):
            return _safe_date(_year(m.group(3)), month, day)
        return _upcoming(month, day, today) if 1 <= month <= 12 else _no_month(month)

    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})(?:/(\d{1,4}))?", text)
    if m:
        a, b = int(m.group(1)), int(m.group(2))
        day, month = (a, b) if day_first else (b, a)
        if m.group(3):
            if len(m.group(3)) == 3:
                return _("Write the year with 2 or 4 digits.")
            return _safe_date(_year(m.group(3)), month, day)
        return _upcoming(month, day, today) if 1 <= month <= 12 else _no_month(month)

    ordinal = r"(\d{1,2})(?:st|nd|rd|th)?"
    month_names = "|".join(sorted(MONTHS, key=len, reverse=True))
    year_part = r"(?:\s+(\d{1,5}))?"
    m = re.fullmatch(rf"({month_names})\.?\s+(?:the\s+)?{ordinal}{year_part}", text)
    if m:
        month, day, year = MONTHS[m.group(1)], int(m.group(2)), m.group(3)
    else:
        m = re.fullmatch(rf"(?:the\s+)?{ordinal}\s+(?:of\s+)?({month_names})\.?{year_part}", text)
        if m:
            day, month, year = int(m.group(1)), MONTHS[m.group(2)], m.group(3)
    if m:
        if year:
            return _safe_date(int(year), month, day)
        return _upcoming(month, day, today)
    m = re.fullmatch(
        rf"(?:the )?(end|start|beginning) of ({month_names})\.?(?:\s+(\d{{4}}))?", text
    )
    if m:
        return _month_edge(m.group(1) == "end", MONTHS[m.group(2)], m.group(3), today)
    m = re.fullmatch(r"the\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)", text)
    if m:
        return _day_of_month(int(m.group(1) or m.group(2)), today)
    return None


def _month_edge(end: bool, month: int, year: str | None, today: date) -> date | str:
    """ "end of january": its last working day; "start of march": its first; without a
    year, the next one still ahead (today counts)."""
    for candidate_year in [int(year)] if year else [today.year, today.year + 1]:
        problem = check_year(candidate_year)
        if problem:
            return problem
        if end:
            day = last_working_day_on_or_before(_month_end(candidate_year, month))
        else:
            day = working_day_on_or_after(date(candidate_year, month, 1))
        if year or day >= today:
            return day
    return day


def _day_of_month(day: int, today: date) -> date | str:
    """ "the 15th": the next time a month has that day (today counts; the 31st skips
    the months without one)."""
    if not 1 <= day <= 31:
        return _("There is no day {day} in a month.").format(day=day)
    first = date(today.year, today.month, 1)
    for step in range(12):
        month = add_months(first, step)
        if day <= _month_end(month.year, month.month).day:
            candidate = date(month.year, month.month, day)
            if candidate >= today:
                return candidate
    return _("There is no day {day} in a month.").format(day=day)  # not reached


_SPAN = re.compile(
    r"(?:in\s+)?(?:\d{1,5}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|couple of)"
    r"\s+(?:days?|weeks?|months?|years?)(?:\s+from now)?|next (?:week|month|year)"
    r"|(?:in )?a fortnight|fortnight"
)


def is_span(text: str) -> bool:
    """A length of time from today ("in 2 weeks", "next month"), not a named day."""
    return _SPAN.fullmatch(text) is not None
