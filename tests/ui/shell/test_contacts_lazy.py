"""The Contacts tab is built the first time it is needed; until then its actions work."""

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt

from followup_desktop.store import contacts, followups
from followup_desktop.store.models import Contact
from followup_desktop.ui.contacts import dialog as contact_dialog
from followup_desktop.ui.followups.plan_dialog import PlanDialog
from followup_desktop.ui.kit.events import events
from followup_desktop.ui.shell.main_window import MainWindow
from tests.lookups import category_by_name
from tests.ui.keyboard import type_text


def _names(view):
    model = view.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


@pytest.fixture
def people(store):
    cats = {c.name: c.id for c in contacts.categories()}
    made = {}
    for first, last, cat in [
        ("Zoë", "Ångström", "Clients"),
        ("José", "Peña", "Prospects"),
        ("Ada", "Lovelace", "Prospects"),
    ]:
        made[last] = contacts.create_contact(first_name=first, last_name=last, category=cats[cat])
    return made


@pytest.fixture
def window(people, qtbot, qsettings, data_dir):
    w = MainWindow(data_dir=data_dir)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    return w


def test_starts_on_the_agenda_without_building_contacts(window):
    assert window.tabs.currentWidget() is window.agenda
    assert window._contacts is None
    assert window.tabs.tabText(window.contacts_tab) == "C&ontacts"
    actions = window.contact_actions
    # Every entry is in its menu from the start, enabled only where it can act.
    assert actions.new_action in window.file_menu.actions()
    edit_menu = window.edit_menu.actions()
    for action in (actions.find_action, actions.edit_action, actions.archive_action):
        assert action in edit_menu
    assert actions.new_action.isEnabled() and actions.find_action.isEnabled()
    assert not actions.edit_action.isEnabled() and not actions.archive_action.isEnabled()
    assert not actions.restore_action.isEnabled() and not actions.restore_action.isVisible()
    window.sidebar.show_archived.setChecked(True)
    assert actions.restore_action.isVisible() and not actions.restore_action.isEnabled()
    assert window._contacts is None  # the sidebar alone does not build it


def test_the_contact_actions_icons_come_after_the_first_screen(window):
    # Menus and the Contacts tab show them, the first screen does not: a start gives
    # them on the event loop's first turn (app._run_gui), or the view when it is built.
    actions = window.contact_actions.actions()
    assert all(a.icon().isNull() for a in actions)
    window.contact_actions.show_icons()
    assert not any(a.icon().isNull() for a in actions)


def test_the_contacts_tab_gives_the_actions_their_icons(window):
    window.show_contacts()
    assert not window.contact_actions.new_action.icon().isNull()


def test_ctrl_n_before_the_tab_is_built_saves_and_shows_the_contact(window, qtbot, monkeypatch):
    def type_a_contact(cls, parent, contact_id=None, *, category_id=None):
        dialog = cls(parent, contact_id, category_id=category_id)
        qtbot.addWidget(dialog)
        dialog.show()
        type_text(qtbot, dialog.first_name, "Grace")
        type_text(qtbot, dialog.last_name, "Hopper")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result_values

    monkeypatch.setattr(contact_dialog.ContactDialog, "ask", classmethod(type_a_contact))
    offered = []  # "Plan the first follow-up after saving" is ticked by default
    monkeypatch.setattr(
        PlanDialog, "ask", classmethod(lambda cls, p, cid, **k: offered.append(cid))
    )
    with qtbot.waitSignal(events().contacts_changed):
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    grace = Contact.get(Contact.last_name == "Hopper")
    assert offered == [grace.id]
    # Saved from the agenda: the contact list is built and shows the new contact.
    view = window.contacts
    assert window.tabs.currentWidget() is view
    assert "Grace Hopper" in _names(view)
    assert view.current_contact_id() == grace.id  # the new contact is the one shown
    assert view.pane.name.text() == "Grace Hopper"
    assert window.contact_actions.edit_action.isEnabled()


