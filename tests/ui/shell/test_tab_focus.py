"""Alt+letter of a tab puts the keyboard in that tab's view, in every language.

Switching tabs hid the widget that had the focus, and Qt gave it to the first button it
found outside the page: the sidebar's small New Category button. Alt+O then ↓ changed
the category filter instead of moving down the contact list.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from followup_desktop.store import contacts, followups
from followup_desktop.ui.shell.main_window import MainWindow
from tests.ui.languages import TRANSLATED, speaking
from tests.ui.shortcuts import mnemonic


@pytest.mark.parametrize("language", ("en", *TRANSLATED))
def test_each_tabs_alt_letter_lands_in_its_view(store, qtbot, qsettings, data_dir, language):
    cat = contacts.categories()[1].id
    for name in ("Ada", "Bea"):
        c = contacts.create_contact(first_name=name, phone="555 0101", category=cat)
        followups.create_followup(c.id, date.today(), "send the offer")
    with speaking(QApplication.instance(), language):
        window = MainWindow(data_dir=data_dir)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.agenda.table.hasFocus)
        # Every tab from every other: contacts, review, calendar, agenda, contacts.
        for tab in (window.contacts_tab, window.review_tab, window.calendar_tab, 0, 1):
            letter = mnemonic(window.tabs.tabText(tab))
            key = Qt.Key(ord(letter.upper())) if letter.isascii() else None
            assert key is not None, window.tabs.tabText(tab)
            qtbot.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.AltModifier)
            assert window.tabs.currentIndex() == tab
            expected = {
                0: window.agenda.table,
                window.contacts_tab: window.tabs.widget(window.contacts_tab).table,
                window.calendar_tab: window.calendar.page(),
            }.get(tab)
            focused = QApplication.focusWidget()
            if expected is not None:
                assert focused is expected, (window.tabs.tabText(tab), focused)
            else:  # the review: its first control, once its figures are in
                assert window.tabs.widget(tab).isAncestorOf(focused), focused
                qtbot.waitUntil(lambda: window.review.task is None)
