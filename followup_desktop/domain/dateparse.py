"""Free-text dates: "next tue", "in 10 days", "dec 3 2pm", "friday", "tomorrow 9:30".

The rules are deliberately few and explicit, and the result always says what was
understood (a full date with weekday and month name) or that nothing was:

* ``today``, ``tomorrow`` (``tmrw``), ``day after tomorrow``, ``yesterday``.
* ``in N days|weeks|months|years`` (also ``N days``, ``in a week``), ``next week``
  (7 days), ``next month`` (same day, clamped to the month's end).
* A weekday (``fri``, ``friday``, ``next friday``, ``on friday``): the first such
  day *after* today. ``this friday`` is the first one on or after today.
* ``dec 3``, ``3 dec``, ``december 3rd 2027``, ``3 december 2027``: without a year,
  the next time that date comes round (today counts).
* ``the 15th`` (``on the 15th``, ``15th``): the next 15th of a month (today counts).
* ISO ``2026-12-03`` (or ``2026/12/03``).
* Numbers with slashes, ``3/12`` or ``3/12/2026``: the order (day/month or
  month/day) comes from the caller's locale (``day_first``); when both readings
  are possible the result says which one was used. Dots (``3.12.2026``) are
  always day.month.year.
* An optional time anywhere: ``2pm``, ``2:30 pm``, ``14:00``, ``at 9``, ``noon``; or a
  part of the day: ``monday morning``, ``tomorrow afternoon``, ``this evening`` (the
  morning and afternoon times are the user's, ``WorkingWeek.morning/afternoon``).
* ``in a fortnight`` (14 days), ``friday week`` (a week after the coming Friday),
  ``tuesday next week`` / ``next week tuesday`` (the Tuesday of next calendar week).
* ``end of (the) month``, ``end of next month``, ``end of (the) week``, ``end of next
  week``, ``end of (the) quarter``: the last working day of that period (the next one
  when this one's has passed); ``start of next month``, ``next quarter``: the first
  working day of the next month / calendar quarter.
* ``end of january``, ``start of march`` (``beginning of``): the last / first working
  day of that month, the next one still ahead (a year may follow).
* ``after the holidays``, ``after christmas``, ``someday``... are refused with a hint:
  which day is meant depends on the user; they are asked to type it.

A length of time ("in 2 weeks", "next month", "in a fortnight") is a proposal, not a
chosen day: when it falls on a non-working day it moves to the next working day and
says so. A named day ("saturday", "dec 5") is kept as typed.

Years before 1900 or after 2100 are refused with a message.

In German, French and Spanish the same phrases are understood in that language ("in 10
Tagen", "mardi prochain", "el lunes por la mañana", "nach den Feiertagen" refused...):
``domain.datewords`` rewrites them into the phrases above, and English keeps working.
The messages are in the language the app speaks, the dates in the installed style.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time, timedelta

from .. import i18n
from ..i18n import translator
from . import datewords
from .dates import (
    add_months,
    check_year,
    format_day,
    format_time,
    last_working_day_on_or_before,
    month_name,
    weekday_name,
    working_day_on_or_after,
    working_week,
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

HINT = _.mark('Not understood. Try "friday", "in 10 days", "dec 3 2pm" or 2026-12-03.')
VAGUE = re.compile(
    r"(?:after|before|over|during) (?:the )?(?:holidays?|christmas|xmas|new year|easter|"
    r"summer|break|vacation)|someday|some ?time|sometime soon|soonish|later|asap|soon"
)
VAGUE_HINT = _.mark(
    "\u201c{text}\u201d depends on which days you mean: type the day instead, "
    'e.g. "jan 5", "in 3 weeks" or "start of next month".'
)


@dataclass(frozen=True)
class ParseResult:
    """What the free-text field understood.

    ``ok`` with ``day`` (and maybe ``at``) when understood; otherwise ``message``
    says why not. ``empty`` when nothing was typed (not an error).
    """

    ok: bool
    day: date | None = None
    at: time | None = None
    message: str = ""
    empty: bool = False

    @property
    def understood(self) -> str:
        if not self.ok or self.day is None:
            return self.message
        text = format_day(self.day)
        if self.at is not None:
            text = _("{date}, {time}").format(date=text, time=format_time(self.at))
        return text + (f" {self.message}" if self.message else "")


def _fail(message: str = "") -> ParseResult:
    return ParseResult(ok=False, message=message or _(HINT))


def _not_a_time(text: str) -> str:
    return _('"{text}" is not a time of day.').format(text=text.strip())


_TIME_AMPM = re.compile(r"\b(?:at\s+)?(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)(?=\s|$)")
_TIME_24 = re.compile(r"\b(?:at\s+)?(\d{1,2}):(\d{2})\b")
_TIME_AT = re.compile(r"\bat\s+(\d{1,2})\b(?![:/.\-])")
_TIME_WORD = re.compile(r"\b(?:at\s+)?(noon|midday|midnight)\b")


def _extract_time(text: str) -> tuple[str, time | None, str | None]:
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


def _relative(count: int, unit: str, today: date) -> date | str:
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
        return check_year(today.year + count) or _(HINT)
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


def _parse_day(text: str, today: date, day_first: bool) -> date | str | None:
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
_DAY_PART = re.compile(r"\b(?:in the |this )?(morning|afternoon|evening)\b")


def _extract_day_part(text: str) -> tuple[str, time | None]:
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


def _is_span(text: str) -> bool:
    """A length of time from today ("in 2 weeks", "next month"), not a named day."""
    return _SPAN.fullmatch(text) is not None


def parse_when(
    text: str, today: date, *, day_first: bool = True, language: str | None = None
) -> ParseResult:
    """Understand a typed date (and optional time); see the module docstring for the rules.

    ``language`` is the one typed in besides English (None: the one the app speaks)."""
    raw = datewords.plain(text)
    if not raw:
        return ParseResult(ok=False, empty=True, message="")
    raw, vague = datewords.to_english(raw, i18n.language() if language is None else language)
    if vague or VAGUE.fullmatch(raw):
        return _fail(_(VAGUE_HINT).format(text=text.strip()))
    rest, at, problem = _extract_time(raw)
    if problem:
        return _fail(problem)
    rest, part_time = _extract_day_part(rest)
    if at is None:
        at = part_time
    rest = " ".join(rest.split())
    if rest.startswith("on "):
        rest = rest[3:]

    # A leading weekday before a full date ("fri dec 4") must agree with that date.
    said_weekday = None
    words = rest.split(" ", 1)
    if len(words) == 2 and words[0].rstrip(".") in WEEKDAYS:
        candidate = _parse_day(words[1], today, day_first)
        if isinstance(candidate, date | str) and not words[1].startswith(("in ", "next")):
            said_weekday, rest = WEEKDAYS[words[0].rstrip(".")], words[1]

    result = _parse_day(rest, today, day_first)
    if result is None:
        return _fail()
    if isinstance(result, str):
        return _fail(result)
    if said_weekday is not None and result.weekday() != said_weekday:
        return _fail(
            _("{date} is a {weekday}, not a {said}.").format(
                date=format_day(result),
                weekday=weekday_name(result.weekday()),
                said=weekday_name(said_weekday),
            )
        )
    note = ""
    if _is_span(rest) and working_day_on_or_after(result) != result:
        # "in 2 weeks" is a proposal, not a chosen day: it lands on a working day.
        moved = working_day_on_or_after(result)
        note = _("(moved from {weekday} to the next working day)").format(
            weekday=weekday_name(result.weekday())
        )
        result = moved
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})(?:/\d+)?", rest)
    if m and m.group(1) != m.group(2) and int(m.group(1)) <= 12 and int(m.group(2)) <= 12:
        note = _("(read as day/month)") if day_first else _("(read as month/day)")
    return ParseResult(ok=True, day=result, at=at, message=note)
