"""The words the data is made of: channels, outcomes, whose move, statuses.

The store's schema checks against them and the dialogs offer them; both import them
from here (the UI never imports ``store.models``).
"""

from __future__ import annotations

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
