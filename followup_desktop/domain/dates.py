"""Dates a salesperson types or picks: quick picks, working days, free-text parsing.

Pure Python. Working days are the user's working week (Monday to Friday unless the
settings say otherwise; the UI takes the default from the locale) less, optionally,
the public holidays of a country/region from the maintained ``holidays`` package
(``WorkingWeek``, installed with ``set_working_week``). Every date the app proposes
goes through ``working_day_on_or_after`` / ``nearest_working_day``. Every function
takes ``today`` explicitly so tests and the UI agree on what "today" is.
"""

from __future__ import annotations

from collections.abc import Callable, Container
from datetime import date, time, timedelta
from typing import Any, NamedTuple

from .. import i18n
from ..i18n import translator

_ = translator(__name__)

MIN_YEAR = 1900
MAX_YEAR = 2100


# -- working days ---------------------------------------------------------------------
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_HOLIDAYS: dict[tuple[str, str], tuple[Container[date] | None, str]] = {}


def holiday_calendar(region: str) -> tuple[Container[date] | None, str]:
    """The public holidays of ``region`` ("DE", "DE-BY", "US-CA"...) and a note.

    From the maintained ``holidays`` package (imported on first use, it is not small),
    the holidays named in the app's language where the package has it (else in the
    country's own). A region the package does not know gives None and a note saying that
    only the working week is used."""
    region = region.strip().upper()
    if not region:
        return None, ""
    language = i18n.language()
    if (region, language) not in _HOLIDAYS:
        country, _sep, subdivision = region.partition("-")
        try:
            import holidays

            found = holidays.country_holidays(country, subdiv=subdivision or None)
            if language != i18n.SOURCE_LANGUAGE and language in found.supported_languages:
                found = holidays.country_holidays(
                    country, subdiv=subdivision or None, language=language
                )
            _HOLIDAYS[(region, language)] = (found, "")
        except Exception:  # NotImplementedError for unknown countries and regions
            _HOLIDAYS[(region, language)] = (
                None,
                _(
                    "\u201c{region}\u201d is not a holiday region the holidays package "
                    "knows: only the working week is used (no public holidays)."
                ).format(region=region),
            )
    return _HOLIDAYS[(region, language)]


class _Week(NamedTuple):  # not a dataclass: loading dataclasses costs ~10 M instructions
    days: frozenset[int] = frozenset(range(5))
    region: str = ""  # "" = no public holidays
    morning: time = time(9, 0)  # what "monday morning" means (free-text dates)
    afternoon: time = time(14, 0)  # and "tomorrow afternoon"


class WorkingWeek(_Week):
    """The days the user works: weekdays (Monday = 0) less a region's public holidays."""

    __slots__ = ()

    def __new__(cls, *args: Any, **kwargs: Any) -> WorkingWeek:
        week = super().__new__(cls, *args, **kwargs)
        if not week.days:
            raise ValueError("A working week needs at least one working day.")
        return week

    def holiday_name(self, day: date) -> str:
        found, _note = holiday_calendar(self.region)
        if found is None or day not in found:
            return ""
        get = getattr(found, "get", None)
        return str(get(day)) if get is not None else _("a public holiday")

    def is_working(self, day: date) -> bool:
        return day.weekday() in self.days and not self.holiday_name(day)

    def note(self) -> str:
        """Why holidays are not used although a region was chosen ("" when all is well)."""
        return holiday_calendar(self.region)[1]

    def describe(self) -> str:
        text = ", ".join(_style.weekday_short(d) for d in sorted(self.days))
        if self.region and not self.note():
            return _("{days}; public holidays of {region}").format(
                days=text, region=self.region.upper()
            )
        return text


_week = WorkingWeek()


def set_working_week(week: WorkingWeek) -> None:
    """Install the user's working week (the UI does it at start and when it changes)."""
    global _week
    _week = week


def working_week() -> WorkingWeek:
    return _week


def is_working_day(day: date) -> bool:
    return _week.is_working(day)


def next_working_day(day: date) -> date:
    """The first working day strictly after ``day`` (Friday -> Monday)."""
    day += timedelta(days=1)
    for _step in range(3660):
        if is_working_day(day):
            return day
        day += timedelta(days=1)
    return day


def working_day_on_or_after(day: date) -> date:
    """``day`` itself when it is a working day, else the next one."""
    return day if is_working_day(day) else next_working_day(day)


