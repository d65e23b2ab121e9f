"""A follow-up chosen in the month or week grid, from the keyboard or with a click.

Tab goes through the follow-ups drawn on the selected day, top to bottom (Shift+Tab back
up); past the last one (or before the first) the focus moves on as usual. A click on a
follow-up chooses it too. Enter (or the menu key) opens the chosen one's actions, Escape
lets it go, and the calendar view's Ctrl+Shift+arrows move it. A follow-up chosen from
the keyboard shows its tooltip (the whole line, and the keys), since its line is often
cut. A moved follow-up stays chosen and is drawn on its new day even when that day is
full (it is ``pinned`` in place of the last line, the "+N more" count unchanged).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QToolTip

from ...store.calendar import CalendarItem, RangeData
from ..kit.rich import plain_tip
from .canvas import CalendarCanvas
from .style import CalendarStyle, item_tooltip


class ChoosingCanvas(CalendarCanvas):
    """The month and week grids' shared base: a painted grid with a chosen item."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        #: The chosen follow-up's id (drawn with a frame), or None.
        self.chosen: int | None = None
        #: A follow-up drawn on its day whatever the room (the one just moved).
        self.pinned: CalendarItem | None = None

    # -- what is chosen -------------------------------------------------------------------
    def choose(self, followup_id: int | None) -> None:
        if followup_id != self.chosen:
            self.chosen = followup_id
            self.update()

    def chosen_item(self) -> CalendarItem | None:
        for hit in self.hits:
            if hit.kind == "item" and hit.item is not None and hit.item.id == self.chosen:
                return hit.item
        return None

    def show_chosen(self) -> None:
        """The chosen follow-up whole, beside it (its line in the grid is often cut, and
        a keyboard user has no mouse to hover it): its tooltip, with the keys."""
        item = self.chosen_item()
        rect = self.item_rect(item.id) if item is not None else None
        if item is None or rect is None or self.style_ is None:
            return
        category = self.style_.names.get(item.category_id, "")
        where = self.mapToGlobal(rect.bottomLeft().toPoint())
        tip = plain_tip(item_tooltip(item, self.today, category, keyboard=True))
        QToolTip.showText(where, tip, self)

    def follow(self, item: CalendarItem) -> None:
        """Choose ``item`` and draw it on its day, even on a full one (after a move)."""
        self.pinned = item
        self.chosen = item.id
        self.relayout()
        self.update()

    def drawn_items(self, day: date) -> list[CalendarItem]:
        """The follow-ups drawn on ``day``, top to bottom (the order Tab goes through)."""
        hits = [h for h in self.hits if h.kind == "item" and h.day == day and h.item]
        hits.sort(key=lambda h: (h.rect.top(), h.rect.left()))
        return [h.item for h in hits if h.item is not None]

    def pin_into(self, day: date, shown: list[CalendarItem], room: int) -> list[CalendarItem]:
        """``shown`` (a day's lines, at most ``room``) with the pinned follow-up among them
        when it is due on ``day``: in place of the last line when the day is full."""
        item = self.pinned
        if item is None or item.due_date != day or room <= 0:
            return shown
        if any(i.id == item.id for i in shown):
            return shown
        return (shown[: room - 1] if len(shown) >= room else shown) + [item]

    # -- kept in step with the data and the selected day -------------------------------------
    def set_data(self, data: RangeData, today: date, selected: date, style: CalendarStyle) -> None:
        self.pinned = None  # the view pins the moved follow-up again (follow)
        super().set_data(data, today, selected, style)
        if self.chosen_item() is None:
            self.chosen = None

    def set_selected(self, day: date) -> None:
        item = self.chosen_item()
        if item is not None and item.due_date != day:
            self.chosen = None
        super().set_selected(day)

    # -- keys and clicks ---------------------------------------------------------------------
    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab go through the selected day's follow-ups first."""
        current = self.chosen_item()
        day = current.due_date if current is not None else self.selected
        ids = [item.id for item in self.drawn_items(day)]
        if current is not None and current.id in ids:
            index = ids.index(current.id) + (1 if next else -1)
        else:
            index = 0 if next else -1
        if 0 <= index < len(ids):
            self.choose(ids[index])
            self.show_chosen()
            return True
        if current is not None and not next:  # back before the first: the day itself
            self.choose(None)
            return True
        self.choose(None)
        return super().focusNextPrevChild(next)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        item = self.chosen_item()
        if item is not None and self.dragging is None:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Menu):
                rect = self.item_rect(item.id)
                where = rect.bottomLeft() if rect is not None else QPointF()
                self.item_clicked.emit(item.id, self.mapToGlobal(where.toPoint()))
                event.accept()
                return
            if key == Qt.Key.Key_Escape:
                self.choose(None)
                event.accept()
                return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        hit = self._press_hit
        if event.button() == Qt.MouseButton.LeftButton and self.dragging is None:
            if hit is not None and hit.kind == "item" and hit.item is not None:
                self.choose(hit.item.id)
            elif hit is not None and hit.kind == "day":
                self.choose(None)
        super().mouseReleaseEvent(event)

    # -- painting ---------------------------------------------------------------------------
    def paint_chosen(self, p: QPainter, st: CalendarStyle) -> None:
        """A frame around the chosen follow-up (thicker while the grid has the focus)."""
        rect = self.item_rect(self.chosen) if self.chosen is not None else None
        if rect is None:
            return
        pen = QPen(st.highlight)
        pen.setWidth(2 if self.hasFocus() else 1)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(rect.adjusted(-1, 0, 1, 0))
