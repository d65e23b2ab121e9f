"""The form of a dialog that spreads follow-ups over working days with a daily cap.

Catch up (the agenda) and Plan first contact (after an import) ask the same way: a few
words on what will happen, spin boxes ending with "At most: [20 a day]", the plan as it
would be made (it changes as the numbers change), and OK named for what it does,
enabled only while the plan moves something.
"""

from __future__ import annotations

from collections.abc import Sized
from typing import Protocol

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...i18n import translator

_ = translator(__name__)


class SpreadPlan(Protocol):
    """What a spread would do: the follow-ups it moves or plans, and those words."""

    @property
    def moves(self) -> Sized: ...

    def describe(self) -> str: ...


class SpreadDialog(QDialog):
    """Subclasses make their spin boxes, then call ``lay_out``; ``plan()`` is theirs."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)

    def cap_box(self, value: int) -> QSpinBox:
        """The daily cap: at most how many follow-ups land on one working day."""
        cap = QSpinBox(self)
        cap.setRange(1, 200)
        cap.setValue(value)
        cap.setSuffix(_(" a day", "after a number of follow-ups in a spin box"))
        cap.setAccessibleName(_("At most a day"))
        return cap

    def lay_out(self, intro: str, rows: list[tuple[str, QSpinBox]], ok_text: str) -> None:
        """The intro, the labelled spin boxes, the plan's words and OK/Cancel."""
        layout = QVBoxLayout(self)
        words = QLabel(intro, self)
        words.setWordWrap(True)
        layout.addWidget(words)
        form = QFormLayout()
        for label, box in rows:
            form.addRow(label, box)
        layout.addLayout(form)
        self.preview = QLabel(self)
        self.preview.setObjectName("preview")
        self.preview.setWordWrap(True)
        layout.addWidget(self.preview)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for _label, box in rows:
            box.valueChanged.connect(self._update)
        self._update()

    def plan(self) -> SpreadPlan:
        raise NotImplementedError

    def _update(self) -> None:
        plan = self.plan()
        self.preview.setText(plan.describe())
        self.ok.setEnabled(bool(plan.moves))
