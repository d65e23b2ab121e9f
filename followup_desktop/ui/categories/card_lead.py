"""A category's lead time for card reminders: how many days before a birthday or an
anniversary the "send a card" follow-up is planned (a contact's own setting wins)."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from ...domain.personal import DEFAULT_CARD_LEAD
from ...i18n import translator
from ...store import greeting_cards
from ...store.errors import StoreError

_ = translator(__name__)


def ask_lead_days(parent: QWidget, name: str, current: int) -> int | None:
    """The days chosen, or None if cancelled (tests replace this seam)."""
    days, ok = QInputDialog.getInt(
        parent,
        _("Card reminders"),
        _(
            "Plan a card's reminder this many days before the date, for “{category}”\n"
            "(the default is {default}; a contact can have their own):"
        ).format(category=name, default=DEFAULT_CARD_LEAD),
        current,
        0,
        60,
    )
    return days if ok else None


def edit_category_card_lead(parent: QWidget, category_id: int, name: str) -> bool:
    """Ask and save; True when it changed. Reminders already planned keep their day."""
    current = greeting_cards.category_card_lead(category_id)
    shown = DEFAULT_CARD_LEAD if current is None else current
    days = ask_lead_days(parent, name, shown)
    if days is None or days == shown:
        return False
    try:
        greeting_cards.set_card_lead_days(category_id=category_id, days=days)
    except StoreError as exc:
        QMessageBox.warning(parent, _("The lead time was not saved"), str(exc))
        return False
    return True
