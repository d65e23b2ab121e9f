"""The Contacts tab in the real main window: search, archive/undo, shortcuts, sidebar."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from followup_desktop.store import contacts
from followup_desktop.store.models import Contact
from followup_desktop.ui.categories import sidebar
from followup_desktop.ui.contacts import dialog as contact_dialog
from followup_desktop.ui.kit.events import events
from followup_desktop.ui.shell.main_window import MainWindow
from tests.lookups import category_by_name
from tests.ui.keyboard import type_text


@pytest.fixture
def window(store, qtbot, qsettings, data_dir):
    cats = {c.name: c.id for c in contacts.categories()}
    for first, last, company, phone, cat in [
        ("Zoë", "Ångström", "Nordlys AS", "+47 22 33 44 55", "Clients"),
        ("José", "Peña", "Café Lumière", "(555) 010-2030", "Prospects"),
        ("Ada", "Lovelace", "Engines Ltd", "555 0199", "Prospects"),
        ("伟", "王", "東京精機", "", "Referrals"),
    ]:
        contacts.create_contact(
            first_name=first, last_name=last, company=company, phone=phone, category=cats[cat]
        )
    w = MainWindow(data_dir=data_dir)
    qtbot.addWidget(w)
    w.tabs.setCurrentIndex(w.contacts_tab)
    w.show()
    return w


def names(view):
    model = view.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_instant_search_as_you_type(window, qtbot):
    view = window.contacts
    assert len(names(view)) == 4 and view.count_label.text() == "4 contacts"
    type_text(qtbot, view.search, "angs")
    assert names(view) == ["Zoë Ångström"]
    view.search.clear()
    qtbot.keyClicks(view.search, "555 0102")
    assert names(view) == ["José Peña"]
    assert view.count_label.text() == "1 match"
    view.search.clear()
    type_text(qtbot, view.search, "王")
    assert names(view) == ["伟 王"]
    # The pane follows as soon as the typing pauses.
    qtbot.waitUntil(lambda: view.pane.name.text() == "伟 王")


def test_ctrl_f_focuses_search_and_enter_opens_the_contact(window, qtbot, monkeypatch):
    view = window.contacts
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(view.search.hasFocus)
    qtbot.keyClicks(view.search, "lovelace")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert view.table.hasFocus()
    opened = []
    monkeypatch.setattr(
        contact_dialog.ContactDialog,
        "ask",
        classmethod(lambda cls, p, cid=None, **k: opened.append(cid)),
    )
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened == [Contact.get(Contact.last_name == "Lovelace").id]
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened[-1] is None  # Ctrl+N: a new contact


def test_delete_archives_and_ctrl_z_brings_back(window, qtbot):
    view = window.contacts
    assert view.select_contact(Contact.get(Contact.last_name == "Peña").id)
    view.table.setFocus()
    with qtbot.waitSignal(events().contacts_changed):
        qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert Contact.get(Contact.last_name == "Peña").archived
    assert "José Peña" not in names(view)
    assert window.sidebar.tree.topLevelItem(0).text(1) == "3"
    assert window.undo_stack.undoText() == "Archive José Peña"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not Contact.get(Contact.last_name == "Peña").archived
    assert "José Peña" in names(view)
    assert view.pane.name.text() == "José Peña"


def test_show_archived_lists_them_and_restores(window, qtbot):
    view = window.contacts
    ada = Contact.get(Contact.last_name == "Lovelace").id
    view._archive_from_pane(ada, True)
    assert "Ada Lovelace" not in names(view)
    window.sidebar.show_archived.setChecked(True)
    assert "Ada Lovelace" in names(view)
    view.select_contact(ada)
    assert view.pane.archive_button.text() == "Restore"
    qtbot.mouseClick(view.pane.archive_button, Qt.MouseButton.LeftButton)
    assert not Contact.get_by_id(ada).archived


def test_sidebar_filters_by_category_and_counts(window, qtbot):
    bar, view = window.sidebar, window.contacts
    rows = {bar.tree.topLevelItem(i).text(0): bar.tree.topLevelItem(i) for i in range(7)}
    assert rows["Prospects"].text(1) == "2" and rows["All contacts"].text(1) == "4"
    with qtbot.waitSignal(bar.category_changed) as changed:
        bar.tree.setCurrentItem(rows["Prospects"])
    assert changed.args == [category_by_name("Prospects").id]
    assert sorted(names(view)) == ["Ada Lovelace", "José Peña"]
    bar.tree.setCurrentItem(rows["No next step"])
    assert len(names(view)) == 4


def test_sidebar_adds_and_renames_categories(window, qtbot, monkeypatch):
    bar = window.sidebar
    monkeypatch.setattr(sidebar, "ask_category_name", lambda *a: "Golf club")
    with qtbot.waitSignal(events().categories_changed):
        bar.add_action.trigger()
    assert bar.tree.currentItem().text(0) == "Golf club"
    monkeypatch.setattr(sidebar, "ask_category_name", lambda *a: "Golf partners")
    bar.rename_action.trigger()
    assert category_by_name("Golf partners") is not None
    assert bar.tree.currentItem().text(0) == "Golf partners"
    warnings = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda *a: warnings.append(a[2]))
    monkeypatch.setattr(sidebar, "ask_category_name", lambda *a: "clients")
    bar.add_action.trigger()
    assert "already a category" in warnings[0]


def test_screenshot_shows_the_loaded_list(window, tmp_path):
    from PySide6.QtGui import QImage

    path = tmp_path / "shot.png"
    assert window.save_screenshot(str(path)) == 0
    assert not QImage(str(path)).isNull()


def test_tab_follows_the_screen_sidebar_then_tabs_then_the_agenda(
    store, qtbot, qsettings, data_dir
):
    from datetime import date, timedelta

    from followup_desktop.store import followups

    clients = category_by_name("Clients").id
    ann = contacts.create_contact(first_name="Ann", last_name="Lee", category=clients)
    followups.create_followup(ann.id, date.today() - timedelta(days=3), "send the quote")
    w = MainWindow(data_dir=data_dir)
    qtbot.addWidget(w)
    w.tabs.setCurrentIndex(0)  # the Agenda, as a new user sees it
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    w.sidebar.add_button.setFocus()
    visited = [QApplication.focusWidget()]
    for _ in range(10):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    agenda = w.agenda
    assert visited == [
        w.sidebar.add_button,
        w.sidebar.tree,
        w.sidebar.show_archived,
        w.tabs.tabBar(),
        agenda.section_list,
        agenda.table,
        agenda.done_button,
        agenda.later_button,
        agenda.cancel_button,
        agenda.catch_up_button,
        agenda.work_button,
    ]
    # Shift+Tab goes back the same way.
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier
    )
    assert QApplication.focusWidget() is agenda.catch_up_button


def test_tab_leaves_the_contact_list_for_the_pane(window, qtbot):
    view = window.contacts
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.search.setFocus()
    qtbot.keyClick(view.search, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view.table
    qtbot.keyClick(view.table, Qt.Key.Key_Tab)  # not the next cell: on to the contact pane
    assert view.pane.isAncestorOf(QApplication.focusWidget()) or (
        QApplication.focusWidget() is view.pane
    )


def test_the_name_stays_in_place_while_the_list_scrolls_sideways(window, qtbot):
    view = window.contacts
    window.resize(900, 600)
    QApplication.processEvents()
    table = view.table
    bar = table.horizontalScrollBar()
    assert bar.maximum() > 0  # the other columns do not all fit
    bar.setValue(bar.maximum())
    QApplication.processEvents()
    assert table.horizontalHeader().sectionViewportPosition(0) < 0  # scrolled out below
    frozen = view.frozen_name.view
    assert frozen.isVisible() and frozen.x() <= table.frameWidth()
    assert frozen.columnWidth(0) == table.columnWidth(0)
    first = frozen.indexAt(frozen.viewport().rect().topLeft())
    assert first.data() == names(view)[0]
    # Same selection: choosing a row by its name selects the contact.
    qtbot.mouseClick(
        frozen.viewport(),
        Qt.MouseButton.LeftButton,
        pos=frozen.visualRect(view.model.index(1, 0)).center(),
    )
    assert view.current_contact_id() == view.model.id_at(1)


def test_the_list_sorts_from_the_keyboard(window, qtbot):
    view = window.contacts
    view.table.setFocus()
    header = view.table.horizontalHeader()
    qtbot.keyClick(view.table, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert header.sortIndicatorSection() == 1  # Company
    companies = [view.model.index(r, 1).data() for r in range(view.model.rowCount())]
    assert companies == sorted(companies, key=str.casefold)
    qtbot.keyClick(view.table, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder  # again: reversed
    qtbot.keyClick(view.table, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert header.sortIndicatorSection() == 0
    assert "Ctrl+1 Name" in header.toolTip()


def test_alt_l_puts_the_focus_in_the_calendar(window, qtbot):
    window.tabs.setCurrentIndex(0)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentIndex() == window.calendar_tab
    qtbot.waitUntil(lambda: window.calendar.page().hasFocus())


def test_the_search_field_stays_put_while_the_count_changes(window, qtbot):
    """The count beside the search field changes with each keystroke; the field must not
    jump (and the window must not be laid out again) each time it gets shorter."""
    view = window.contacts
    qtbot.waitExposed(window)
    type_text(qtbot, view.search, "a")
    qtbot.waitUntil(lambda: view.count_label.text() == "4 matches")
    width = view.search.width()
    counts = []
    for typed in "ngsq":  # "angs" finds Zoë Ångström alone, "angsq" nobody
        type_text(qtbot, view.search, typed)
        counts.append(view.count_label.text())
        QApplication.processEvents()
        assert view.search.width() == width
    assert counts[-2:] == ["1 match", "0 matches"]
    # A count that needs more room gets it, in full.
    view.search.clear()
    assert view.count_label.text() == "4 contacts"
    assert view.count_label.width() >= view.count_label.sizeHint().width()
