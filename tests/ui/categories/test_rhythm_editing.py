"""Editing keep-in-touch rhythms: the category dialog and the contact's own rhythm."""

from PySide6.QtCore import Qt

from followup_desktop.domain.dates import format_day
from followup_desktop.store import contacts
from followup_desktop.store.models import Category, Contact
from followup_desktop.ui.categories import cadence_widgets
from followup_desktop.ui.categories.cadence_widgets import RhythmChoice, RhythmDialog
from followup_desktop.ui.categories.sidebar import CategorySidebar
from followup_desktop.ui.contacts.dialog import ContactDialog
from tests.lookups import category_by_name


def test_contact_dialog_saves_own_rhythm_and_opt_out(store, qtbot, qsettings):
    c = contacts.create_contact(first_name="Ann", category=category_by_name("Clients").id)
    dialog = ContactDialog(None, c.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.rhythm.mode.currentText() == "As its category (every 3 months)"
    assert dialog.rhythm.days.isHidden()
    dialog.category.setCurrentIndex(dialog.category.findText("Prospects"))
    assert dialog.rhythm.mode.currentText() == "As its category (every 2 weeks)"
    dialog.rhythm.mode.setCurrentIndex(1)
    assert dialog.rhythm.days.isVisible()
    dialog.rhythm.days.selectAll()
    qtbot.keyClicks(dialog.rhythm.days, "21")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = Contact.get_by_id(c.id)
    assert saved.cadence_days == 21 and not saved.cadence_opt_out

    again = ContactDialog(None, c.id)
    qtbot.addWidget(again)
    assert again.rhythm.mode.currentIndex() == 1 and again.rhythm.days.value() == 21
    again.rhythm.mode.setCurrentIndex(2)
    again.accept()
    saved = Contact.get_by_id(c.id)
    assert saved.cadence_days is None and saved.cadence_opt_out


def test_rhythm_dialog_value_and_rendering(qapp, tmp_path):
    dialog = RhythmDialog("Prospects", 14)
    assert dialog.value() == RhythmChoice(14)
    assert dialog.words.text() == "(every 2 weeks)"
    dialog.track.setChecked(False)
    assert dialog.value() == RhythmChoice(None) and not dialog.days.isEnabled()
    assert dialog.words.text() == "(not tracked)"
    dialog.track.setChecked(True)
    dialog.days.setValue(45)
    assert dialog.value() == RhythmChoice(45)
    dialog.adjustSize()
    dialog.grab().save("/tmp/issue-10/rhythm_dialog.png")
    dialog.deleteLater()


def test_sidebar_edits_a_categorys_rhythm(store, qtbot, qsettings, monkeypatch):
    sidebar = CategorySidebar()
    qtbot.addWidget(sidebar)
    clients = category_by_name("Clients").id
    sidebar.select_category(clients)
    asked = []

    def fake_ask(parent, name, days):
        asked.append((name, days))
        return RhythmChoice(60)

    monkeypatch.setattr(cadence_widgets.RhythmDialog, "ask", staticmethod(fake_ask))
    assert sidebar.rhythm_action.isEnabled()
    sidebar.rhythm_action.trigger()
    assert asked == [("Clients", 90)]
    assert Category.get_by_id(clients).cadence_days == 60
    qtbot.waitUntil(lambda: "every 2 months" in sidebar.tree.currentItem().toolTip(0))


def test_contact_pane_says_the_rhythm_and_how_far_past(store, qtbot, qsettings):
    from datetime import date, datetime, timedelta

    from followup_desktop.store import followups
    from followup_desktop.store.cards import contact_details
    from followup_desktop.ui.contacts.pane import ContactPane, rhythm_text

    cat = category_by_name("Prospects").id
    c = contacts.create_contact(first_name="Ann", category=cat)
    today = date.today()
    Contact.update(last_interaction_at=datetime.now() - timedelta(days=20)).where(
        Contact.id == c.id
    ).execute()
    assert rhythm_text(contact_details(c.id), today) == "every 2 weeks \u00b7 6 days past"
    pane = ContactPane()
    qtbot.addWidget(pane)
    pane.show_contact(c.id)
    assert pane.fields["rhythm"].text() == "every 2 weeks \u00b7 6 days past"
    Contact.update(cadence_days=30).where(Contact.id == c.id).execute()
    due = today + timedelta(days=10)
    assert rhythm_text(contact_details(c.id), today) == (
        f"every month (own) \u00b7 next touch by {format_day(due)}"
    )
    followups.create_followup(c.id, today, "Call")
    assert rhythm_text(contact_details(c.id), today) == "every month (own)"
    Contact.update(cadence_opt_out=True).where(Contact.id == c.id).execute()
    assert rhythm_text(contact_details(c.id), today) == "not tracked (this contact)"
