"""The next step's form, shared by "Log interaction" and "Plan follow-up…": the reason,
the due date, the channel, whose move (their move shows the promise and its fallback in
one sentence) and whether it was agreed.

The form holds the fields and their rules (what stops a save, the warning for a past
date) and gives back a plain ``store.notes.NextStep``; the dialog around it decides
what to do with it. Rows a dialog adds (the note dialog's outcome suggestion above the
reason, its politeness line below the due date) are placed through ``add_hint`` and
``below_due``, not by reaching into the layout.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.vocabulary import CHANNELS, channel_label
from ...i18n import translator
from ...store.notes import NextStep
from ..kit.contrast import set_tone
from ..kit.date_field import DueDateField
from .code_combo import code_combo
from .promise_sentence import PromiseSentence
from .styles import ERROR

_ = translator(__name__)


class NextStepForm(QWidget):
    """Reason, due date, channel, whose move, the promise sentence, agreed."""

    #: Anything that can change what ``problems`` or ``past_warning`` say.
    changed = Signal()

    def __init__(
        self,
        today: date,
        *,
        placeholder: str,
        channel_name: str,
        below_due: QWidget | None = None,
        with_reason_hint: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.form = form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(placeholder)
        self.reason.setAccessibleName(_("Reason"))
        # Under the field, for a dialog that says there why Save is disabled (its text is
        # the dialog's); hidden for good in one that says it elsewhere.
        self.reason_hint = QLabel(self)
        set_tone(self.reason_hint, ERROR)
        self.reason_hint.setWordWrap(True)  # never what sets the dialog's width
        self.reason_hint.setVisible(with_reason_hint)
        reason_col = QVBoxLayout()
        reason_col.addWidget(self.reason)
        reason_col.addWidget(self.reason_hint)
        form.addRow(_("Reason:"), reason_col)
        self.due = DueDateField(today, parent=self)
        form.addRow(_("Due:"), self.due)
        if below_due is not None:
            form.addRow("", below_due)
        row = QHBoxLayout()
        self.channel = code_combo(CHANNELS, channel_label, self)
        self.channel.setAccessibleName(channel_name)
        self.mine = QRadioButton(_("My move"), self)
        self.theirs = QRadioButton(_("Their move (they get back to me by then)"), self)
        self.mine.setChecked(True)
        whose = QButtonGroup(self)
        whose.addButton(self.mine)
        whose.addButton(self.theirs)
        row.addWidget(self.channel)
        row.addWidget(self.mine)
        row.addWidget(self.theirs)
        row.addStretch(1)
        form.addRow(_("Channel:"), row)
        # Their move, explicit: the promise and my fallback in one editable sentence.
        self.promise = PromiseSentence(self.due.value(), self)
        self.promise.setVisible(False)
        form.addRow("", self.promise)
        self.agreed = QCheckBox(_("Agreed with the contact"), self)
        form.addRow("", self.agreed)

        self.due.changed.connect(lambda: self.promise.set_promise(self.due.value()))
        self.promise.promise_edited.connect(self._promise_edited)
        self.theirs.toggled.connect(self.promise.setVisible)
        for signal in (
            self.reason.textChanged,
            self.due.changed,
            self.theirs.toggled,
            self.promise.changed,
        ):
            signal.connect(lambda *_args: self.changed.emit())

    def add_hint(self, hint: QWidget) -> None:
        """A line above the reason (what the dialog suggests for the next step)."""
        self.form.insertRow(0, "", hint)

    def _promise_edited(self, day: date) -> None:
        """The day they promised was edited in the sentence: the due date follows."""
        self.due.text.clear()
        self.due.set_date(day)

    def whose(self) -> str:
        return "theirs" if self.theirs.isChecked() else "mine"

    def problems(self, no_reason: str) -> list[str]:
        """What stops the step from being saved; ``no_reason`` says the reason is missing
        in the dialog's own words."""
        found = []
        if not self.reason.text().strip():
            found.append(no_reason)
        if self.due.problem():
            found.append(self.due.problem())
        if self.theirs.isChecked() and self.promise.problem():
            found.append(self.promise.problem())
        return found

    def past_warning(self) -> str:
        """The warning for a due date in the past (the promise's words for their move)."""
        if not self.due.is_past():
            return ""
        if self.theirs.isChecked():
            return _("\u26a0 The day they promised is in the past: you will be asked to confirm.")
        return _("\u26a0 The due date is in the past: it will show as overdue.")

    def value(self) -> NextStep:
        theirs = self.theirs.isChecked()
        return NextStep(
            reason=self.reason.text().strip(),
            due_date=self.due.value(),
            due_time=self.due.time_value(),
            channel=self.channel.currentData(),
            whose=self.whose(),
            agreed=self.agreed.isChecked(),
            fallback_date=self.promise.fallback() if theirs else None,
        )
