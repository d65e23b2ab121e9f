"""Moving through the calendar: to a day, a period back or on, today, another mode, and
the keys that do it (arrows, Page Up/Down, Home or T, Enter, M/W/D); Ctrl+Shift+arrows
move the chosen follow-up instead (the day list's current row, or the one chosen in the
month or week grid with Tab or a click), by the rule of domain.calendar_moves.

A part of ``CalendarView`` (its base class): it reads and sets the view's anchor, mode
and loaded range, and asks the view to refresh.
"""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from ...domain import calendar_grid as grid
from ...domain import calendar_moves as moves
from ...domain.calendar_grid import Mode
from ...store import calendar as cal
from ...store.calendar import CalendarItem, RangeData
from ..followups.actions import KEEP as FOLLOWUP_KEEP
from ..kit import settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

    from .day import DayList
    from .month import MonthGrid
    from .toolbar import CalendarToolbar
    from .week import WeekGrid

    # Checked as the QWidget it is mixed into (its visibility, focus and key events).
    _Widget = QWidget
else:
    _Widget = object


class Navigation(_Widget):
    """The view's moves through time; mixed into ``CalendarView`` before ``QWidget``."""

    # What it reads and sets of the view (made in CalendarView.__init__).
    anchor: date
    mode: Mode
    loaded: tuple[Mode, date, date] | None
    _dirty: bool
    _follow: int | None
    #: A refused move's reason is on show in ``message``.
    _note_shown: bool
    message: QLabel
    toolbar: CalendarToolbar
    stack: QStackedWidget
    month: MonthGrid
    week: WeekGrid
    day: DayList

    if TYPE_CHECKING:  # the view's own methods, which these moves call

        @property
        def visible(self) -> grid.DateRange: ...
        def refresh(self) -> None: ...
        def _reload(self) -> None: ...
        def title_forms(self) -> tuple[str, ...]: ...
        def canvas(self) -> QWidget: ...
        def page(self) -> QWidget: ...
        def move_followup(self, followup_id: int, day: date, when: time | bool | None) -> None: ...

    def go_to(self, day: date) -> None:
        """Select ``day``; load another range only if it is not already shown."""
        self.anchor = day
        if self.loaded is None or self._dirty or not self.isVisible():
            self._reload()
            return
        rng = self.visible
        mode, start, end = self.loaded
        month_changed = self.mode is Mode.MONTH and (day.year, day.month) != (
            self.month.year,
            self.month.month,
        )
        if mode is not self.mode or (start, end) != (rng.start, rng.end) or month_changed:
            self.refresh()
        else:
            self.toolbar.show_state(self.mode, self.anchor, self.title_forms())
            if self.mode is not Mode.DAY:
                (self.month if self.mode is Mode.MONTH else self.week).set_selected(day)

    def step(self, direction: int) -> None:
        self.go_to(grid.step(self.mode, self.anchor, direction))

    def go_today(self) -> None:
        self.go_to(date.today())

    def select_day(self, day: date) -> None:
        self.go_to(day)

    def open_day(self, day: date) -> None:
        self.anchor = day
        self.set_mode(Mode.DAY)

    def set_mode(self, mode: Mode) -> None:
        self.mode = Mode(mode)
        settings.CALENDAR_MODE.set(self.mode.value)
        self.stack.setCurrentWidget(self.page())
        self.setFocusProxy(self.canvas())
        self._reload()
        if self.isVisible():
            self.canvas().setFocus()

    #: Ctrl+Shift+arrow: move the chosen follow-up by a (working) day or a week.
    MOVE_KEYS = {
        Qt.Key.Key_Left: -moves.DAY,
        Qt.Key.Key_Right: moves.DAY,
        Qt.Key.Key_Up: -moves.WEEK,
        Qt.Key.Key_Down: moves.WEEK,
    }

    def current_item(self) -> CalendarItem | None:
        """The chosen follow-up: the day list's current row, or the one chosen in the
        month or week grid (Tab, a click)."""
        if self.mode is Mode.DAY:
            return self.day.current_item()
        return (self.month if self.mode is Mode.MONTH else self.week).chosen_item()

    def move_current_by(self, days: int) -> bool:
        """Move the chosen follow-up a working day or a week (domain.calendar_moves),
        keeping its time; one undo step; the view follows it to its new day, where it
        stays chosen. A move the rule refuses says why above the grid."""
        item = self.current_item()
        if item is None:
            return False
        move = moves.key_move(item.due_date, days, date.today(), is_open=item.is_open)
        if move.day is None:
            self.message.setText(move.refusal)
            self.message.show()
            self._note_shown = True
            return False
        self._follow = item.id
        self.move_followup(item.id, move.day, FOLLOWUP_KEEP)
        self.go_to(move.day)
        if self.mode is not Mode.DAY:  # where it went, in words
            (self.month if self.mode is Mode.MONTH else self.week).show_chosen()
        return True

    def keep_following(self, data: RangeData) -> None:
        """After a reload: the follow-up moved from the keyboard is still the chosen one."""
        fid = self._follow
        if fid is None:
            return
        if self.mode is Mode.DAY:
            self.day.select_followup(fid)
            return
        item = next((i for i in data.day_items(self.anchor) if i.id == fid), None)
        if item is None:  # beyond the lines the day had loaded: drawn all the same
            item = cal.item(fid)
        if item is not None and item.due_date == self.anchor:
            (self.month if self.mode is Mode.MONTH else self.week).follow(item)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        if self._note_shown:  # a refused move's reason goes with the next key
            self._note_shown = False
            self.message.hide()
        if key in self.MOVE_KEYS and mods == ctrl_shift:
            self.move_current_by(self.MOVE_KEYS[key])
            event.accept()
            return
        self._follow = None
        days = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}
        if self.mode is not Mode.DAY:
            days.update({Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7})
        if key in days and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.go_to(self.anchor + timedelta(days=days[key]))
        elif key == Qt.Key.Key_PageUp:
            self.step(-1)
        elif key == Qt.Key.Key_PageDown:
            self.step(1)
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_T):
            self.go_today()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.mode is not Mode.DAY:
            self.open_day(self.anchor)
        elif key == Qt.Key.Key_M:
            self.set_mode(Mode.MONTH)
        elif key == Qt.Key.Key_W:
            self.set_mode(Mode.WEEK)
        elif key == Qt.Key.Key_D:
            self.set_mode(Mode.DAY)
        else:
            super().keyPressEvent(event)
            return
        event.accept()
