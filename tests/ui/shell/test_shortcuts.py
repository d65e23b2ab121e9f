"""Keyboard access in the main window: every menu action comes from the registry with an
id; no two actions answer the same key; no two things on screen, and no two entries of a
menu, share an Alt+letter."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from followup_desktop.domain.calendar_grid import Mode
from followup_desktop.paths import SAMPLE_MARKER, SAMPLE_NOTE
from followup_desktop.store import contacts, followups
from followup_desktop.ui.followups.menus import followup_menu
from followup_desktop.ui.kit.actions import ActionRegistry, ActionSpec
from followup_desktop.ui.shell import actions as main_actions
from followup_desktop.ui.shell.main_window import MainWindow
from tests.ui.languages import TRANSLATED, speaking
from tests.ui.shortcuts import menu_mnemonic_clashes, mnemonic, mnemonic_clashes, shortcut_clashes

#: The clash tests run in every language: a translation picks its own & letters.
EVERY_LANGUAGE = pytest.mark.parametrize("language", ("en", *TRANSLATED))


@pytest.fixture
def language():
    return "en"


@pytest.fixture
def window(store, qtbot, qsettings, data_dir, qapp, language):
    cat = contacts.categories()[1].id
    ada = contacts.create_contact(first_name="Ada", phone="555", email="a@x.test", category=cat)
    followups.create_followup(ada.id, date.today(), "send the offer")
    with speaking(qapp, language):
        w = MainWindow(data_dir=data_dir)
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        yield w  # the tabs built later are built in the language too


def test_the_checkers_catch_what_they_look_for(qtbot):
    assert mnemonic("Show &archived") == "a" and mnemonic("Salt && &pepper") == "p"
    assert mnemonic("No mnemonic") is None
    host = QMainWindow()
    qtbot.addWidget(host)
    tabs = QTabWidget(host)
    tabs.addTab(QWidget(), "&Agenda")
    side = QWidget(host)
    QVBoxLayout(side).addWidget(QCheckBox("Show &archived", side))
    central = QWidget(host)
    layout = QVBoxLayout(central)
    layout.addWidget(tabs)
    layout.addWidget(side)
    host.setCentralWidget(central)
    first = ActionSpec("a.one", "&One", ("Ctrl+L",)).create(host)
    second = ActionSpec("a.two", "&Two", ("Ctrl+L",)).create(host)
    host.addActions([first, second])
    host.show()
    assert mnemonic_clashes(host) == ["Alt+A: tab '&Agenda', QCheckBox 'Show &archived'"]
    assert shortcut_clashes(host) == ["Ctrl+L: &One, &Two"]


def test_every_menu_entry_is_a_registered_action_with_an_id(window):
    registry = window.action_registry
    for menu in (window.file_menu, window.edit_menu, window.view_menu, window.help_menu):
        for action in menu.actions():
            if not action.isSeparator():
                assert registry[action.objectName()] is action
    laid_out = [i for _, _, ids in main_actions.MENUS for i in ids if i is not None]
    assert sorted(laid_out) == sorted(registry.ids())  # nothing registered and left out


def test_the_registry_refuses_an_action_without_an_id_or_a_second_one_with_the_same(qtbot):
    registry = ActionRegistry()
    host = QWidget()
    qtbot.addWidget(host)
    registry.add(ActionSpec("x.one", "&One").create(host))
    with pytest.raises(ValueError, match="x.one"):
        registry.add(ActionSpec("x.one", "&Other").create(host))
    with pytest.raises(ValueError, match="no id"):
        registry.add(QAction("Nameless", host))


@EVERY_LANGUAGE
def test_no_two_actions_of_the_window_share_a_shortcut(window, qtbot):
    window.contacts  # noqa: B018 (builds the Contacts tab: its list adds Enter and Delete)
    window.calendar  # noqa: B018
    assert shortcut_clashes(window) == []
    assert window.action_registry["followup.log"].shortcut().toString() == "Ctrl+L"


@EVERY_LANGUAGE
@pytest.mark.parametrize("tab", [0, 1, 2, 3])
def test_no_two_widgets_on_screen_share_a_mnemonic(window, qtbot, tab, language):
    window.tabs.setCurrentIndex(tab)
    qtbot.waitUntil(lambda: window.tabs.currentWidget().isVisible())
    assert mnemonic_clashes(window) == []
    if language == "en":  # Alt+A is the Agenda tab; the sidebar's check box answers Alt+S.
        assert mnemonic(window.sidebar.show_archived.text()) == "s"


@EVERY_LANGUAGE
@pytest.mark.parametrize("mode", [Mode.MONTH, Mode.WEEK, Mode.DAY], ids=lambda m: m.name)
def test_no_two_widgets_of_each_calendar_view_share_a_mnemonic(window, qtbot, mode, language):
    """The day view has buttons of its own (Done, +1 day, Cancel, More actions) beside the
    Month/Week/Day buttons; in English "&More…" answered Alt+M with the Month button."""
    window.tabs.setCurrentIndex(window.calendar_tab)
    window.calendar.set_mode(mode)
    qtbot.waitUntil(lambda: window.calendar.page().isVisible())
    assert mnemonic_clashes(window) == []


@EVERY_LANGUAGE
def test_work_the_list_shares_no_mnemonic_with_the_window(window, qtbot):
    """Work the list takes the agenda's place; its buttons sat beside the tabs, the menus
    and the sidebar with Alt+R and Alt+S twice in English, Alt+G twice in Spanish."""
    panel = window.agenda.work_the_list()
    qtbot.waitUntil(panel.isVisible)
    assert mnemonic_clashes(window) == []


@EVERY_LANGUAGE
@pytest.mark.parametrize("sample", [False, True], ids=["first start", "sample book"])
def test_the_first_start_screen_and_a_sample_window_share_no_mnemonic(
    store, qtbot, qsettings, data_dir, qapp, language, sample
):
    """An empty book shows the three ways to begin (each with its Alt+letter and the
    letter alone); a sample book's window has its banner. Neither clashes with the
    tabs, the sidebar or the menus."""
    if sample:
        (data_dir / SAMPLE_MARKER).write_text(SAMPLE_NOTE, encoding="utf-8")
    with speaking(qapp, language):
        w = MainWindow(data_dir=data_dir)
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        assert w.agenda.showing_welcome()
        assert mnemonic_clashes(w) == []
        assert shortcut_clashes(w) == []
        letters = [mnemonic(b.text()) for b in w.agenda.welcome.buttons]
        assert None not in letters and len(set(letters)) == 3


@EVERY_LANGUAGE
def test_no_two_entries_of_a_menu_share_a_mnemonic(window):
    language_menu = window.action_registry["view.language"].menu()
    for menu in (window.file_menu, window.edit_menu, window.view_menu, window.help_menu,
                 language_menu):  # fmt: skip
        assert menu_mnemonic_clashes(menu) == []
    window.sidebar.show_archived.setChecked(True)  # Restore Contact shows in the Edit menu
    assert window.contact_actions.restore_action.isVisible()
    assert menu_mnemonic_clashes(window.edit_menu) == []
    fu = followups.create_followup(contacts.create_contact(first_name="Bo", category=1).id,
                                   date.today(), "call")  # fmt: skip
    menu = followup_menu(window.followup_actions, fu.id, window)
    assert menu_mnemonic_clashes(menu) == []
    row = window.agenda.current_row() or window.agenda.model.rows[0]
    assert menu_mnemonic_clashes(window.agenda.build_menu(row)) == []
