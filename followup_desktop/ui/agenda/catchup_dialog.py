"""Catch up: how many working days to spread the overdue follow-ups over, and a daily cap.

Shows the plan before anything moves; ``CatchUpDialog.ask(parent, today)`` returns
``(days, cap)`` or None.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
)

from ...i18n import translator
from ...store import catchup as store_catchup
from ..kit import settings

_ = translator(__name__)


class CatchUpDialog(QDialog):
    def __init__(self, today: date, parent=None) -> None:
        super().__init__(parent)
        self.today = today
        self.setWindowTitle(_("Catch up on overdue follow-ups"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        intro = QLabel(
            _(
                "Spread the overdue follow-ups over the next working days, oldest first. "
                "Each keeps its original due date visible. You can undo this (Ctrl+Z)."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.days = QSpinBox(self)
        self.days.setRange(1, 60)
        self.days.setValue(settings.CATCHUP_DAYS.get())
        self.cap = QSpinBox(self)
        self.cap.setRange(1, 200)
        self.cap.setValue(settings.CATCHUP_CAP.get())
        self.cap.setSuffix(_(" a day"))
        form.addRow(_("Spread over:"), self.days)
        form.addRow(_("At most:"), self.cap)
        layout.addLayout(form)
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        layout.addWidget(self.preview)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_("Spread them"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.days.valueChanged.connect(self._update)
        self.cap.valueChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        # The unit after the number, in the number's plural form.
        self.days.setSuffix(_.n(" working day", " working days", self.days.value()))
        plan = store_catchup.make_plan(self.today, days=self.days.value(), cap=self.cap.value())
        self.preview.setText(plan.describe())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(plan.moves))

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
