"""The pane and the dialog read a contact as one plain value (store.cards.ContactDetails),
and the dialog's text fields are the ones domain.vocabulary.CONTACT_TEXT_FIELDS names."""

from dataclasses import fields
from datetime import date

from PySide6.QtCore import Qt

from followup_desktop.domain.dates import format_day
from followup_desktop.domain.vocabulary import CONTACT_TEXT_FIELDS
from followup_desktop.store import contacts
from followup_desktop.store.cards import contact_details
from followup_desktop.store.database import db
from followup_desktop.ui.contacts.dialog import ContactDialog, ContactValues
from followup_desktop.ui.contacts.pane import ContactPane


def _statements(pane: ContactPane, contact_id: int) -> list[str]:
    """The SQL statements showing one contact in the pane runs."""
    seen: list[str] = []
    conn = db.connection()
    conn.set_trace_callback(seen.append)
    try:
        pane.show_contact(contact_id)
    finally:
        conn.set_trace_callback(None)
    return seen


def test_the_pane_shows_the_category_and_referrer_in_a_fixed_number_of_reads(store, qtbot):
    cats = {c.name: c.id for c in contacts.categories()}
    grace = contacts.create_contact(
        first_name="Grace", last_name="Hopper", category=cats["Clients"]
    )
    ada = contacts.create_contact(
        first_name="Ada", company="Engines", referred_by=grace.id, category=cats["Prospects"]
    )
    pane = ContactPane()
    qtbot.addWidget(pane)
    alone = _statements(pane, grace.id)
    assert pane.name.text() == "Grace Hopper" and pane.fields["category"].text() == "Clients"
    assert pane.fields["referrals"].text() == f'<a href="contact:{ada.id}">Ada</a>'
    referred = _statements(pane, ada.id)
    assert pane.name.text() == "Ada" and pane.subtitle.text() == "Engines"
    assert pane.fields["category"].text() == "Prospects"
    assert pane.fields["referred_by"].text() == f'<a href="contact:{grace.id}">Grace Hopper</a>'
    assert pane.fields["rhythm"].text().startswith("every 2 weeks")
    assert pane.fields["added"].text() == format_day(date.today())
    # The contact, its category and its referrer are one read; a referrer adds none.
    assert len(referred) == len(alone)
    assert sum(" FROM contact c" in s for s in referred) == 1
    assert not any("FROM category" in s or '"category"' in s for s in referred)


def test_every_text_field_the_vocabulary_names_is_typed_saved_and_loaded(store, qtbot, qsettings):
    typed = {name: f"{name} 1" for name in CONTACT_TEXT_FIELDS}
    typed["email"] = "ann@example.org"
    dialog = ContactDialog()
    qtbot.addWidget(dialog)
    dialog.plan_first.setChecked(False)
    for name, text in typed.items():
        qtbot.keyClicks(getattr(dialog, name), text)
    assert {name: getattr(dialog.values(), name) for name in CONTACT_TEXT_FIELDS} == typed
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = contact_details(dialog.result_values.id)
    assert {name: getattr(saved, name) for name in CONTACT_TEXT_FIELDS} == typed
    again = ContactDialog(None, saved.id)
    qtbot.addWidget(again)
    assert {name: getattr(again, name).text() for name in CONTACT_TEXT_FIELDS} == typed


def test_contact_values_start_with_the_vocabulary_text_fields_empty():
    values = ContactValues()
    assert [f.name for f in fields(values)][: len(CONTACT_TEXT_FIELDS)] == list(CONTACT_TEXT_FIELDS)
    assert [getattr(values, name) for name in CONTACT_TEXT_FIELDS] == [""] * len(
        CONTACT_TEXT_FIELDS
    )
    assert set(CONTACT_TEXT_FIELDS) <= set(values.store_fields())


def test_tab_in_the_pane_stops_on_links_and_buttons_not_on_every_value(store, qtbot):
    """Tab went through every value of the pane (name, category, rhythm, date added…);
    now only through what can be acted on: the e-mail and phone links, a referrer, the
    buttons."""
    cats = {c.name: c.id for c in contacts.categories()}
    grace = contacts.create_contact(
        first_name="Grace", last_name="Hopper", category=cats["Clients"]
    )
    ada = contacts.create_contact(
        first_name="Ada", email="ada@example.org", referred_by=grace.id, category=cats["Clients"]
    )
    pane = ContactPane()
    qtbot.addWidget(pane)
    pane.show_contact(ada.id)
    pane.show()

    def tab_stop(widget) -> bool:
        return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)

    values = [pane.name, pane.subtitle, pane.notes]
    values += [pane.fields[k] for k in ("category", "rhythm", "added")]
    assert not any(tab_stop(v) for v in values)
    assert tab_stop(pane.fields["email"]) and tab_stop(pane.fields["referred_by"])
    assert tab_stop(pane.edit_button)
    # A contact without an e-mail: the same label holds no link and is no stop.
    pane.show_contact(grace.id)
    assert not tab_stop(pane.fields["email"])