def last_working_day_on_or_before(day: date) -> date:
    for _step in range(3660):
        if is_working_day(day):
            return day
        day -= timedelta(days=1)
    return day


def nearest_working_day(day: date, not_before: date | None = None) -> date:
    """The working day closest to ``day`` (earlier on a tie), never before ``not_before``.

    Series keep their rhythm this way: a step due on a Saturday moves to the Friday,
    one on a Sunday to the Monday."""
    for distance in range(0, 366):
        for candidate in (day - timedelta(days=distance), day + timedelta(days=distance)):
            if not_before is not None and candidate < not_before:
                continue
            if is_working_day(candidate):
                return candidate
    return day


def non_working_note(day: date) -> str:
    """'Sat 12 Dec 2026 is not a working day.' / '... is a public holiday (Christmas Day).'
    ("" on a working day): shown, never enforced, when the user types such a date."""
    holiday = _week.holiday_name(day)
    if holiday:
        return _("{day} is a public holiday ({holiday}).").format(
            day=format_day(day), holiday=holiday
        )
    if not is_working_day(day):
        return _("{day} is not a working day.").format(day=format_day(day))
    return ""


def working_days_from(start: date, count: int) -> list[date]:
    """``count`` working days beginning with ``start`` if it is one, else the next."""
    days: list[date] = []
    day = working_day_on_or_after(start)
    while len(days) < count:
        days.append(day)
        day = next_working_day(day)
    return days


