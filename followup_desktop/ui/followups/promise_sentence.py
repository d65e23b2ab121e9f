""" "Their move", explicit: both dates of the promise in one sentence the user edits.

    They get back to me by [Fri 11 Dec]; if I haven't heard by then, I call on [Mon 14 Dec].

The first date is the next step's due date (kept in step with the due-date field); the
second is the fallback, stored with the promise. Until the user changes the fallback it
follows the promise (the next working day after it); once changed it stays as typed.
A fallback on or before the promise is refused (``problem()``); a fallback on a
non-working day is allowed, with a note.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...domain import dates
from ...domain.followup_rules import check_fallback, fallback_date
from ...i18n import translator
from ..kit.contrast import set_tone
from ..kit.date_field import from_qdate, to_qdate
from ..kit.locale_dates import long_format
from .styles import ERROR, WARN

_ = translator(__name__)

_DATE_SLOT = re.compile(r"(\{promise\}|\{fallback\})")


class PromiseSentence(QWidget):
    changed = Signal()
    #: The promise date was edited here (the dialog moves its due-date field).
    promise_edited = Signal(object)

    def __init__(self, promise: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("promiseSentence")
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        self.promise_edit = self._date_edit(_("The day they promised to get back to you"))
        self.fallback_edit = self._date_edit(_("The day you call if you have not heard"))
        # One sentence over two lines, so it fits a narrow dialog. Translated whole, with
        # the two date fields where the language puts the dates.
        sentence = _(
            "They get back to me by {promise};\nif I haven't heard by then, I call on {fallback}.",
            "The two dates are fields; the line break is where the sentence wraps",
        )
        edits = {"{promise}": self.promise_edit, "{fallback}": self.fallback_edit}
        for line in sentence.split("\n"):
            row = QHBoxLayout()
            row.setSpacing(4)
            for part in _DATE_SLOT.split(line):
                if part in edits:
                    row.addWidget(edits[part])
                elif part.strip():
                    row.addWidget(QLabel(part.strip(), self))
            row.addStretch(1)
            col.addLayout(row)
        self.note = QLabel(self)
        self.note.setObjectName("promiseNote")
        self.note.setWordWrap(True)
        col.addWidget(self.note)
        self._fallback_chosen = False
        self._setting = False
        self.set_promise(promise)
        self.promise_edit.dateChanged.connect(self._promise_changed)
        self.fallback_edit.dateChanged.connect(self._fallback_changed)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        date_format = long_format()  # as the due-date field and every other date reads
        edit.setDisplayFormat(date_format)
        edit.setMinimumDate(QDate(dates.MIN_YEAR, 1, 1))
        edit.setMaximumDate(QDate(dates.MAX_YEAR, 12, 31))
        edit.setAccessibleName(name)
        # Room for a long day in the language's words ("Wed 30 Sep 2026", "Mi. 30 Sep.
        # 2026") and the drop-down arrow.
        longest = QLocale().toString(QDate(2026, 9, 30), date_format)
        edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(longest) + 36)
        return edit

    # -- values ---------------------------------------------------------------------
    def promise(self) -> date:
        return from_qdate(self.promise_edit.date())

    def fallback(self) -> date:
        return from_qdate(self.fallback_edit.date())

    def problem(self) -> str:
        return check_fallback(self.promise(), self.fallback()) or ""

    def set_promise(self, day: date) -> None:
        """The due-date field moved: follow it (and the fallback, unless chosen)."""
        self._setting = True
        try:
            self.promise_edit.setDate(to_qdate(day))
            if not self._fallback_chosen:
                self.fallback_edit.setDate(to_qdate(fallback_date(day)))
        finally:
            self._setting = False
        self._update_note()

    # -- reactions ------------------------------------------------------------------
    def _promise_changed(self, qdate: QDate) -> None:
        if self._setting:
            return
        day = from_qdate(qdate)
        if not self._fallback_chosen:
            self._setting = True
            self.fallback_edit.setDate(to_qdate(fallback_date(day)))
            self._setting = False
        self.promise_edited.emit(day)
        self._update_note()

    def _fallback_changed(self, _qdate: QDate) -> None:
        if self._setting:
            return
        self._fallback_chosen = True
        self._update_note()

    def _update_note(self) -> None:
        problem = self.problem()
        fallback = self.fallback()
        if problem:
            text, kind = f"\u2716 {problem}", ERROR
        elif not dates.is_working_day(fallback):
            text = _("\u26a0 {day} is not a working day; the call stays planned for it.").format(
                day=dates.format_day(fallback)
            )
            kind = WARN
        else:
            text, kind = "", None
        self.note.setText(text)
        set_tone(self.note, kind)
        self.note.setVisible(bool(text))
        self.changed.emit()
