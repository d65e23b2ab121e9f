import pytest

from followup_desktop.store import contacts
from followup_desktop.store.errors import InvalidInputError
from tests.lookups import category_by_name


def test_add_and_rename_categories(store):
    new = contacts.add_category("  Golf   club ")
    assert new.name == "Golf club"
    assert [c.name for c in contacts.categories()][-1] == "Golf club"
    contacts.rename_category(new.id, "Golf partners")
    assert category_by_name("Golf partners").id == new.id


@pytest.mark.parametrize("name", ["", "   ", "clients", "CLIENTS", "x" * 61])
def test_bad_category_names_are_refused_in_words(store, name):
    with pytest.raises(InvalidInputError):
        contacts.add_category(name)
    assert len(contacts.categories()) == 5


def test_renaming_to_itself_with_other_case_is_allowed(store):
    clients = category_by_name("Clients")
    contacts.rename_category(clients.id, "clients")
    assert category_by_name("clients").id == clients.id
