"""The add/edit dialog, driven by typing as a person would."""

from PySide6.QtCore import Qt

from followup_desktop.store import contacts
from followup_desktop.store.cards import contact_details
from followup_desktop.store.models import Contact
from followup_desktop.ui.contacts.dialog import ContactDialog
from followup_desktop.ui.kit.events import events
from tests.ui.keyboard import type_text


def test_save_needs_a_name_or_company_and_says_why(store, qtbot, qsettings):
    dialog = ContactDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.save_button.isEnabled()
    assert "name or a company" in dialog.name_error.text()
    qtbot.keyClicks(dialog.company, "   ")
    assert not dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.company, "Acme")
    assert dialog.save_button.isEnabled()
    assert dialog.name_error.isHidden()
    dialog.company.clear()
    qtbot.keyClicks(dialog.last_name, "Lovelace")
    assert dialog.save_button.isEnabled()


def test_email_syntax_is_checked_while_typing(store, qtbot, qsettings):
    dialog = ContactDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.first_name, "Ada")
    qtbot.keyClicks(dialog.email, "ada@example")
    assert not dialog.save_button.isEnabled()
    assert "name@example.com" in dialog.email_error.text()
    qtbot.keyClicks(dialog.email, ".com")
    assert dialog.save_button.isEnabled() and dialog.email_error.isHidden()
    dialog.email.clear()
    qtbot.keyClicks(dialog.email, "ada lovelace@example.com")
    assert "spaces" in dialog.email_error.text()


def test_typing_a_new_contact_saves_it_exactly(store, qtbot, qsettings):
    referrer = contacts.create_contact(
        first_name="Grace", last_name="Hopper", category=contacts.categories()[0].id
    )
    dialog = ContactDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.first_name, "Zoë")
    type_text(qtbot, dialog.last_name, "Ångström 王")
    qtbot.keyClicks(dialog.company, "Nordlys AS")
    qtbot.keyClicks(dialog.email, "zoe@nordlys.example")
    qtbot.keyClicks(dialog.phone, "+47 22 33 44 55")
    dialog.category.setCurrentIndex(dialog.category.findText("Clients"))
    dialog.activateWindow()
    dialog.referred_by.setFocus()
    qtbot.waitUntil(dialog.referred_by.hasFocus)
    qtbot.keyClicks(dialog.referred_by, "hopp")
    popup = dialog.referred_by.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.referred_by.text() == "Grace Hopper"
    qtbot.keyClicks(dialog.notes, "Met at the fair.")
    with qtbot.waitSignal(events().contacts_changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ContactDialog.DialogCode.Accepted
    saved = Contact.get(Contact.email == "zoe@nordlys.example")
    assert (saved.first_name, saved.last_name, saved.company) == (
        "Zoë",
        "Ångström 王",
        "Nordlys AS",
    )
    assert saved.category.name == "Clients"
    assert saved.referred_by_id == referrer.id
    assert saved.notes == "Met at the fair."
    assert saved.phone_digits == "4722334455"
    assert dialog.result_values.id == saved.id


def test_editing_loads_and_updates_the_contact(store, qtbot, qsettings):
    c = contacts.create_contact(
        first_name="Ada", company="Engines", notes="n" * 10_000,
        category=contacts.categories()[2].id,
    )  # fmt: skip
    dialog = ContactDialog(None, c.id)
    qtbot.addWidget(dialog)
    assert dialog.first_name.text() == "Ada"
    assert dialog.category.currentData() == contacts.categories()[2].id
    dialog.first_name.clear()
    qtbot.keyClicks(dialog.first_name, "Augusta")
    dialog.accept()
    assert contact_details(c.id).first_name == "Augusta"
    assert len(contact_details(c.id).notes) == 10_000


def test_a_failed_save_keeps_the_dialog_and_the_input(store, qtbot, qsettings, monkeypatch):
    from followup_desktop.store.errors import DatabaseLockedError
    from followup_desktop.ui.contacts import dialog as contact_dialog

    def locked(**_values):
        raise DatabaseLockedError("The database is locked by another program.")

    warnings = []
    monkeypatch.setattr(contact_dialog.contacts, "create_contact", locked)
    monkeypatch.setattr(contact_dialog.QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    dialog = ContactDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.first_name, "Ada")
    dialog.accept()
    assert dialog.isVisible() and dialog.first_name.text() == "Ada"
    assert "locked" in warnings[0]
    assert dialog.result_values is None