def add_months(day: date, months: int) -> date:
    """Same day ``months`` later; clamped to the month's end (31 Jan + 1 month = 28/29 Feb)."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, days_in_month(year, month)))


def days_in_month(year: int, month: int) -> int:
    """28 to 31 (``calendar.monthrange``'s answer, without loading ``calendar`` and
    ``locale`` at every start for it)."""
    if month == 12:
        return 31
    return (date(year, month + 1, 1) - date(year, month, 1)).days


# -- quick picks ----------------------------------------------------------------------
class QuickPick(NamedTuple):
    """A proposed date ("Tomorrow", "In 2 weeks"), landing on a working day."""

    key: str
    label: str
    compute: Callable[[date], date]

    def __call__(self, today: date) -> date:
        # A proposed date is a working day ("In 2 weeks" from a Sunday is a Monday).
        return working_day_on_or_after(self.compute(today))


QUICK_PICKS: tuple[QuickPick, ...] = (
    QuickPick("tomorrow", _.mark("Tomorrow"), lambda t: t + timedelta(days=1)),
    QuickPick("2days", _.mark("In 2 days"), lambda t: t + timedelta(days=2)),
    QuickPick("next_week", _.mark("Next week"), lambda t: t + timedelta(days=7)),
    QuickPick("2weeks", _.mark("In 2 weeks"), lambda t: t + timedelta(days=14)),
    QuickPick("next_month", _.mark("Next month"), lambda t: add_months(t, 1)),
    QuickPick("3months", _.mark("In 3 months"), lambda t: add_months(t, 3)),
)


def quick_pick(key: str, today: date) -> date:
    for pick in QUICK_PICKS:
        if pick.key == key:
            return pick(today)
    raise KeyError(key)


# -- describing dates -----------------------------------------------------------------
class _Names(NamedTuple):
    """A language's names and order for dates, as QLocale writes them for its main
    country (CLDR): abbreviated and full weekday (Monday first) and month names."""

    days: tuple[str, ...]
    months: tuple[str, ...]
    full_days: tuple[str, ...]
    full_months: tuple[str, ...]
    long: str  # str.format pattern with {ddd}, {d}, {MMM}, {yyyy}
    short: str
    hour_digits: int = 2  # "09:05" or "9:05"


_NAMES: dict[str, _Names] = {
    "en": _Names(
        days=("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
        months=("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                "Dec"),
        full_days=WEEKDAY_NAMES,
        full_months=("January", "February", "March", "April", "May", "June", "July",
                     "August", "September", "October", "November", "December"),
        long="{ddd} {d} {MMM} {yyyy}",
        short="{ddd} {d} {MMM}",
    ),
    "de": _Names(
        days=("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."),
        months=("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.",
                "Okt.", "Nov.", "Dez."),
        full_days=("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
                   "Sonntag"),
        full_months=("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                     "September", "Oktober", "November", "Dezember"),
        long="{ddd}, {d}. {MMM} {yyyy}",
        short="{ddd}, {d}. {MMM}",
    ),
    "fr": _Names(
        days=("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
        months=("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
                "oct.", "nov.", "déc."),
        full_days=("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
        full_months=("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                     "septembre", "octobre", "novembre", "décembre"),
        long="{ddd} {d} {MMM} {yyyy}",
        short="{ddd} {d} {MMM}",
    ),
    "es": _Names(
        days=("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
        months=("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov",
                "dic"),
        full_days=("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
        full_months=("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                     "septiembre", "octubre", "noviembre", "diciembre"),
        long="{ddd}, {d} {MMM} {yyyy}",
        short="{ddd}, {d} {MMM}",
        hour_digits=1,
    ),
}  # fmt: skip


class DateStyle(NamedTuple):
    """How a date reads, one style per kind of use, everywhere (screen, undo texts, the
    printout, the CLI's sentences).

    ``long`` is for sentences and titles ("Tue 8 Dec 2026"); ``short`` for tables, lists
    and the lines of the printed list ("Tue 8 Dec"; the year only when it is not this
    year's); ``time`` for times of day; ``weekday``/``month`` name a weekday (Monday = 0)
    or a month (1-12) in full and ``weekday_short`` abbreviated, for sentences ("Saturday").
    The window installs its locale's style (``ui.kit.locale_dates``, built from QLocale);
    without Qt (the command line) :func:`style_for_language` gives the same style for the
    chosen language. Dates the user typed are shown as typed; nothing else shows an ISO date.
    """

    long: Callable[[date], str]
    short: Callable[[date], str]
    time: Callable[[time], str]
    weekday: Callable[[int], str]
    month: Callable[[int], str]
    weekday_short: Callable[[int], str]


def _style_of(names: _Names) -> DateStyle:
    def fields(day: date) -> dict[str, object]:
        return {
            "ddd": names.days[day.weekday()],
            "d": day.day,
            "MMM": names.months[day.month - 1],
            "yyyy": day.year,
        }

    def long(day: date) -> str:
        return names.long.format(**fields(day))

    def short(day: date) -> str:
        pattern = names.short if day.year == date.today().year else names.long
        return pattern.format(**fields(day))

    def time_of_day(value: time) -> str:
        hour = f"{value.hour:02d}" if names.hour_digits == 2 else str(value.hour)
        return f"{hour}:{value.minute:02d}"

    return DateStyle(
        long=long,
        short=short,
        time=time_of_day,
        weekday=lambda index: names.full_days[index],
        month=lambda number: names.full_months[number - 1],
        weekday_short=lambda index: names.days[index],
    )


ENGLISH = _style_of(_NAMES["en"])
_style = ENGLISH


def style_for_language(code: str) -> DateStyle:
    """The Qt-free style of a language the app speaks, as QLocale writes it for the
    language's main country ("Di., 8. Dez. 2026", "mar. 8 déc. 2026", "mar, 8 dic 2026");
    English for any other code."""
    return _style_of(_NAMES[code]) if code in _NAMES else ENGLISH


def use_style(style: DateStyle) -> None:
    """Make ``style`` the one every format_* function uses (the locale's, at start-up)."""
    global _style
    _style = style


def format_day(day: date) -> str:
    """A date in a sentence or title: 'Thu 3 Dec 2026' (in the installed style)."""
    return _style.long(day)


def format_short(day: date) -> str:
    """A date in a table or list: 'Thu 3 Dec' (the year when not this year's)."""
    return _style.short(day)


def format_time(value: time) -> str:
    return _style.time(value)


def weekday_name(index: int) -> str:
    """'Saturday' (Monday = 0) in the installed style's language."""
    return _style.weekday(index)


def month_name(number: int) -> str:
    """'December' (1-12) in the installed style's language."""
    return _style.month(number)


def relative(day: date, today: date) -> str:
    """'today', 'tomorrow', 'in 5 days', 'yesterday', '3 days ago'."""
    delta = (day - today).days
    if delta == 0:
        return _("today")
    if delta == 1:
        return _("tomorrow")
    if delta == -1:
        return _("yesterday")
    if delta > 0:
        return _.n("in %n day", "in %n days", delta)
    return _.n("%n day ago", "%n days ago", -delta)


def check_year(year: int) -> str | None:
    """A message when the year is outside what the app accepts, else None."""
    if year < MIN_YEAR or year > MAX_YEAR:
        return _("The year {year} is out of range: use a year between {first} and {last}.").format(
            year=year, first=MIN_YEAR, last=MAX_YEAR
        )
    return None