def test_ctrl_n_uses_the_sidebar_category_before_the_tab_is_built(window, qtbot, monkeypatch):
    asked = []
    monkeypatch.setattr(
        contact_dialog.ContactDialog,
        "ask",
        classmethod(lambda cls, p, cid=None, **k: asked.append((p, cid, k))),
    )
    prospects = category_by_name("Prospects").id
    window.sidebar.select_category(prospects)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert asked == [(window, None, {"category_id": prospects})]
    assert window._contacts is None


def test_ctrl_f_shows_the_contacts_tab_with_search_focused(window, qtbot):
    window.agenda.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    view = window.contacts
    assert window.tabs.currentWidget() is view
    qtbot.waitUntil(view.search.hasFocus)
    qtbot.keyClicks(view.search, "lovelace")
    assert _names(view) == ["Ada Lovelace"]


def test_sidebar_filter_chosen_before_the_tab_is_applied_and_followed(window, qtbot, people):
    window.sidebar.select_category(category_by_name("Prospects").id)
    assert window._contacts is None
    window.tabs.setCurrentIndex(window.contacts_tab)
    view = window.contacts
    assert sorted(_names(view)) == ["Ada Lovelace", "José Peña"]
    window.sidebar.select_category(category_by_name("Clients").id)
    assert _names(view) == ["Zoë Ångström"]
    window.sidebar.select_category(None)
    assert len(_names(view)) == 3


@pytest.fixture
def ada_due_today(people):
    ada = people["Lovelace"]
    followups.create_followup(ada.id, date.today(), "send the quote")
    return ada


def test_open_contact_from_the_agenda_builds_the_tab_and_selects_it(ada_due_today, window, qtbot):
    ada = ada_due_today
    agenda = window.agenda
    qtbot.waitUntil(lambda: any(row.contact_id == ada.id for row in agenda.model.rows))
    row = next(row for row in agenda.model.rows if row.contact_id == ada.id)
    menu = agenda.build_menu(row)
    opener = next(a for a in menu.actions() if a.text().startswith("&Open"))
    assert window._contacts is None
    opener.trigger()
    view = window.contacts
    assert window.tabs.currentWidget() is view
    assert view.current_contact_id() == ada.id
    assert view.pane.name.text() == "Ada Lovelace"


def test_delete_archives_and_ctrl_z_brings_back_after_the_lazy_build(window, qtbot, people):
    pena = people["Peña"].id
    window.tabs.setCurrentIndex(window.contacts_tab)
    view = window.contacts
    assert view.select_contact(pena)
    assert window.contact_actions.archive_action.isEnabled()
    view.table.setFocus()
    with qtbot.waitSignal(events().contacts_changed):
        qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert Contact.get_by_id(pena).archived
    assert "José Peña" not in _names(view)
    with qtbot.waitSignal(events().contacts_changed):
        qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not Contact.get_by_id(pena).archived
    assert "José Peña" in _names(view)
    assert view.pane.name.text() == "José Peña"


def test_closing_saves_the_contacts_layout_only_once_built(people, qtbot, qsettings, data_dir):
    window = MainWindow(data_dir=data_dir)
    qtbot.addWidget(window)
    window.show()
    window.close()
    settings = QSettings()
    assert settings.value("contacts/header") is None
    assert settings.value("window/tab", type=int) == 0
    # Closed on the Contacts tab: the next start builds it and it shows the list.
    again = MainWindow(data_dir=data_dir)
    qtbot.addWidget(again)
    again.tabs.setCurrentIndex(again.contacts_tab)
    again.show()
    again.close()
    assert settings.value("contacts/header") is not None
    third = MainWindow(data_dir=data_dir)
    qtbot.addWidget(third)
    assert third._contacts is not None
    assert third.tabs.currentWidget() is third.contacts
    third.show()
    assert len(_names(third.contacts)) == 3
