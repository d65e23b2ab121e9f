"""The due-date field: quick picks, a free-text box that says what it understood, a date
editor and an optional time. Used by the note dialog and by "Reschedule > Pick a date".

The date editor holds the value; quick picks and understood text set it. While the
text box holds something not understood, ``is_valid()`` is False and ``problem()``
says why, so nothing is ever saved with a wrong date.
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QLocale, QTime, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QWidget,
)

from ... import i18n
from ...domain import dates, datewords
from ...domain.dateparse import parse_when
from ...i18n import translator
from .contrast import WARNING, set_tone
from .locale_dates import long_format

_ = translator(__name__)


def locale_day_first(locale: QLocale | None = None) -> bool:
    """Whether the locale writes the day before the month in short dates."""
    fmt = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat).lower()
    d, m = fmt.find("d"), fmt.find("m")
    return not (0 <= m < d)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class DueDateField(QWidget):
    """Quick picks + free text + date + optional time. Emits ``changed`` on every change."""

    changed = Signal()

    def __init__(self, today: date, initial: date | None = None, parent=None) -> None:
        super().__init__(parent)
        self.today = today
        self._day_first = locale_day_first()
        datewords.prepare(i18n.language())  # the language's words, now rather than at a key
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        # The typed date comes first: one Tab from the field before it (the reason).
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(
            _('Type a date: "next tue", "in 10 days", "dec 3 2pm", "friday"')
        )
        self.text.setClearButtonEnabled(True)
        self.text.setAccessibleName(_("Due date in words"))
        self.text.textChanged.connect(self._text_changed)
        layout.addWidget(self.text, 0, 0, 1, 4)
        self.understood = QLabel(self)
        self.understood.setObjectName("understood")
        self.understood.setWordWrap(True)
        layout.addWidget(self.understood, 1, 0, 1, 4)
        self.understood.setVisible(False)  # shown once there is something to say

        picks = QHBoxLayout()
        picks.setSpacing(4)
        self.pick_buttons: dict[str, QPushButton] = {}
        for pick in dates.QUICK_PICKS:
            button = QPushButton(_(pick.label), self)
            button.setAutoDefault(False)
            button.setToolTip(dates.format_day(pick(today)))
            button.clicked.connect(lambda _checked=False, k=pick.key: self.apply_quick_pick(k))
            picks.addWidget(button)
            self.pick_buttons[pick.key] = button
        picks.addStretch(1)
        layout.addLayout(picks, 2, 0, 1, 4)

        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMinimumDate(QDate(dates.MIN_YEAR, 1, 1))
        self.date_edit.setMaximumDate(QDate(dates.MAX_YEAR, 12, 31))
        self.date_edit.setDisplayFormat(long_format())  # as every other date reads
        self.date_edit.setAccessibleName(_("Due date"))
        self.date_edit.dateChanged.connect(self._date_changed)
        self.has_time = QCheckBox(_("at", "a time of day: [x] at 09:00"), self)
        self.has_time.setToolTip(_("Give the follow-up a time of day"))
        self.time_edit = QTimeEdit(self)
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setTime(QTime(9, 0))
        self.time_edit.setEnabled(False)
        self.time_edit.setAccessibleName(_("Due time"))
        self.has_time.toggled.connect(self.time_edit.setEnabled)
        self.has_time.toggled.connect(lambda _on: self.changed.emit())
        self.time_edit.timeChanged.connect(lambda _at: self.changed.emit())
        self.relative = QLabel(self)
        layout.addWidget(self.date_edit, 3, 0)
        layout.addWidget(self.has_time, 3, 1)
        layout.addWidget(self.time_edit, 3, 2)
        layout.addWidget(self.relative, 3, 3)
        layout.setColumnStretch(3, 1)

        self._setting = False
        self.set_date(initial or dates.quick_pick("next_week", today))
        self._text_changed("")

    # -- value ---------------------------------------------------------------------
    def value(self) -> date:
        return from_qdate(self.date_edit.date())

    def time_value(self) -> time | None:
        if not self.has_time.isChecked():
            return None
        t = self.time_edit.time()
        return time(t.hour(), t.minute())

    def set_date(self, value: date, at: time | None = None) -> None:
        self._setting = True
        try:
            self.date_edit.setDate(to_qdate(value))
            if at is not None:
                self.has_time.setChecked(True)
                self.time_edit.setTime(QTime(at.hour, at.minute))
            self._date_changed(self.date_edit.date())
        finally:
            self._setting = False

    def set_time(self, at: time | None) -> None:
        self.has_time.setChecked(at is not None)
        if at is not None:
            self.time_edit.setTime(QTime(at.hour, at.minute))

    def apply_quick_pick(self, key: str) -> None:
        self.text.clear()
        self.set_date(dates.quick_pick(key, self.today))

    def is_valid(self) -> bool:
        return not self.problem()

    def problem(self) -> str:
        """Why the date cannot be used, or ''."""
        typed = self.text.text().strip()
        if typed:
            result = parse_when(typed, self.today, day_first=self._day_first)
            if not result.ok:
                return _("Due date: {problem}").format(problem=result.message)
        return ""

    def is_past(self) -> bool:
        return self.value() < self.today

    # -- reactions -----------------------------------------------------------------
    def _text_changed(self, text: str) -> None:
        result = parse_when(text, self.today, day_first=self._day_first)
        self.understood.setVisible(not result.empty)
        if result.empty:
            self.understood.setText("")
            self.understood.setProperty("state", "")
        elif result.ok and result.day is not None:
            self.understood.setText(_("\u2192 Understood: {date}").format(date=result.understood))
            self.understood.setProperty("state", "ok")
            set_tone(self.understood, None)
            self.understood.setForegroundRole(QPalette.ColorRole.Link)
            self.set_date(result.day, result.at)
        else:
            self.understood.setText(f"\u2716 {result.message}")
            self.understood.setProperty("state", "error")
            self.understood.setForegroundRole(QPalette.ColorRole.WindowText)
            set_tone(self.understood, WARNING)
        self.changed.emit()

    def _date_changed(self, qdate: QDate) -> None:
        day = from_qdate(qdate)
        text = dates.relative(day, self.today)
        if day < self.today:
            text = _("\u26a0 In the past ({when})").format(when=text)
        # A date on a weekend or a holiday is allowed, and said.
        note = dates.non_working_note(day)
        if note:
            text = f"{text} \u2014 \u26a0 {note}"
        self.relative.setText(text)
        for key, button in self.pick_buttons.items():
            button.setDown(False)
            button.setProperty("picked", dates.quick_pick(key, self.today) == day)
        if not self._setting and self.text.text().strip():
            # A hand-edited date wins over the words; clear them so they cannot disagree.
            self.text.blockSignals(True)
            self.text.clear()
            self.text.blockSignals(False)
            self.understood.setText("")
            self.understood.setVisible(False)
        self.changed.emit()
