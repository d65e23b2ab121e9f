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

The time of day is read by ``times``, the day by ``days``; this module puts them
together and decides what the result says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time

from ... import i18n
from ...i18n import translator
from .. import datewords
from ..dates import (
    format_day,
    format_time,
    weekday_name,
    working_day_on_or_after,
)
from .days import WEEKDAYS, is_span, parse_day
from .times import extract_day_part, extract_time

_ = translator(__name__)

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
    rest, at, problem = extract_time(raw)
    if problem:
        return _fail(problem)
    rest, part_time = extract_day_part(rest)
    if at is None:
        at = part_time
    rest = " ".join(rest.split())
    if rest.startswith("on "):
        rest = rest[3:]

    # A leading weekday before a full date ("fri dec 4") must agree with that date.
    said_weekday = None
    words = rest.split(" ", 1)
    if len(words) == 2 and words[0].rstrip(".") in WEEKDAYS:
        candidate = parse_day(words[1], today, day_first)
        if isinstance(candidate, date | str) and not words[1].startswith(("in ", "next")):
            said_weekday, rest = WEEKDAYS[words[0].rstrip(".")], words[1]

    result = parse_day(rest, today, day_first)
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
    if is_span(rest) and working_day_on_or_after(result) != result:
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
