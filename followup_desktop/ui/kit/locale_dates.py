"""The locale's date style (QLocale), installed for every date the app writes (and its
country, for phone numbers typed without a country code).

``install()`` builds a ``domain.dates.DateStyle`` from the system locale: its language
for day and month names, its order (day or month first), its 12- or 24-hour clock, and
makes it the style of ``domain.dates.format_day``/``format_short``/``format_time``, which
every view, dialog, undo text and the printed list go through.
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QLocale, QTime

from ...domain import dates, phones


def style_for(locale: QLocale | None = None) -> dates.DateStyle:
    loc = locale or QLocale()
    short_format = loc.dateFormat(QLocale.FormatType.ShortFormat)
    month_first = short_format.find("M") < short_format.find("d")
    day_month = "ddd MMM d" if month_first else "ddd d MMM"
    long_format = "ddd MMM d, yyyy" if month_first else "ddd d MMM yyyy"

    def qdate(d: date) -> QDate:
        return QDate(d.year, d.month, d.day)

    def long(d: date) -> str:
        return loc.toString(qdate(d), long_format)

    def short(d: date) -> str:
        return loc.toString(qdate(d), day_month if d.year == date.today().year else long_format)

    def time_of_day(t: time) -> str:
        return loc.toString(QTime(t.hour, t.minute), QLocale.FormatType.ShortFormat)

    return dates.DateStyle(long=long, short=short, time=time_of_day)


def install(locale: QLocale | None = None) -> dates.DateStyle:
    """The locale's date style, and its country for phone numbers typed without one."""
    loc = locale or QLocale()
    style = style_for(loc)
    dates.use_style(style)
    parts = loc.name().split("_")
    if len(parts) > 1 and len(parts[1]) == 2:
        phones.use_region(parts[1])
    return style
