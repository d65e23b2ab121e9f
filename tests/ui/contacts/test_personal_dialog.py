"""The contact dialog's Personal tab, driven by typing: a birthday in 10 days shows in
the agenda's Key dates and plans the card a week ahead; impossible dates are refused."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from followup_desktop.domain.personal import Address, KeyDate, ThingToRemember
from followup_desktop.store import contacts, greeting_cards, personal
from followup_desktop.store.models import Contact, FollowUp
from followup_desktop.ui.agenda.view import AgendaView
from followup_desktop.ui.contacts.dialog import ContactDialog
from followup_desktop.ui.followups.actions import FollowUpActions
from tests.lookups import category_by_name

TODAY = date(2026, 12, 7)  # a Monday; ten days on is Thursday 17 December


@pytest.fixture
def dialog(store, qtbot, qsettings):
    d = ContactDialog(today=TODAY)
    qtbot.addWidget(d)
    d.show()
    qtbot.keyClicks(d.first_name, "Ada")
    qtbot.keyClicks(d.last_name, "Lovelace")
    d.tabs.setCurrentIndex(1)
    return d


def test_birthday_in_ten_days_gets_the_key_date_row_and_the_card(dialog, qtbot):
    qtbot.keyClicks(dialog.personal.birthday, "17 December 1980")
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ContactDialog.DialogCode.Accepted
    ada = Contact.get(Contact.first_name == "Ada")
    [card] = FollowUp.select().where(FollowUp.contact == ada.id)
    assert (card.due_date, card.reason, card.channel) == (
        date(2026, 12, 10),
        "Send a birthday card",
        "letter or card",
    )
    host = QWidget()
    qtbot.addWidget(host)
    actions = FollowUpActions(host, QUndoStack(host))
    view = AgendaView(host, today=lambda: TODAY, actions=actions)
    host.show()
    assert "Key dates  (1)" in [
        view.sections.index(i).data() for i in range(view.sections.rowCount())
    ]
    view._select_section("keydates")
    texts = [view.model.index(0, c).data() for c in range(view.model.columnCount())]
    assert texts[0] == "Ada Lovelace"
    assert texts[2] == "Birthday (turns 46)"
    assert texts[3] == "Send a card"
    assert texts[4] == "Thu 17 Dec (in 10 days)"
    # the card itself is an ordinary follow-up in "This week"
    view._select_section("week")
    reasons = [view.model.index(r, 2).data() for r in range(view.model.rowCount())]
    assert reasons == ["Send a birthday card"]


@pytest.mark.parametrize(
    ("typed", "why"),
    [("31 February", "February has no day 31"), ("1 March 2030", "cannot be in the future")],
)
def test_an_impossible_birthday_is_refused_in_the_dialog(dialog, qtbot, typed, why):
    qtbot.keyClicks(dialog.personal.birthday, typed)
    assert not dialog.save_button.isEnabled()
    assert why in dialog.personal.birthday_error.text()
    assert why in dialog.personal_error.text()  # also seen from the Contact tab
    dialog.accept()
    assert not Contact.select().exists()
    dialog.personal.birthday.clear()
    qtbot.keyClicks(dialog.personal.birthday, "28 February")
    assert dialog.save_button.isEnabled()


def test_key_dates_addresses_and_things_are_saved_and_loaded_back(dialog, qtbot):
    p = dialog.personal
    row = p.add_date_row()
    row.what.setCurrentIndex(row.what.findData("anniversary"))
    qtbot.keyClicks(row.when, "14 June 2008")
    own = p.add_date_row()
    own.what.setEditText("")
    qtbot.keyClicks(own.when, "2 October")
    assert "label" in dialog.personal_error.text()
    qtbot.keyClicks(own.what.lineEdit(), "Daughter's graduation")
    own.remind.setCurrentIndex(own.remind.findData("call"))
    qtbot.keyClicks(p.work.street, "1 Analytical Way")
    qtbot.keyClicks(p.work.city, "Springfield")
    qtbot.keyClicks(p.work.region, "IL")
    qtbot.keyClicks(p.work.postal_code, "62701")
    qtbot.keyClicks(p.work.country, "USA")
    assert p.work.preview.text() == "1 Analytical Way\nSpringfield, IL 62701\nUSA"
    qtbot.keyClicks(p.home.country, "Portugal")
    thing = p.add_thing_row()
    qtbot.keyClicks(thing.text, "Japan trip")
    qtbot.keyClicks(thing.on, "2026-12-11")
    assert thing.plan.isEnabled()
    thing.plan.setChecked(True)
    assert dialog.save_button.isEnabled(), dialog.save_button.toolTip()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    ada = Contact.get(Contact.first_name == "Ada")
    info = personal.personal_info(ada.id)
    assert sorted(info.key_dates, key=lambda k: k.kind) == [
        KeyDate("anniversary", 6, 14, 2008),
        KeyDate("other", 10, 2, None, "Daughter's graduation", "call"),
    ]
    assert info.addresses == (
        Address("work", "1 Analytical Way", "Springfield", "IL", "62701", "USA"),
        Address("home", country="Portugal"),
    )
    assert info.things == (ThingToRemember("Japan trip", date(2026, 12, 11)),)
    [ask] = FollowUp.select().where(FollowUp.contact == ada.id)
    assert (ask.due_date, ask.reason) == (date(2026, 12, 14), "Ask about: Japan trip")
    again = ContactDialog(contact_id=ada.id, today=TODAY)
    qtbot.addWidget(again)
    assert [r.when.text() for r in again.personal.date_rows] == ["14 June 2008", "2 October"]
    assert again.personal.work.city.text() == "Springfield"
    assert again.personal.thing_rows[0].text.text() == "Japan trip"
    assert again.values().personal.info == info


def test_lead_time_per_contact_moves_the_card(store, qtbot, qsettings):
    cid = contacts.create_contact(first_name="Bo", category=category_by_name("Clients")).id
    d = ContactDialog(contact_id=cid, today=TODAY)
    qtbot.addWidget(d)
    d.show()
    qtbot.keyClicks(d.personal.birthday, "17 Dec")
    d.personal.lead.setValue(2)
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    [card] = FollowUp.select().where(FollowUp.contact == cid)
    assert card.due_date == date(2026, 12, 15)
    assert greeting_cards.card_lead_days(cid) == 2


def test_the_pane_shows_it_all_and_plans_the_follow_up_a_dated_thing_offers(store, qtbot):
    from followup_desktop.domain.personal import PersonalInfo
    from followup_desktop.ui.contacts.pane import ContactPane

    cid = contacts.create_contact(first_name="Ada", category=category_by_name("Clients")).id
    later = date.today().replace(year=date.today().year + 1)
    personal.save_personal(
        cid,
        PersonalInfo(
            addresses=(Address("home", "Hauptstr. 5", "Berlin", "", "10115", "Germany"),),
            key_dates=(KeyDate("birthday", 3, 15),),
            things=(ThingToRemember("Trip to Japan", later),),
        ),
    )
    pane = ContactPane()
    qtbot.addWidget(pane)
    pane.show_contact(cid)
    assert pane.fields["birthday"].text().startswith("15 March")
    assert pane.fields["home_address"].text() == "Hauptstr. 5<br>10115 Berlin<br>Germany"
    assert "Trip to Japan" in pane.fields["remember"].text()
    pane._link("remember:0")
    [fu] = FollowUp.select().where(FollowUp.contact == cid)
    assert fu.reason == "Ask about: Trip to Japan" and fu.due_date > later
