"""After an import: "Plan first contact for the N new contacts…".

Imported contacts land in "No next step"; this plans one first follow-up each (a call,
or an e-mail for those with only an address), spread over working days with a daily
cap, like Catch up. ``FirstContactDialog.ask`` shows the plan and returns the cap;
``FirstContactCommand`` writes it and is one step on the window's undo stack.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QWidget

from ...domain import first_contact as rules
from ...i18n import translator
from ...store import first_contact
from ..kit.events import events
from ..kit.spread_dialog import SpreadDialog
from ..kit.undo import UndoCommand, push

_ = translator(__name__)


class FirstContactDialog(SpreadDialog):
    def __init__(
        self, contacts: list[rules.NewContact], today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(_("Plan first contact"), parent)
        self.contacts = contacts
        self.today = today
        self.cap = self.cap_box(rules.DEFAULT_CAP)
        self.lay_out(
            _.n(
                "Plan a first follow-up for the %n new contact without a next step: a call "
                "(an e-mail when there is only an address), on the next working day. You "
                "can undo this (Ctrl+Z).",
                "Plan a first follow-up for each of the %n new contacts without a next step: "
                "a call (an e-mail when there is only an address), spread over the next "
                "working days. You can undo this (Ctrl+Z).",
                len(contacts),
            ),
            [(_("At most:"), self.cap)],
            _("Plan them"),
        )

    def plan(self) -> rules.FirstContactPlan:
        return rules.plan(self.contacts, self.today, cap=self.cap.value())

    @classmethod
    def ask(
        cls, parent: QWidget | None, contacts: list[rules.NewContact], today: date
    ) -> rules.FirstContactPlan | None:
        dialog = cls(contacts, today, parent)
        try:
            return dialog.plan() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


class FirstContactCommand(UndoCommand):
    """The first follow-ups of an import's new contacts, as one undo step."""

    def __init__(self, plan: rules.FirstContactPlan) -> None:
        n = len(plan.moves)
        super().__init__(
            _.n(
                "Plan first contact for %n new contact",
                "Plan first contact for %n new contacts",
                n,
            )
        )
        self.plan = plan
        self.followup_ids: list[int] = []

    def write(self) -> None:
        self.followup_ids = first_contact.apply(self.plan)

    def unwrite(self) -> None:
        first_contact.undo(self.followup_ids)

    def announced(self) -> None:
        hub = events()
        hub.followups_changed.emit(self.followup_ids)
        hub.contacts_changed.emit([c.contact_id for c, _when in self.plan.moves])


def plan_first_contacts(
    parent: QWidget | None, batch_id: int, today: date, undo_stack
) -> FirstContactCommand | None:
    """Ask, then plan (pushed onto ``undo_stack`` when there is one, else just done)."""
    contacts = first_contact.new_without_next_step(batch_id)
    if not contacts:
        return None
    plan = FirstContactDialog.ask(parent, contacts, today)
    if plan is None:
        return None
    command = FirstContactCommand(plan)
    if undo_stack is not None:
        # push() writes; a failure is shown and nothing is kept
        return command if push(undo_stack, command) is None else None
    command.redo()
    return command if command.outcome.error is None else None
