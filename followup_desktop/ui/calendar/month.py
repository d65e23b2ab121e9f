"""The month grid: six painted weeks, each day with its count and first few follow-ups."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLineF, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QWidget

from ...domain import calendar_grid as grid
from ...domain.week_title import week_number
from ...i18n import translator
from ...store.calendar import CalendarItem
from ..kit.date_field import to_qdate
from .canvas import ALIGN_CENTER, KEEP, Hit
from .choosing import ChoosingCanvas
from .style import OVERDUE_SIGN, CalendarStyle, date_patterns
from .text_cache import FontInfo

_ = translator(__name__)

#: How many painted months are kept (a few MB each): enough to go back and forth.
FRAME_CACHE = 8


def day_summary(
    total: int, n_open: int, day: date, today: date, waiting: int = 0
) -> tuple[str, bool]:
    """The count line of a day cell and whether it is an overdue warning.

    A past day's open promises of theirs whose fallback is still ahead are not
    overdue (followup_rules.promise_status, as the agenda and the printed list)."""
    overdue = n_open - waiting if day < today else 0
    if overdue:
        return f"{OVERDUE_SIGN} " + _.n("%n overdue", "%n overdue", overdue), True
    if waiting:
        return _.n("%n no word yet", "%n no word yet", waiting), False
    if total:
        return _.n("%n due", "%n due", total), False
    return "", False


class MonthGrid(ChoosingCanvas):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarMonth")
        self.setAccessibleName(_("Month"))
        self.year, self.month = self.today.year, self.today.month
        self.first_weekday = grid.MONDAY
        self.dates: list[date] = grid.month_grid(self.year, self.month)
        self._cells: list[tuple[date, QRectF]] = []
        self._items: list[tuple[QRectF, CalendarItem]] = []
        self._more: list[tuple[QRectF, date, int]] = []
        self._header_h = 0.0
        self._weekno_w = 0.0
        self._lines: list[QLineF] = []
        #: Painted months: (data, style, geometry key, pixmap), most recent last.
        self._frames: list[tuple[object, object, tuple, QPixmap]] = []

    def set_month(self, year: int, month: int, first_weekday: int) -> None:
        self.year, self.month, self.first_weekday = year, month, first_weekday
        self.dates = grid.month_grid(year, month, first_weekday)

    # -- geometry ---------------------------------------------------------------------------
    def _line_h(self) -> int:
        return QFontMetrics(self.font()).height() + 3

    def relayout(self) -> None:
        fm = QFontMetrics(self.font())
        self._header_h = fm.height() + 10
        week_header = _("Wk", "week number")
        self._weekno_w = max(fm.horizontalAdvance(t) for t in ("53", week_header)) + 14
        w = max(1.0, (self.width() - self._weekno_w) / 7)
        h = max(1.0, (self.height() - self._header_h) / grid.GRID_WEEKS)
        line = self._line_h()
        top_line = fm.height() + 6
        self._cells, self._items, self._more, hits = [], [], [], []
        left, top, bottom = self._weekno_w, self._header_h, self._header_h + grid.GRID_WEEKS * h
        self._lines = [QLineF(left + c * w, top, left + c * w, bottom) for c in range(8)]
        self._lines += [
            QLineF(left, top + r * h, left + 7 * w, top + r * h) for r in range(grid.GRID_WEEKS + 1)
        ]
        for i, day in enumerate(self.dates):
            row, col = divmod(i, 7)
            rect = QRectF(self._weekno_w + col * w, self._header_h + row * h, w, h)
            self._cells.append((day, rect))
            hits.append(Hit(rect, "day", day))
            total = self.data.count(day)
            if not total:
                continue
            items = self.data.day_items(day)
            capacity = max(0, int((h - top_line - 2) // line))
            shown = min(len(items), capacity)
            if total > shown:  # keep a line for "+N more"
                shown = min(len(items), max(0, capacity - 1))
            y = rect.top() + top_line
            for item in self.pin_into(day, items[:shown], shown):
                r = QRectF(rect.left() + 3, y, w - 6, line - 1)
                self._items.append((r, item))
                hits.append(Hit(r, "item", day, item))
                y += line
            if total > shown and capacity > 0:
                r = QRectF(rect.left() + 3, y, w - 6, line - 1)
                self._more.append((r, day, total - shown))
                hits.append(Hit(r, "more", day))
        self.hits = hits

    def drop_target(self, pos: QPointF):
        for day, rect in self._cells:
            if rect.contains(pos):
                return day, KEEP
        return None

    def shown_items(self, day: date) -> list[CalendarItem]:
        """The follow-ups drawn in a day's cell (what a user can see without opening it)."""
        return [item for _place, item in self._items if item.due_date == day]

    def more_count(self, day: date) -> int:
        return next((n for _place, d, n in self._more if d == day), 0)

    # -- painting ---------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        st = self.style_
        p = QPainter(self)
        if st is None:
            p.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
            return
        p.drawPixmap(0, 0, self._frame(st))
        sel = self.day_rect(self.selected)
        if sel is not None and self.hasFocus():
            p.setPen(st.highlight)
            p.drawRect(sel.adjusted(1, 1, -1, -1))
            p.drawRect(sel.adjusted(2, 2, -2, -2))
        elif sel is not None:
            p.setPen(st.highlight)
            p.drawRect(sel.adjusted(1, 1, -1, -1))
        self.paint_chosen(p, st)
        self.begin_paint(p)
        self.paint_drag(p)

    def _frame(self, st: CalendarStyle) -> QPixmap:
        """The grid without selection or drag, painted once per month shown.

        Kept for the last few months (by the identity of their data, style and
        geometry): switching back to a month already seen, with nothing changed,
        is a single blit. Data reloaded after any write is a new object, so a
        changed month is always painted afresh.
        """
        dpr = self.devicePixelRatioF()
        key = (
            self.width(),
            self.height(),
            dpr,
            self.today,
            self.year,
            self.month,
            self.first_weekday,
            self.fonts()["normal"].key,
            self.pinned.id if self.pinned is not None else None,
        )
        for i, (data, style, k, cached) in enumerate(self._frames):
            if data is self.data and style is self.style_ and k == key:
                self._frames.append(self._frames.pop(i))
                return cached
        size = QSize(self.width(), self.height()) * dpr
        pix: QPixmap | None = None
        if len(self._frames) >= FRAME_CACHE:
            # Paint over the oldest frame: a new 4 MB pixmap costs page faults on first touch.
            pix = self._frames.pop(0)[3]
            if pix.size() != size or pix.devicePixelRatio() != dpr:
                pix = None
        if pix is None:
            pix = QPixmap(size)
            pix.setDevicePixelRatio(dpr)
        p = QPainter(pix)
        self._paint_frame(p, st)
        p.end()
        self._frames.append((self.data, self.style_, key, pix))
        del self._frames[:-FRAME_CACHE]
        return pix

    def _paint_frame(self, p: QPainter, st: CalendarStyle) -> None:
        fonts = self.begin_paint(p)
        fm = fonts["normal"].metrics
        bold = fonts["bold"]
        locale = self.locale()
        p.fillRect(self.rect(), st.base)
        # Weekday names.
        header = QRectF(0, 0, self.width(), self._header_h)
        p.fillRect(header, st.window)
        p.setPen(st.text)
        w = (self.width() - self._weekno_w) / 7
        for col, wd in enumerate(grid.weekday_order(self.first_weekday)):
            name = locale.dayName(wd, QLocale.FormatType.ShortFormat)
            r = QRectF(self._weekno_w + col * w, 0, w, self._header_h)
            self.draw_text(p, r, name, ALIGN_CENTER)
        p.setPen(st.dimmed)
        week_header = _("Wk", "week number")
        self.draw_text(p, QRectF(0, 0, self._weekno_w, self._header_h), week_header, ALIGN_CENTER)
        # Day cells.
        top_line = fm.height() + 6
        for i, (day, rect) in enumerate(self._cells):
            if i % 7 == 0:
                p.setPen(st.dimmed)
                self.draw_text(
                    p,
                    QRectF(0, rect.top() + 3, self._weekno_w, fm.height()),
                    str(week_number(day)),
                    ALIGN_CENTER,
                )
            if day.month != self.month:
                p.fillRect(rect, st.other_month)
            if day == self.today:
                p.fillRect(rect, st.today_fill)
            self._paint_day_head(p, st, rect, day, fm, bold, top_line, locale)
        # The grid: 15 lines in one call (a rectangle per cell drew each inner edge twice).
        p.setPen(st.grid)
        p.drawLines(self._lines)
        for rect, item in self._items:
            self.paint_item(p, rect, item)
        p.setPen(st.link)
        normal = fonts["normal"]
        for rect, _day, n in self._more:
            text = self.texts.elided(normal, _.n("+%n more", "+%n more", n), int(rect.width() - 6))
            top = rect.top() + (rect.height() - normal.height) / 2
            self.put_text(p, rect.left() + 6, top, text, normal)

    def _paint_day_head(
        self,
        p: QPainter,
        st: CalendarStyle,
        rect: QRectF,
        day: date,
        fm: QFontMetrics,
        bold: FontInfo,
        top_line: int,
        locale: QLocale,
    ) -> None:
        """The day number (its month on the 1st and the first cell), a star with the key
        dates' count, and the count line on the right. Placed with plain arithmetic and
        cached text: 42 cells per month, and a QRectF per piece cost more than the text."""
        x, y, w = rect.left(), rect.top(), rect.width()
        line_h = top_line - 4
        label = str(day.day)
        if day.day == 1 or day == self.dates[0]:
            label = locale.toString(to_qdate(day), date_patterns(locale).day_month)
        texts = self.texts
        num_w = texts.advance(bold, label) + 8
        if day == self.today:
            bubble = QRectF(x + 2, y + 2, num_w, line_h)
            p.setBrush(st.highlight)
            p.setPen(Qt.PenStyle.NoPen)
            p.drawRoundedRect(bubble, 6, 6)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(st.highlighted_text)
        else:
            p.setPen(st.text if day.month == self.month else st.dimmed)
        self.put_text(p, x + 6, y + 2 + (line_h - bold.height) / 2, label, bold)
        normal = self.fonts()["normal"]
        text_y = y + 2 + (line_h - normal.height) / 2
        marks = self.data.key_dates.get(day)
        if marks:  # a key date: a star after the day number (the tooltip names them)
            star = "\u2605" if marks[0] == 1 else f"\u2605{marks[0]}"
            p.setPen(st.link)
            self.put_text(p, x + 4 + num_w, text_y, texts.elided(normal, star, 40), normal)
            num_w += texts.advance(bold, star) + 4
        text, warn = day_summary(
            self.data.count(day), self.data.open_count(day), day, self.today,
            self.data.waiting_count(day),
        )  # fmt: skip
        if text:
            text = texts.elided(normal, text, int(w - 12 - num_w))
            if text:
                p.setPen(st.overdue if warn else st.dimmed)
                self.put_text(p, x + w - 4 - texts.width(text, normal), text_y, text, normal)
