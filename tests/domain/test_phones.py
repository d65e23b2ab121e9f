"""How a phone number is shown: one rule (``domain.phones.display``) for every view."""

from __future__ import annotations

from datetime import date

import pytest

from followup_desktop.domain import phones
from followup_desktop.domain.jogger import DueItem, IdleContact, idle_text


@pytest.fixture
def region():
    yield phones.use_region
    phones.use_region("")


def test_a_number_at_home_reads_national_one_abroad_international(region):
    region("DE")
    assert phones.display("0301234567") == "030 1234567"
    assert phones.display("+4930 1234567") == "030 1234567"  # the same number, one way
    assert phones.display("  0170 1234567 ") == "0170 1234567"
    assert phones.display("+1 415 555 0142") == "+1 415-555-0142"
    assert phones.display("+44 20 7118 3340") == "+44 20 7118 3340"
    region("US")
    assert phones.display("4155550142") == "(415) 555-0142"
    assert phones.display("+1 416 555 0142") == "(416) 555-0142"  # Canada: also +1
    assert phones.display("+491701234567") == "+49 170 1234567"


def test_what_cannot_be_read_shows_as_typed(region):
    region("DE")
    for typed in ("call me", "12", "555-1", "+1 555 01001"):
        assert phones.display(typed) == typed
    assert phones.display("") == "" and phones.display(None) == ""  # type: ignore[arg-type]


def test_the_printed_list_shows_the_number_the_same_way(region):
    region("DE")
    due = DueItem(
        followup_id=1, contact_id=2, category_id=3, name="Ann Archer", reason="call",
        due_date=date(2026, 12, 7), company="Acme",
        phone="+4930 1234567", email="ann@acme.test",
    )  # fmt: skip
    assert due.details() == ["Acme", "030 1234567", "ann@acme.test"]
    same = DueItem(1, 2, 3, "Acme", "call", due.due_date, company="Acme", phone="call me")
    assert same.details() == ["call me"]  # the company is the name: said once
    idle = IdleContact(contact_id=2, category_id=3, name="Bo Berg", phone="0301234567")
    assert "Bo Berg · 030 1234567 · never contacted" in idle_text(idle)
