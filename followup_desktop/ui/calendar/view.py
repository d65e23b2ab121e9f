"""The Calendar tab: month, week and day views of the follow-ups, drag to reschedule.

Only the visible range is read (store.calendar), and only again when follow-ups,
contacts or categories change (ui.events) or the user moves/filters the view.
Moving through time (and its keys) is ``navigation``; the toolbar is ``toolbar``.
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QMenu, QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from ...domain import calendar_grid as grid
from ...domain import dates
from ...domain.calendar_grid import Mode
from ...domain.vocabulary import category_label
from ...domain.week_title import week_number, week_titles
from ...i18n import translator
from ...store import calendar as cal
from ...store.calendar import CalendarFilter, CalendarItem
from ...store.calendar_ranges import RangeCache
from ...store.errors import StoreError
from ...store.sqlite_errors import is_database_error, translate_error
from ..followups.actions import FollowUpActions
from ..followups.menus import followup_menu
from ..kit import settings
from ..kit.events import events
from .day import DayPage
from .month import MonthGrid
from .navigation import Navigation
from .style import CalendarStyle, date_patterns, legend_html
from .toolbar import CalendarToolbar
from .week import WeekGrid

_ = translator(__name__)

WEEK_PER_DAY = 200  # a week column shows at most this many; the day view shows all


class PastDropQuestion:
    """Dropping a follow-up on a past day asks first (tests replace ``ask``)."""

    @classmethod
    def ask(cls, parent: QWidget, item: CalendarItem, day: date) -> bool:
        when = dates.format_day(day)
        answer = QMessageBox.question(
            parent,
            _("Move to a day in the past?"),
            _(
                '{day} is in the past. Move "{reason}" for {name} there? It will show as overdue.'
            ).format(day=when, reason=item.reason, name=item.contact_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes


class CalendarView(Navigation, QWidget):
    #: The follow-up's actions should be shown (id, global position): the window's
    #: follow-up actions (done, reschedule, cancel, open contact) answer it.
    actions_requested = Signal(int, QPoint)
    #: The visible range was (re)loaded: (start, end).
    range_loaded = Signal(object, object)

    def __init__(
        self,
        undo_stack: QUndoStack | None = None,
        parent: QWidget | None = None,
        *,
        actions: FollowUpActions | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("calendarView")
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        #: The window's shared follow-up actions (a private set when standing alone); not
        #: ``actions``, which would hide QWidget.actions().
        self.followup_actions = (
            actions if actions is not None else FollowUpActions(self, self.undo_stack)
        )
        self.mode = Mode(settings.CALENDAR_MODE.get())
        self.week_start = settings.CALENDAR_FIRST_DAY.get()
        self.filter = CalendarFilter(
            whose=settings.CALENDAR_WHOSE.get() or None,
            include_closed=settings.CALENDAR_SHOW_CLOSED.get(),
        )
        self.today = date.today()
        self.anchor = self.today
        self.loaded: tuple[Mode, date, date] | None = None
        #: The follow-up moved from the keyboard: the day view keeps it chosen.
        self._follow: int | None = None
        self._note_shown = False
        self._dirty = True
        self._loaded_capacity = 0
        self._ranges = RangeCache()
        self.style_: CalendarStyle | None = None

        self.toolbar = CalendarToolbar(self)
        self.month = MonthGrid(self)
        self.week = WeekGrid(self)
        self.day_page = DayPage(self, later_tip=self.followup_actions.later_tip_of)
        self.day = self.day_page.list
        self.stack = QStackedWidget(self)
        for w in (self.month, self.week, self.day_page):
            self.stack.addWidget(w)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setContentsMargins(8, 3, 8, 3)
        self.message.hide()
        self.legend = QLabel(self)
        self.legend.setObjectName("calendarLegend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.message)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.legend)
        self.legend.setContentsMargins(8, 3, 8, 3)
        # Two lines rather than a window wider than a 1280-pixel laptop (German, French).
        self.legend.setWordWrap(True)

        tb = self.toolbar
        tb.previous.connect(lambda: self.step(-1))
        tb.next.connect(lambda: self.step(1))
        tb.today.connect(self.go_today)
        tb.date_picked.connect(self.go_to)
        tb.mode_changed.connect(self.set_mode)
        tb.whose_changed.connect(self.set_whose_filter)
        tb.show_closed_changed.connect(self.set_show_closed)
        tb.week_start_changed.connect(self.set_week_start)
        tb.category_cleared.connect(lambda: self.set_category_filter(None))
        tb.show_filters(self.filter.whose, self.filter.include_closed, self.week_start)
        for canvas in (self.month, self.week):
            canvas.item_clicked.connect(self.actions_requested)
            canvas.item_dropped.connect(self.move_followup)
            canvas.day_clicked.connect(self.select_day)
            canvas.day_opened.connect(self.open_day)
        self.day.item_clicked.connect(self.actions_requested)
        self.day_page.action_requested.connect(self.act)
        self.day.selectionModel().currentChanged.connect(
            lambda *_a: self.day_page._update_buttons()
        )
        self.actions_requested.connect(self.show_actions)
        self.menu: QMenu | None = None

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._refresh_if_visible)
        # Past midnight "today" moves on: overdue marks and the highlight follow.
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(60_000)
        self._day_timer.timeout.connect(self._check_date)
        self._day_timer.start()
        hub = events()
        hub.followups_changed.connect(self._data_changed)
        hub.contacts_changed.connect(self._data_changed)
        hub.categories_changed.connect(self._categories_changed)
        hub.database_replaced.connect(self._categories_changed)
        self.setFocusProxy(self.month)

    # -- what is shown -------------------------------------------------------------------
    @property
    def first_weekday(self) -> int:
        if self.week_start:
            return self.week_start
        return int(self.locale().firstDayOfWeek().value)

    @property
    def visible(self) -> grid.DateRange:
        return grid.visible_range(self.mode, self.anchor, self.first_weekday)

    def canvas(self) -> QWidget:
        return {Mode.MONTH: self.month, Mode.WEEK: self.week, Mode.DAY: self.day}[self.mode]

    def page(self) -> QWidget:
        return self.day_page if self.mode is Mode.DAY else self.canvas()

    def title_text(self) -> str:
        return self.title_forms()[0]

    def title_forms(self) -> tuple[str, ...]:
        """The title, then shorter forms for a narrow window (a week's, domain.week_title)."""
        locale = self.locale()
        a = self.anchor
        if self.mode is Mode.MONTH:
            return (f"{locale.standaloneMonthName(a.month)} {a.year}",)
        if self.mode is Mode.DAY:
            return (dates.format_day(a),)
        rng = self.visible
        spans = date_patterns(locale).span_dates(locale)
        return week_titles(week_number(rng.start), rng.start, rng.end, spans)

    def refresh(self) -> None:
        """Re-read the visible range (and nothing else) and repaint."""
        self._dirty = False
        self.today = date.today()
        style = self.style_ if self.style_ is not None else self._build_style()
        rng = self.visible
        self.toolbar.show_state(self.mode, self.anchor, self.title_forms())
        cid = self.filter.category_id
        self.toolbar.show_category(
            None if cid is None else style.names.get(cid, _("Unknown category"))
        )
        try:
            if self.mode is Mode.MONTH:
                self.month.set_month(self.anchor.year, self.anchor.month, self.first_weekday)
                self._loaded_capacity = self._month_capacity()
                data = self._ranges.load(
                    rng.start, rng.end, self.filter, per_day=self._loaded_capacity,
                    today=self.today,
                )  # fmt: skip
                self.month.set_data(data, self.today, self.anchor, style)
            elif self.mode is Mode.WEEK:
                self.week.set_week(rng.start, self.first_weekday)
                data = self._ranges.load(
                    rng.start, rng.end, self.filter, per_day=WEEK_PER_DAY, today=self.today
                )
                self.week.set_data(data, self.today, self.anchor, style)
            else:
                data = self._ranges.load(rng.start, rng.end, self.filter, today=self.today)
                self.day.set_day(self.anchor, data.day_items(self.anchor), self.today, style)
            if self._follow is not None:  # moved with Ctrl+Shift+arrows: still chosen
                self.keep_following(data)
        except Exception as exc:
            if not (isinstance(exc, StoreError) or is_database_error(exc)):
                raise
            err = exc if isinstance(exc, StoreError) else translate_error(exc, "")
            self.message.setText(_("The calendar could not be read: {error}").format(error=err))
            self.message.show()
            return
        self.message.hide()
        total = sum(c.total for c in data.counts.values())
        overdue = data.overdue_count(self.today)
        if overdue:
            described = _.n(
                "{title}: %n follow-up, {overdue} overdue",
                "{title}: %n follow-ups, {overdue} overdue",
                total,
            )
        else:
            described = _.n("{title}: %n follow-up", "{title}: %n follow-ups", total)
        self.canvas().setAccessibleDescription(
            described.format(title=self.title_text(), overdue=overdue)
        )
        self.loaded = (self.mode, rng.start, rng.end)
        self.range_loaded.emit(rng.start, rng.end)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # A taller month has room for more items per day: fetch them.
        if (
            self.mode is Mode.MONTH
            and self.loaded
            and self._loaded_capacity < self._month_capacity()
        ):
            self._data_changed()

    def _reload(self) -> None:
        """Re-read now when on screen; otherwise when next shown (a hidden tab costs
        nothing at start-up or while the user works elsewhere)."""
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True

    def _month_capacity(self) -> int:
        """How many items a month cell has room for at the current size (at least 3)."""
        line = self.month.fontMetrics().height() + 3
        cell_h = (self.stack.height() - line - 10) / grid.GRID_WEEKS
        return max(3, int((cell_h - line - 5) // line))

    def _build_style(self) -> CalendarStyle:
        try:
            names = cal.category_names()
        except Exception as exc:  # unreadable: the legend goes without names
            if not is_database_error(exc):
                raise
            names = {}
        # The names as the user reads them (the built-in ones in the chosen language).
        names = {cid: category_label(name) for cid, name in names.items()}
        self.style_ = style = CalendarStyle.build(self.palette(), names)
        self.legend.setText(legend_html(style))
        return style

    # -- filters -----------------------------------------------------------------------------
    def set_category_filter(self, category_id: int | None) -> None:
        """Show one category only (the sidebar's choice), or all with None."""
        self.filter = CalendarFilter(category_id, self.filter.whose, self.filter.include_closed)
        self._reload()

    def set_whose_filter(self, whose: str | None) -> None:
        self.filter = CalendarFilter(self.filter.category_id, whose, self.filter.include_closed)
        settings.CALENDAR_WHOSE.set(whose or "")
        self.toolbar.show_filters(whose, self.filter.include_closed, self.week_start)
        self._reload()

    def set_show_closed(self, show: bool) -> None:
        self.filter = CalendarFilter(self.filter.category_id, self.filter.whose, bool(show))
        settings.CALENDAR_SHOW_CLOSED.set(bool(show))
        self.toolbar.show_filters(self.filter.whose, bool(show), self.week_start)
        self._reload()

    def set_week_start(self, weekday: int) -> None:
        """0 follows the locale; 1 (Monday) .. 7 (Sunday) overrides it."""
        self.week_start = weekday if 1 <= weekday <= 7 else 0
        settings.CALENDAR_FIRST_DAY.set(self.week_start)
        self.toolbar.show_filters(self.filter.whose, self.filter.include_closed, self.week_start)
        self._reload()

    # -- drag to reschedule --------------------------------------------------------------------
    def move_followup(self, followup_id: int, day: date, when: time | bool | None) -> None:
        item = cal.item(followup_id)
        if item is None or not item.is_open:
            return
        if day < date.today() and not PastDropQuestion.ask(self, item, day):
            return
        # The agenda's reschedule: one store write, one undo command, one announcement.
        self.followup_actions.reschedule(followup_id, day, when)

    def act(self, kind: str, followup_id: int) -> None:
        """The day view's buttons: the same calls the agenda's buttons make."""
        actions = self.followup_actions
        if kind == "done":
            actions.done(followup_id)
        elif kind == "cancel":
            actions.cancel(followup_id)
        else:
            actions.reschedule_by(followup_id, kind)

    def show_actions(self, followup_id: int, global_pos: QPoint) -> None:
        """The agenda's menu for one follow-up: done, reschedule, cancel, open contact..."""
        try:
            menu = followup_menu(self.followup_actions, followup_id, self)
        except StoreError:  # deleted elsewhere since the last refresh
            self._data_changed()
            return
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(global_pos)
        self.menu = menu

    # -- changes elsewhere -----------------------------------------------------------------------
    def _data_changed(self, _ids=None) -> None:
        self._ranges.clear()
        self._dirty = True
        self._refresh_timer.start()

    def _check_date(self) -> None:
        if date.today() != self.today:
            self._data_changed()

    def _categories_changed(self) -> None:
        self.style_ = None
        self._data_changed()

    def _refresh_if_visible(self) -> None:
        if self.isVisible() and self._dirty:
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.stack.setCurrentWidget(self.page())
        self.setFocusProxy(self.canvas())
        if self._dirty:
            self.refresh()

    def changeEvent(self, event) -> None:
        if event.type() in (event.Type.PaletteChange, event.Type.ApplicationPaletteChange):
            self.style_ = None
            self._data_changed()
        elif event.type() == event.Type.LocaleChange:
            self._data_changed()
        super().changeEvent(event)
