from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import Qt

from followup_desktop.domain.agenda_sections import SECTIONS
from followup_desktop.domain.dates import format_day, format_short, is_working_day
from followup_desktop.store import agenda, followups, notes
from followup_desktop.store.contacts import categories, create_contact
from followup_desktop.store.models import FollowUp
from followup_desktop.ui.agenda import model as agenda_model
from followup_desktop.ui.agenda.catchup_dialog import CatchUpDialog
from followup_desktop.ui.agenda.view import AgendaView
from followup_desktop.ui.followups.note_dialog import NoteDialog
from followup_desktop.ui.kit.events import events
from tests.ui.hosts import Host
from tests.ui.tooltips import tip_shown

TODAY = date(2026, 11, 25)  # a Wednesday


@pytest.fixture
def filled(store):
    cat = categories()[2].id
    ann = create_contact(
        first_name="Ann",
        last_name="Archer",
        company="Acme",
        phone="555-1",
        email="ann@acme.test",
        category=cat,
    )
    bob = create_contact(first_name="Bob", last_name="Baker", category=cat)
    cy = create_contact(first_name="Cy", last_name="Idle", category=cat)
    notes.save_note(
        notes.NoteInput(ann.id, "call", "reached", "Liked it\nsecond", no_next_step_reason="x")
    )
    for i in range(12):
        followups.create_followup(ann.id, TODAY - timedelta(days=20 - i), f"overdue {i}")
    followups.create_followup(bob.id, TODAY, "call at nine", due_time=time(9, 0))
    followups.create_followup(bob.id, TODAY + timedelta(days=2), "they decide", whose="theirs")
    notes.save_note(
        notes.NoteInput(
            cy.id, "email", "replied", "No budget", no_next_step_reason="no budget this year"
        )
    )
    return ann, bob, cy


@pytest.fixture
def view(qtbot, filled):
    host = Host(TODAY)
    qtbot.addWidget(host)
    v = AgendaView(host, today=lambda: TODAY, actions=host.followup_actions)
    v.host = host  # qtbot holds widgets weakly: keep the window alive as long as the view
    host.resize(1100, 500)
    v.resize(1100, 500)
    host.show()
    yield v  # the fixture frame keeps the host (and so the view) alive


def test_section_model_passes_the_model_tester(qapp, qtmodeltester, filled):
    sections = agenda_model.SectionModel()
    sections.set_counts(agenda.counts(TODAY))
    qtmodeltester.check(sections)


@pytest.mark.parametrize("key", SECTIONS)
def test_agenda_model_passes_the_model_tester(qapp, qtmodeltester, filled, key):
    model = agenda_model.AgendaModel()
    model.load(key, TODAY)
    qtmodeltester.check(model)
    model.load(key, TODAY)  # a reload is a reset the tester watches


def test_paging_fetches_more(qapp, qtmodeltester, filled, monkeypatch):
    monkeypatch.setattr(agenda_model, "PAGE", 5)
    model = agenda_model.AgendaModel()
    model.load("overdue", TODAY)
    assert model.rowCount() == 5 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 12 and not model.canFetchMore()
    qtmodeltester.check(model)


def test_starts_on_overdue_with_counts_and_text_cues(view):
    texts = [view.sections.index(i).data() for i in range(5)]
    assert texts == [
        "Overdue  (12)",
        "Today  (1)",
        "This week  (0)",
        "Their move  (1)",
        "No next step  (1)",
    ]
    assert view.model.section == "overdue"
    due = view.model.index(0, 4).data()
    assert due.startswith("20 days overdue")
    assert view.model.index(0, 4).data(Qt.ItemDataRole.DecorationRole) is not None
    assert view.model.index(0, 0).data() == "Ann Archer"
    assert view.model.index(0, 5).data().endswith("Liked it")
    assert view.model.index(0, 6).data() == "555-1 \u00b7 ann@acme.test"


def test_their_move_and_no_next_step_rows(view):
    view.section_list.setCurrentIndex(view.sections.index(3))
    assert view.model.section == "theirs"
    # The cell says whose move and by when; its tooltip has the whole sentence.
    due = view.model.index(0, 4)
    assert due.data() == f"Their move \u00b7 {format_short(date(2026, 11, 27))}"
    assert due.data(Qt.ItemDataRole.ToolTipRole) == (
        f"They get back by {format_short(date(2026, 11, 27))}; "
        f"you call {format_short(date(2026, 11, 30))} if not"
    )
    view.section_list.setCurrentIndex(view.sections.index(4))
    assert view.model.index(0, 2).data() == "no budget this year"
    assert view.model.headerData(2, Qt.Orientation.Horizontal) == "Why no next step"


def test_enter_marks_done_through_the_note_dialog(view, qtbot, monkeypatch):
    view.section_list.setCurrentIndex(view.sections.index(1))
    view.table.setCurrentIndex(view.model.index(0, 0))

    def fake_ask(parent, contact_id, followup_id=None, *, save, today):
        dialog = NoteDialog(contact_id, followup_id, save=save, today=today, parent=parent)
        qtbot.addWidget(dialog)
        # Bob's own promise is listed and kept unless the user says otherwise: they signed.
        (promise,) = [s for s in dialog.open_steps.steps if s.whose == "theirs"]
        assert dialog.open_steps.action(promise.id) == "keep"
        dialog.open_steps.set_action(promise.id, "done")
        dialog.none_radio.setChecked(True)
        qtbot.keyClicks(dialog.no_step_reason, "signed")
        assert dialog.try_save()
        return dialog.note_result()

    monkeypatch.setattr(NoteDialog, "ask", fake_ask)
    view.table.setFocus()
    with qtbot.waitSignal(events().followups_changed):
        view.activate_current()
    qtbot.waitUntil(lambda: view.sections.counts["today"] == 0)
    assert FollowUp.get(FollowUp.reason == "call at nine").status == "done"
    assert view.sections.counts["none"] == 2
    view.window().undo_stack.undo()
    qtbot.waitUntil(lambda: view.sections.counts["today"] == 1)


