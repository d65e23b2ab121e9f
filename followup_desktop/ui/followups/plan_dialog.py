""" "Plan follow-up…" (Ctrl+Shift+F): the note dialog's next step, alone, without logging
an interaction. For a contact just added or imported, whose first call needs no invented
interaction. Same fields and rules as the note dialog's next step: reason, due date,
channel, whose move (their move shows the promise and its fallback in one sentence),
agreed. Returns a plain ``PlanChoice``; the follow-up actions save it (undoable).

Seam for tests and callers: ``PlanDialog.ask(parent, contact_id, today=...) -> PlanChoice | None``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...domain import dates
from ...domain.vocabulary import CHANNELS, channel_label
from ...i18n import translator
from ...store import notes
from ...store.cards import contact_card
from ..kit.date_field import DueDateField
from .code_combo import code_combo
from .open_steps import describe
from .promise_sentence import PromiseSentence

_ = translator(__name__)

WARN_STYLE = "color: #8a5300;"
ERROR_STYLE = "color: #b3261e;"


@dataclass(frozen=True)
class PlanChoice:
    """What the user planned: the values ``FollowUpActions.plan`` takes."""

    contact_id: int
    reason: str
    due_date: date
    due_time: time | None = None
    channel: str = "call"
    whose: str = "mine"
    agreed: bool = False
    fallback_date: date | None = None


class PlanDialog(QDialog):
    def __init__(self, contact_id: int, *, today: date | None = None, parent=None) -> None:
        super().__init__(parent)
        self.contact_id = contact_id
        self.today = today or date.today()
        self.choice: PlanChoice | None = None
        contact = contact_card(contact_id)
        self.setWindowTitle(_("Plan follow-up \u2014 {name}").format(name=contact.name))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<b>{_esc(contact.name)}</b>", self)
        layout.addWidget(heading)
        # What is already open, so a second next step is planned knowingly.
        steps = notes.open_steps(contact_id)
        self.already = QLabel(self)
        self.already.setObjectName("alreadyOpen")
        self.already.setWordWrap(True)
        if steps:
            lines = "<br>".join(_esc(describe(s, self.today)) for s in steps)
            self.already.setText(_("Already open:<br>{steps}").format(steps=lines))
        else:
            self.already.setText(_("Nothing is planned yet: this will be the first follow-up."))
        layout.addWidget(self.already)

        form = QFormLayout()
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(_('What will they hear about? e.g. "introduce our service"'))
        self.reason.setAccessibleName(_("Reason"))
        form.addRow(_("Reason:"), self.reason)
        self.due = DueDateField(self.today, parent=self)
        form.addRow(_("Due:"), self.due)
        row = QHBoxLayout()
        self.channel = code_combo(CHANNELS, channel_label, self)
        self.channel.setAccessibleName(_("Channel"))
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
        self.promise = PromiseSentence(self.due.value(), self)
        self.promise.setVisible(False)
        form.addRow("", self.promise)
        self.agreed = QCheckBox(_("Agreed with the contact"), self)
        form.addRow("", self.agreed)
        layout.addLayout(form)

        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.due.changed.connect(lambda: self.promise.set_promise(self.due.value()))
        self.promise.promise_edited.connect(self._promise_edited)
        self.theirs.toggled.connect(self.promise.setVisible)
        for signal in (
            self.reason.textChanged,
            self.due.changed,
            self.theirs.toggled,
            self.promise.changed,
        ):
            signal.connect(lambda *_args: self.refresh())
        self.reason.setFocus()
        self.refresh()

    def _promise_edited(self, day: date) -> None:
        self.due.text.clear()
        self.due.set_date(day)

    def problems(self) -> list[str]:
        found = []
        if not self.reason.text().strip():
            found.append(_("Say what they will hear about (the reason)."))
        if self.due.problem():
            found.append(self.due.problem())
        if self.theirs.isChecked() and self.promise.problem():
            found.append(self.promise.problem())
        return found

    def refresh(self) -> None:
        problems = self.problems()
        self.save_button.setEnabled(not problems)
        warnings = []
        if self.due.is_past():
            warnings.append(
                _("\u26a0 The day they promised is in the past: you will be asked to confirm.")
                if self.theirs.isChecked()
                else _("\u26a0 The due date is in the past: it will show as overdue.")
            )
        self.status.setText(" ".join(problems) if problems else " ".join(warnings))
        self.status.setStyleSheet(ERROR_STYLE if problems else WARN_STYLE)

    def value(self) -> PlanChoice:
        theirs = self.theirs.isChecked()
        return PlanChoice(
            contact_id=self.contact_id,
            reason=self.reason.text().strip(),
            due_date=self.due.value(),
            due_time=self.due.time_value(),
            channel=self.channel.currentData(),
            whose="theirs" if theirs else "mine",
            agreed=self.agreed.isChecked(),
            fallback_date=self.promise.fallback() if theirs else None,
        )

    def try_save(self) -> bool:
        if self.problems():
            self.refresh()
            return False
        value = self.value()
        if (
            value.whose == "theirs"
            and value.due_date < self.today
            and not self.confirm_past_promise(value.due_date)
        ):
            self.status.setText(_("Not saved: change the day they promised, then save."))
            self.status.setStyleSheet(ERROR_STYLE)
            return False
        self.choice = value
        self.accept()
        return True

    def confirm_past_promise(self, day: date) -> bool:
        """Ask before planning a promise whose day has passed (tests replace this)."""
        answer = QMessageBox.question(
            self,
            _("A promise in the past?"),
            _(
                "They promised to get back to you by {day}, which has passed. Plan it anyway?"
            ).format(day=dates.format_day(day)),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Save

    @classmethod
    def ask(
        cls, parent: QWidget | None, contact_id: int, *, today: date | None = None
    ) -> PlanChoice | None:
        dialog = cls(contact_id, today=today, parent=parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.choice
            return None
        finally:
            dialog.deleteLater()


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
