"""The agenda on a laptop, section by section, in every language (issue 18).

At 1280 px the German, French and Spanish Reason got ~158 px while the section list beside
it took 215-222 px and every section's Due column kept the width of the longest overdue
or their-move text (~280 px), even in Key dates (whose names were cut) and No next step
(which has no due date at all). Now the section list wraps long names and each section's
Due column is as wide as its own kind of Due text.
"""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from followup_desktop.domain.agenda_sections import SECTIONS
from followup_desktop.store import contacts, demo, followups
from followup_desktop.ui.kit import screen
from followup_desktop.ui.shell.main_window import MainWindow
from tests.ui.agenda.cells import shows_whole
from tests.ui.languages import TRANSLATED, speaking

CONTACT, COMPANY, REASON, CHANNEL, DUE, LAST, REACH = range(7)
#: The Reason's share at 1280 px: about 28 characters of a reason ("Überarbeitete Preise
#: schicken", "Envoyer le devis révisé"), in every section and language.
REASON_AT_1280 = 200
TASKBAR, TITLE_BAR = 40, 32


def _book() -> None:
    """The demo book (every section has rows) and the long forms of the Due texts: a
    time on an overdue follow-up, their promise with a time."""
    demo.generate(120, seed=7)
    today = date.today()
    cat = contacts.categories()[0].id
    ann = contacts.create_contact(first_name="Ann", last_name="Archer", category=cat)
    followups.create_followup(ann.id, today - timedelta(days=34), "send the revised offer",
                              due_time=time(10, 30))  # fmt: skip
    followups.create_followup(ann.id, today + timedelta(days=9), "they confirm the budget",
                              whose="theirs", due_time=time(10, 30))  # fmt: skip


def _window(qtbot, data_dir, width: int, height: int) -> MainWindow:
    window = MainWindow(data_dir=data_dir)
    qtbot.addWidget(window)
    window.resize(width, height - TASKBAR - TITLE_BAR)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768)])
@pytest.mark.parametrize("language", ["en", *TRANSLATED])
def test_every_sections_due_shows_whole_and_the_reason_gets_its_share(
    store, qtbot, qsettings, data_dir, qapp, monkeypatch, language, size
):
    width, height = size
    monkeypatch.setattr(screen, "available_geometry",
                        lambda widget=None: QRect(0, 0, width, height - TASKBAR))  # fmt: skip
    with speaking(qapp, language):
        _book()
        window = _window(qtbot, data_dir, width, height)
        agenda, table = window.agenda, window.agenda.table
        assert window.width() <= width
        cut, narrow = [], []
        for key in SECTIONS:
            agenda._select_section(key)
            QApplication.processEvents()
            model = agenda.model
            assert model.rowCount(), key  # the demo book fills every section
            shown = [c for c in range(model.columnCount()) if not table.isColumnHidden(c)]
            # Every shown column has something to say (No next step has no Due column).
            for column in shown:
                texts = [model.index(r, column).data() for r in range(model.rowCount())]
                assert any(texts), (key, model.headerData(column, 1))
            if key != "losing":  # its column 4 is the rhythm
                assert DUE in shown or key == "none"
                for row in range(model.rowCount() if DUE in shown else 0):
                    cell = model.index(row, DUE)
                    if not shows_whole(table, cell):
                        cut.append((key, cell.data()))
            if key == "keydates":  # the names of whose birthday it is, whole
                cut += [(key, model.index(r, CONTACT).data()) for r in range(model.rowCount())
                        if not shows_whole(table, model.index(r, CONTACT))]  # fmt: skip
            if width == 1280 and key != "losing":  # losing touch: its reason is short
                if table.columnWidth(REASON) < REASON_AT_1280:
                    narrow.append((key, table.columnWidth(REASON)))
        assert cut == []
        assert narrow == []
        # The section list is no wider than its names need: in German, French and
        # Spanish the longest take two lines, the counts always beside them.
        sections = agenda.section_list
        assert sections.width() <= sections.wanted + 1
        if language != "en":
            assert sections.width() < 170
