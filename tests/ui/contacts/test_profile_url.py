"""The profile URL: typed in the dialog, a link in the pane only when it is http(s), and the
day the contact joined the network in the timeline."""

from datetime import date

from PySide6.QtCore import Qt

from followup_desktop.store import contacts
from followup_desktop.store.models import Contact
from followup_desktop.ui.contacts.dialog import ContactDialog
from followup_desktop.ui.contacts.pane import ContactPane
from followup_desktop.ui.contacts.timeline import install
from tests.ui.hosts import Host


def _pane(qtbot):
    host = Host()
    qtbot.addWidget(host)
    pane = ContactPane(host)
    host.resize(480, 700)
    pane.resize(480, 700)
    step, line = install(pane, host.followup_actions)
    host.show()
    return pane, line


def test_the_dialog_saves_the_profile_url_and_offers_to_open_it(store, qtbot, qsettings):
    dialog = ContactDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.first_name, "Ann")
    qtbot.keyClicks(dialog.profile_url, "javascript:alert(1)")
    assert dialog.profile_link.text() == "(not a web address)"
    dialog.profile_url.clear()
    qtbot.keyClicks(dialog.profile_url, "https://www.linkedin.com/in/ann-lee")
    assert dialog.profile_link.text() == '<a href="https://www.linkedin.com/in/ann-lee">Open</a>'
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    ann = Contact.get(Contact.first_name == "Ann")
    assert ann.profile_url == "https://www.linkedin.com/in/ann-lee"
    # Editing shows it again and keeps the day they joined the network.
    contacts.update_contact(ann.id, connected_on=date(2023, 12, 7))
    again = ContactDialog(contact_id=ann.id)
    qtbot.addWidget(again)
    assert again.profile_url.text() == "https://www.linkedin.com/in/ann-lee"
    again.accept()
    assert Contact.get_by_id(ann.id).connected_on == date(2023, 12, 7)


def test_the_pane_links_only_http_addresses(store, qtbot, tmp_path):
    cat = contacts.categories()[1].id
    linked = contacts.create_contact(
        first_name="Ann",
        last_name="Lee",
        profile_url="https://www.linkedin.com/in/ann-lee",
        connected_on=date(2023, 12, 7),
        category=cat,
    )
    hostile = contacts.create_contact(
        first_name="Bob", profile_url="javascript:alert('x')", category=cat
    )
    pane, line = _pane(qtbot)
    pane.show_contact(linked.id)
    label = pane.fields["profile"]
    assert label.isVisible()
    assert label.text() == (
        '<a href="https://www.linkedin.com/in/ann-lee">https://www.linkedin.com/in/ann-lee</a>'
    )
    assert "Connected on LinkedIn" in line.body.text()
    assert "interaction" not in line.body.text().lower()
    pane.grab().save(str(tmp_path / "pane.png"))
    pane.show_contact(hostile.id)
    assert "<a" not in label.text() and "javascript:alert(&#x27;x&#x27;)" == label.text()
    assert "Connected on" not in line.body.text()
    pane.show_contact(contacts.create_contact(first_name="Cy", category=cat).id)
    assert not label.isVisible()
