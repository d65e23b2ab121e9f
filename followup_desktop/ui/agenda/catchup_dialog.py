"""Catch up: how many working days to spread the overdue follow-ups over, and a daily cap.

Shows the plan before anything moves; ``CatchUpDialog.ask(parent, today)`` returns
``(days, cap)`` or None.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QSpinBox, QWidget

from ...domain.catchup import CatchUpPlan
from ...i18n import translator
from ...store import catchup as store_catchup
from ..kit import settings
from ..kit.spread_dialog import SpreadDialog

_ = translator(__name__)


class CatchUpDialog(SpreadDialog):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(_("Catch up on overdue follow-ups"), parent)
        self.today = today
        self.days = QSpinBox(self)
        self.days.setRange(1, 60)
        self.days.setValue(settings.CATCHUP_DAYS.get())
        self.cap = self.cap_box(settings.CATCHUP_CAP.get())
        self.lay_out(
            _(
                "Spread the overdue follow-ups over the next working days, oldest first. "
                "Each keeps its original due date visible. You can undo this (Ctrl+Z)."
            ),
            [(_("Spread over:"), self.days), (_("At most:"), self.cap)],
            _("Spread them"),
        )

    def plan(self) -> CatchUpPlan:
        return store_catchup.make_plan(self.today, days=self.days.value(), cap=self.cap.value())

    def _update(self) -> None:
        # The unit after the number, in the number's plural form.
        self.days.setSuffix(_.n(" working day", " working days", self.days.value()))
        super()._update()

    def value(self) -> tuple[int, int]:
        return self.days.value(), self.cap.value()

    def accept(self) -> None:
        settings.CATCHUP_DAYS.set(self.days.value())
        settings.CATCHUP_CAP.set(self.cap.value())
        super().accept()

    @classmethod
    def ask(cls, parent, today: date) -> tuple[int, int] | None:
        dialog = cls(today, parent)
        try:
            return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
