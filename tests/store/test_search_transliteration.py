"""Search finds transliterations and phone numbers typed in any format."""

from __future__ import annotations

import pytest

from followup_desktop.domain import phones
from followup_desktop.store import contact_list, contacts
from followup_desktop.store.contact_list import ContactQuery


@pytest.fixture
def book(store):
    phones.use_region("DE")
    cat = contacts.categories()[0].id
    made = {}
    for key, first, last, phone in (
        ("muller", "Jürgen", "Müller", "+49 170 1234567"),
        ("orsted", "Åsa", "Ørsted", "+47 912 34 567"),
        ("strasse", "Grete", "Straße", ""),
        ("us", "Tom", "Becker", "+1 (415) 555-0142"),
        ("mueller", "Anna", "Mueller", "030 1234 5678"),
    ):
        made[key] = contacts.create_contact(
            first_name=first, last_name=last, phone=phone, category=cat
        ).id
    yield made
    phones.use_region("")


def found(query: str) -> set[int]:
    return set(contact_list.contact_ids(ContactQuery(search=query)))


@pytest.mark.parametrize("typed", ["mueller", "Müller", "muller", "MUELLER"])
def test_german_spellings_find_each_other(book, typed):
    assert {book["muller"], book["mueller"]} <= found(typed)


@pytest.mark.parametrize("typed", ["oersted", "orsted", "Ørsted", "aasa oersted", "åsa"])
def test_nordic_spellings_find_each_other(book, typed):
    assert found(typed) == {book["orsted"]}


def test_sharp_s(book):
    assert found("strasse") == found("Straße") == {book["strasse"]}


@pytest.mark.parametrize(
    "typed", ["0170 1234567", "+49 170 123 45 67", "0049-170-1234567", "1701234567"]
)
def test_a_number_in_any_format(book, typed):
    assert found(typed) == {book["muller"]}


@pytest.mark.parametrize("typed", ["+1 415 555 0142", "001 415.555.0142", "(415) 555-0142"])
def test_a_number_from_abroad(book, typed):
    assert found(typed) == {book["us"]}


def test_a_fragment_still_matches_by_its_digits(book):
    assert found("1234") >= {book["muller"], book["mueller"]}


@pytest.mark.parametrize("typed", ["0170 123", "0170-12", "0049 170 12", "00 49 1701"])
def test_a_number_is_found_while_it_is_typed_as_dialled_at_home(book, typed):
    """The list keeps the contact while the number is typed the way it is dialled in
    Germany (trunk 0, international 00); it used to go empty until the last digit."""
    assert book["muller"] in found(typed)


def test_a_number_typed_as_dialled_from_the_us(book):
    phones.use_region("US")
    assert book["muller"] in found("011 49 170 12")
    assert book["us"] in found("1 415 555")  # the US trunk 1


def test_tel_uris_and_display():
    phones.use_region("US")
    try:
        assert phones.tel_uri("(415) 555-0142") == "tel:+14155550142"
        assert phones.tel_uri("+49 170 1234567") == "tel:+491701234567"
        assert phones.display("4155550142") == "(415) 555-0142"
        assert phones.display("+491701234567") == "+49 170 1234567"
        assert phones.display("call me") == "call me" and phones.tel_uri("call me") == ""
    finally:
        phones.use_region("")
