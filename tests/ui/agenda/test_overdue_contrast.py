"""Overdue rows are readable on the light and the dark theme (WCAG AA, 4.5:1).

The red is the one the view really paints: the model's foreground for the overdue rows'
name and due cells and for the Overdue section, measured against the table's row
colours (its base, and the alternate rows) and the section list's base.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from followup_desktop.domain.agenda_sections import SECTIONS
from followup_desktop.store import followups
from followup_desktop.store.contacts import categories, create_contact
from followup_desktop.ui.agenda.view import AgendaView
from followup_desktop.ui.kit.contrast import AA_TEXT, contrast_ratio
from tests.ui.hosts import Host
from tests.ui.palettes import SCHEME_IDS, SCHEMES, app_palette, dark, light

TODAY = date(2026, 11, 25)
FOREGROUND = Qt.ItemDataRole.ForegroundRole


@pytest.fixture
def overdue(store):
    ann = create_contact(first_name="Ann", last_name="Archer", category=categories()[1].id)
    for days in (9, 5, 2):
        followups.create_followup(ann.id, TODAY - timedelta(days=days), f"late by {days}")


def make_view(qtbot) -> AgendaView:
    host = Host(TODAY)
    qtbot.addWidget(host)
    view = AgendaView(host, today=lambda: TODAY, actions=host.followup_actions)
    view.host = host
    host.resize(1100, 500)
    host.show()
    assert view.model.section == "overdue"
    return view


def painted_reds(view: AgendaView):
    """(colour, background) for every red cell: the rows' own and alternate colours."""
    table = view.table.palette()
    for row in range(view.model.rowCount()):
        ground = QPalette.ColorRole.AlternateBase if row % 2 else QPalette.ColorRole.Base
        for col in (0, 4):  # the name and the due text ("9 days overdue")
            colour = view.model.data(view.model.index(row, col), FOREGROUND)
            assert colour is not None
            yield colour, table.color(ground)
    section = view.sections.index(SECTIONS.index("overdue"))
    colour = view.sections.data(section, FOREGROUND)
    yield colour, view.section_list.palette().color(QPalette.ColorRole.Base)


@pytest.mark.parametrize("make", SCHEMES, ids=SCHEME_IDS)
def test_overdue_rows_meet_aa_contrast(qtbot, overdue, make):
    with app_palette(make()):
        view = make_view(qtbot)
        reds = list(painted_reds(view))
        assert len(reds) == 7
        for colour, ground in reds:
            assert contrast_ratio(colour, ground) >= AA_TEXT, (colour.name(), ground.name())


def test_the_red_follows_the_desktop_going_dark(qtbot, overdue):
    with app_palette(light()):
        view = make_view(qtbot)
        before = {colour.name() for colour, _ground in painted_reds(view)}
        assert before == {"#b3261e"}
        with app_palette(dark()):
            base = dark().color(QPalette.ColorRole.Base)
            qtbot.waitUntil(lambda: view.table.palette().color(QPalette.ColorRole.Base) == base)
            for colour, ground in painted_reds(view):
                assert colour.name() not in before
                assert contrast_ratio(colour, ground) >= AA_TEXT
