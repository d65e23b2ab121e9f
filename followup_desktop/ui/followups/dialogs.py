"""Small dialogs the follow-up actions ask with: why cancel, which new date.

Each has a classmethod ``ask`` (the seam tests replace) returning a plain value or None.
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout

from ...domain import dates
from ...i18n import translator
from ..kit.date_field import DueDateField
from ..kit.rich import plain_label

_ = translator(__name__)


class CancelDialog(QDialog):
    def __init__(self, reason: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Cancel follow-up"))
        layout = QVBoxLayout(self)
        question = _("Cancel \u201c{reason}\u201d? Why is it no longer needed?")
        question = question.format(reason=reason)
        layout.addWidget(plain_label(question, self))  # the reason as typed, tags too
        self.why = QLineEdit(self)
        self.why.setPlaceholderText(_('e.g. "they called me first", "deal closed"'))
        self.why.setAccessibleName(_("Why cancel"))
        layout.addWidget(self.why)
        self.hint = QLabel(_("A reason is needed, so you remember later."), self)
        layout.addWidget(self.hint)
        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton(
            _("Cancel follow-up"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(_("Keep it"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.why.textChanged.connect(self._changed)
        self._changed("")

    def _changed(self, text: str) -> None:
        self.ok.setEnabled(bool(text.strip()))
        self.hint.setVisible(not text.strip())

    def value(self) -> str:
        return self.why.text().strip()

    @classmethod
    def ask(cls, parent, reason: str) -> str | None:
        dialog = cls(reason, parent)
        try:
            return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


class PickDateDialog(QDialog):
    def __init__(self, current: date, at: time | None, today: date, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Reschedule to\u2026"))
        layout = QVBoxLayout(self)
        now_due = _("Now due {day}. New date:").format(day=dates.format_day(current))
        layout.addWidget(QLabel(now_due, self))
        self.field = DueDateField(today, initial=max(current, today), parent=self)
        self.field.set_time(at)
        layout.addWidget(self.field)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.field.changed.connect(self._changed)
        self._changed()

    def _changed(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.field.is_valid())
        ok.setToolTip(self.field.problem())

    def value(self) -> tuple[date, time | None]:
        return self.field.value(), self.field.time_value()

    @classmethod
    def ask(cls, parent, current: date, at: time | None, *, today: date, title: str = ""):
        dialog = cls(current, at, today, parent)
        if title:
            dialog.setWindowTitle(title)
        try:
            return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
