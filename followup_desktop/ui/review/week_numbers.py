"""The week in numbers (planned, done, on time, late, kept, lapsed, new contacts, who is
losing touch) and the trend of the weeks before it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from ...domain import review_week
from ...domain.jogger import Formats
from ...i18n import translator
from ..kit.rich import esc, plain_label, rich_label
from .charts import BarChart, ChartFigures, Series
from .sheet import number, week_short

_ = translator(__name__)
#: The trend's table: one row per week.
TREND_HEADERS = (
    _.mark("Week from"),
    _.mark("Planned"),
    _.mark("Done"),
    _.mark("On time"),
    _.mark("Late"),
    _.mark("Kept"),
    _.mark("Lapsed"),
    _.mark("New contacts"),
)


class WeekNumbersBox(QGroupBox):
    """One labelled line per figure, and the trend chart under them."""

    def __init__(self, fmt: Formats, parent: QWidget | None = None) -> None:
        super().__init__(_("The week in numbers"), parent)
        self.fmt = fmt
        grid = QGridLayout()
        self.values: dict[str, QLabel] = {}
        lines = review_week.week_lines(review_week.WeekNumbers(date.today()), [])
        for r, (label, _value) in enumerate(lines):
            name = rich_label(f"<b>{esc(label)}</b>", self)
            value = plain_label("", self)  # category names as typed ("R&D <Europe>")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            name.setBuddy(value)
            grid.addWidget(name, r, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, r, 1)
            self.values[label] = value
        grid.setColumnStretch(1, 1)
        self.trend_chart = BarChart(
            _("My follow-ups done on time (filled) of those planned (outline)"), self
        )
        box = QVBoxLayout(self)
        box.addLayout(grid)
        box.addWidget(self.trend_chart, 1)

    def show_figures(
        self,
        week: review_week.WeekNumbers,
        losing: Sequence[review_week.LosingTouch],
        weeks: Sequence[review_week.WeekNumbers],
    ) -> None:
        for label, value in review_week.week_lines(week, losing):
            self.values[label].setText(value)
        self.trend_chart.set_figures(*trend_figures(weeks, self.fmt))


def trend_figures(weeks: Sequence[review_week.WeekNumbers], fmt: Formats) -> ChartFigures:
    """My follow-ups done on time of those planned, week by week."""
    return ChartFigures(
        [week_short(w.start) for w in weeks],
        [
            Series([w.planned for w in weeks], [f"{w.on_time}/{w.planned}" for w in weeks], False),
            Series([w.on_time for w in weeks], ["" for _w in weeks], True),
        ],
        tuple(_(h) for h in TREND_HEADERS),
        [
            (
                fmt.date(w.start),
                *(number(n) for n in (w.planned, w.done, w.on_time, w.late, w.kept, w.lapsed)),
                number(w.new_contacts),
            )
            for w in weeks
        ],
    )
