"""The links a follow-up opens outside the app: ``tel:`` to call, ``mailto:`` to write.

Imported by the first call or email, not at start-up (PySide builds QUrl's enums when
QUrl is first imported).
"""

from __future__ import annotations

from PySide6.QtCore import QUrl

from ...domain import phones
from ...store.cards import find_followup_card


def call_url(followup_id: int) -> QUrl | None:
    """The contact's number as a ``tel:`` link (E.164), or None without one."""
    fu = find_followup_card(followup_id)
    number = fu.contact.any_phone if fu is not None else ""
    if not number:
        return None
    if number.strip().startswith("+"):
        number = number.replace("(0)", "")  # "+44 (0)20 ...": the trunk 0 is not dialled
    uri = phones.tel_uri(number)  # E.164 through phonenumbers: "tel:+14155550142"
    return QUrl(uri) if uri else None


def email_url(followup_id: int) -> QUrl | None:
    """A ``mailto:`` link to the contact with the follow-up's reason as the subject."""
    fu = find_followup_card(followup_id)
    if fu is None or not fu.contact.email:
        return None
    address = QUrl.toPercentEncoding(fu.contact.email.strip(), b"@").toStdString()
    subject = QUrl.toPercentEncoding(fu.reason).toStdString()
    return QUrl(f"mailto:{address}?subject={subject}")
