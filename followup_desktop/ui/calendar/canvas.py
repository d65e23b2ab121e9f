"""The shared base of the painted month and week grids: hit areas, click and drag.

A grid paints itself (no child widget per day or item: a month of a busy
database would need hundreds) and keeps the rectangles it painted as hit areas.
Dragging is done here, not with QDrag: a press on an item followed by a move past
the start-drag distance picks it up; releasing over a day drops it there;
releasing outside the grid, or pressing Escape, puts it back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from ...domain import dates
from ...domain.key_date_lines import marks_tip
from ...i18n import translator
from ...store.calendar import CalendarItem, RangeData
from ...store.key_date_marks import key_date_marks
from ...store.sqlite_errors import is_database_error
from ..kit.rich import plain_tip
from .style import CalendarStyle, item_label, item_tooltip
from .text_cache import FontInfo, TextCache

_ = translator(__name__)

ALIGN_LEFT, ALIGN_CENTER, ALIGN_RIGHT = 0, 1, 2

#: A drop target's time: a time of day, None for "date only", KEEP for "keep its time".
KEEP = False


@dataclass
class Hit:
    rect: QRectF
    kind: str  # "item", "more", "day"
    day: date
    item: CalendarItem | None = None


class CalendarCanvas(QWidget):
    #: A follow-up was clicked (id, global position for a menu).
    item_clicked = Signal(int, QPoint)
    #: A follow-up was dropped on another day/time: (id, date, time | None | KEEP).
    item_dropped = Signal(int, object, object)
    #: A day was clicked (select it).
    day_clicked = Signal(object)
    #: A day should be opened in the day view (double click, "+N more").
    day_opened = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.data = RangeData(date.today(), date.today())
        self.today = date.today()
        self.selected = date.today()
        self.style_: CalendarStyle | None = None
        self.hits: list[Hit] = []
        self._press: QPointF | None = None
        self._press_hit: Hit | None = None
        self._drag_item: CalendarItem | None = None
        self._drag_pos = QPointF()
        self.texts = TextCache()
        self._fonts: dict[str, FontInfo] | None = None
        self._current_font: FontInfo | None = None

    # -- data ---------------------------------------------------------------------------
    def set_data(self, data: RangeData, today: date, selected: date, style: CalendarStyle):
        self.data = data
        self.today = today
        self.selected = selected
        self.style_ = style
        self.relayout()
        self.update()

    def set_selected(self, day: date) -> None:
        self.selected = day
        self.update()

    def relayout(self) -> None:
        """Subclasses recompute their geometry (and so the hit areas) here."""

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.relayout()

    # -- hit testing ---------------------------------------------------------------------
    def hit_at(self, pos: QPointF) -> Hit | None:
        best = None
        for hit in self.hits:  # items and "more" are listed after their day: last wins
            if hit.rect.contains(pos):
                best = hit
        return best

    def drop_target(self, pos: QPointF) -> tuple[date, time | None | bool] | None:
        """(day, time or None or KEEP) under ``pos``, or None where nothing can be dropped."""
        raise NotImplementedError

    def item_rect(self, followup_id: int) -> QRectF | None:
        """Where an item is drawn (tests and accessibility use it)."""
        for hit in self.hits:
            if hit.kind == "item" and hit.item is not None and hit.item.id == followup_id:
                return hit.rect
        return None

    def day_rect(self, day: date) -> QRectF | None:
        for hit in self.hits:
            if hit.kind == "day" and hit.day == day:
                return hit.rect
        return None

    # -- mouse ---------------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._press = event.position()
        self._press_hit = self.hit_at(event.position())
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        pos = event.position()
        if self._press is not None and self._press_hit is not None:
            hit = self._press_hit
            # Only open follow-ups move; done and cancelled ones are history.
            if (
                self._drag_item is None
                and hit.kind == "item"
                and hit.item is not None
                and hit.item.is_open
            ):
                moved = (pos - self._press).manhattanLength()
                if moved >= QApplication.startDragDistance():
                    self._drag_item = hit.item
                    self.setCursor(Qt.CursorShape.ClosedHandCursor)
            if self._drag_item is not None:
                self._drag_pos = pos
                self.update()
        event.accept()

    def mouseReleaseEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return super().mouseReleaseEvent(event)
        pos = event.position()
        hit, dragged = self._press_hit, self._drag_item
        self._end_drag()
        if dragged is not None:
            inside = QRectF(self.rect()).contains(pos)
            target = self.drop_target(pos) if inside else None
            if target is not None:
                day, when = target
                if day != dragged.due_date or (when is not KEEP and when != dragged.due_time):
                    self.item_dropped.emit(dragged.id, day, when)
        elif hit is not None:
            if hit.kind == "item" and hit.item is not None:
                self.item_clicked.emit(hit.item.id, self.mapToGlobal(pos.toPoint()))
            elif hit.kind == "more":
                self.day_opened.emit(hit.day)
            else:
                self.day_clicked.emit(hit.day)
        event.accept()

    def mouseDoubleClickEvent(self, event) -> None:
        hit = self.hit_at(event.position())
        if hit is not None and hit.kind == "day":
            self.day_opened.emit(hit.day)
        event.accept()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self._drag_item is not None:
            self._end_drag()
            event.accept()
            return
        super().keyPressEvent(event)  # arrows etc. go on to the calendar view

    def _end_drag(self) -> None:
        self._press = None
        self._press_hit = None
        if self._drag_item is not None:
            self._drag_item = None
            self.unsetCursor()
            self.update()

    @property
    def dragging(self) -> CalendarItem | None:
        return self._drag_item

    def event(self, ev) -> bool:
        if ev.type() == ev.Type.ToolTip:
            hit = self.hit_at(QPointF(ev.pos()))
            if hit is not None and hit.kind == "item" and hit.item and self.style_:
                name = self.style_.names.get(hit.item.category_id, "")
                tip = plain_tip(item_tooltip(hit.item, self.today, name))
                QToolTip.showText(ev.globalPos(), tip, self)
            elif hit is not None and hit.kind == "more":
                QToolTip.showText(ev.globalPos(), _("Open this day to see all of them"), self)
            elif hit is not None and hit.kind == "day" and hit.day in self.data.key_dates:
                tip = plain_tip(marks_tip(*self._key_dates_of(hit.day)))
                QToolTip.showText(ev.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(ev)

    def _key_dates_of(self, day: date) -> tuple[int, tuple[str, ...]]:
        """How many key dates fall on ``day`` and their names (the range holds counts only)."""
        try:
            return key_date_marks(day, day).get(day, self.data.key_dates[day])
        except Exception as exc:  # unreadable now: the count alone
            if not is_database_error(exc):
                raise
            return self.data.key_dates[day]

    # -- shared painting -------------------------------------------------------------------
    def fonts(self) -> dict[str, FontInfo]:
        """The three fonts the grids paint with, with their keys and metrics."""
        if self._fonts is None:
            normal = QFont(self.font())
            bold = QFont(normal)
            bold.setBold(True)
            strike = QFont(normal)
            strike.setStrikeOut(True)
            self._fonts = {
                name: FontInfo(f)
                for name, f in (("normal", normal), ("bold", bold), ("strike", strike))
            }
        return self._fonts

    def begin_paint(self, p: QPainter) -> dict[str, FontInfo]:
        fonts = self.fonts()
        p.setFont(fonts["normal"].font)
        self._current_font = fonts["normal"]
        return fonts

    def draw_text(
        self,
        p: QPainter,
        rect: QRectF,
        text: str,
        align: int = ALIGN_LEFT,
        elide: bool = True,
        font: FontInfo | None = None,
    ) -> None:
        """One line of text in ``rect``, elided to fit, vertically centred (cached glyphs)."""
        f = font or self.fonts()["normal"]
        if f is not self._current_font:
            p.setFont(f.font)
            self._current_font = f
        if elide:
            text = self.texts.elided(f, text, int(rect.width()))
        if not text:
            return
        static = self.texts.static(text, f)
        x = rect.left()
        if align != ALIGN_LEFT:
            width = static.size().width()
            x = rect.right() - width if align == ALIGN_RIGHT else rect.center().x() - width / 2
        p.drawStaticText(QPointF(x, rect.top() + (rect.height() - f.height) / 2), static)

    def put_text(self, p: QPainter, x: float, y: float, text: str, font: FontInfo) -> None:
        """One line of cached text with its top left at (x, y): draw_text without the
        rectangle, for the month's 42 day heads and "+N more" lines."""
        if not text:
            return
        if font is not self._current_font:
            p.setFont(font.font)
            self._current_font = font
        p.drawStaticText(QPointF(x, y), self.texts.static(text, font))

    def paint_item(self, p: QPainter, rect: QRectF, item: CalendarItem) -> None:
        """A category colour bar, a tinted box behind the category code, then the code and
        the one-line label: greyed when closed, struck through when cancelled, in the
        warning colour (and with the warning sign) when overdue. Hot path: a month paints
        a few hundred of these per switch, so it makes as few Qt calls as it can."""
        st = self.style_
        if st is None:  # no colours before the first set_data: nothing to paint yet
            return
        closed = item.status != "open"
        cid = item.category_id
        fonts = self._fonts or self.fonts()
        f = fonts["strike"] if item.status == "cancelled" else fonts["normal"]
        code = st.code(cid)
        left, top, h = rect.left(), rect.top(), rect.height()
        p.fillRect(QRectF(left, top + 1, 3, h - 2), st.tint(cid, closed, 255))
        p.fillRect(
            QRectF(left + 5, top + 1, self.texts.advance(f, code) + 6, h - 2),
            st.tint(cid, closed, 50),
        )
        if closed:
            p.setPen(st.dimmed)
        elif item.due_date < self.today:
            p.setPen(st.overdue)
        else:
            p.setPen(st.text)
        if f is not self._current_font:
            p.setFont(f.font)
            self._current_font = f
        text = self.texts.elided(
            f, f"{code}  {item_label(item, self.today)}", int(rect.width() - 10)
        )
        # Drawn from the string, not a cached QStaticText: an item's text is new with
        # each month shown, and preparing a QStaticText (a second shaping, after the
        # elision) for a single draw cost more than drawing it. The frame keeps the result.
        p.drawText(QPointF(left + 8, top + (h - f.height) / 2 + f.ascent), text)

    def paint_drag(self, p: QPainter) -> None:
        """The target highlight and a ghost of the dragged item under the cursor."""
        if self._drag_item is None or self.style_ is None:
            return
        st = self.style_
        target = self.drop_target(self._drag_pos)
        if target is not None:
            rect = self.target_rect(target)
            if rect is not None:
                fill = QColor(st.highlight)
                fill.setAlpha(60)
                p.fillRect(rect, fill)
                p.setPen(st.highlight)
                p.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
        h = self.fonts()["normal"].height + 4
        w = min(260, self.width() // 3)
        ghost = QRectF(self._drag_pos.x() + 8, self._drag_pos.y() + 4, w, h)
        p.fillRect(ghost, st.tooltip_base)
        p.setPen(st.grid)
        p.drawRect(ghost)
        self.paint_item(p, ghost.adjusted(2, 2, -2, -2), self._drag_item)
        # Where it would land, in words (the highlight alone is easy to misread).
        where = ghost.translated(0, h)
        p.fillRect(where, st.tooltip_base)
        p.setPen(st.grid)
        p.drawRect(where)
        p.setPen(st.text)
        self.draw_text(p, where.adjusted(6, 0, -4, 0), self.target_text(target))

    def target_text(self, target) -> str:
        if target is None:
            return _("Release here to leave it where it was")
        day, when = target
        if when is None:
            text = _("Move to {day}, no time").format(day=dates.format_day(day))
        elif when is not KEEP:
            text = _("Move to {day} {time}").format(
                day=dates.format_day(day), time=dates.format_time(when)
            )
        else:
            text = _("Move to {day}").format(day=dates.format_day(day))
        if day < self.today:
            text = _("{move} (in the past)").format(move=text)
        return text

    def target_rect(self, target) -> QRectF | None:
        day, _when = target
        return self.day_rect(day)

    def changeEvent(self, event) -> None:
        if event.type() == event.Type.FontChange:
            self._fonts = None
            self.texts.clear()
            self.relayout()
        super().changeEvent(event)
