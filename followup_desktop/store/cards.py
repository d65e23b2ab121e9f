"""What a dialog or a menu shows about one contact or one follow-up, as named rows.

The UI reads contacts and follow-ups through these (never through ``store.models``):
``contact_card`` / ``followup_card`` refuse a row that is gone with an
``InvalidInputError`` in words; the ``find_`` forms return None instead.
``contact_details`` is the whole contact as the contact pane and dialog show it (None
when it is gone), its category and its referrer's name read with it in one query.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from ..domain.followup_rules import action_date
from ..domain.text import display_name
from ..i18n import translator
from .database import db
from .errors import FollowUpGoneError, InvalidInputError
from .rows import named, to_date, to_datetime

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
    fallback_date: date | None = None  # my call if their promise goes without word

    @property
    def is_open(self) -> bool:
        return self.status == "open"

    @property
    def act_on(self) -> date:
        """My day to act (``followup_rules.action_date``): the due date, or my call."""
        return action_date(self.due_date, self.whose, self.fallback_date)


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


@dataclass(frozen=True)
class ContactDetails:
    """Everything the contact pane and the contact dialog show of one contact, read in
    one query: its category and its referrer's name come with it (no lazy look-ups)."""

    id: int
    name: str  # the display name (domain.text.display_name)
    # The text fields, as domain.vocabulary.CONTACT_TEXT_FIELDS lists them.
    first_name: str
    last_name: str
    company: str
    job_title: str
    email: str
    phone: str
    mobile: str
    profile_url: str
    notes: str
    archived: bool
    created_at: datetime | None  # None only when another program stored it unreadably
    category_id: int
    category_name: str  # the stored name (category_label translates a built-in one)
    category_cadence_days: int | None
    cadence_days: int | None  # the contact's own rhythm (None: the category's)
    cadence_opt_out: bool
    last_interaction_at: datetime | None
    next_due: date | None
    referred_by_id: int | None
    referrer_name: str  # "" when nobody referred them
    card_lead_days: int | None  # the contact's own (None: the category's)


_DETAILS = """
    SELECT c.id, c.first_name, c.last_name, c.company, c.job_title, c.email, c.phone,
           c.mobile, c.profile_url, c.notes, c.archived, c.created_at, c.category_id,
           cat.name AS category_name, cat.cadence_days AS category_cadence_days,
           c.cadence_days, c.cadence_opt_out, c.last_interaction_at, c.next_due,
           c.referred_by_id, r.first_name AS ref_first, r.last_name AS ref_last,
           r.company AS ref_company, c.card_lead_days
      FROM contact c
      JOIN category cat ON cat.id = c.category_id
      LEFT JOIN contact r ON r.id = c.referred_by_id
     WHERE c.id = ?"""


def _stamp(value: object) -> datetime | None:
    """A stored timestamp; one another program wrote unreadably is shown as unknown."""
    try:
        return to_datetime(value)
    except ValueError:
        return None


def contact_details(contact_id: int) -> ContactDetails | None:
    """The contact as the pane and the dialog show it; None when it is gone."""
    rows = named(db.execute_sql(_DETAILS, (contact_id,)))
    if not rows:
        return None
    r = rows[0]
    referred = r.ref_first is not None  # the referrer's row is there
    return ContactDetails(
        id=r.id,
        name=display_name(r.first_name, r.last_name, r.company),
        first_name=r.first_name,
        last_name=r.last_name,
        company=r.company,
        job_title=r.job_title,
        email=r.email,
        phone=r.phone,
        mobile=r.mobile,
        profile_url=r.profile_url,
        notes=r.notes,
        archived=bool(r.archived),
        created_at=_stamp(r.created_at),
        category_id=r.category_id,
        category_name=r.category_name,
        category_cadence_days=r.category_cadence_days,
        cadence_days=r.cadence_days,
        cadence_opt_out=bool(r.cadence_opt_out),
        last_interaction_at=_stamp(r.last_interaction_at),
        next_due=to_date(r.next_due),
        referred_by_id=r.referred_by_id if referred else None,
        referrer_name=display_name(r.ref_first, r.ref_last, r.ref_company) if referred else "",
        card_lead_days=r.card_lead_days,
    )


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
        fallback_date=fu.fallback_date,
    )


def followup_card(followup_id: int) -> FollowUpCard:
    card = find_followup_card(followup_id)
    if card is None:
        raise FollowUpGoneError()
    return card
