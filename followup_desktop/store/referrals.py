"""Who referred a contact, and what thanking them takes.

The note dialog offers a thank-you after the first meeting with a referred contact, the
series dialog after a sale; both read the referral here and the follow-up actions plan
the thank-you with ``Referral.thanks_reason`` and ``Referral.channel``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..i18n import translator
from .models import Contact, Interaction

_ = translator(__name__)

#: The outcome that counts as the first meeting.
FIRST_MEETING = "met"


@dataclass(frozen=True)
class Referral:
    contact_id: int
    contact_name: str
    referrer_id: int
    referrer_name: str
    #: How to thank them: a call when the referrer has a phone number, else an e-mail.
    channel: str
    #: A first meeting with the referred contact is already logged.
    met_before: bool

    @property
    def thanks_reason(self) -> str:
        return _("Thank them for the referral: {name}").format(name=self.contact_name)


def referral(contact_id: int) -> Referral | None:
    """The contact's referrer, or None when nobody referred them (or the contact is gone)."""
    contact = Contact.get_or_none(Contact.id == contact_id)
    if contact is None or contact.referred_by_id is None:
        return None
    referrer = Contact.get_or_none(Contact.id == contact.referred_by_id)
    if referrer is None:
        return None
    met_before = (
        Interaction.select()
        .where((Interaction.contact == contact_id) & (Interaction.outcome == FIRST_MEETING))
        .exists()
    )
    return Referral(
        contact_id=contact.id,
        contact_name=contact.display_name,
        referrer_id=referrer.id,
        referrer_name=referrer.display_name,
        channel="call" if referrer.phone or referrer.mobile else "email",
        met_before=met_before,
    )
