"""The contact list model: a well-behaved Qt model that pages ids in and shows rows."""

from PySide6.QtCore import Qt

from followup_desktop.store import contacts
from followup_desktop.store.contact_list import ContactQuery
from followup_desktop.ui.contacts import model as contacts_model
from followup_desktop.ui.contacts.model import ID_ROLE, ContactsModel


def _add(n, **extra):
    cat = contacts.categories()[1].id
    return [
        contacts.create_contact(
            first_name=f"P{i:03d}", last_name="Tester", category=cat, **extra
        ).id
        for i in range(n)
    ]


def test_model_passes_qtmodeltester(store, qtmodeltester, qsettings):
    _add(30)
    contacts.create_contact(company="Acme Inc.", category=contacts.categories()[0].id)
    model = ContactsModel()
    model.set_query(ContactQuery())
    qtmodeltester.check(model, force_py=True)
    # The tester stays connected and checks every reset and insertion from here on.
    model.set_search("p01")
    assert model.rowCount() == 10
    model.sort(1, Qt.SortOrder.DescendingOrder)
    model.set_search("")
    model.fetch_all()
    assert model.rowCount() == 31


def test_pages_in_ids_as_the_view_scrolls(store, qsettings, monkeypatch):
    monkeypatch.setattr(contacts_model, "FIRST_PAGE", 10)
    ids = _add(35)
    model = ContactsModel()
    model.set_query(ContactQuery())
    assert model.rowCount() == 10 and model.canFetchMore()
    assert model.total() == 35
    model.fetchMore()
    assert model.rowCount() == 20
    model.fetch_all()
    assert model.rowCount() == 35 and not model.canFetchMore()
    shown = [model.index(r, 0).data(ID_ROLE) for r in range(35)]
    assert sorted(shown) == sorted(ids)
    assert model.index(0, 0).data() == "P000 Tester"
    assert model.index(0, 2).data() == contacts.categories()[1].name
    assert model.index(0, 5).data() == "never"


def test_reload_keeps_loaded_rows_and_shows_edits(store, qsettings, monkeypatch):
    monkeypatch.setattr(contacts_model, "FIRST_PAGE", 10)
    ids = _add(25)
    model = ContactsModel()
    model.set_query(ContactQuery())
    model.fetchMore()
    contacts.update_contact(ids[0], first_name="Aaron")
    model.reload()
    assert model.rowCount() == 20
    assert model.index(0, 0).data() == "Aaron Tester"
