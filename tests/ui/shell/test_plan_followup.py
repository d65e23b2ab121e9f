"""Issue 15: a new contact gets a first follow-up without an invented interaction, from
the contact dialog, the contact pane, the agenda's No next step section and Ctrl+Shift+F."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest

from followup_desktop.store import contacts
from followup_desktop.store.models import Contact, FollowUp, Interaction
from followup_desktop.ui.contacts import dialog as contact_dialog
from followup_desktop.ui.followups.plan_dialog import PlanDialog
from followup_desktop.ui.kit.events import events
from followup_desktop.ui.shell.main_window import MainWindow


@pytest.fixture
def window(store, qtbot, qsettings, data_dir):
    w = MainWindow(data_dir=data_dir)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    return w


def _drive_plan(qtbot, monkeypatch, fill):
    """Replace PlanDialog.ask by one that shows the real dialog and lets ``fill`` type."""
    seen = []

    def ask(cls, parent, contact_id, *, today=None):
        dialog = cls(contact_id, today=today, parent=parent)
        qtbot.addWidget(dialog)
        dialog.show()
        seen.append(dialog)
        fill(dialog)
        return dialog.choice

    monkeypatch.setattr(PlanDialog, "ask", classmethod(ask))
    return seen


def _first_call(dialog):
    assert "first follow-up" in dialog.already.text()
    QTest.keyClicks(dialog.reason, "introduce our service")
    dialog.due.apply_quick_pick("tomorrow")
    qtbot_click_save(dialog)


def qtbot_click_save(dialog):
    assert dialog.save_button.isEnabled(), dialog.status.text()
    dialog.save_button.click()


def test_a_new_contact_gets_a_first_follow_up_without_an_interaction(window, qtbot, monkeypatch):
    def type_a_contact(cls, parent, contact_id=None, *, category_id=None):
        dialog = cls(parent, contact_id, category_id=category_id)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.plan_first.isVisible() and dialog.plan_first.isChecked()
        qtbot.keyClicks(dialog.first_name, "Maria")
        qtbot.keyClicks(dialog.last_name, "Lopez")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result_values

    monkeypatch.setattr(contact_dialog.ContactDialog, "ask", classmethod(type_a_contact))
    seen = _drive_plan(qtbot, monkeypatch, _first_call)
    with qtbot.waitSignal(events().followups_changed):
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    maria = Contact.get(Contact.last_name == "Lopez")
    assert len(seen) == 1
    fu = FollowUp.get(FollowUp.contact == maria.id)
    assert fu.reason == "introduce our service" and fu.status == "open"
    assert fu.due_date == seen[0].today + timedelta(days=1)
    assert Interaction.select().count() == 0
    assert Contact.get_by_id(maria.id).next_due == fu.due_date
    window.undo_stack.undo()  # planning is undoable
    assert FollowUp.select().count() == 0


def test_ctrl_shift_f_on_the_no_next_step_section_plans_their_move(window, qtbot, monkeypatch):
    cat = contacts.categories()[2].id
    ann = contacts.create_contact(first_name="Ann", last_name="Idle", category=cat)
    window.agenda.reload()
    view = window.agenda
    rows = range(view.sections.rowCount())
    (none,) = [r for r in rows if "No next step" in view.sections.index(r).data()]
    view.section_list.setCurrentIndex(view.sections.index(none))
    view.table.setCurrentIndex(view.model.index(0, 0))
    assert view.current_contact_id() == ann.id
    assert "Plan follow-up" in view.done_button.text()
    friday = date(2026, 12, 11)

    def their_move(dialog):
        QTest.keyClicks(dialog.reason, "decision on the pricing")
        dialog.theirs.setChecked(True)
        dialog.due.set_date(friday)
        assert dialog.promise.isVisible() and dialog.promise.fallback() == date(2026, 12, 14)
        dialog.promise.fallback_edit.setDate(QDate(2026, 12, 15))
        qtbot_click_save(dialog)

    _drive_plan(qtbot, monkeypatch, their_move)
    with qtbot.waitSignal(events().followups_changed):
        mods = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        qtbot.keyClick(window, Qt.Key.Key_F, mods)
    fu = FollowUp.get(FollowUp.contact == ann.id)
    assert (fu.whose, fu.due_date) == ("theirs", friday)
    assert fu.fallback_date == date(2026, 12, 15)


def test_the_contact_pane_offers_plan_follow_up_for_a_contact_with_none(window, qtbot, monkeypatch):
    cat = contacts.categories()[1].id
    bo = contacts.create_contact(first_name="Bo", last_name="New", category=cat)
    view = window.contacts
    window.tabs.setCurrentIndex(window.contacts_tab)
    assert view.select_contact(bo.id)
    next_step = [w for w in view.pane.sections() if w.objectName() == "next_step"][0]
    assert "plan the first follow-up" in next_step.when.text()
    assert next_step.plan_button.isVisible()
    _drive_plan(qtbot, monkeypatch, _first_call)
    with qtbot.waitSignal(events().followups_changed):
        qtbot.mouseClick(next_step.plan_button, Qt.MouseButton.LeftButton)
    assert FollowUp.get(FollowUp.contact == bo.id).reason == "introduce our service"
    qtbot.waitUntil(lambda: next_step.headline.text() == "introduce our service")


def test_a_fallback_before_the_promise_keeps_plan_disabled(store, qtbot):
    cat = contacts.categories()[1].id
    c = contacts.create_contact(first_name="Cy", last_name="X", category=cat)
    dialog = PlanDialog(c.id, today=date(2026, 12, 9))
    qtbot.addWidget(dialog)
    QTest.keyClicks(dialog.reason, "decision")
    dialog.theirs.setChecked(True)
    dialog.due.set_date(date(2026, 12, 11))
    dialog.promise.fallback_edit.setDate(QDate(2026, 12, 11))
    assert not dialog.save_button.isEnabled()
    assert "must be after the day they promised" in dialog.status.text()
    assert not dialog.try_save() and FollowUp.select().count() == 0


def test_ctrl_shift_f_in_the_contact_list_plans_for_the_selected_contact(
    window, qtbot, monkeypatch
):
    cat = contacts.categories()[1].id
    cy = contacts.create_contact(first_name="Cy", last_name="Listed", category=cat)
    window.tabs.setCurrentIndex(window.contacts_tab)
    view = window.contacts
    assert view.select_contact(cy.id)
    view.table.setFocus()
    _drive_plan(qtbot, monkeypatch, _first_call)
    with qtbot.waitSignal(events().followups_changed):
        mods = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        qtbot.keyClick(view.table, Qt.Key.Key_F, mods)
    assert FollowUp.get(FollowUp.contact == cy.id).reason == "introduce our service"
    assert Interaction.select().count() == 0
