"""In the note dialog: logging the first meeting with a referred contact offers a
follow-up to thank whoever referred them (a ticked box the user can untick).

The box only says what the user wants (``wanted()``); the note dialog reports it in its
result and the follow-up actions plan "Thank them for the referral: <name>" with the
referrer for today (undoable on its own).
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QWidget

from ...i18n import translator
from ...store.referrals import FIRST_MEETING, Referral
from ..kit.rich import menu_text

_ = translator(__name__)


class ReferralOffer(QCheckBox):
    def __init__(self, referral: Referral | None, parent: QWidget | None = None) -> None:
        name = referral.referrer_name if referral else ""
        text = _("Thank {name} for the referral (a follow-up for today)")
        text = text.format(name=menu_text(name))
        super().__init__(text, parent)
        self.referral = referral
        self.setObjectName("thank_referrer")
        self.setChecked(True)
        self.setVisible(False)
        self._outcome = ""

    def offered(self, outcome: str) -> bool:
        """Offered for the first meeting with a contact someone referred."""
        return (
            self.referral is not None and not self.referral.met_before and outcome == FIRST_MEETING
        )

    def show_for(self, outcome: str) -> None:
        self._outcome = outcome
        self.setVisible(self.offered(outcome))

    def wanted(self) -> bool:
        """Offered for the outcome last shown, and still ticked."""
        return self.offered(self._outcome) and self.isChecked()
