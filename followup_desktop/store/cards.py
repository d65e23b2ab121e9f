"""What a dialog or a menu shows about one contact or one follow-up, as named rows.

The UI reads contacts and follow-ups through these (never through ``store.models``):
``contact_card`` / ``followup_card`` refuse a row that is gone with an
``InvalidInputError`` in words; the ``find_`` forms return None instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import TYPE_CHECKING

from ..i18n import translator
from .errors import InvalidInputError

_ = translator(__name__)

if TYPE_CHECKING:
    from .models import Contact

# The models (and peewee under them, ~20 ms) are imported by the first card read, not
# by the first screen, whose follow-up menus import this module.


@dataclass(frozen=True)
class ContactCard:
    id: int
    name: str  # the display name (domain.text.display_name)
    company: str
    email: str
    phone: str
    mobile: str
    referred_by_id: int | None
    no_next_step_reason: str

    @property
    def any_phone(self) -> str:
        """The number to call: the phone, else the mobile ("" when neither)."""
        return self.phone or self.mobile


@dataclass(frozen=True)
class FollowUpCard:
    id: int
    uid: str
    contact_id: int
    reason: str
    status: str
    due_date: date
    due_time: time | None
    channel: str
    whose: str
    series_run_id: int | None
    contact: ContactCard

    @property
    def is_open(self) -> bool:
        return self.status == "open"


def _contact(c: Contact) -> ContactCard:
    return ContactCard(
        id=c.id,
        name=c.display_name,
        company=c.company,
        email=c.email,
        phone=c.phone,
        mobile=c.mobile,
        referred_by_id=c.referred_by_id,
        no_next_step_reason=c.no_next_step_reason,
    )


def find_contact_card(contact_id: int) -> ContactCard | None:
    from .models import Contact

    c = Contact.get_or_none(Contact.id == contact_id)
    return None if c is None else _contact(c)


def contact_card(contact_id: int) -> ContactCard:
    card = find_contact_card(contact_id)
    if card is None:
        raise InvalidInputError(_("That contact no longer exists; it may have been deleted."))
    return card


def find_followup_card(followup_id: int) -> FollowUpCard | None:
    from .models import Contact, FollowUp

    fu = FollowUp.select(FollowUp, Contact).join(Contact).where(FollowUp.id == followup_id).first()
    if fu is None:
        return None
    return FollowUpCard(
        id=fu.id,
        uid=fu.uid,
        contact_id=fu.contact_id,
        reason=fu.reason,
        status=fu.status,
        due_date=fu.due_date,
        due_time=fu.due_time,
        channel=fu.channel,
        whose=fu.whose,
        series_run_id=fu.series_run_id,
        contact=_contact(fu.contact),
    )


def followup_card(followup_id: int) -> FollowUpCard:
    card = find_followup_card(followup_id)
    if card is None:
        raise InvalidInputError(_("That follow-up no longer exists; it may have been undone."))
    return card
