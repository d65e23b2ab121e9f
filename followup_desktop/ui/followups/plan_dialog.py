""" "Plan follow-up…" (Ctrl+Shift+F): the note dialog's next step, alone, without logging
an interaction. For a contact just added or imported, whose first call needs no invented
interaction. The note dialog's next step (``NextStepForm``: reason, due date, channel,
whose move, the promise and its fallback in one sentence, agreed), alone. Returns a
plain ``PlanChoice``; the follow-up actions save it (undoable).

Seam for tests and callers: ``PlanDialog.ask(parent, contact_id, today=...) -> PlanChoice | None``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ...domain import dates
from ...i18n import translator
from ...store import notes
from ...store.cards import contact_card
from ...store.notes import NextStep
from ..kit.contrast import set_tone
from ..kit.rich import esc, rich_label
from ..kit.screen import fit_size_hint
from .next_step_form import NextStepForm
from .open_steps import describe
from .styles import ERROR, WARN

_ = translator(__name__)


@dataclass(frozen=True)
class PlanChoice(NextStep):
    """What the user planned, for whom: the values ``FollowUpActions.plan`` takes."""

    contact_id: int = field(kw_only=True)


class PlanDialog(QDialog):
    def __init__(self, contact_id: int, *, today: date | None = None, parent=None) -> None:
        super().__init__(parent)
        self.contact_id = contact_id
        self.today = today or date.today()
        self.choice: PlanChoice | None = None
        contact = contact_card(contact_id)
        self.setWindowTitle(_("Plan follow-up \u2014 {name}").format(name=contact.name))
        layout = QVBoxLayout(self)
        heading = rich_label(f"<b>{esc(contact.name)}</b>", self)
        layout.addWidget(heading)
        # What is already open, so a second next step is planned knowingly.
        steps = notes.open_steps(contact_id)
        self.already = rich_label("", self)
        self.already.setObjectName("alreadyOpen")
        self.already.setWordWrap(True)
        if steps:
            lines = "<br>".join(esc(describe(s, self.today)) for s in steps)
            self.already.setText(_("Already open:<br>{steps}").format(steps=lines))
        else:
            nothing = _("Nothing is planned yet: this will be the first follow-up.")
            self.already.setText(esc(nothing))
        layout.addWidget(self.already)

        self.step = NextStepForm(
            self.today,
            placeholder=_('What will they hear about? e.g. "introduce our service"'),
            channel_name=_("Channel"),
            parent=self,
        )
        # The step's fields, as the dialog's own (callers and tests read them here).
        self.reason, self.due, self.channel = self.step.reason, self.step.due, self.step.channel
        self.mine, self.theirs = self.step.mine, self.step.theirs
        self.promise, self.agreed = self.step.promise, self.step.agreed
        layout.addWidget(self.step)

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

        self.step.changed.connect(self.refresh)
        self.reason.setFocus()
        self.refresh()
        # At least 600 px, and as wide as the quick picks need (German ones are longer:
        # a fixed minimum squeezed "Nächster Monat" to "Nächster Mona").
        fit_size_hint(self, min_width=600)

    def problems(self) -> list[str]:
        return self.step.problems(_("Say what they will hear about (the reason)."))

    def refresh(self) -> None:
        problems = self.problems()
        self.save_button.setEnabled(not problems)
        self.status.setText(" ".join(problems) if problems else self.step.past_warning())
        set_tone(self.status, ERROR if problems else WARN)

    def value(self) -> PlanChoice:
        return PlanChoice(contact_id=self.contact_id, **asdict(self.step.value()))

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
            set_tone(self.status, ERROR)
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
