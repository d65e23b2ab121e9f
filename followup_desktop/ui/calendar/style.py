"""Colours, short labels and item text shared by the month, week and day views.

Every colour comes from the palette (light and dark) or is derived from it; a
category's colour always comes with a text cue (its short code) and an overdue
item always with a sign, so nothing is told by colour alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time
from functools import lru_cache

from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QColor, QPalette

from ...domain import dates
from ...domain.vocabulary import channel_label, status_label, whose_label
from ...domain.week_title import SpanDates
from ...i18n import translator
from ...store.calendar import CalendarItem
from ..kit import locale_dates
from ..kit.contrast import MUTED, WARNING, is_dark, tone
from ..kit.rich import esc

_ = translator(__name__)

OVERDUE_SIGN = "\u26a0"  # warning sign
DONE_SIGN = "\u2713"  # check mark
CANCELLED_SIGN = "\u2715"  # multiplication x
THEIRS_SIGN = "\u21a9"  # leftwards arrow with hook: "their move"

# Hues chosen to stay apart from each other and from the warning red.
_HUES = (212, 140, 32, 275, 185, 320, 55, 245, 95, 350)


def short_codes(names: dict[int, str]) -> dict[int, str]:
    """A 2-4 letter code per category, unique among them: Clients -> "Cl"."""
    codes: dict[int, str] = {}
    for length in (2, 3, 4):
        pending = {cid: n for cid, n in names.items() if cid not in codes}
        prefixes = {cid: (n.strip() or "?")[:length].title() for cid, n in pending.items()}
        taken = set(codes.values())
        for cid, code in prefixes.items():
            clashes = sum(1 for other in prefixes.values() if other == code) > 1
            if not clashes and code not in taken:
                codes[cid] = code
    for i, cid in enumerate(cid for cid in names if cid not in codes):
        codes[cid] = f"{(names[cid].strip() or '?')[:1].title()}{i + 1}"
    return codes


class CalendarStyle:
    """Everything the painters need, derived once per palette or category change
    (colours are plain attributes: painting reads them hundreds of times a frame)."""

    def __init__(self, palette: QPalette, names: dict[int, str]) -> None:
        self.palette = palette
        self.names = names
        self.codes = short_codes(names)
        self.dark = dark = is_dark(palette)
        self.colours: dict[int, QColor] = {}
        self.tints: dict[tuple[int, bool, int], QColor] = {}
        for i, cid in enumerate(names):
            hue = _HUES[i % len(_HUES)]
            self.colours[cid] = QColor.fromHsl(hue, 150, 150 if dark else 105)
        role = palette.color
        self.text = role(QPalette.ColorRole.Text)
        self.base = role(QPalette.ColorRole.Base)
        self.window = role(QPalette.ColorRole.Window)
        self.grid = role(QPalette.ColorRole.Mid)
        # Secondary text (week numbers, hours, other months' days, closed items, counts):
        # the palette's disabled grey was 1.8:1 on Fusion's light base (#bebebe on white);
        # the muted tone keeps AA on the cells, the other month's cells and the window.
        self.dimmed = tone(palette, MUTED)
        self.other_month = role(QPalette.ColorRole.AlternateBase)
        self.highlight = role(QPalette.ColorRole.Highlight)
        self.highlighted_text = role(QPalette.ColorRole.HighlightedText)
        self.today_fill = QColor(self.highlight)
        self.today_fill.setAlpha(40)
        self.overdue = tone(palette, WARNING)  # AA on this palette, light or dark
        self.link = role(QPalette.ColorRole.Link)
        self.tooltip_base = role(QPalette.ColorRole.ToolTipBase)
        self.fallback = role(QPalette.ColorRole.Mid)

    @classmethod
    def build(cls, palette: QPalette, names: dict[int, str]) -> CalendarStyle:
        return cls(palette, names)

    def colour(self, category_id: int) -> QColor:
        return self.colours.get(category_id, self.fallback)

    def tint(self, category_id: int, closed: bool, alpha: int) -> QColor:
        """The category colour, faded (closed items) or as a light background."""
        key = (category_id, closed, alpha)
        c = self.tints.get(key)
        if c is None:
            c = QColor(self.colour(category_id))
            c.setAlpha(alpha // 2 if closed else alpha)
            self.tints[key] = c
        return c

    def code(self, category_id: int) -> str:
        return self.codes.get(category_id, "?")


_WEEKDAY = re.compile(r"ddd[,.]?\s*")
_MONTH = re.compile(r"\s*MMM")


@dataclass(frozen=True)
class DatePatterns:
    """The calendar's dates as the locale writes them (QDate formats, derived from the
    app's one date style, ui.kit.locale_dates): "30. Nov. 2026" / "Nov 30, 2026"."""

    date: str  # 30. Nov. 2026
    day_month: str  # 30. Nov.
    weekday_day_month: str  # Di., 1. Dez.
    weekday_day: str  # Mi., 2.
    day: str  # 2.

    def span_dates(self, locale: QLocale) -> SpanDates:
        """The same as domain.week_title writes a week's span with them."""

        def writer(pattern: str):
            return lambda day: locale.toString(QDate(day.year, day.month, day.day), pattern)

        day_first = self.day_month.find("d") < self.day_month.find("M")
        return SpanDates(writer(self.date), writer(self.day_month), writer(self.day), day_first)


