"""Issue 15: after an import, "Plan first contact for the N new contacts" spreads one first
follow-up each over working days with a daily cap, as one undoable step."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from followup_desktop.store import contacts as store_contacts
from followup_desktop.store.models import Category, Contact, FollowUp
from followup_desktop.ui.import_export.first_contact import FirstContactDialog
from followup_desktop.ui.kit.events import events
from tests.ui.import_export.test_import_wizard import TIMEOUT, choose, click

FRIDAY = date(2026, 12, 11)


HEADER = "First Name,Last Name,Company,E-mail Address,Mobile Phone,Categories,Notes\n"


def _csv(tmp_path, n):
    # Every third person has no phone number (an e-mail first, then).
    phones = [f"+46 70 555 {i:04d}" if i % 3 else "" for i in range(n)]
    rows = [
        f"Person{i},Imported,Firm {i},p{i}@example.org,{phones[i]},Prospects,\n" for i in range(n)
    ]
    path = tmp_path / "people.csv"
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return path


def test_import_then_plan_first_contact_spread_over_working_days(
    qtbot, wizard, tmp_path, monkeypatch
):
    clients = Category.get(Category.name == "Clients").id
    store_contacts.create_contact(first_name="Old", last_name="Friend", category=clients)
    wizard.today = lambda: FRIDAY
    choose(qtbot, wizard, _csv(tmp_path, 23))
    with qtbot.waitSignal(wizard.task_finished, timeout=TIMEOUT):
        click(qtbot, wizard, QWizard.WizardButton.NextButton)
    with qtbot.waitSignals([wizard.task_finished, events().contacts_changed], timeout=TIMEOUT):
        click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    run = wizard.run_page
    assert run.plan_button.isVisible()
    assert "Plan first contact for the 23 new contacts" in run.plan_button.text()

    def choose_cap(cls, parent, contacts, today):
        dialog = cls(contacts, today, parent)
        qtbot.addWidget(dialog)
        dialog.cap.setValue(10)
        assert "23 first follow-ups, at most 10 a working day" in dialog.preview.text()
        assert "Fri 11 Dec 2026 to Tue 15 Dec 2026" in dialog.preview.text()
        return dialog.plan()

    monkeypatch.setattr(FirstContactDialog, "ask", classmethod(choose_cap))
    with qtbot.waitSignal(events().followups_changed):
        qtbot.mouseClick(run.plan_button, Qt.MouseButton.LeftButton)
    planned = list(FollowUp.select().order_by(FollowUp.id))
    assert len(planned) == 23
    per_day = {}
    for fu in planned:
        per_day[fu.due_date] = per_day.get(fu.due_date, 0) + 1
    assert per_day == {FRIDAY: 10, date(2026, 12, 14): 10, date(2026, 12, 15): 3}
    # A call when there is a phone number, else an e-mail.
    person1 = FollowUp.get(FollowUp.contact == Contact.get(Contact.first_name == "Person1").id)
    person3 = FollowUp.get(FollowUp.contact == Contact.get(Contact.first_name == "Person3").id)
    assert (person1.channel, person1.reason) == ("call", "First call: introduce myself")
    assert person3.channel == "email"
    assert not FollowUp.select().join(Contact).where(Contact.first_name == "Old").exists()
    assert Contact.select().where(Contact.next_due.is_null()).count() == 1  # only Old Friend
    assert not run.plan_button.isVisible()  # nothing left to plan
    assert wizard.stack.undoText() == "Plan first contact for 23 new contacts"

    wizard.stack.undo()
    assert FollowUp.select().count() == 0
    assert Contact.select().where(Contact.next_due.is_null()).count() == 24
    wizard.stack.redo()
    assert FollowUp.select().count() == 23
