"""A bar chart with its numbers written on the bars and a text table behind it.

pyqtgraph draws the bars: it is pure Python on top of Qt (no extra Qt modules, unlike
QtCharts, which needs the ~hundreds of MB PySide6-Addons wheel) and far lighter than
matplotlib's Qt backend. It is imported by this module only, which the Review tab loads
the first time it is shown, so start-up never pays for it.

Every chart reads in light and dark palettes (colours are taken from the widget's
palette and re-applied when it changes), never by colour alone (each bar carries its
number), and a "Table" button swaps it for a plain table with the same figures, which
is also what a screen reader is pointed at.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...i18n import translator

_ = translator(__name__)


@dataclass(frozen=True)
class Series:
    """One set of bars: their heights and the text written above each."""

    heights: Sequence[float]
    texts: Sequence[str]
    filled: bool = True  # filled, or an outline (a second series behind the first)


class ChartFigures(NamedTuple):
    """The arguments of ``BarChart.set_figures``."""

    labels: Sequence[str]
    series: Sequence[Series]
    headers: Sequence[str]
    rows: Sequence[Sequence[str]]
    caption: str = ""


def wrap_label(label: str, metrics: QFontMetrics, room: float) -> str:
    """``label`` as is when it fits ``room`` pixels, else broken at the space that makes
    its two lines most even."""
    if metrics.horizontalAdvance(label) <= room or " " not in label:
        return label
    words = label.split(" ")
    splits = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
    first, second = min(
        splits, key=lambda s: max(metrics.horizontalAdvance(s[0]), metrics.horizontalAdvance(s[1]))
    )
    return f"{first}\n{second}"


class BarChart(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        self._tick_lines = 1
        self._axis_height: float | None = None
        super().__init__(parent)
        self.title = QLabel(f"<b>{title}</b>", self)
        self.title.setWordWrap(True)  # a long title (German) wraps rather than widening its panel
        self.toggle = QToolButton(self)
        self.toggle.setText(_("Table"))
        self.toggle.setCheckable(True)
        self.toggle.setToolTip(_("Show these figures as a table (and back)"))
        self.toggle.setAccessibleName(_("{chart}: show as table").format(chart=title))
        self.toggle.toggled.connect(self._show_table)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.title, 1)
        head.addWidget(self.toggle)

        self.plot = pg.PlotWidget(self)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(False, False)
        self.plot.hideButtons()
        self.plot.getPlotItem().hideAxis("left")
        self.plot.setMinimumHeight(140)
        self.plot.setAccessibleName(title)
        self.table = QTableWidget(self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(_("{chart} (table)").format(chart=title))
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.plot)
        self.stack.addWidget(self.table)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.caption)

        self.labels: list[str] = []
        self.series: list[Series] = []
        self.bars: list[pg.BarGraphItem] = []
        self.texts: list[pg.TextItem] = []
        self._apply_palette()

    # -- content ------------------------------------------------------------------------
    def set_figures(
        self,
        labels: Sequence[str],
        series: Sequence[Series],
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        caption: str = "",
    ) -> None:
        """Bars for ``labels`` (one group per label, one bar per series), and the table."""
        self.labels = list(labels)
        self.series = list(series)
        self._draw()
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(list(headers))
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                item = QTableWidgetItem(cell)
                if c:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.caption.setText(caption)
        self.caption.setVisible(bool(caption))
        summary = "; ".join(
            f"{label}: {', '.join(s.texts[i] for s in self.series)}"
            for i, label in enumerate(self.labels)
        )
        self.plot.setAccessibleDescription(summary)

    def heights(self, series: int = 0) -> list[float]:
        """The drawn heights of one series (what a test compares with the figures)."""
        return [float(h) for h in self.bars[series].opts["height"]] if self.bars else []

    def _draw(self) -> None:
        plot = self.plot.getPlotItem()
        plot.clear()
        self.bars, self.texts = [], []
        n = len(self.labels)
        if not n:
            return
        pal = self.palette()
        text_colour = pal.color(QPalette.ColorRole.WindowText)
        accent = pal.color(QPalette.ColorRole.Highlight)
        most = max((max(s.heights, default=0) for s in self.series), default=0) or 1.0
        # Outline series first (behind), filled on top, all centred on the label.
        for s in sorted(self.series, key=lambda s: s.filled):
            width = 0.7 if not s.filled else (0.45 if len(self.series) > 1 else 0.7)
            bar = pg.BarGraphItem(
                x=list(range(n)),
                height=list(s.heights),
                width=width,
                brush=accent if s.filled else pg.mkBrush(None),
                pen=pg.mkPen(text_colour if not s.filled else accent, width=1.5),
            )
            plot.addItem(bar)
            self.bars.append(bar)
        # self.bars in the order the series were given
        order = sorted(range(len(self.series)), key=lambda k: self.series[k].filled)
        self.bars = [self.bars[order.index(k)] for k in range(len(self.series))]
        top = self.series[0]
        for i in range(n):
            label = pg.TextItem(top.texts[i], color=text_colour, anchor=(0.5, 1.0))
            label.setPos(i, max(s.heights[i] for s in self.series) + most * 0.02)
            plot.addItem(label)
            self.texts.append(label)
        self._fit_ticks()
        plot.setXRange(-0.6, n - 0.4, padding=0)
        plot.setYRange(0, most * 1.3, padding=0)  # room for the two-line figure above

    def _fit_ticks(self) -> None:
        """The bars' names under them, on two lines where one would run into the next
        ("text message" beside "social media" on a laptop, "Brief oder Karte" in German)."""
        if not self.labels:
            return
        axis = self.plot.getPlotItem().getAxis("bottom")
        slot = self.plot.width() / len(self.labels) - 8  # room for one name, with a gap
        metrics = QFontMetrics(axis.style.get("tickFont") or self.font())
        ticks = [(i, wrap_label(label, metrics, slot)) for i, label in enumerate(self.labels)]
        axis.setTicks([ticks])
        # Room under the axis for the tallest name (pyqtgraph sizes it for one line).
        lines = max(text.count("\n") + 1 for _i, text in ticks)
        if lines != self._tick_lines:
            if self._axis_height is None:
                self._axis_height = axis.height()
            axis.setHeight(self._axis_height + metrics.lineSpacing() * (lines - 1))
            self._tick_lines = lines

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_ticks()

    # -- palette ---------------------------------------------------------------------------
    def _apply_palette(self) -> None:
        pal = self.palette()
        self.plot.setBackground(pal.color(QPalette.ColorRole.Base))
        ink = pal.color(QPalette.ColorRole.WindowText)
        axis = self.plot.getPlotItem().getAxis("bottom")
        axis.setPen(pg.mkPen(ink))
        axis.setTextPen(pg.mkPen(ink))
        self._draw()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
        super().changeEvent(event)

    def _show_table(self, on: bool) -> None:
        self.stack.setCurrentIndex(1 if on else 0)
        self.toggle.setText(_("Chart") if on else _("Table"))
