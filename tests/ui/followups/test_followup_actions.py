from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QUrlQuery
from PySide6.QtGui import QDesktopServices, QUndoStack
from PySide6.QtWidgets import QWidget

from followup_desktop.domain import dates
from followup_desktop.store import catchup as store_catchup
from followup_desktop.store import followups
from followup_desktop.store.cards import followup_card
from followup_desktop.store.contacts import categories, create_contact
from followup_desktop.store.models import Contact, FollowUp, Interaction
from followup_desktop.ui.followups import actions as fa
from followup_desktop.ui.followups import dialogs as followup_dialogs
from followup_desktop.ui.followups.menus import followup_menu
from followup_desktop.ui.followups.note_dialog import NoteDialog
from followup_desktop.ui.kit.events import events

TODAY = date.today()


@pytest.fixture
def setup(store, qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    actions = fa.FollowUpActions(host, QUndoStack(host))
    errors = []
    actions.report_error = errors.append
    c = create_contact(
        first_name="Alan",
        last_name="Turing",
        email="alan@example.org",
        phone="+44 (0)1 23",
        category=categories()[1].id,
    )
    fu = followups.create_followup(c.id, TODAY - timedelta(days=3), "send pricing & terms")
    yield actions, c, fu, errors  # the fixture frame keeps the host alive


def test_done_opens_the_note_dialog_and_undo_takes_it_back(setup, qtbot, monkeypatch):
    actions, c, fu, _ = setup

    def fake_ask(parent, contact_id, followup_id=None, *, save, today):
        dialog = NoteDialog(contact_id, followup_id, save=save, today=today, parent=parent)
        qtbot.addWidget(dialog)
        dialog.confirm_discard = lambda: True
        qtbot.keyClicks(dialog.notes_edit, "Sent it")
        qtbot.keyClicks(dialog.reason, "check they got it")
        assert dialog.try_save()
        return dialog.note_result()

    monkeypatch.setattr(NoteDialog, "ask", fake_ask)
    with qtbot.waitSignals([events().followups_changed, events().interactions_changed]):
        saved = actions.done(fu.id)
    assert FollowUp.get_by_id(fu.id).status == "done"
    assert FollowUp.get_by_id(saved.followup_id).reason == "check they got it"
    with qtbot.waitSignal(events().followups_changed):
        actions.undo_stack.undo()
    assert FollowUp.get_by_id(fu.id).status == "open"
    assert Interaction.select().count() == 0 and FollowUp.select().count() == 1
    actions.undo_stack.redo()
    assert FollowUp.get_by_id(fu.id).status == "done" and Interaction.select().count() == 1


def test_reschedule_counts_and_undoes(setup, qtbot):
    actions, c, fu, _ = setup
    with qtbot.waitSignal(events().followups_changed) as blocker:
        assert actions.reschedule_by(fu.id, "1day")
    assert blocker.args == [[fu.id]]
    moved = FollowUp.get_by_id(fu.id)
    # An overdue follow-up moves from today, not from its old date (to a working day).
    assert moved.due_date == dates.next_working_day(TODAY) and moved.reschedule_count == 1
    assert Contact.get_by_id(c.id).next_due == dates.next_working_day(TODAY)
    actions.undo_stack.undo()
    back = FollowUp.get_by_id(fu.id)
    assert back.due_date == TODAY - timedelta(days=3) and back.reschedule_count == 0
    assert Contact.get_by_id(c.id).next_due == TODAY - timedelta(days=3)


def test_reschedule_pick_uses_the_dialog_seam(setup, monkeypatch):
    actions, _, fu, _ = setup
    monkeypatch.setattr(
        followup_dialogs.PickDateDialog,
        "ask",
        classmethod(lambda cls, *a, **k: (date(2027, 2, 1), None)),
    )
    assert actions.reschedule_pick(fu.id)
    assert FollowUp.get_by_id(fu.id).due_date == date(2027, 2, 1)


def test_cancel_asks_why_and_undoes(setup, monkeypatch):
    actions, c, fu, _ = setup
    monkeypatch.setattr(followup_dialogs.CancelDialog, "ask", classmethod(lambda cls, *a: None))
    assert not actions.cancel(fu.id)  # the user kept it
    assert FollowUp.get_by_id(fu.id).status == "open"
    monkeypatch.setattr(
        followup_dialogs.CancelDialog, "ask", classmethod(lambda cls, *a: "deal closed")
    )
    assert actions.cancel(fu.id)
    gone = FollowUp.get_by_id(fu.id)
    assert (gone.status, gone.status_reason) == ("cancelled", "deal closed")
    assert Contact.get_by_id(c.id).next_due is None
    actions.undo_stack.undo()
    assert FollowUp.get_by_id(fu.id).status == "open"
    assert Contact.get_by_id(c.id).next_due == fu.due_date


def test_catch_up_is_one_undo_step(setup):
    actions, c, fu, _ = setup
    other = followups.create_followup(c.id, TODAY - timedelta(days=9), "older")
    plan = store_catchup.make_plan(TODAY, days=3, cap=1)
    assert actions.catch_up(plan.moves)
    assert FollowUp.get_by_id(other.id).original_due_date == TODAY - timedelta(days=9)
    assert actions.undo_stack.count() == 1
    actions.undo_stack.undo()
    assert FollowUp.get_by_id(other.id).due_date == TODAY - timedelta(days=9)
    assert FollowUp.get_by_id(fu.id).due_date == TODAY - timedelta(days=3)


def test_call_and_email_links(setup, monkeypatch):
    actions, _, fu, errors = setup
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    assert actions.call(fu.id) and actions.email(fu.id)
    assert opened[0].toString() == "tel:+44123"
    mail = opened[1]
    assert mail.scheme() == "mailto" and mail.path() == "alan@example.org"
    assert QUrlQuery(mail).queryItemValue(
        "subject", mail.ComponentFormattingOption.FullyDecoded
    ) == ("send pricing & terms")
    Contact.update(phone="", mobile="").execute()
    assert not actions.call(fu.id) and "no phone" in errors[-1]


def test_menu_lists_the_actions(setup):
    actions, _, fu, _ = setup
    menu = followup_menu(actions, fu.id)
    texts = [a.text() for a in menu.actions()]
    assert texts[0].startswith("&Done") and "&Reschedule" in texts
    assert any("Alan Turing" in t for t in texts)
    menu.deleteLater()


def test_the_menus_reschedule_and_snooze_items_move_the_follow_up(setup, qtbot):
    actions, _, fu, _ = setup
    menu = followup_menu(actions, fu.id)
    reschedule, snooze = [a.menu() for a in menu.actions() if a.menu() is not None]
    next_week = [a for a in reschedule.actions() if a.text().startswith("Next week (")][0]
    with qtbot.waitSignal(events().followups_changed):
        next_week.trigger()
    # A week from today (it is overdue), on a working day.
    week_on = dates.working_day_on_or_after(TODAY + timedelta(days=7))
    assert FollowUp.get_by_id(fu.id).due_date == week_on
    menu.deleteLater()

    actions.undo_stack.undo()  # overdue again, so it can be snoozed
    menu = followup_menu(actions, fu.id)
    reschedule, snooze = [a.menu() for a in menu.actions() if a.menu() is not None]
    with qtbot.waitSignal(events().followups_changed):
        snooze.actions()[0].trigger()  # 15 minutes
    snoozed = FollowUp.get_by_id(fu.id)
    assert snoozed.due_date >= TODAY and snoozed.due_time is not None
    menu.deleteLater()


# -- "+1 day" and the menu's Reschedule entries: working days --------------------------------
FRIDAY = date(2026, 12, 11)
MONDAY = date(2026, 12, 14)


def test_plus_one_day_on_a_friday_is_monday_and_the_undo_text_says_so(setup, qtbot):
    actions, c, _, _ = setup
    actions.today = lambda: FRIDAY
    fu = followups.create_followup(c.id, FRIDAY, "call about the renewal")
    assert actions.later_tip(FRIDAY) == (
        "Reschedule to Mon 14 Dec 2026\nSat 12 Dec 2026 is not a working day."
    )
    with qtbot.waitSignal(actions.told) as told:
        assert actions.reschedule_by(fu.id, "1day")
    assert FollowUp.get_by_id(fu.id).due_date == MONDAY
    # Where it went, for the status bar (a keyboard user saw no tip).
    assert told.args == ["Rescheduled to Mon 14 Dec 2026. Sat 12 Dec 2026 is not a working day."]
    assert actions.undo_stack.undoText() == "Reschedule to Mon 14 Dec 2026"
    actions.undo_stack.undo()
    assert FollowUp.get_by_id(fu.id).due_date == FRIDAY
    # The follow-up menu's entry: the same day, named before the press; one undo step.
    menu = followup_menu(actions, fu.id)
    reschedule = [a.menu() for a in menu.actions() if a.menu() is not None][0]
    plus_one = reschedule.actions()[0]
    assert plus_one.text() == f"+1 day ({dates.format_short(MONDAY)})"
    assert plus_one.toolTip() == "Sat 12 Dec 2026 is not a working day."
    with qtbot.waitSignal(events().followups_changed):
        plus_one.trigger()
    assert FollowUp.get_by_id(fu.id).due_date == MONDAY
    assert actions.undo_stack.index() == 1 and actions.undo_stack.count() == 1
    menu.deleteLater()


def test_an_overdue_follow_up_moves_from_today_on_a_working_day(setup, qtbot):
    actions, _, fu, _ = setup  # three days overdue
    actions.today = lambda: FRIDAY
    assert "It is overdue, so it moves from today." in actions.later_tip(fu.due_date)
    with qtbot.waitSignal(actions.told) as told:
        assert actions.reschedule_by(fu.id, "2days")  # Sunday is not worked
    assert FollowUp.get_by_id(fu.id).due_date == MONDAY
    assert told.args == ["Rescheduled to Mon 14 Dec 2026. Sun 13 Dec 2026 is not a working day."]


def test_plus_one_day_on_their_lapsed_promise_moves_my_call_a_day(setup, qtbot):
    """ "No word · you call today": +1 day is my call tomorrow. It moved the promise to
    tomorrow, and my call with it by the same gap: to the next Monday, while the status
    bar said "Rescheduled to Tue 15 Dec"."""
    actions, c, _, _ = setup
    tuesday = MONDAY + timedelta(days=1)
    actions.today = lambda: MONDAY
    fu = followups.create_followup(
        c.id, date(2026, 12, 10), "their decision", whose="theirs", fallback_date=MONDAY
    )
    with qtbot.waitSignal(actions.told) as told:
        assert actions.reschedule_by(fu.id, "1day")
    moved = FollowUp.get_by_id(fu.id)
    assert (moved.fallback_date, moved.due_date, moved.whose) == (
        tuesday,
        date(2026, 12, 10),  # what they promised stays as it was
        "theirs",
    )
    assert told.args == ["Rescheduled to Tue 15 Dec 2026."]
    actions.undo_stack.undo()
    assert FollowUp.get_by_id(fu.id).fallback_date == MONDAY
    # The button's tip and the menu's entries name the same days, counted from the call.
    assert actions.later_tip_of(followup_card(fu.id)) == "Reschedule to Tue 15 Dec 2026"
    menu = followup_menu(actions, fu.id)
    reschedule = [a.menu() for a in menu.actions() if a.menu() is not None][0]
    texts = [a.text() for a in reschedule.actions()[:3]]
    assert texts[0] == f"+1 day ({dates.format_short(tuesday)})"
    assert texts[2] == f"Next week ({dates.format_short(MONDAY + timedelta(days=7))})"
    # No reminder comes for their promise, so there is none to snooze (a snooze moved the
    # promise to the minute and my call days on with it).
    snooze = [a.menu() for a in menu.actions() if a.menu() is not None][1]
    assert not snooze.isEnabled()
    menu.deleteLater()


def test_plus_one_day_on_their_promise_still_to_come_gives_them_the_day(setup, qtbot):
    actions, c, _, _ = setup
    actions.today = lambda: MONDAY
    thursday = MONDAY + timedelta(days=3)
    fu = followups.create_followup(
        c.id, MONDAY, "their decision", whose="theirs", fallback_date=thursday
    )
    assert actions.reschedule_by(fu.id, "1day")
    moved = FollowUp.get_by_id(fu.id)
    assert moved.due_date == MONDAY + timedelta(days=1)  # the promise, its call a day on
    assert moved.fallback_date == thursday + timedelta(days=1)


def test_the_menus_entries_say_the_day_and_skip_a_public_holiday(setup, qtbot):
    actions, c, _, _ = setup
    thursday = date(2026, 12, 24)
    actions.today = lambda: thursday
    fu = followups.create_followup(c.id, thursday, "send the season's card")
    before = dates.working_week()
    dates.set_working_week(dates.WorkingWeek(region="GB"))
    try:
        menu = followup_menu(actions, fu.id)
        reschedule = [a.menu() for a in menu.actions() if a.menu() is not None][0]
        entries = {a.text(): a for a in reschedule.actions() if a.text()}
        # Christmas Day, the weekend, then Monday 28 December (Boxing Day's substitute).
        tuesday, week_on = (dates.format_short(date(2026, 12, d)) for d in (29, 31))
        assert list(entries)[:3] == [
            f"+1 day ({tuesday})",
            f"+2 days ({tuesday})",
            f"Next week ({week_on})",
        ]
        assert "Christmas Day" in entries[f"+1 day ({tuesday})"].toolTip()
        with qtbot.waitSignal(events().followups_changed):
            entries[f"+1 day ({tuesday})"].trigger()
        assert FollowUp.get_by_id(fu.id).due_date == date(2026, 12, 29)
        assert actions.undo_stack.undoText() == "Reschedule to Tue 29 Dec 2026"
        menu.deleteLater()
    finally:
        dates.set_working_week(before)


def test_a_snooze_past_midnight_waits_for_the_next_working_morning(setup, qtbot):
    """Snooze reminder: each entry says when; late on a Friday, 3 hours is Monday 09:00."""
    actions, c, _, _ = setup
    actions.today = lambda: FRIDAY
    actions.now = lambda: datetime.combine(FRIDAY, time(22, 0))
    fu = followups.create_followup(c.id, FRIDAY, "call back", due_time=time(21, 30))
    menu = followup_menu(actions, fu.id)
    _reschedule, snooze = [a.menu() for a in menu.actions() if a.menu() is not None]
    entries = [a.text() for a in snooze.actions()]
    monday = f"{dates.format_short(MONDAY)} at 09:00"
    assert entries == ["15 minutes (22:15)", "1 hour (23:00)", f"3 hours ({monday})"]
    with qtbot.waitSignal(events().followups_changed):
        snooze.actions()[2].trigger()
    moved = FollowUp.get_by_id(fu.id)
    assert (moved.due_date, moved.due_time) == (MONDAY, time(9, 0))
    assert actions.undo_stack.undoText() == (
        f"Reschedule to {dates.format_day(MONDAY)} {dates.format_time(time(9, 0))}"
    )
    menu.deleteLater()


def test_the_undo_text_says_the_new_time_when_the_move_sets_one(setup):
    """A snooze, or a drag to another hour of the same day, changes the time: the undo
    text says it ("Undo Reschedule to Mon 7 Dec 2026 15:30"), not just the day."""
    from datetime import time

    from followup_desktop.domain import dates

    actions, _c, fu, _errors = setup
    stack = actions.undo_stack
    assert actions.reschedule(fu.id, TODAY, time(15, 30))
    assert stack.undoText() == (
        f"Reschedule to {dates.format_day(TODAY)} {dates.format_time(time(15, 30))}"
    )
    assert actions.reschedule(fu.id, TODAY + timedelta(days=1))  # the time kept: no time
    assert stack.undoText() == f"Reschedule to {dates.format_day(TODAY + timedelta(days=1))}"
