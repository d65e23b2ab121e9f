"""A week as every screen and printout names it: "Week 50" ("KW 50", "Semaine 50").

One rule for the words: the calendar's title, the printed list's header and its footer
all say "Week 50" (never the ISO code "2026-W50", which stays for file names and the
command line's ``--week``). The calendar's title has shorter forms for a narrow window
(:func:`week_titles`): first the days of one month share it ("7–13 Dec 2026"), then the
year goes, and last the week's name stands alone; the dates themselves are written as
the locale writes them (the caller's :class:`SpanDates`, from the app's date style).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import NamedTuple

from ..i18n import translator

_ = translator(__name__)

#: Between two whole dates ("30 Nov – 6 Dec"), and between two days of one month ("7–13").
SPAN_DASH = " \u2013 "
DAYS_DASH = "\u2013"


def week_number(start: date) -> int:
    """The number of the seven days from ``start``, whatever day the user's week starts
    on: the ISO week that holds most of them, i.e. their fourth day's. A Sunday-to-Saturday
    week from Sun 6 Dec 2026 is week 50, as its Monday to Saturday are; a Monday week is
    its ISO week. The calendar's rows and title, the printed list and the review's bars
    all number a week by this."""
    return (start + timedelta(days=3)).isocalendar()[1]


def week_name(number: int) -> str:
    """'Week 50' ('KW 50', 'Semaine 50', 'Semana 50')."""
    return _("Week {number}").format(number=number)


class SpanDates(NamedTuple):
    """How the locale writes a span's dates, without weekdays."""

    with_year: Callable[[date], str]  # "13 Dec 2026", "13. Dez. 2026", "Dec 13, 2026"
    day_month: Callable[[date], str]  # "13 Dec", "13. Dez.", "Dec 13"
    day: Callable[[date], str]  # "13", "13."
    day_first: bool  # "13 Dec" (True) or "Dec 13" (False)


def week_titles(number: int, start: date, end: date, fmt: SpanDates) -> tuple[str, ...]:
    """The week's title, longest first, each form shorter than the one before.

    'Week 50: 7 Dec – 13 Dec 2026', 'Week 50: 7–13 Dec 2026', 'Week 50: 7–13 Dec',
    'Week 50' (a week across two months: 'Week 49: 30 Nov – 6 Dec 2026', 'Week 49: 30 Nov
    – 6 Dec', 'Week 49'; across the new year the first date keeps its year). A window
    shows the first that fits and keeps the first in its tooltip."""
    name = week_name(number)

    def titled(dates: str) -> str:
        return _("{week}: {dates}").format(week=name, dates=dates)

    crosses_year = start.year != end.year
    first = fmt.with_year(start) if crosses_year else fmt.day_month(start)
    forms = [titled(first + SPAN_DASH + fmt.with_year(end))]
    same_month = (start.year, start.month) == (end.year, end.month)
    if same_month and fmt.day_first:
        forms.append(titled(fmt.day(start) + DAYS_DASH + fmt.with_year(end)))
        forms.append(titled(fmt.day(start) + DAYS_DASH + fmt.day_month(end)))
    elif same_month:  # "Dec 7–13": the month leads, the days share it
        forms.append(titled(fmt.day_month(start) + DAYS_DASH + fmt.day(end)))
    else:
        forms.append(titled(fmt.day_month(start) + SPAN_DASH + fmt.day_month(end)))
    forms.append(name)
    return tuple(forms)
