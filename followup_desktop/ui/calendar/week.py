"""The week grid: seven painted columns, date-only follow-ups in an all-day band on top,
timed ones at their time of day. Dropping on a time sets the time; on the band, none."""

from __future__ import annotations

import math
from datetime import date, datetime, time

from PySide6.QtCore import QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QWidget

from ...domain import calendar_grid as grid
from ...domain import dates
from ...i18n import translator
from ...store.calendar import CalendarItem
from ..kit.date_field import to_qdate
from .canvas import ALIGN_CENTER, KEEP, Hit
from .choosing import ChoosingCanvas
from .month import day_summary
from .style import CalendarStyle, date_patterns
from .text_cache import FontInfo

_ = translator(__name__)

DAY_START, DAY_END = 7, 20  # hours always shown; stretched to fit earlier/later items
# The time grid keeps at least this share of a line per hour when the week has timed
# follow-ups (readable, clickable half hours); with none it keeps only a few lines.
MIN_HOUR_LINES = 1.0
MIN_EMPTY_GRID_LINES = 3
# ...and never less than this share of the room below the day heads: on a big book
# (hundreds of date-only follow-ups a day) the all-day band would take it all and leave
# the hours a strip too thin to read or drop on. The band lists what fits, then "+N more".
BAND_MAX_SHARE = 0.5
SLOT_MINUTES = 30  # timed items sharing a half hour share one block ("+N")
DROP_MINUTES = 15


