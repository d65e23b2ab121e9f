from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt

from followup_desktop.domain.dates import format_short
from followup_desktop.store import agenda, contacts
from followup_desktop.store.models import Contact, FollowUp
from followup_desktop.ui.agenda import model as agenda_model
from followup_desktop.ui.agenda.view import AgendaView
from tests.lookups import category_by_name
from tests.ui.hosts import Host

TODAY = date(2026, 11, 28)  # a Saturday: planned for Monday


def _contact(first, category, last):
    cat = category_by_name(category).id
    c = contacts.create_contact(first_name=first, category=cat, phone="555 1", company="Acme")
    Contact.update(created_at=datetime(2026, 1, 1), last_interaction_at=last).where(
        Contact.id == c.id
    ).execute()
    return c.id


@pytest.fixture
def slipping(store):
    anna = _contact("Anna", "Prospects", datetime(2026, 11, 1, 10))
    zoe = _contact("Zoe", "Personal Contacts", datetime(2026, 4, 1))
    _contact("Dora", "Prospects", datetime(2026, 11, 25))
    return anna, zoe


@pytest.fixture
def view(qtbot, slipping):
    host = Host(TODAY)
    qtbot.addWidget(host)
    v = AgendaView(host, today=lambda: TODAY, actions=host.followup_actions)
    v.host = host  # qtbot holds widgets weakly: keep the window alive as long as the view
    host.resize(1200, 420)
    v.resize(1200, 420)
    host.show()
    return v


def test_losing_touch_model_passes_the_model_tester(qapp, qtmodeltester, slipping):
    model = agenda_model.AgendaModel()
    model.load("losing", TODAY)
    qtmodeltester.check(model)


def test_losing_touch_section_shows_how_far_past_and_plans_in_one_click(qtbot, view, slipping):
    anna, zoe = slipping
    assert view.sections.counts["losing"] == 2
    view._select_section("losing")
    model = view.model
    assert model.headerData(2, Qt.Orientation.Horizontal) == "How far past"
    texts = [[model.index(r, c).data() for c in range(7)] for r in range(model.rowCount())]
    assert (
        texts[0][0] == "Zoe" and texts[0][2] == "2 months past" and texts[0][4] == "every 6 months"
    )
    assert texts[1][0] == "Anna" and texts[1][2] == "13 days past" and texts[1][3] == "Prospects"
    assert texts[1][5].startswith(format_short(date(2026, 11, 1)))  # the table style
    qtbot.waitUntil(lambda: view.title.width() >= view.title.sizeHint().width())
    view.grab().save("/tmp/issue-10/losing_touch.png")
    menu = view.build_menu(model.index(0, 0).data(agenda_model.ROW_ROLE))
    assert [a.text() for a in menu.actions()] == [
        "&Plan follow-up today", "Plan follow-up on a &date\u2026", "&Log interaction\u2026",
        "&Open Zoe", "Follow-up &series\u2026",
    ]  # fmt: skip
    assert view.done_button.text() == "&Plan follow-up"

    view.table.setCurrentIndex(model.index(1, 0))
    with qtbot.waitSignal(view.model.modelReset):
        qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    fu = FollowUp.get(FollowUp.contact == anna)
    assert fu.due_date == date(2026, 11, 30) and fu.status == "open"
    assert fu.reason == "Keep in touch (every 2 weeks; last touch Sun 1 Nov 2026)"
    assert [r.contact_id for r in agenda.rows("losing", TODAY)] == [zoe]
    assert view.sections.counts["losing"] == 1

    # Undo takes the plan back: Anna is losing touch again.
    with qtbot.waitSignal(view.model.modelReset):
        view.window().undo_stack.undo()
    assert FollowUp.select().count() == 0
    assert view.sections.counts["losing"] == 2
