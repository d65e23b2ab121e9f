"""In the note dialog: logging the first meeting with a referred contact offers a
follow-up to thank whoever referred them (a ticked box the user can untick).

Saving the note with the box ticked plans "Thank them for the referral: <name>" with
the referrer for today, through the shared follow-up actions (undoable on its own).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox

from ...store.models import Contact, Interaction

FIRST_MEETING = "met"


class ReferralOffer(QObject):
    def __init__(self, dialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        contact: Contact = dialog.contact
        self.referrer = contact.referred_by if contact.referred_by_id else None
        self.met_before = (
            self.referrer is not None
            and Interaction.select()
            .where((Interaction.contact == contact.id) & (Interaction.outcome == FIRST_MEETING))
            .exists()
        )
        name = self.referrer.display_name if self.referrer else ""
        self.box = QCheckBox(f"Thank {name} for the referral (a follow-up for today)", dialog)
        self.box.setObjectName("thank_referrer")
        self.box.setChecked(True)
        self.box.setVisible(False)
        dialog.layout().insertWidget(dialog.layout().count() - 2, self.box)
        dialog.outcome.currentTextChanged.connect(lambda _: self.update())
        self._save = dialog._save
        dialog._save = self.save
        self.update()

    def offered(self) -> bool:
        return (
            self.referrer is not None
            and not self.met_before
            and self.dialog.outcome.currentText() == FIRST_MEETING
        )

    def update(self) -> None:
        self.box.setVisible(self.offered())

    def save(self, note):
        saved = self._save(note)
        if self.offered() and self.box.isChecked():
            from .actions import actions_for

            d = self.dialog
            actions_for(d.parentWidget() or d).plan(
                self.referrer.id,
                d.today,
                f"Thank them for the referral: {d.contact.display_name}",
                channel="call" if self.referrer.phone or self.referrer.mobile else "email",
            )
        return saved
