"""The words the data is made of: channels, outcomes, whose move, statuses.

The store's schema checks against them and the dialogs offer them; both import them
from here (the UI never imports ``store.models``).
"""

from __future__ import annotations

from ..i18n import translator

_ = translator(__name__)

CHANNELS = ("call", "email", "meeting", "text message", "letter or card", "social", "other")
OUTCOMES = ("reached", "left message", "no answer", "replied", "met")
WHOSE = ("mine", "theirs")
STATUSES = ("open", "done", "cancelled")

#: A contact's name and how to reach them, in the order every form, import and export
#: lists them (each adds its own further fields after these).
CONTACT_TEXT_FIELDS = (
    "first_name",
    "last_name",
    "company",
    "job_title",
    "email",
    "phone",
    "mobile",
)


# What the user reads for each stored word. The data keeps the English codes (the same
# database in every language); screens, paper, calendar files and the command line show
# these, through the functions below.
_CHANNEL_LABELS = {
    "call": _.mark("call"),
    "email": _.mark("e-mail"),
    "meeting": _.mark("meeting"),
    "text message": _.mark("text message"),
    "letter or card": _.mark("letter or card"),
    "social": _.mark("social media"),
    "other": _.mark("other"),
}
_OUTCOME_LABELS = {
    "reached": _.mark("reached"),
    "left message": _.mark("left a message"),
    "no answer": _.mark("no answer"),
    "replied": _.mark("replied"),
    "met": _.mark("met"),
}
_WHOSE_LABELS = {"mine": _.mark("my move"), "theirs": _.mark("their move")}
_STATUS_LABELS = {"open": _.mark("open"), "done": _.mark("done"), "cancelled": _.mark("cancelled")}
#: The five built-in categories, by the name they are stored under (seeded in English by
#: the first migration). Shown translated; a category the user renamed or made is shown
#: as typed.
_CATEGORY_LABELS = {
    "Personal Contacts": _.mark("Personal Contacts"),
    "Clients": _.mark("Clients"),
    "Prospects": _.mark("Prospects"),
    "Industry Colleagues": _.mark("Industry Colleagues"),
    "Referrals": _.mark("Referrals"),
}


def _label(labels: dict, code: str) -> str:
    label = labels.get(code)
    return _(label) if label is not None else code


def channel_label(code: str) -> str:
    """``"email"`` → "e-mail" ("E-Mail", "correo"...)."""
    return _label(_CHANNEL_LABELS, code)


def outcome_label(code: str) -> str:
    return _label(_OUTCOME_LABELS, code)


def whose_label(code: str) -> str:
    return _label(_WHOSE_LABELS, code)


def status_label(code: str) -> str:
    return _label(_STATUS_LABELS, code)


def category_label(name: str) -> str:
    """A category's name as the user reads it: a built-in one in the chosen language
    (its stored name, and so its identity, never changes), any other as typed."""
    return _label(_CATEGORY_LABELS, name)
