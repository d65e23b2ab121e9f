"""Phone numbers read the same in the agenda, the contact list, the follow-up menu and
on paper (``domain.phones.display``), and the agenda's first paint does not wait for
the phone library: it shows the numbers as stored and formats them a turn later."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from followup_desktop.domain import phones
from followup_desktop.domain.jogger import Formats, week_of
from followup_desktop.store import followups
from followup_desktop.store.contact_list import ContactQuery
from followup_desktop.store.contacts import categories, create_contact
from followup_desktop.store.jogger import load_sheet
from followup_desktop.ui.agenda import model as agenda_model
from followup_desktop.ui.agenda.view import AgendaView
from followup_desktop.ui.contacts.model import ContactsModel
from followup_desktop.ui.followups.menus import followup_menu
from followup_desktop.ui.jogger.printing import write_pdf
from tests.ui.hosts import Host

TODAY = date(2026, 12, 2)  # a Wednesday


@pytest.fixture
def berlin(store):
    phones.use_region("DE")
    cat = categories()[1].id
    ann = create_contact(first_name="Ann", last_name="Archer", phone="0301234567", category=cat)
    bob = create_contact(first_name="Bob", last_name="Baker", mobile="+1 415 555 0142",
                         category=cat)  # fmt: skip
    cy = create_contact(first_name="Cy", last_name="Cole", phone="ask reception", category=cat)
    ids = [followups.create_followup(c.id, TODAY, "call").id for c in (ann, bob, cy)]
    yield ids
    phones.use_region("")


SHOWN = ["030 1234567", "+1 415-555-0142", "ask reception"]


def test_every_view_shows_a_number_as_the_phone_rule_writes_it(qapp, tmp_path, berlin):
    model = agenda_model.AgendaModel()
    model.load("today", TODAY)
    qapp.processEvents()  # the turn after a first paint, if this were one
    assert sorted(model.index(r, 6).data() for r in range(3)) == sorted(SHOWN)
    contacts = ContactsModel()
    contacts.set_query(ContactQuery())
    titles = [contacts.headerData(c, Qt.Orientation.Horizontal) for c in range(10)]
    column = titles.index("Phone")
    assert sorted(contacts.index(r, column).data() for r in range(3)) == sorted(SHOWN)
    host = Host(TODAY)
    menu = followup_menu(host.followup_actions, berlin[0], host)
    assert "Call 030 1234567" in [a.text().replace("&", "") for a in menu.actions()]
    out = tmp_path / "week.pdf"
    write_pdf(load_sheet(week_of(TODAY), TODAY), out, fmt=Formats(), printed_on=TODAY)
    paper = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(out)).pages)
    for shown in SHOWN:
        assert shown in paper
    assert "0301234567" not in paper
    host.deleteLater()


def test_the_stored_numbers_stay_as_typed(qapp, berlin):
    from followup_desktop.store.models import Contact

    model = agenda_model.AgendaModel()
    model.load("today", TODAY)
    assert "030 1234567" in [model.index(r, 6).data() for r in range(3)]
    stored = sorted((c.phone, c.mobile) for c in Contact.select())
    assert stored == [("", "+1 415 555 0142"), ("0301234567", ""), ("ask reception", "")]


def test_the_first_paint_shows_numbers_as_stored_then_formatted(qtbot, berlin, monkeypatch):
    """Until the library is loaded, formatting would cost start-up ~20 ms: the first
    screen paints the stored number and the next turn shows the formatted one."""
    state = {"loaded": False}
    real_load = phones.load

    def load():
        state["loaded"] = True
        real_load()

    monkeypatch.setattr(phones, "loaded", lambda: state["loaded"])
    monkeypatch.setattr(phones, "load", load)
    host = Host(TODAY)
    qtbot.addWidget(host)
    view = AgendaView(host, today=lambda: TODAY, actions=host.followup_actions)
    view._select_section("today")
    cells = [view.model.index(r, 6) for r in range(3)]
    assert sorted(c.data() for c in cells) == sorted(["0301234567", "+1 415 555 0142",
                                                     "ask reception"])  # fmt: skip
    with qtbot.waitSignal(view.model.dataChanged):  # one turn later: formatted
        pass
    assert state["loaded"]
    assert sorted(c.data() for c in cells) == sorted(SHOWN)
