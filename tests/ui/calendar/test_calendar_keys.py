"""Choosing and moving a follow-up from the keyboard in the month and week views: Tab
through the selected day's follow-ups, Ctrl+Shift+arrows to move the chosen one by a
working day or a week (undoable, never into the past), the choice following it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QToolTip

from followup_desktop.domain import calendar_grid as grid
from followup_desktop.domain.calendar_grid import Mode
from followup_desktop.domain.dates import format_day
from followup_desktop.store import contacts, followups
from followup_desktop.store.models import FollowUp
from followup_desktop.ui.calendar.view import CalendarView
from followup_desktop.ui.kit.rich import esc

TODAY = date.today()
_AHEAD = grid.add_months(TODAY.replace(day=15), 3)
#: A Wednesday and a Friday well ahead (no public holidays are set in tests).
WED = _AHEAD + timedelta(days=(2 - _AHEAD.weekday()) % 7)
FRI = WED + timedelta(days=2)
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def people(store):
    cats = {c.name: c.id for c in contacts.categories()}
    ann = contacts.create_contact(first_name="Ann", last_name="Lee", category=cats["Clients"])
    bob = contacts.create_contact(first_name="Bob", category=cats["Prospects"])
    return ann, bob


@pytest.fixture
def view(qtbot, qsettings, people):
    stack = QUndoStack()
    v = CalendarView(stack)
    v.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))  # Monday
    v.resize(1100, 720)
    qtbot.addWidget(v)
    v.show()
    qtbot.waitExposed(v)
    v.stack_ref = stack  # keep the stack alive as long as the view
    return v


def due(followup_id: int) -> date:
    return FollowUp.get_by_id(followup_id).due_date


def open_on(view, mode: Mode, day: date):
    view.set_mode(mode)
    view.go_to(day)
    canvas = view.month if mode is Mode.MONTH else view.week
    canvas.setFocus()
    return canvas


def test_tab_goes_through_the_selected_days_follow_ups_in_the_month(view, people, qtbot):
    ann, bob = people
    first = followups.create_followup(ann.id, WED, "send the pricing <b>today</b>")
    second = followups.create_followup(bob.id, WED, "call about the pilot")
    followups.create_followup(bob.id, FRI, "another day")
    month = open_on(view, Mode.MONTH, WED)
    assert month.chosen is None
    order = [item.id for item in month.drawn_items(WED)]
    assert order == [first.id, second.id]  # both date only and mine: by contact
    qtbot.keyClick(month, Qt.Key.Key_Tab)
    assert month.chosen == order[0] and month.hasFocus()
    # Its line is cut in the cell: the whole of it shows beside it, with the keys (and
    # the user's words as typed: "<b>" stays "<b>", escaped for the tooltip).
    reason = esc(FollowUp.get_by_id(order[0]).reason)
    qtbot.waitUntil(QToolTip.isVisible)
    assert reason in QToolTip.text() and "Ctrl+Shift+arrows" in QToolTip.text()
    qtbot.keyClick(month, Qt.Key.Key_Tab)
    assert month.chosen == order[1]
    qtbot.keyClick(month, Qt.Key.Key_Backtab)
    assert month.chosen == order[0]
    qtbot.keyClick(month, Qt.Key.Key_Backtab)  # back to the day itself
    assert month.chosen is None and month.hasFocus()
    qtbot.keyClick(month, Qt.Key.Key_Tab)
    qtbot.keyClick(month, Qt.Key.Key_Escape)
    assert month.chosen is None
    qtbot.keyClick(month, Qt.Key.Key_Tab)
    qtbot.keyClick(month, Qt.Key.Key_Right)  # another day: the choice stays with its day
    assert view.anchor == WED + timedelta(days=1) and month.chosen is None


def test_ctrl_shift_arrows_move_the_chosen_follow_up_in_the_month(view, people, qtbot):
    ann, bob = people
    followups.create_followup(ann.id, WED, "stays")
    moved = followups.create_followup(bob.id, WED, "the one to move")
    month = open_on(view, Mode.MONTH, WED)
    while month.chosen != moved.id:
        qtbot.keyClick(month, Qt.Key.Key_Tab)
    thu = WED + timedelta(days=1)
    qtbot.keyClick(month, Qt.Key.Key_Right, CTRL_SHIFT)
    assert due(moved.id) == thu
    assert view.anchor == thu and month.chosen == moved.id  # the choice follows it
    assert month.day_rect(thu).contains(month.item_rect(moved.id))
    qtbot.keyClick(month, Qt.Key.Key_Down, CTRL_SHIFT)
    assert due(moved.id) == thu + timedelta(days=7)
    assert view.anchor == thu + timedelta(days=7) and month.chosen == moved.id
    stack = view.stack_ref
    assert stack.count() == 2  # one undo step each
    stack.undo()
    assert due(moved.id) == thu
    stack.undo()
    assert due(moved.id) == WED


def test_a_day_is_a_working_day_and_the_week_view_follows(view, people, qtbot):
    ann, _bob = people
    moved = followups.create_followup(ann.id, FRI, "before the weekend")
    week = open_on(view, Mode.WEEK, FRI)
    qtbot.keyClick(week, Qt.Key.Key_Tab)
    assert week.chosen == moved.id
    monday = FRI + timedelta(days=3)
    qtbot.keyClick(week, Qt.Key.Key_Right, CTRL_SHIFT)
    assert due(moved.id) == monday  # Friday -> Monday, not Saturday
    assert monday in view.visible and view.week.chosen == moved.id  # the next week
    assert week.item_rect(moved.id) is not None
    qtbot.keyClick(week, Qt.Key.Key_Left, CTRL_SHIFT)
    assert due(moved.id) == FRI and week.chosen == moved.id
    qtbot.keyClick(week, Qt.Key.Key_Up, CTRL_SHIFT)
    assert due(moved.id) == FRI - timedelta(days=7)
    assert view.stack_ref.count() == 3


def test_a_follow_up_moved_onto_a_full_day_is_drawn_there(view, people, qtbot):
    ann, bob = people
    moved = followups.create_followup(bob.id, WED, "the one to move")
    thu = WED + timedelta(days=1)
    for n in range(12):
        followups.create_followup(ann.id, thu, f"busy {n}")
    month = open_on(view, Mode.MONTH, WED)
    qtbot.keyClick(month, Qt.Key.Key_Tab)
    assert month.chosen == moved.id
    qtbot.keyClick(month, Qt.Key.Key_Right, CTRL_SHIFT)
    assert due(moved.id) == thu
    shown = month.shown_items(thu)
    assert moved.id in [item.id for item in shown]  # drawn although the day is full
    assert len(shown) + month.more_count(thu) == 13  # and nothing counted twice
    assert month.chosen == moved.id


def test_moving_into_the_past_is_refused_with_the_reason(view, people, qtbot):
    ann, _bob = people
    today = followups.create_followup(ann.id, TODAY, "due today")
    month = open_on(view, Mode.MONTH, TODAY)
    qtbot.keyClick(month, Qt.Key.Key_Tab)
    assert month.chosen == today.id
    qtbot.keyClick(month, Qt.Key.Key_Left, CTRL_SHIFT)
    assert due(today.id) == TODAY and view.stack_ref.count() == 0
    assert view.message.isVisible()
    assert view.message.text().startswith("Not moved: ")
    assert "is in the past" in view.message.text()
    assert month.chosen == today.id  # still chosen, ready for another key
    qtbot.keyClick(month, Qt.Key.Key_Right, CTRL_SHIFT)
    assert due(today.id) > TODAY and not view.message.isVisible()


def test_enter_opens_the_chosen_follow_ups_actions_and_a_click_chooses(view, people, qtbot):
    ann, _bob = people
    fu = followups.create_followup(ann.id, WED, "send the pricing")
    view.actions_requested.disconnect(view.show_actions)  # no real menu in a test
    month = open_on(view, Mode.MONTH, WED)
    qtbot.keyClick(month, Qt.Key.Key_Tab)
    with qtbot.waitSignal(view.actions_requested) as opened:
        qtbot.keyClick(month, Qt.Key.Key_Return)
    assert opened.args[0] == fu.id
    assert view.mode is Mode.MONTH  # not the day view: Enter was for the follow-up
    qtbot.keyClick(month, Qt.Key.Key_Escape)
    qtbot.mouseClick(
        month, Qt.MouseButton.LeftButton, pos=month.item_rect(fu.id).center().toPoint()
    )
    assert month.chosen == fu.id
    qtbot.keyClick(month, Qt.Key.Key_Right, CTRL_SHIFT)
    assert due(fu.id) == WED + timedelta(days=1)
    assert format_day(due(fu.id)) in view.followup_actions.undo_stack.undoText()


def test_in_the_window_alt_l_then_tab_then_ctrl_shift_arrow_moves_todays_follow_up(
    store, qtbot, qsettings, data_dir, people
):
    """The whole way by keyboard in the main window: nothing else answers the keys, and
    the move is on the window's undo stack (Ctrl+Z)."""
    from followup_desktop.ui.shell.main_window import MainWindow

    ann, _bob = people
    fu = followups.create_followup(ann.id, TODAY, "call back")
    window = MainWindow(data_dir=data_dir)
    qtbot.addWidget(window)
    window.tabs.setCurrentIndex(0)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    calendar = window.calendar
    qtbot.waitUntil(lambda: calendar.page().hasFocus())
    calendar.set_mode(Mode.MONTH)
    calendar.go_today()
    month = calendar.month
    qtbot.waitUntil(month.hasFocus)
    qtbot.keyClick(month, Qt.Key.Key_Tab)
    assert month.chosen == fu.id
    qtbot.keyClick(month, Qt.Key.Key_Right, CTRL_SHIFT)
    moved_to = due(fu.id)
    assert moved_to > TODAY and moved_to.weekday() < 5
    assert month.chosen == fu.id
    qtbot.keyClick(month, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: due(fu.id) == TODAY)
