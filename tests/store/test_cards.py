"""The named rows the UI reads one contact or follow-up through."""

from datetime import date, time

import pytest

from followup_desktop.store import cards, followups
from followup_desktop.store.contacts import categories, create_contact
from followup_desktop.store.errors import InvalidInputError


def test_a_followup_card_names_its_fields_and_its_contact(store):
    cat = categories()[1].id
    grace = create_contact(first_name="Grace", category=cat)
    ada = create_contact(
        first_name=" Ada ", last_name="Lovelace", company="Engines", mobile="07700 900",
        email="ada@example.org", referred_by=grace.id, category=cat,
    )  # fmt: skip
    fu = followups.create_followup(ada.id, date(2026, 12, 7), "send the notes", due_time=time(9))
    card = cards.followup_card(fu.id)
    assert (card.id, card.contact_id, card.reason, card.status) == (
        fu.id, ada.id, "send the notes", "open",
    )  # fmt: skip
    assert card.due_date == date(2026, 12, 7) and card.due_time == time(9) and card.is_open
    assert card.contact.name == "Ada Lovelace"  # the one display-name rule: trimmed
    assert card.contact.any_phone == "07700 900" and card.contact.referred_by_id == grace.id
    assert cards.contact_card(grace.id).name == "Grace"


def test_a_row_that_is_gone_is_refused_in_words_or_none(store):
    assert cards.find_followup_card(999) is None and cards.find_contact_card(999) is None
    with pytest.raises(InvalidInputError, match="no longer exists"):
        cards.followup_card(999)
    with pytest.raises(InvalidInputError, match="no longer exists"):
        cards.contact_card(999)
