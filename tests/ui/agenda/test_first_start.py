"""A first start: an empty book offers ways to begin; a new contact is shown at once;
the sample book is separate, labelled and can be thrown away."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from followup_desktop import paths
from followup_desktop.store import contacts
from followup_desktop.store.database import close_database, open_database
from followup_desktop.ui.contacts import dialog as contact_dialog
from followup_desktop.ui.shell import main_window as main_window_module
from followup_desktop.ui.shell import sample
from followup_desktop.ui.shell.main_window import MainWindow
from tests.ui.palettes import SCHEME_IDS, SCHEMES, app_palette, faint_labels


def open_window(qtbot, data_dir) -> MainWindow:
    window = MainWindow(data_dir=data_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def fake_new_contact(monkeypatch, *, plan_first=False, first="Ada", last="Lovelace"):
    def ask(cls, parent=None, contact_id=None, *, category_id=None):
        values = contact_dialog.ContactValues(
            first_name=first, last_name=last, category=contacts.categories()[0].id
        )
        values.id = contact_dialog.save_contact(values)  # as Save does: the views hear it
        values.plan_first = plan_first
        return values

    monkeypatch.setattr(contact_dialog.ContactDialog, "ask", classmethod(ask))


def test_an_empty_book_offers_three_ways_to_begin_the_first_focused(
    qtbot, qsettings, store, data_dir
):
    window = open_window(qtbot, data_dir)
    agenda = window.agenda
    assert agenda.showing_welcome()
    texts = [b.text().replace("&", "") for b in agenda.welcome.buttons]
    assert texts == [
        "Add your first contact\u2026",
        "Import from Outlook or Google\u2026",
        "Try it with sample data",
    ]
    qtbot.waitUntil(lambda: agenda.welcome.buttons[0].hasFocus())


def test_each_way_is_one_key_away(qtbot, qsettings, store, data_dir, monkeypatch):
    imported, sampled = [], []
    monkeypatch.setattr(MainWindow, "import_contacts", lambda self: imported.append(1))
    monkeypatch.setattr(MainWindow, "try_sample", lambda self: sampled.append(1))
    window = open_window(qtbot, data_dir)
    welcome = window.agenda.welcome
    qtbot.waitUntil(lambda: welcome.buttons[0].hasFocus())
    qtbot.keyClick(welcome.buttons[0], Qt.Key.Key_I)
    qtbot.keyClick(welcome.buttons[0], Qt.Key.Key_T)
    assert imported == [1] and sampled == [1]
    fake_new_contact(monkeypatch)
    qtbot.keyClick(welcome.buttons[0], Qt.Key.Key_C)
    # Saved: the contact list shows the new contact, selected; the agenda leaves its
    # first-start screen once the book has someone in it.
    assert window.tabs.currentIndex() == window.contacts_tab
    view = window.contacts
    qtbot.waitUntil(lambda: view.current_contact_id() is not None)
    assert view.model.index(view.table.currentIndex().row(), 0).data() == "Ada Lovelace"
    qtbot.waitUntil(view.table.hasFocus)  # the keyboard on the new contact's row
    window.show_agenda()
    qtbot.waitUntil(lambda: not window.agenda.showing_welcome())


def test_a_new_contact_made_from_the_agenda_is_shown_and_its_first_step_offered(
    qtbot, qsettings, store, data_dir, monkeypatch
):
    cat = contacts.categories()[0].id
    contacts.create_contact(first_name="Zed", last_name="Zulu", category=cat)
    window = open_window(qtbot, data_dir)
    assert not window.agenda.showing_welcome()
    qtbot.waitUntil(window.agenda.table.hasFocus)  # the keyboard starts on the agenda
    offered = []
    monkeypatch.setattr(window.followup_actions, "plan_followup", offered.append)
    fake_new_contact(monkeypatch, plan_first=True, first="Bea", last="Baker")
    window.contact_actions.new_action.trigger()
    assert window.tabs.currentIndex() == window.contacts_tab
    view = window.contacts
    selected = view.current_contact_id()
    assert view.model.index(view.table.currentIndex().row(), 0).data() == "Bea Baker"
    assert offered == [selected]
    qtbot.waitUntil(view.table.hasFocus)  # not a button Qt found when the agenda hid


@pytest.fixture
def sample_dir(store, data_dir):
    """The sample book, made as the button makes it (the demo command, its own folder)."""
    close_database()
    folder = sample.prepare_sample(data_dir)
    yield folder
    close_database()


def test_the_sample_book_is_separate_labelled_and_can_be_thrown_away(
    qtbot, qsettings, sample_dir, data_dir, monkeypatch
):
    assert sample_dir != data_dir and paths.is_sample(sample_dir)
    assert not paths.is_sample(data_dir)
    started = []
    open_database(paths.database_path(data_dir))
    window = open_window(qtbot, data_dir)
    assert sample.open_sample(window, data_dir, start=lambda p, a: started.append(a) or True)
    assert started[0][-2:] == ["--data-dir", str(sample_dir)]
    assert contacts.Contact.select().count() == 0  # the user's own book is untouched
    window.close()
    close_database()

    open_database(paths.database_path(sample_dir))
    assert contacts.Contact.select().count() == sample.SAMPLE_CONTACTS
    book = open_window(qtbot, sample_dir)
    assert "SAMPLE DATA" in book.windowTitle()
    assert book.sample_banner.isVisible()
    assert not book.agenda.showing_welcome()
    monkeypatch.setattr(sample, "confirm_discard", lambda parent: True)
    book.sample_banner.discard_button.click()
    assert book.discard_sample_on_exit and not book.isVisible()
    close_database()
    assert paths.discard_sample(sample_dir) and not sample_dir.exists()
    assert not paths.discard_sample(data_dir)  # never the user's own folder


def test_a_normal_book_has_no_sample_label(qtbot, qsettings, store, data_dir):
    window = open_window(qtbot, data_dir)
    assert "SAMPLE" not in window.windowTitle()
    assert main_window_module.APP_NAME == window.windowTitle()


@pytest.mark.parametrize("make", SCHEMES, ids=SCHEME_IDS)
def test_the_ways_to_begin_are_readable_on_light_and_dark(qtbot, qsettings, store, data_dir, make):
    with app_palette(make()):
        window = open_window(qtbot, data_dir)
        agenda = window.agenda
        assert agenda.showing_welcome()
        # the note under the buttons is secondary, yet readable (it was a disabled label)
        assert faint_labels(agenda.welcome) == []