class WeekGrid(ChoosingCanvas):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarWeek")
        self.setAccessibleName(_("Week"))
        self.first_weekday = grid.MONDAY
        self.dates = grid.week_range(self.today).dates()
        self.hours = (DAY_START, DAY_END)
        self._cols: list[tuple[date, QRectF]] = []
        self._bands: list[tuple[date, QRectF]] = []
        self._times: list[tuple[date, QRectF]] = []
        self._items: list[tuple[QRectF, CalendarItem]] = []
        self._more: list[tuple[QRectF, date, int]] = []
        self._header_h = self._band_h = self._gutter_w = self._hour_h = 0.0

    def set_week(self, start: date, first_weekday: int) -> None:
        self.first_weekday = first_weekday
        self.dates = grid.week_range(start, first_weekday).dates()

    # -- geometry ---------------------------------------------------------------------------
    def _hour_range(self) -> tuple[int, int]:
        first, last = DAY_START, DAY_END
        for day in self.dates:
            for item in self.data.day_items(day):
                if item.due_time is not None:
                    first = min(first, item.due_time.hour)
                    last = max(last, item.due_time.hour + 1)
        return first, min(24, last)

    def relayout(self) -> None:
        fm = QFontMetrics(self.font())
        line = fm.height() + 3
        self._header_h = fm.height() * 2 + 12
        # The hours as the locale writes them ("9 AM" is wider than "09:00"), and the
        # all-day band's name ("Ganztägig" is wider still).
        labels = [dates.format_time(time(hour)) for hour in range(24)] + [_("All day")]
        self._gutter_w = max(fm.horizontalAdvance(t) for t in labels) + 14
        band_items = {
            d: [i for i in self.data.day_items(d) if i.due_time is None] for d in self.dates
        }
        needed = max((len(v) for v in band_items.values()), default=0)
        hidden_any = any(self.data.count(d) > len(self.data.day_items(d)) for d in self.dates)
        self.hours = self._hour_range()
        n_hours = self.hours[1] - self.hours[0]
        # Most follow-ups have a day but no time: the all-day band grows to list them
        # all, taking the room the (then often empty) hours would have had; "+N more"
        # only when they truly do not fit beside a readable time grid.
        any_timed = any(i.due_time is not None for d in self.dates for i in self.data.day_items(d))
        grid_lines = n_hours * MIN_HOUR_LINES if any_timed else MIN_EMPTY_GRID_LINES
        below_heads = self.height() - self._header_h - 6
        room = int(min(below_heads - grid_lines * line, below_heads * BAND_MAX_SHARE) // line)
        lines = max(1, min(max(1, room), needed + (1 if hidden_any else 0)))
        self._band_h = lines * line + 6
        top = self._header_h + self._band_h
        min_hour = line if any_timed else line * MIN_EMPTY_GRID_LINES / max(1, n_hours)
        self._hour_h = max(min_hour, (self.height() - top) / max(1, n_hours))
        w = max(1.0, (self.width() - self._gutter_w) / 7)
        self._cols, self._bands, self._times = [], [], []
        self._items, self._more, hits = [], [], []
        for col, day in enumerate(self.dates):
            x = self._gutter_w + col * w
            column = QRectF(x, 0, w, self.height())
            band = QRectF(x, self._header_h, w, self._band_h)
            times = QRectF(x, top, w, self.height() - top)
            self._cols.append((day, column))
            self._bands.append((day, band))
            self._times.append((day, times))
            hits.append(Hit(column, "day", day))
            visible = 0
            all_day = band_items[day]
            timed = [(i, i.due_time) for i in self.data.day_items(day) if i.due_time is not None]
            slots: dict[int, list[CalendarItem]] = {}
            for item, due in timed:
                minutes = due.hour * 60 + due.minute
                slots.setdefault(minutes // SLOT_MINUTES, []).append(item)
            pinned = self.pinned.id if self.pinned is not None else None
            for group in slots.values():  # the follow-up just moved heads its half hour
                group.sort(key=lambda i: i.id != pinned)
            total = self.data.count(day)
            hidden_elsewhere = total - len(all_day) - len(timed)
            for slot, group in slots.items():
                y = self._y_for(slot * SLOT_MINUTES)
                h = max(line - 1, self._hour_h * SLOT_MINUTES / 60 - 1)
                r = QRectF(x + 2, y + 0.5, w - 4, h)
                if len(group) > 1:
                    badge = QRectF(r.right() - 34, r.top(), 34, line - 1)
                    self._more.append((badge, day, len(group) - 1))
                    r.setRight(badge.left() - 1)
                self._items.append((r, group[0]))
                hits.append(Hit(r, "item", day, group[0]))
                if len(group) > 1:
                    hits.append(Hit(self._more[-1][0], "more", day))
                visible += 1
            room = lines
            overflow = len(all_day) + hidden_elsewhere > room
            lines_free = room - 1 if overflow else room
            shown = all_day[:lines_free]
            if self.pinned is not None and self.pinned.due_time is None:
                shown = self.pin_into(day, shown, lines_free)
            y = band.top() + 3
            for item in shown:
                r = QRectF(x + 2, y, w - 4, line - 1)
                self._items.append((r, item))
                hits.append(Hit(r, "item", day, item))
                y += line
            rest = len(all_day) - len(shown) + hidden_elsewhere
            if rest > 0:
                r = QRectF(x + 2, y, w - 4, line - 1)
                self._more.append((r, day, rest))
                hits.append(Hit(r, "more", day))
        self.hits = hits

    def _y_for(self, minutes: int) -> float:
        top = self._header_h + self._band_h
        return top + (minutes / 60 - self.hours[0]) * self._hour_h

    def _minutes_at(self, y: float) -> int:
        top = self._header_h + self._band_h
        return int(((y - top) / self._hour_h + self.hours[0]) * 60)

    def drop_target(self, pos: QPointF):
        for (day, column), (_day, band), (_same, times) in zip(
            self._cols, self._bands, self._times, strict=True
        ):
            if not column.contains(pos):
                continue
            if band.contains(pos):
                return day, None
            if times.contains(pos):
                minutes = grid.minutes_to_slot(self._minutes_at(pos.y()), DROP_MINUTES)
                return day, time(minutes // 60, minutes % 60)
            return day, KEEP
        return None

    def target_rect(self, target) -> QRectF | None:
        day, when = target
        index = self.dates.index(day) if day in self.dates else -1
        if index < 0:
            return None
        if when is None:
            return self._bands[index][1]
        if when is KEEP:
            return self._cols[index][1]
        col = self._times[index][1]
        y = self._y_for(when.hour * 60 + when.minute)
        return QRectF(col.left(), y, col.width(), self._hour_h * DROP_MINUTES / 60)

    def time_pos(self, day: date, when: time) -> QPointF:
        """The point in the grid where ``when`` on ``day`` is (for tests and drops)."""
        col = self._times[self.dates.index(day)][1]
        y = self._y_for(when.hour * 60 + when.minute) + 1
        return QPointF(col.center().x(), y)

    def band_pos(self, day: date) -> QPointF:
        return self._bands[self.dates.index(day)][1].center()

    # -- painting ---------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        st = self.style_
        p = QPainter(self)
        if st is None:
            p.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
            return
        fonts = self.begin_paint(p)
        fm = fonts["normal"].metrics
        bold = fonts["bold"]
        locale = self.locale()
        p.fillRect(self.rect(), st.base)
        p.fillRect(QRectF(0, 0, self.width(), self._header_h), st.window)
        top = self._header_h + self._band_h
        # Hour lines and labels (on a grid squeezed by a full all-day band, a label
        # every few hours so they never overlap).
        every = max(1, math.ceil(fm.height() / max(1.0, self._hour_h)))
        for hour in range(self.hours[0], self.hours[1] + 1):
            y = self._y_for(hour * 60)
            p.setPen(st.grid)
            p.drawLine(QPointF(self._gutter_w, y), QPointF(self.width(), y))
            if hour < self.hours[1] and (hour - self.hours[0]) % every == 0:
                p.setPen(st.dimmed)
                p.drawText(
                    QRectF(0, y + 1, self._gutter_w - 6, fm.height()),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                    dates.format_time(time(hour)),
                )
        p.setPen(st.dimmed)
        p.drawText(
            QRectF(0, self._header_h, self._gutter_w - 6, self._band_h),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            _("All day"),
        )
        for (day, column), (_day, band) in zip(self._cols, self._bands, strict=True):
            if day == self.today:
                p.fillRect(column.adjusted(0, self._header_h, 0, 0), st.today_fill)
            p.fillRect(band, st.other_month)
            p.setPen(st.grid)
            p.drawLine(column.topLeft(), column.bottomLeft())
            p.drawLine(QPointF(band.left(), band.bottom()), band.bottomRight())
            self._paint_head(p, st, day, column, fm, bold, locale)
        for rect, item in self._items:
            if rect.top() >= top:  # a timed block: a light box behind the line
                p.fillRect(rect, st.tint(item.category_id, not item.is_open, 35))
            self.paint_item(p, rect, item)
        p.setPen(st.link)
        for rect, _day, n in self._more:
            more = _.n("+%n more", "+%n more", n) if rect.width() > 40 else f"+{n}"
            self.draw_text(p, rect, more, ALIGN_CENTER)
        self._paint_now(p, st)
        sel = next((c for d, c in self._cols if d == self.selected), None)
        if sel is not None:
            p.setPen(st.highlight)
            p.drawRect(sel.adjusted(1, 1, -1, -1))
        self.paint_chosen(p, st)
        self.paint_drag(p)

    def _paint_head(
        self,
        p: QPainter,
        st: CalendarStyle,
        day: date,
        column: QRectF,
        fm: QFontMetrics,
        bold: FontInfo,
        locale: QLocale,
    ) -> None:
        formats = date_patterns(locale)
        first = day.day == 1 or day == self.dates[0]  # names its month
        label = locale.toString(
            to_qdate(day), formats.weekday_day_month if first else formats.weekday_day
        )
        r1 = QRectF(column.left() + 2, 4, column.width() - 4, fm.height())
        if day == self.today:
            p.setBrush(st.highlight)
            p.setPen(Qt.PenStyle.NoPen)
            p.drawRoundedRect(r1.adjusted(4, -2, -4, 2), 6, 6)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(st.highlighted_text)
        else:
            p.setPen(st.text)
        self.draw_text(p, r1, label, ALIGN_CENTER, font=bold)
        text, warn = day_summary(
            self.data.count(day), self.data.open_count(day), day, self.today,
            self.data.waiting_count(day),
        )  # fmt: skip
        p.setPen(st.overdue if warn else st.dimmed)
        r2 = QRectF(column.left() + 2, 6 + fm.height(), column.width() - 4, fm.height())
        self.draw_text(p, r2, text, ALIGN_CENTER)

    def _paint_now(self, p: QPainter, st: CalendarStyle) -> None:
        if self.today not in self.dates:
            return
        now = datetime.now()
        minutes = now.hour * 60 + now.minute
        if not self.hours[0] * 60 <= minutes <= self.hours[1] * 60:
            return
        col = self._times[self.dates.index(self.today)][1]
        y = self._y_for(minutes)
        pen = p.pen()
        pen.setColor(st.overdue)
        pen.setWidth(2)
        p.setPen(pen)
        p.drawLine(QPointF(col.left(), y), QPointF(col.right(), y))
