"""The calendar's controls: previous/today/next, the title, a date picker, the mode
buttons, the mine/theirs and done/cancelled filters, and the week-start setting."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
)

from ...domain.calendar_grid import Mode
from ...i18n import translator
from ..kit.elided import ElidedLabel

_ = translator(__name__)

WHOSE_CHOICES = (
    (_.mark("Mine and theirs"), None),
    (_.mark("My move"), "mine"),
    (_.mark("Their move"), "theirs"),
)
#: The first day of the week: 0 follows the locale, else Qt's day (1 Monday .. 7 Sunday),
#: each named by the locale.
WEEK_STARTS = (0, 1, 7, 6)
_MODES = (
    (Mode.MONTH, _.mark("&Month"), _.mark("Month view (M)")),
    (Mode.WEEK, _.mark("&Week"), _.mark("Week view (W)")),
    (Mode.DAY, _.mark("&Day"), _.mark("Day view (D)")),
)


class CalendarToolbar(QWidget):
    previous = Signal()
    next = Signal()
    today = Signal()
    date_picked = Signal(object)
    mode_changed = Signal(object)
    whose_changed = Signal(object)
    show_closed_changed = Signal(bool)
    week_start_changed = Signal(int)  # 0 = follow the locale, else 1..7
    category_cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._syncing = False
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 4, 6, 4)
        self.prev_button = QToolButton(self)
        self.prev_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.prev_button.setToolTip(_("Previous (Page Up)"))
        self.prev_button.setAccessibleName(_("Previous"))
        self.today_button = QPushButton(_("&Today"), self)
        self.today_button.setToolTip(_("Go to today (T)"))
        self.next_button = QToolButton(self)
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setToolTip(_("Next (Page Down)"))
        self.next_button.setAccessibleName(_("Next"))
        self.title = ElidedLabel(self)  # cut with … rather than widen the window
        self.title.setObjectName("calendarTitle")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.picker = QDateEdit(self)
        self.picker.setCalendarPopup(True)
        self.picker.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.picker.setToolTip(_("Jump to a date"))
        self.picker.setAccessibleName(_("Jump to date"))
        self.picker.setMinimumDate(QDate(1900, 1, 1))
        self.picker.setMaximumDate(QDate(2100, 12, 31))
        self.modes = QButtonGroup(self)
        self.mode_buttons: dict[Mode, QToolButton] = {}
        for mode, text, tip in _MODES:
            button = QToolButton(self)
            button.setText(_(text))
            button.setCheckable(True)
            button.setToolTip(_(tip))
            self.modes.addButton(button)
            self.mode_buttons[mode] = button
        self.whose = QComboBox(self)
        for text, value in WHOSE_CHOICES:
            self.whose.addItem(_(text), userData=value)
        self.whose.setToolTip(_("Whose move: follow-ups I promised, or ones the contact promised"))
        self.show_closed = QCheckBox(_("Done && cancelled"), self)
        self.show_closed.setToolTip(_("Also show follow-ups that are done or cancelled (greyed)"))
        self.category_chip = QToolButton(self)
        self.category_chip.setToolTip(_("Showing one category only; click to show all"))
        self.category_chip.hide()
        self.options = QToolButton(self)
        self.options.setText("\u22ef")
        self.options.setToolTip(_("Calendar options: the first day of the week"))
        self.options.setAccessibleName(_("Calendar options"))
        self.options.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.week_menu = QMenu(self.options)
        self.week_menu.addSection(_("Week starts on"))
        self.week_group = QActionGroup(self)
        self.week_actions: dict[int, QAction] = {}
        locale = QLocale()
        for weekday in WEEK_STARTS:
            if weekday:
                day_name = locale.standaloneDayName(weekday)
            else:
                day = locale.standaloneDayName(locale.firstDayOfWeek().value)
                day_name = _("Follow the system ({day})").format(day=day)
            action = QAction(day_name[:1].upper() + day_name[1:], self.week_menu)
            action.setCheckable(True)
            action.setData(weekday)
            self.week_group.addAction(action)
            self.week_menu.addAction(action)
            self.week_actions[weekday] = action
        self.options.setMenu(self.week_menu)

        for w in (self.prev_button, self.today_button, self.next_button, self.title):
            row.addWidget(w)
        row.addStretch(1)
        for filter_widget in (self.category_chip, self.whose, self.show_closed, self.picker):
            row.addWidget(filter_widget)
        row.addSpacing(8)
        for button in self.mode_buttons.values():
            row.addWidget(button)
        row.addWidget(self.options)

        self.prev_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        self.today_button.clicked.connect(self.today)
        self.picker.dateChanged.connect(self._picked)
        self.modes.buttonClicked.connect(self._mode_clicked)
        self.whose.currentIndexChanged.connect(self._whose)
        self.show_closed.toggled.connect(self._closed)
        self.week_group.triggered.connect(lambda a: self.week_start_changed.emit(int(a.data())))
        self.category_chip.clicked.connect(self.category_cleared)

    # -- state from the view (without echoing signals back) -----------------------------
    def show_state(self, mode: Mode, anchor: date, titles: Sequence[str]) -> None:
        """``titles``: the whole title, then shorter forms (the first that fits shows)."""
        self._syncing = True
        try:
            self.mode_buttons[mode].setChecked(True)
            self.picker.setDate(QDate(anchor.year, anchor.month, anchor.day))
            self.title.set_texts(titles)
        finally:
            self._syncing = False

    def show_filters(self, whose: str | None, show_closed: bool, week_start: int) -> None:
        self._syncing = True
        try:
            index = next(i for i, (_text, v) in enumerate(WHOSE_CHOICES) if v == whose)
            self.whose.setCurrentIndex(index)
            self.show_closed.setChecked(show_closed)
            self.week_actions.get(week_start, self.week_actions[0]).setChecked(True)
        finally:
            self._syncing = False

    def show_category(self, name: str | None) -> None:
        self.category_chip.setVisible(name is not None)
        if name is not None:
            self.category_chip.setText(f"{name}  \u2715")
            self.category_chip.setAccessibleName(
                _("Category filter {category}, clear").format(category=name)
            )

    def _whose(self, _index: int) -> None:
        if not self._syncing:
            self.whose_changed.emit(self.whose.currentData())

    def _closed(self, checked: bool) -> None:
        if not self._syncing:
            self.show_closed_changed.emit(checked)

    def _picked(self, qdate: QDate) -> None:
        if not self._syncing and qdate.isValid():
            self.date_picked.emit(date(qdate.year(), qdate.month(), qdate.day()))

    def _mode_clicked(self, button) -> None:
        for mode, b in self.mode_buttons.items():
            if b is button:
                self.mode_changed.emit(mode)
