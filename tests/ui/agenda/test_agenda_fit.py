"""The agenda on a laptop: who, why, when and the phone to call stay on screen."""

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QApplication

from followup_desktop.store import followups
from followup_desktop.store.contacts import categories, create_contact
from followup_desktop.ui.agenda.view import AgendaView
from followup_desktop.ui.kit.columns import Column, plan_widths
from tests.ui.hosts import Host

TODAY = date(2026, 11, 25)
CONTACT, COMPANY, REASON, CHANNEL, DUE, LAST, PHONE = range(7)


@pytest.fixture
def agenda_at(store, qtbot):
    cat = categories()[0].id
    ann = create_contact(
        first_name="Annemarie",
        last_name="Vandenberghe-Archer",
        company="Archer & Daughters Landscape Architecture",
        phone="+1 415 555 0142",
        email="annemarie@archer-landscape.example",
        category=cat,
    )
    followups.create_followup(
        ann.id,
        TODAY - timedelta(days=34),
        "They reply by Friday about the revised pricing for the spring planting",
        channel="email",
    )

    def make(width: int) -> AgendaView:
        host = Host(TODAY)
        qtbot.addWidget(host)
        view = AgendaView(host, today=lambda: TODAY, actions=host.followup_actions)
        view.host = host
        host.resize(width, 500)
        view.resize(width, 500)
        host.show()
        QApplication.processEvents()
        return view

    return make


def shown(view) -> set[int]:
    return {c for c in range(7) if not view.table.isColumnHidden(c)}


def visible_right_edge(view) -> int:
    header = view.table.horizontalHeader()
    return max(header.sectionViewportPosition(c) + header.sectionSize(c) for c in shown(view))


def test_a_1280_window_shows_contact_reason_due_and_how_to_reach_them(agenda_at):
    # The agenda's part of a 1280-pixel window, beside the categories dock.
    view = agenda_at(1280 - 236)
    assert {CONTACT, REASON, DUE, PHONE} <= shown(view)
    assert visible_right_edge(view) <= view.table.viewport().width()  # no sideways scrolling
    row = view.model.index(0, PHONE).data()
    assert row.startswith("annemarie@")  # an e-mail follow-up: the address comes first


def test_columns_give_way_least_important_first(agenda_at):
    wide, narrow = agenda_at(1600), agenda_at(760)
    assert shown(wide) == set(range(7))
    assert shown(narrow) == {CONTACT, REASON, DUE, PHONE}
    assert visible_right_edge(narrow) <= narrow.table.viewport().width()
    # What gave way is still there, in the tooltips of the contact and the reason.
    tip = narrow.model.index(0, CONTACT).data(3)  # Qt.ToolTipRole
    assert "Archer & Daughters" in tip and "Last interaction" in tip
    assert "By e-mail" in narrow.model.index(0, REASON).data(3)


def test_plan_widths_fills_the_space_and_never_drops_priority_zero():
    specs = [
        Column(0, 0, 100, 150),
        Column(1, 1, 100, 200, stretch=True, essential=True),
        Column(2, 2, 80, 90),
    ]
    assert plan_widths(specs, 50) == {0: 100}
    widths = plan_widths(specs, 230)
    assert set(widths) == {0, 1} and sum(widths.values()) == 230
    # An optional column shows only when the ones before it get their preferred width.
    assert set(plan_widths(specs, 420)) == {0, 1}
    assert set(plan_widths(specs, 430)) == {0, 1, 2}
    widths = plan_widths(specs, 1000)
    assert sum(widths.values()) == 1000 and widths[1] > 200


def test_columns_refit_when_a_scroll_bar_takes_room(store, qtbot):
    """Enough rows for a vertical scroll bar: the columns fit beside it, and again when
    the window is made narrower (the list never scrolls sideways)."""
    cat = categories()[0].id
    for i in range(60):
        cid = create_contact(first_name=f"Person{i}", last_name="Example", category=cat).id
        followups.create_followup(cid, TODAY - timedelta(days=3), "call back about the offer")
    host = Host(TODAY)
    qtbot.addWidget(host)
    view = AgendaView(host, today=lambda: TODAY, actions=host.followup_actions)
    host.resize(1000, 400)
    view.resize(1000, 400)
    host.show()
    qtbot.waitUntil(view.table.verticalScrollBar().isVisible)
    assert visible_right_edge(view) == view.table.viewport().width()  # filled, not past it
    view.resize(800, 400)
    qtbot.waitUntil(lambda: visible_right_edge(view) == view.table.viewport().width())


def test_a_date_or_phone_column_gets_its_width_before_the_reason_grows():
    specs = [
        Column(0, 0, 100, 150),
        Column(1, 1, 100, 300, stretch=True, essential=True),  # the reason: elides well
        Column(2, 2, 100, 270, essential=True),  # the due date: cut, it helps nobody
    ]
    widths = plan_widths(specs, 520)
    assert widths[2] == 270 and sum(widths.values()) == 520
    assert widths[1] < 300  # the reason gave way, not the date