def date_patterns(locale: QLocale) -> DatePatterns:
    return _patterns(locale.name())


@lru_cache(maxsize=8)
def _patterns(name: str) -> DatePatterns:
    locale = QLocale(name)
    day_month = locale_dates.day_month_format(locale)
    return DatePatterns(
        date=_WEEKDAY.sub("", locale_dates.long_format(locale)),
        day_month=_WEEKDAY.sub("", day_month),
        weekday_day_month=day_month,
        weekday_day=_MONTH.sub("", day_month),
        day=_WEEKDAY.sub("", _MONTH.sub("", day_month)).strip(" ,"),
    )


def time_text(t: time | None) -> str:
    """A time of day as the chosen locale writes it ("09:30", "9:30 AM")."""
    return "" if t is None else dates.format_time(t)


def status_sign(item: CalendarItem, today: date) -> str:
    if item.status == "done":
        return DONE_SIGN
    if item.status == "cancelled":
        return CANCELLED_SIGN
    if item.is_overdue(today):
        return OVERDUE_SIGN
    return ""


def item_label(item: CalendarItem, today: date, *, with_time: bool = True) -> str:
    """One line: sign, time, contact and reason, e.g. "⚠ 09:30 Ann Lee · send pricing"."""
    parts = []
    sign = status_sign(item, today)
    if sign:
        parts.append(sign)
    if item.whose == "theirs":
        parts.append(THEIRS_SIGN)
    if with_time and item.due_time is not None:
        parts.append(time_text(item.due_time))
    parts.append(f"{item.contact_name} \u00b7 {item.reason}")
    return " ".join(parts)


def item_tooltip(item: CalendarItem, today: date, category: str, *, keyboard: bool = False) -> str:
    """The follow-up whole, in three lines, and what can be done with it: by mouse, or,
    when it was chosen from the keyboard, by keys."""
    when = dates.format_day(item.due_date) + (
        f" {time_text(item.due_time)}" if item.due_time else ""
    )
    if item.is_open and item.whose == "theirs":
        state = item.promise(today).state_text()  # the agenda's and the list's words
    elif item.is_open and item.is_overdue(today):
        state = _("overdue")
    else:
        state = status_label(item.status)
    lines = (
        f"{item.contact_name}: {item.reason}",
        f"{when} \u00b7 {channel_label(item.channel)} \u00b7 {whose_label(item.whose)}",
        f"{category} \u00b7 {state}",
        _("Enter for actions; Ctrl+Shift+arrows move it by a working day or a week.")
        if keyboard
        else _("Click for actions; drag to another day to reschedule."),
    )
    return "\n".join(lines)


def legend_html(style: CalendarStyle) -> str:
    """The key under the calendar: each category's colour and code, then the signs.

    On a narrow window the key wraps onto a second line between entries, never inside
    one ("Persönliche Kontakte" stays together with its colour and code)."""
    parts = []
    for cid, name in style.names.items():
        colour = style.colour(cid).name()
        parts.append(
            f'<span style="background-color:{colour}">&nbsp;&nbsp;&nbsp;</span>&nbsp;'
            f"<b>{_unbroken(style.code(cid))}</b>&nbsp;{_unbroken(name)}"
        )
    signs = (
        f"{OVERDUE_SIGN} " + _("overdue"),
        f"{THEIRS_SIGN} " + whose_label("theirs"),
        f"{DONE_SIGN} " + status_label("done"),
        f"{CANCELLED_SIGN} " + status_label("cancelled"),
    )
    return "&nbsp;&nbsp;&nbsp; ".join(parts + [_unbroken(s) for s in signs])


def _unbroken(text: str) -> str:
    """Escaped, with no-break spaces: a line break never falls inside it."""
    return esc(text).replace(" ", "&nbsp;")
