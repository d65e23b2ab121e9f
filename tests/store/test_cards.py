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


def test_contact_details_bring_the_category_and_the_referrer_in_one_read(store):
    from datetime import datetime

    from followup_desktop.store.cadence import set_category_rhythm
    from followup_desktop.store.contacts import rename_category
    from followup_desktop.store.greeting_cards import set_card_lead_days

    cats = {c.name: c.id for c in categories()}
    grace = create_contact(first_name="Grace", last_name="Hopper", category=cats["Clients"])
    ada = create_contact(
        first_name=" Ada ", last_name="Lovelace", company="Engines", job_title="Analyst",
        email="ada@example.org", phone="555 0100", mobile="07700 900", notes="likes maths",
        profile_url="https://example.org/ada", referred_by=grace.id, category=cats["Clients"],
        cadence_days=14,
    )  # fmt: skip
    set_category_rhythm(cats["Clients"], 60)
    rename_category(cats["Clients"], "Key accounts")
    d = cards.contact_details(ada.id)
    assert (d.id, d.name, d.first_name, d.job_title, d.email, d.phone, d.mobile) == (
        ada.id, "Ada Lovelace", " Ada ", "Analyst", "ada@example.org", "555 0100", "07700 900",
    )  # fmt: skip
    assert (d.notes, d.profile_url, d.archived, d.cadence_days, d.cadence_opt_out) == (
        "likes maths", "https://example.org/ada", False, 14, False,
    )  # fmt: skip
    assert (d.category_id, d.category_name, d.category_cadence_days) == (
        cats["Clients"], "Key accounts", 60,
    )  # fmt: skip
    assert (d.referred_by_id, d.referrer_name) == (grace.id, "Grace Hopper")
    assert isinstance(d.created_at, datetime) and d.created_at.date() == date.today()
    assert d.last_interaction_at is None and d.next_due is None and d.card_lead_days is None
    followups.create_followup(ada.id, date(2026, 12, 7), "send the notes")
    set_card_lead_days(contact_id=ada.id, days=3)
    d = cards.contact_details(ada.id)
    assert (d.next_due, d.card_lead_days) == (date(2026, 12, 7), 3)
    g = cards.contact_details(grace.id)
    assert (g.referred_by_id, g.referrer_name) == (None, "")
    assert cards.contact_details(999) is None
    with pytest.raises(AttributeError):  # a frozen value, not a row that saves itself
        d.first_name = "Augusta"
