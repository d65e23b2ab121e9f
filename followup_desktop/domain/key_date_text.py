"""Key dates as text: read from a file (ISO, no year, slashes, dots), typed by a person
("15 March", "March 15, 1980", "15.03.1980"), and written to a file (1980-03-15, or
--03-15 without a year).

Pure Python. What is read is checked by ``personal.date_problem``, so an impossible
date (31 February, a birthday in the future) is refused with the same sentence
wherever it was typed or imported.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from ..i18n import translator
from .personal import MONTH_NAMES, KeyDate, date_problem, month_name
from .text import fold

_ = translator(__name__)

# Patterns, compiled (and cached by ``re``) when a date is first read, not on import.
_ISO = r"^(\d{4})-?(\d{2})-?(\d{2})(?:[T ].*)?$"
_NO_YEAR = r"^--(\d{2})-?(\d{2})$"
_SLASHED = r"^(\d{1,2})[/\-](\d{1,2})(?:[/\-](\d{2}|\d{4}))?$"
_DOTTED = r"^(\d{1,2})\.(\d{1,2})\.?(?:(\d{2}|\d{4}))?$"
#: Years that mean "no year" in files: Apple's 1604, Outlook's empty 0/0/00 dates.
NO_YEAR_MARKERS = (1604, 0)


@dataclass(frozen=True)
class FileDate:
    """A date read from a file; ``problem`` set when it cannot be a date."""

    month: int = 0
    day: int = 0
    year: int | None = None
    problem: str = ""
    empty: bool = False
    #: Why the day, month and year cannot be a date (``problem`` without the value).
    detail: str = ""
    unreadable: bool = False  # no date at all, as opposed to an impossible one


def _full_year(text: str) -> int:
    year = int(text)
    if len(text) == 2:  # two digits: the most recent such year that is not in the future
        year += 1900 if year > 30 else 2000
    return year


def slash_order(values: Iterable[str], default_day_first: bool) -> tuple[bool, str]:
    """Day/month order for a whole file's slashed dates, and why (shown in the preview).

    A value whose first number is over 12 (15/03/1980) settles day-first, one whose
    second number is over 12 (3/15/1980) month-first; otherwise the given default.
    """
    for value in values:
        m = re.match(_SLASHED, value.strip())
        if not m:
            continue
        a, b = int(m.group(1)), int(m.group(2))
        if a > 12 >= b:
            return True, _("day/month (as in “{example}”)").format(example=value.strip())
        if b > 12 >= a:
            return False, _("month/day (as in “{example}”)").format(example=value.strip())
    return default_day_first, (
        _("day/month (default)") if default_day_first else _("month/day (default)")
    )


def parse_file_date(
    text: str, *, day_first: bool = False, kind: str = "other", today: date | None = None
) -> FileDate:
    """A date as files write it: ISO (1980-03-15), no year (--0315, --03-15), slashes in
    the file's order, dots (always day.month.year). Outlook's 0/0/00 is no date."""
    value = text.strip()
    if not value or value in ("0/0/00", "0/0/0000", "00.00.0000"):
        return FileDate(empty=True)
    m = re.match(_NO_YEAR, value)
    if m:
        month, day, year = int(m.group(1)), int(m.group(2)), None
    elif m := re.match(_ISO, value):
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif m := re.match(_SLASHED, value):
        a, b = int(m.group(1)), int(m.group(2))
        day, month = (a, b) if day_first else (b, a)
        year = _full_year(m.group(3)) if m.group(3) else None
    elif m := re.match(_DOTTED, value):
        day, month = int(m.group(1)), int(m.group(2))
        year = _full_year(m.group(3)) if m.group(3) else None
    else:
        return FileDate(problem=_("“{value}” is not a date").format(value=value), unreadable=True)
    if year in NO_YEAR_MARKERS:
        year = None
    problem = date_problem(day, month, year, kind=kind, today=today)
    if problem:
        return FileDate(
            problem=_("“{value}” is not possible: {why}").format(value=value, why=problem),
            detail=problem,
        )
    return FileDate(month=month, day=day, year=year)


def file_date_text(kd: KeyDate) -> str:
    """How exports write a key date: 1980-03-15, or --03-15 without a year."""
    if kd.year is None:
        return f"--{kd.month:02d}-{kd.day:02d}"
    return f"{kd.year:04d}-{kd.month:02d}-{kd.day:02d}"


# -- dates people type ---------------------------------------------------------------
# Month names in any script's letters ("märz", "févr."); "15 de marzo de 1980" too.
# (Compiled on first use, as the patterns above.)
_DAY_MONTH = (
    r"^(\d{1,2})(?:st|nd|rd|th|er)?\.?\s+(?:de\s+)?([^\W\d_]+)\.?,?(?:\s+(?:de\s+)?(\d{4}))?$"
)
_MONTH_DAY = r"^([^\W\d_]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?(?:\s+(\d{4}))?$"
TYPED_HINT = _.mark(
    "Type a day and month, the year if known: “15 March”, “15 March 1980”, 1980-03-15."
)


def _month_named(word: str) -> int | None:
    """A month by its English name or its name in the chosen language ("mär", "févr"),
    accents optional, at least three letters."""
    if len(word) < 3:
        return None
    word = fold(word)
    for number in range(1, 13):
        if fold(MONTH_NAMES[number]).startswith(word) or fold(month_name(number)).startswith(word):
            return number
    return None


def parse_typed_date(
    text: str, *, day_first: bool = True, kind: str = "other", today: date | None = None
) -> FileDate:
    """A key date as a person types it: "15 March", "March 15, 1980", "15/3" (the
    locale's order), "15.03.1980", 1980-03-15. Empty text is ``empty``."""
    value = " ".join(text.strip().lower().split())
    if not value:
        return FileDate(empty=True)
    m = re.match(_DAY_MONTH, value)
    order = (1, 2) if m else (2, 1)
    m = m or re.match(_MONTH_DAY, value)
    if m:
        day_text, month_text = m.group(order[0]), m.group(order[1])
        month = _month_named(month_text)
        if month is None:
            return FileDate(
                problem=_("“{word}” is not a month. {hint}").format(
                    word=month_text, hint=_(TYPED_HINT)
                )
            )
        year = int(m.group(3)) if m.group(3) else None
        problem = date_problem(int(day_text), month, year, kind=kind, today=today)
        if problem:
            return FileDate(problem=problem)
        return FileDate(month=month, day=int(day_text), year=year)
    found = parse_file_date(value, day_first=day_first, kind=kind, today=today)
    if found.unreadable:
        return FileDate(
            problem=_("“{text}” is not understood. {hint}").format(
                text=text.strip(), hint=_(TYPED_HINT)
            )
        )
    if found.problem:  # "“31/2” is not possible: February has no day 31"
        return FileDate(problem=found.detail or found.problem)
    return found
