"""The working week: which days the user works and, optionally, whose public holidays
they keep. Every date the app proposes lands on a working day (``domain.dates``).

``install()`` (in ``locale_week``, which start-up imports without this dialog) reads the
saved choice at start (the default working days come from the locale,
``QLocale.weekdays()``) and hands it to the domain; ``WorkingDaysDialog`` edits
it (Edit > Working days…). A region the ``holidays`` package does not know is kept,
with a note that only the working week is used.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QLocale, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain import dates
from ...i18n import translator
from ...store import working_week
from ..kit.contrast import CAUTION, WARNING, set_tone
from .locale_week import install, locale_working_days  # noqa: F401 (this room's API too)

_ = translator(__name__)


class WorkingDaysDialog(QDialog):
    def __init__(self, week: dates.WorkingWeek, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Working days"))
        self.week: dates.WorkingWeek | None = None
        col = QVBoxLayout(self)
        intro = QLabel(
            _(
                "Dates the app proposes (quick picks, +1 day and Next week, series, "
                "catch-up, the call after a promise lapses) land on these days. You can "
                "still type any date."
            ),
            self,
        )
        intro.setWordWrap(True)
        col.addWidget(intro)
        form = QFormLayout()
        row = QHBoxLayout()
        self.day_boxes: list[QCheckBox] = []
        locale = QLocale()
        for index in range(len(dates.WEEKDAY_NAMES)):  # Monday first, named by the locale
            box = QCheckBox(locale.dayName(index + 1, QLocale.FormatType.ShortFormat), self)
            box.setAccessibleName(locale.dayName(index + 1, QLocale.FormatType.LongFormat))
            box.setChecked(index in week.days)
            box.toggled.connect(self._check)
            row.addWidget(box)
            self.day_boxes.append(box)
        form.addRow(_("I work on:"), row)
        self.region = QLineEdit(week.region, self)
        self.region.setPlaceholderText(_('Country or region, e.g. "DE", "DE-BY", "US-CA", "GB"'))
        self.region.setAccessibleName(_("Public holidays of"))
        self.region.textChanged.connect(self._check)
        form.addRow(_("Public holidays of:"), self.region)
        times = QHBoxLayout()
        self.morning = QTimeEdit(QTime(week.morning.hour, week.morning.minute), self)
        self.afternoon = QTimeEdit(QTime(week.afternoon.hour, week.afternoon.minute), self)
        for edit, name, label in (
            (self.morning, _("Morning"), _("Morning:")),
            (self.afternoon, _("Afternoon"), _("Afternoon:")),
        ):
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(name)
            times.addWidget(QLabel(label, self))
            times.addWidget(edit)
        times.addStretch(1)
        form.addRow(_("Typed \u201cmonday morning\u201d means:"), times)
        col.addLayout(form)
        self.note = QLabel(self)
        self.note.setObjectName("note")
        self.note.setWordWrap(True)
        col.addWidget(self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        col.addWidget(self.buttons)
        self._check()

    def days(self) -> frozenset[int]:
        return frozenset(i for i, box in enumerate(self.day_boxes) if box.isChecked())

    def _check(self, *_args) -> None:
        days = self.days()
        if not days:
            self.note.setText("\u2716 " + _("Tick at least one working day."))
            set_tone(self.note, WARNING)
            self.save_button.setEnabled(False)
            return
        self.save_button.setEnabled(True)
        note = dates.WorkingWeek(days, self.region.text()).note()
        self.note.setText(f"\u26a0 {note}" if note else "")
        set_tone(self.note, CAUTION if note else None)

    def _save(self) -> None:
        if not self.days():
            return
        m, a = self.morning.time(), self.afternoon.time()
        self.week = dates.WorkingWeek(
            self.days(),
            self.region.text().strip().upper(),
            time(m.hour(), m.minute()),
            time(a.hour(), a.minute()),
        )
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, week: dates.WorkingWeek) -> dates.WorkingWeek | None:
        dialog = cls(week, parent)
        try:
            return dialog.week if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


def edit(parent: QWidget | None) -> dates.WorkingWeek | None:
    """Edit > Working days…: ask, save, install."""
    chosen = WorkingDaysDialog.ask(parent, dates.working_week())
    if chosen is None:
        return None
    working_week.save(chosen)
    dates.set_working_week(chosen)
    return chosen