def test_catch_up_spreads_and_undo_brings_back(view, qtbot, monkeypatch):
    monkeypatch.setattr(CatchUpDialog, "ask", classmethod(lambda cls, parent, today: (2, 10)))
    assert view.catch_up()
    qtbot.waitUntil(lambda: view.sections.counts["overdue"] == 0)
    # Ten of the twelve land today (beside the one already due), two tomorrow.
    assert view.sections.counts["today"] == 11
    view._select_section("today")
    assert "was due" in view.model.index(1, 4).data()
    view.window().undo_stack.undo()
    qtbot.waitUntil(lambda: view.sections.counts["overdue"] == 12)


def test_reschedule_button_moves_one_day(view, qtbot):
    view.table.setCurrentIndex(view.model.index(0, 0))
    qtbot.mouseClick(view.later_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.sections.counts["overdue"] == 11)
    assert FollowUp.get(FollowUp.reason == "overdue 0").due_date == TODAY + timedelta(days=1)


def test_plus_one_day_on_a_friday_moves_to_monday_and_says_so_first(filled, qtbot):
    """The agenda's "+1 day" is a working day later: Friday's follow-up goes to Monday,
    the button's tip says so before the press, and the undo entry names the day."""
    ann, _, _ = filled
    friday = date(2026, 11, 27)
    fu = followups.create_followup(ann.id, friday, "confirm the delivery date")
    host = Host(friday)
    qtbot.addWidget(host)
    view = AgendaView(host, today=lambda: friday, actions=host.followup_actions)
    host.resize(1100, 500)
    view.resize(1100, 500)
    host.show()
    view._select_section("today")
    row = next(r for r in range(view.model.rowCount()) if view.model.row_at(r).followup_id == fu.id)
    view.table.setCurrentIndex(view.model.index(row, 0))
    assert tip_shown(view.later_button) == (
        "Reschedule to Mon 30 Nov 2026\nSat 28 Nov 2026 is not a working day."
    )
    qtbot.mouseClick(view.later_button, Qt.MouseButton.LeftButton)
    assert FollowUp.get_by_id(fu.id).due_date == date(2026, 11, 30)
    assert host.undo_stack.undoText() == "Reschedule to Mon 30 Nov 2026"
    assert host.undo_stack.count() == 1  # one press, one undo step
    host.undo_stack.undo()
    assert FollowUp.get_by_id(fu.id).due_date == friday


def test_the_window_says_where_plus_one_day_moved_it(filled, data_dir, qtbot):
    """Pressed from the keyboard no tip shows: the status bar names the day it went to."""
    from followup_desktop.ui.shell.main_window import MainWindow

    ann, _, _ = filled
    today = date.today()
    fu = followups.create_followup(ann.id, today, "ring about the delivery")
    window = MainWindow(data_dir=data_dir)
    qtbot.addWidget(window)
    window.tabs.setCurrentIndex(0)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    agenda = window.agenda
    agenda._select_section("today")
    rows = [agenda.model.row_at(r).followup_id for r in range(agenda.model.rowCount())]
    agenda.table.setCurrentIndex(agenda.model.index(rows.index(fu.id), 0))
    agenda.later_button.setFocus()  # pressed from the keyboard: no tip shows
    qtbot.keyClick(agenda.later_button, Qt.Key.Key_Space)
    moved = FollowUp.get_by_id(fu.id).due_date
    assert moved > today and is_working_day(moved)
    message = window.statusBar().currentMessage()
    assert message.startswith(f"Rescheduled to {format_day(moved)}.")
    assert message.endswith("is not a working day.") == ((moved - today).days > 1)
    # Ctrl+Z takes it back to today: the sentence naming the day it left goes with it.
    window.action_registry["edit.undo"].trigger()
    assert FollowUp.get_by_id(fu.id).due_date == today
    assert window.statusBar().currentMessage() == ""


def test_render_agenda(view, qtbot, tmp_path):
    qtbot.waitExposed(view)
    assert view.grab().save(str(tmp_path / "agenda.png"))


def test_a_hidden_agenda_reads_nothing_until_shown(view, qtbot):
    host = view.window()
    host.hide()
    fu = FollowUp.get(FollowUp.reason == "overdue 0")
    host.followup_actions.reschedule(fu.id, TODAY + timedelta(days=30))
    assert view.sections.counts["overdue"] == 12  # not re-read while hidden
    host.show()
    qtbot.waitUntil(lambda: view.sections.counts["overdue"] == 11)


def test_a_key_dates_tooltip_names_its_reminder_as_a_reminder(store):
    # The Key dates row's "channel" field carries its reminder ("Send a card"); the
    # reason's tooltip read "By Send a card". It says "Reminder: Send a card".
    from followup_desktop.domain.personal import KeyDate, PersonalInfo
    from followup_desktop.store import personal

    cid = create_contact(first_name="Dora", last_name="Date", category=categories()[2].id).id
    soon = TODAY + timedelta(days=3)
    personal.save_personal(
        cid, PersonalInfo(key_dates=(KeyDate("birthday", soon.month, soon.day),)), today=TODAY
    )
    model = agenda_model.AgendaModel()
    model.load("keydates", TODAY)
    assert model.rowCount() == 1
    tip = model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)
    lines = tip.split("\n")
    assert lines[0] == model.index(0, 2).data()  # the reason, whole
    assert not any(line.startswith("By ") for line in lines)
    assert f"Reminder: {model.index(0, 3).data()}" in lines  # as its Reminder column says
