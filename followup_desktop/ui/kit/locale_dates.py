"""The locale's date style (QLocale), installed for every date the app writes (and its
country, for phone numbers typed without a country code).

``install()`` builds a ``domain.dates.DateStyle`` from the system locale: its language
for day and month names, its order (day or month first), its 12- or 24-hour clock, and
makes it the style of ``domain.dates.format_day``/``format_short``/``format_time``, which
every view, dialog, undo text and the printed list go through.

English keeps its compact "Tue 8 Dec 2026" / "Tue Dec 8, 2026" (so does a locale whose
language the app does not speak). German, French and Spanish take the locale's own long
format with abbreviated names ("dddd, d. MMMM yyyy" becomes "Di., 8. Dez. 2026"; Spanish
drops its "de": "mar, 8 dic 2026"), which is what the command line writes without Qt
(``domain.dates.style_for_language``).
"""

from __future__ import annotations

import re
from datetime import date, time

from PySide6.QtCore import QDate, QLocale, QTime

from ...domain import dates, phones

#: The languages the app speaks besides English: their dates follow the locale's own long
#: format (English, and a locale the app does not speak, keep the compact one).
_OWN_LONG_FORMAT = (QLocale.Language.German, QLocale.Language.French, QLocale.Language.Spanish)


def long_format(locale: QLocale | None = None) -> str:
    """The QDate format of a date in a sentence, for this locale ("ddd, d. MMM yyyy")."""
    loc = locale or QLocale()
    if loc.language() not in _OWN_LONG_FORMAT:
        short_format = loc.dateFormat(QLocale.FormatType.ShortFormat)
        month_first = short_format.find("M") < short_format.find("d")
        return "ddd MMM d, yyyy" if month_first else "ddd d MMM yyyy"
    text = loc.dateFormat(QLocale.FormatType.LongFormat)
    text = re.sub(r"\s*'de'", "", text)  # "d 'de' MMMM 'de' yyyy": abbreviated, no "de"
    return text.replace("dddd", "ddd").replace("MMMM", "MMM")


def day_month_format(locale: QLocale | None = None) -> str:
    """The same without the year ("ddd, d. MMM"), for dates of this year in tables."""
    without_year = re.sub(r"[\s,.]*y+", "", long_format(locale))
    return without_year.strip(" ,")


def style_for(locale: QLocale | None = None) -> dates.DateStyle:
    loc = locale or QLocale()
    long_fmt, day_month = long_format(loc), day_month_format(loc)
    long_names = QLocale.FormatType.LongFormat

    def qdate(d: date) -> QDate:
        return QDate(d.year, d.month, d.day)

    def long(d: date) -> str:
        return loc.toString(qdate(d), long_fmt)

    def short(d: date) -> str:
        return loc.toString(qdate(d), day_month if d.year == date.today().year else long_fmt)

    def time_of_day(t: time) -> str:
        return loc.toString(QTime(t.hour, t.minute), QLocale.FormatType.ShortFormat)

    return dates.DateStyle(
        long=long,
        short=short,
        time=time_of_day,
        weekday=lambda index: loc.dayName(index + 1, long_names),
        month=lambda number: loc.monthName(number, long_names),
        weekday_short=lambda index: loc.dayName(index + 1, QLocale.FormatType.ShortFormat),
    )


def install(locale: QLocale | None = None) -> dates.DateStyle:
    """The locale's date style, and its country for phone numbers typed without one."""
    loc = locale or QLocale()
    style = style_for(loc)
    dates.use_style(style)
    parts = loc.name().split("_")
    if len(parts) > 1 and len(parts[1]) == 2:
        phones.use_region(parts[1])
    return style
