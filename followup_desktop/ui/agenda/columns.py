"""How the agenda's columns give way on a narrow window (``kit.columns.PriorityColumns``),
each section's fitted to its own content."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtGui import QFontMetrics

from ...domain import dates
from ..kit.columns import Column

# What the list must show at any width, in order: who, why, when, and the phone or
# e-mail to act on; then the channel, the company and the last interaction, which give
# way (hidden, with their text in the row's tooltips) on a narrow laptop window.
# (column, priority, minimum, preferred, stretches)
COLUMNS = [
    Column(0, 0, 120, 170),
    Column(2, 1, 150, 300, stretch=True, essential=True),
    Column(4, 2, 150, 220, essential=True),
    Column(6, 3, 150, 230, essential=True),
    Column(3, 4, 60, 80),
    Column(1, 5, 100, 150),
    Column(5, 6, 170, 300),
]
# No next step: no Due column (the contacts have nothing planned); the category where
# the others have the channel.
NONE_COLUMNS = [
    Column(0, 0, 120, 170),
    Column(2, 1, 150, 300, stretch=True, essential=True),
    Column(6, 2, 150, 230, essential=True),
    Column(3, 3, 90, 130),
    Column(1, 4, 100, 150),
    Column(5, 5, 170, 300),
]
# Key dates: the reminder ("Send a card", "Karte schicken") where the others have the
# channel.
KEYDATE_COLUMNS = [*COLUMNS[:4], Column(3, 4, 110, 130), *COLUMNS[5:]]
# Losing touch has shorter texts where the others have the due date.
LOSING_COLUMNS = [
    Column(0, 0, 120, 170),
    Column(2, 1, 120, 170, essential=True),
    Column(6, 2, 150, 230, essential=True),
    Column(4, 3, 90, 130),
    Column(3, 4, 100, 140),
    Column(1, 5, 100, 150),
    Column(5, 6, 170, 300, stretch=True),
]
_ICON = 24  # the overdue warning icon in the Due cell, with its gap
_PADDING = 16  # a cell's margins and grid line


def widest_day(metrics: QFontMetrics, year: int | None = None) -> date:
    """Of a week's days, the one whose short form is widest on screen: every weekday,
    with a long month's name ('Mo., 28. Sept.', 'lun. 28 sept.')."""
    year = year or date.today().year
    days = [date(year, 9, day) for day in range(22, 29)]
    return max(days, key=lambda day: metrics.horizontalAdvance(dates.format_short(day)))


def for_section(
    section: str,
    metrics: QFontMetrics,
    due_texts: Callable[[str, date], tuple[str, ...]],
    day: date,
) -> list[Column]:
    """The columns of ``section``: its Due column as wide as the longest of its own kind
    of Due text (``due_texts(section, day)``) in the language and font on screen; "34
    Tage überfällig · Mo., 28. Sept. 10:30" needs ~270 px, "Heute 10:30" a third of
    that, and the Reason has the rest."""
    if section == "losing":
        return LOSING_COLUMNS
    if section == "none":
        return NONE_COLUMNS
    columns = KEYDATE_COLUMNS if section == "keydates" else COLUMNS
    return fitted(columns, metrics, due_texts(section, day), icon=section == "overdue")


class SectionColumns:
    """Each section's columns (``for_section``), made when the section is first shown."""

    def __init__(
        self, metrics: QFontMetrics, due_texts: Callable[[str, date], tuple[str, ...]]
    ) -> None:
        self.metrics = metrics
        self.due_texts = due_texts
        self._day: date | None = None
        self._made: dict[str, list[Column]] = {}

    def __call__(self, section: str) -> list[Column]:
        columns = self._made.get(section)
        if columns is None:
            if self._day is None:
                self._day = widest_day(self.metrics)
            columns = for_section(section, self.metrics, self.due_texts, self._day)
            self._made[section] = columns
        return columns


def fitted(
    columns: list[Column], metrics: QFontMetrics, due_texts: tuple[str, ...], icon: bool = False
) -> list[Column]:
    """``columns`` with the Due column as wide as the longest of ``due_texts`` (and the
    warning icon); essential columns reach their preferred width before the others
    grow (``kit.columns.plan_widths``)."""
    longest = max((metrics.horizontalAdvance(text) for text in due_texts), default=0)
    wanted = longest + (_ICON if icon else 0) + _PADDING
    return [
        c._replace(minimum=min(c.minimum, wanted), preferred=wanted) if c.index == 4 else c
        for c in columns
    ]
