"""The calendar driven like a person would: buttons, keys, clicks and drags."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QUndoStack

from followup_desktop.domain import calendar_grid as grid
from followup_desktop.domain.calendar_grid import Mode
from followup_desktop.domain.dates import format_day, next_working_day
from followup_desktop.domain.week_title import week_number
from followup_desktop.store import contacts, followups
from followup_desktop.store.models import FollowUp
from followup_desktop.ui.calendar import view as calendar_view
from followup_desktop.ui.calendar.view import CalendarView, PastDropQuestion
from followup_desktop.ui.kit.events import events
from tests.ui.tooltips import tip_shown

TODAY = date.today()
# A month well in the future and one in the past, so "past day" rules are stable.
FUTURE = grid.add_months(TODAY.replace(day=15), 3)
PAST = grid.add_months(TODAY.replace(day=15), -3)


@pytest.fixture
def people(store):
    cats = {c.name: c.id for c in contacts.categories()}
    ann = contacts.create_contact(first_name="Ann", last_name="Lee", category=cats["Clients"])
    bob = contacts.create_contact(first_name="Bob", category=cats["Prospects"])
    return ann, bob, cats


@pytest.fixture
def view(qtbot, qsettings, people):
    stack = QUndoStack()
    v = CalendarView(stack)
    v.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))  # Monday
    v.resize(1100, 720)
    qtbot.addWidget(v)
    v.show()
    qtbot.waitExposed(v)
    v.set_mode(Mode.MONTH)
    v.stack_ref = stack  # keep the stack alive as long as the view
    return v


def center(rect) -> QPoint:
    return rect.center().toPoint()


def drag(qtbot, widget, start: QPoint, end: QPoint) -> None:
    """Press, move in steps past the drag distance, release: what a hand does."""
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    mid = QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2)
    for p in (start + QPoint(6, 6), mid, end):
        qtbot.mouseMove(widget, p)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


def test_buttons_and_keys_move_through_months(view, qtbot):
    assert view.toolbar.title.text() == f"{QLocale().standaloneMonthName(TODAY.month)} {TODAY.year}"
    qtbot.mouseClick(view.toolbar.next_button, Qt.MouseButton.LeftButton)
    nxt = grid.add_months(TODAY, 1)
    assert (view.month.year, view.month.month) == (nxt.year, nxt.month)
    qtbot.mouseClick(view.toolbar.prev_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.toolbar.prev_button, Qt.MouseButton.LeftButton)
    prev = grid.add_months(TODAY, -1)
    assert (view.month.year, view.month.month) == (prev.year, prev.month)
    qtbot.mouseClick(view.toolbar.today_button, Qt.MouseButton.LeftButton)
    assert view.anchor == TODAY and view.month.month == TODAY.month
    view.month.setFocus()
    qtbot.keyClick(view.month, Qt.Key.Key_PageDown)
    assert view.month.month == nxt.month
    qtbot.keyClick(view.month, Qt.Key.Key_PageUp)
    assert view.anchor == TODAY
    qtbot.keyClick(view.month, Qt.Key.Key_Right)
    assert view.anchor == TODAY + timedelta(days=1)
    qtbot.keyClick(view.month, Qt.Key.Key_Down)
    assert view.anchor == TODAY + timedelta(days=8)
    qtbot.keyClick(view.month, Qt.Key.Key_Up)
    qtbot.keyClick(view.month, Qt.Key.Key_Left)
    assert view.anchor == TODAY
    qtbot.keyClick(view.month, Qt.Key.Key_Return)  # opens the selected day
    assert view.mode is Mode.DAY and view.anchor == TODAY
    qtbot.keyClick(view.day, Qt.Key.Key_Right)
    qtbot.keyClick(view.day, Qt.Key.Key_W)
    assert view.mode is Mode.WEEK and TODAY + timedelta(days=1) in view.week.dates
    qtbot.keyClick(view.week, Qt.Key.Key_T)
    qtbot.keyClick(view.week, Qt.Key.Key_M)
    assert view.mode is Mode.MONTH and view.anchor == TODAY


def test_date_picker_jumps_and_modes_switch(view, qtbot):
    view.toolbar.picker.setDate(view.toolbar.picker.date().addYears(2))
    assert view.anchor.year == TODAY.year + 2 and view.month.year == TODAY.year + 2
    qtbot.mouseClick(view.toolbar.mode_buttons[Mode.WEEK], Qt.MouseButton.LeftButton)
    assert view.mode is Mode.WEEK and view.stack.currentWidget() is view.week
    assert view.week.dates[0].isoweekday() == 1 and view.anchor in view.week.dates
    qtbot.keyClick(view.week, Qt.Key.Key_PageDown)
    assert view.anchor - timedelta(days=7) in grid.week_range(view.anchor - timedelta(7)).dates()
    qtbot.mouseClick(view.toolbar.mode_buttons[Mode.DAY], Qt.MouseButton.LeftButton)
    day = view.anchor
    qtbot.keyClick(view.day, Qt.Key.Key_Right)
    assert view.anchor == day + timedelta(days=1)
    # A title: the app's long date style, as in every sentence.
    assert view.toolbar.title.text() == format_day(view.anchor)


def test_locales_starting_sunday_and_monday_and_the_override(view, qtbot):
    view.go_to(FUTURE)
    assert view.month.dates[0].isoweekday() == 1  # en_GB: Monday
    view.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    qtbot.waitUntil(lambda: view.month.dates[0].isoweekday() == 7)  # en_US: Sunday
    view.set_week_start(1)  # the setting overrides the locale
    assert view.month.dates[0].isoweekday() == 1
    from PySide6.QtCore import QSettings

    assert int(QSettings().value("calendar/first_day_of_week")) == 1
    view.set_week_start(0)
    assert view.month.dates[0].isoweekday() == 7


def test_february_in_a_leap_year_and_weeks_across_new_year(view, qtbot):
    view.go_to(date(2028, 2, 10))
    shown = [d for d in view.month.dates if d.month == 2]
    assert shown[-1] == date(2028, 2, 29) and view.month.day_rect(date(2028, 2, 29))
    view.go_to(date(2027, 2, 10))
    assert max(d for d in view.month.dates if d.month == 2) == date(2027, 2, 28)
    view.set_mode(Mode.WEEK)
    view.go_to(date(2026, 12, 31))
    assert view.week.dates[0] == date(2026, 12, 28) and view.week.dates[-1] == date(2027, 1, 3)
    assert "2026" in view.toolbar.title.text() and "2027" in view.toolbar.title.text()


def test_month_shows_counts_first_items_and_more(view, qtbot, people):
    ann, bob, _ = people
    day = FUTURE
    for i in range(12):
        followups.create_followup(ann.id, day, f"call {i}")
    followups.create_followup(bob.id, day + timedelta(days=1), "send pricing", due_time=time(9))
    events().followups_changed.emit([])
    view.go_to(day)
    shown = view.month.shown_items(day)
    assert 3 <= len(shown) < 12
    assert view.month.more_count(day) == 12 - len(shown)
    assert view.month.shown_items(day + timedelta(days=1))[0].reason == "send pricing"
    # "+N more" opens the day, with all twelve.
    more = next(r for r, d, _ in view.month._more if d == day)
    qtbot.mouseClick(view.month, Qt.MouseButton.LeftButton, pos=center(more))
    assert view.mode is Mode.DAY and view.day.model_.rowCount() == 12


def test_drag_to_another_day_reschedules_and_undo_puts_it_back(view, qtbot, people):
    ann, _, _ = people
    fu = followups.create_followup(ann.id, FUTURE, "send pricing", due_time=time(10, 30))
    view.go_to(FUTURE)
    target = FUTURE + timedelta(days=2)
    start = center(view.month.item_rect(fu.id))
    with qtbot.waitSignal(events().followups_changed):
        drag(qtbot, view.month, start, center(view.month.day_rect(target)))
    moved = FollowUp.get_by_id(fu.id)
    assert moved.due_date == target and moved.due_time == time(10, 30)
    assert moved.reschedule_count == 1
    qtbot.waitUntil(lambda: [i.id for i in view.month.shown_items(target)] == [fu.id])
    view.stack_ref.undo()
    back = FollowUp.get_by_id(fu.id)
    assert back.due_date == FUTURE and back.reschedule_count == 0


def test_drop_outside_the_grid_or_escape_does_nothing(view, qtbot, people):
    ann, _, _ = people
    fu = followups.create_followup(ann.id, FUTURE, "send pricing")
    view.go_to(FUTURE)
    start = center(view.month.item_rect(fu.id))
    outside = QPoint(view.month.width() + 40, view.month.height() + 40)
    drag(qtbot, view.month, start, outside)
    header = QPoint(view.month.width() // 2, 4)  # the weekday names
    drag(qtbot, view.month, start, header)
    assert FollowUp.get_by_id(fu.id).due_date == FUTURE
    qtbot.mousePress(view.month, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.month, start + QPoint(60, 90))
    assert view.month.dragging is not None
    qtbot.keyClick(view.month, Qt.Key.Key_Escape)
    qtbot.mouseRelease(view.month, Qt.MouseButton.LeftButton, pos=start + QPoint(60, 90))
    assert FollowUp.get_by_id(fu.id).due_date == FUTURE and view.stack_ref.count() == 0


def test_dropping_on_a_past_day_asks_first(view, qtbot, people, monkeypatch):
    ann, _, _ = people
    fu = followups.create_followup(ann.id, PAST, "old promise")
    view.go_to(PAST)
    answers = []

    def answer(value):
        def ask(parent, item, day):
            answers.append((item.id, day))
            return value

        return ask

    target = PAST + timedelta(days=1)
    monkeypatch.setattr(PastDropQuestion, "ask", answer(False))
    drag(
        qtbot, view.month, center(view.month.item_rect(fu.id)), center(view.month.day_rect(target))
    )
    assert answers == [(fu.id, target)]
    assert FollowUp.get_by_id(fu.id).due_date == PAST
    monkeypatch.setattr(PastDropQuestion, "ask", answer(True))
    drag(
        qtbot, view.month, center(view.month.item_rect(fu.id)), center(view.month.day_rect(target))
    )
    assert FollowUp.get_by_id(fu.id).due_date == target


def test_week_drag_sets_a_time_or_makes_it_all_day(view, qtbot, people):
    ann, _, _ = people
    fu = followups.create_followup(ann.id, FUTURE, "demo call")
    view.set_mode(Mode.WEEK)
    view.go_to(FUTURE)
    other = next(d for d in view.week.dates if d != FUTURE)
    drag(
        qtbot,
        view.week,
        center(view.week.item_rect(fu.id)),
        view.week.time_pos(other, time(14, 30)).toPoint(),
    )
    moved = FollowUp.get_by_id(fu.id)
    assert moved.due_date == other and moved.due_time == time(14, 30)
    qtbot.waitUntil(lambda: any(i.id == fu.id for i in view.week.data.day_items(other)))
    drag(qtbot, view.week, center(view.week.item_rect(fu.id)), view.week.band_pos(FUTURE).toPoint())
    back = FollowUp.get_by_id(fu.id)
    assert back.due_date == FUTURE and back.due_time is None


def test_filters_and_done_items_toggle(view, qtbot, people):
    ann, bob, cats = people
    day = FUTURE
    followups.create_followup(ann.id, day, "mine")
    followups.create_followup(bob.id, day, "theirs", whose="theirs")
    gone = followups.create_followup(ann.id, day, "dropped")
    followups.cancel(gone.id, "not needed")
    view.go_to(day)
    view.refresh()
    assert {i.reason for i in view.month.shown_items(day)} == {"mine", "theirs"}
    view.toolbar.whose.setCurrentIndex(2)  # their move
    assert [i.reason for i in view.month.shown_items(day)] == ["theirs"]
    view.toolbar.whose.setCurrentIndex(0)
    view.set_category_filter(cats["Clients"])
    assert [i.reason for i in view.month.shown_items(day)] == ["mine"]
    assert view.toolbar.category_chip.isVisible()
    qtbot.mouseClick(view.toolbar.category_chip, Qt.MouseButton.LeftButton)
    assert not view.toolbar.category_chip.isVisible()
    view.toolbar.show_closed.setChecked(True)
    reasons = [i.reason for i in view.month.shown_items(day)]
    assert reasons[-1] == "dropped" and len(reasons) == 3


def test_changes_elsewhere_refresh_only_the_visible_range(view, qtbot, people):
    ann, _, _ = people
    view.go_to(FUTURE)
    loads = []
    view.range_loaded.connect(lambda s, e: loads.append((s, e)))
    fu = followups.create_followup(ann.id, FUTURE, "new from the note dialog")
    with qtbot.waitSignal(view.range_loaded):
        events().followups_changed.emit([fu.id])
    assert [i.id for i in view.month.shown_items(FUTURE)] == [fu.id]
    assert loads == [(view.month.dates[0], view.month.dates[-1])]


def test_clicking_an_item_asks_for_its_actions(view, qtbot, people):
    ann, _, _ = people
    fu = followups.create_followup(ann.id, FUTURE, "send pricing")
    view.go_to(FUTURE)
    with qtbot.waitSignal(view.actions_requested) as blocker:
        qtbot.mouseClick(
            view.month, Qt.MouseButton.LeftButton, pos=center(view.month.item_rect(fu.id))
        )
    assert blocker.args[0] == fu.id
    # The agenda's own menu, not a copy: done, reschedule, cancel, open the contact.
    texts = [a.text() for a in view.menu.actions()]
    assert "&Done\u2026" in texts and "&Open Ann Lee" in texts
    view.menu.close()


def test_day_view_has_the_agendas_actions(view, qtbot, people, monkeypatch):
    from followup_desktop.ui.followups.note_dialog import NoteDialog

    ann, _, _ = people
    fu = followups.create_followup(ann.id, FUTURE, "send pricing")
    view.open_day(FUTURE)
    assert view.stack.currentWidget() is view.day_page
    asked = []
    monkeypatch.setattr(NoteDialog, "ask", lambda parent, cid, fid, **kw: asked.append(fid))
    view.day.setFocus()
    view.day.selectRow(0)
    qtbot.keyClick(view.day, Qt.Key.Key_Return)  # Enter = done, as in the agenda
    qtbot.mouseClick(view.day_page.done_button, Qt.MouseButton.LeftButton)
    assert asked == [fu.id, fu.id]
    with qtbot.waitSignal(view.actions_requested) as blocker:
        qtbot.mouseClick(view.day_page.more_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == fu.id
    view.menu.close()
    qtbot.mouseClick(view.day_page.later_button, Qt.MouseButton.LeftButton)
    assert FollowUp.get_by_id(fu.id).due_date == next_working_day(FUTURE)
    qtbot.waitUntil(lambda: view.day.model_.rowCount() == 0)
    assert not view.day_page.done_button.isEnabled()


def test_the_day_views_plus_one_day_moves_a_friday_to_monday(view, qtbot, people):
    """The day view's "+1 day" is the agenda's: the next working day, said in its tip."""
    ann, _, _ = people
    friday = FUTURE + timedelta(days=(4 - FUTURE.weekday()) % 7)
    monday = friday + timedelta(days=3)
    fu = followups.create_followup(ann.id, friday, "send the quote", due_time=time(10))
    view.open_day(friday)
    view.day.setFocus()
    view.day.selectRow(0)
    tip = tip_shown(view.day_page.later_button)
    assert tip.startswith(f"Reschedule to {format_day(monday)}\n")
    assert tip.endswith(f"{format_day(friday + timedelta(days=1))} is not a working day.")
    qtbot.mouseClick(view.day_page.later_button, Qt.MouseButton.LeftButton)
    moved = FollowUp.get_by_id(fu.id)
    assert (moved.due_date, moved.due_time) == (monday, time(10))  # its time is kept
    assert view.undo_stack.undoText() == f"Reschedule to {format_day(monday)}"
    view.undo_stack.undo()
    assert FollowUp.get_by_id(fu.id).due_date == friday


def test_day_model(qtmodeltester, view, people):
    ann, _, _ = people
    followups.create_followup(ann.id, FUTURE, "a", due_time=time(9))
    followups.create_followup(ann.id, FUTURE, "b")
    view.open_day(FUTURE)
    model = view.day.model_
    assert [model.index(r, 0).data() for r in range(2)] == ["All day", "09:00"]
    qtmodeltester.check(model)


def test_painting_every_mode_in_light_and_dark(view, qtbot, people, tmp_path):
    from PySide6.QtGui import QColor, QPalette

    ann, _, _ = people
    followups.create_followup(ann.id, TODAY - timedelta(days=2), "overdue call")
    followups.create_followup(ann.id, TODAY, "today", due_time=time(11))
    events().followups_changed.emit([])
    for mode in Mode:
        view.set_mode(mode)
        assert not view.grab().isNull()
    dark = QPalette(view.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#181818"))
    view.setPalette(dark)
    qtbot.waitUntil(lambda: view.style_ is not None and view.style_.dark)
    assert calendar_view.CalendarView is CalendarView


def test_the_window_has_the_calendar_tab_and_the_sidebar_filters_it(
    store, qtbot, qsettings, data_dir, people
):
    from followup_desktop.ui.shell.main_window import MainWindow

    ann, bob, cats = people
    followups.create_followup(ann.id, FUTURE, "client call")
    followups.create_followup(bob.id, FUTURE, "prospect call")
    window = MainWindow(data_dir=data_dir)
    qtbot.addWidget(window)
    assert window.tabs.tabText(2) == "Ca&lendar"
    window.tabs.setCurrentIndex(2)  # opening the tab builds the calendar in its place
    assert window.tabs.currentWidget() is window.calendar
    window.show()
    cal = window.calendar
    cal.set_mode(Mode.MONTH)
    cal.go_to(FUTURE)
    assert len(cal.month.shown_items(FUTURE)) == 2
    window.sidebar.select_category(cats["Prospects"])  # a click in the sidebar
    qtbot.waitUntil(lambda: [i.reason for i in cal.month.shown_items(FUTURE)] == ["prospect call"])
    assert cal.toolbar.category_chip.isVisible()
    # Dragging in the window's calendar goes on the window's undo stack (Ctrl+Z).
    fu = cal.month.shown_items(FUTURE)[0]
    drag(
        qtbot,
        cal.month,
        center(cal.month.item_rect(fu.id)),
        center(cal.month.day_rect(FUTURE + timedelta(days=1))),
    )
    assert FollowUp.get_by_id(fu.id).due_date == FUTURE + timedelta(days=1)
    window.undo_stack.undo()
    assert FollowUp.get_by_id(fu.id).due_date == FUTURE


def test_while_dragging_the_grid_says_where_it_would_land(view, qtbot, people):
    ann, _, _ = people
    fu = followups.create_followup(ann.id, FUTURE, "send pricing")
    view.go_to(FUTURE)
    target = FUTURE + timedelta(days=1)
    start = center(view.month.item_rect(fu.id))
    qtbot.mousePress(view.month, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.month, center(view.month.day_rect(target)))
    assert view.month.dragging is not None
    where = view.month.drop_target(view.month.day_rect(target).center())
    assert view.month.target_text(where).startswith("Move to ")
    assert str(target.day) in view.month.target_text(where)
    assert not view.month.grab().isNull()  # paints the ghost and the target
    qtbot.mouseRelease(view.month, Qt.MouseButton.LeftButton, pos=start)  # back home
    assert FollowUp.get_by_id(fu.id).due_date == FUTURE


CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_ctrl_shift_arrows_move_the_chosen_follow_up_by_a_day_or_a_week(view, people, qtbot):
    ann, bob, _ = people
    wed = FUTURE + timedelta(days=(2 - FUTURE.weekday()) % 7)  # a day later is a working day
    followups.create_followup(ann.id, wed, "first of the day")
    moved = followups.create_followup(bob.id, wed, "the one to move", due_time=time(14, 30))
    view.go_to(wed)
    view.set_mode(Mode.DAY)
    assert view.day.select_followup(moved.id)
    view.day.setFocus()
    qtbot.keyClick(view.day, Qt.Key.Key_Right, CTRL_SHIFT)
    qtbot.waitUntil(lambda: FollowUp.get_by_id(moved.id).due_date == wed + timedelta(days=1))
    assert view.anchor == wed + timedelta(days=1)  # the view follows it
    qtbot.waitUntil(lambda: (view.day.current_item() or moved).id == moved.id)
    qtbot.keyClick(view.day, Qt.Key.Key_Down, CTRL_SHIFT)
    qtbot.waitUntil(lambda: FollowUp.get_by_id(moved.id).due_date == wed + timedelta(days=8))
    assert FollowUp.get_by_id(moved.id).due_time == time(14, 30)  # its time is kept
    stack = view.stack_ref
    assert stack.count() == 2  # one undo step each
    stack.undo()
    stack.undo()
    assert FollowUp.get_by_id(moved.id).due_date == wed


def test_the_week_lists_every_date_only_follow_up_of_a_day_while_they_fit(view, people, qtbot):
    ann, bob, _ = people
    for n in range(9):
        followups.create_followup(ann.id if n % 2 else bob.id, FUTURE, f"date only {n}")
    view.go_to(FUTURE)
    view.set_mode(Mode.WEEK)
    week = view.week
    shown = [item.reason for _r, item in week._items if item.due_date == FUTURE]
    assert sorted(shown) == [f"date only {n}" for n in range(9)]  # all nine, readable
    assert not [m for m in week._more if m[1] == FUTURE]  # no "+N more"
    for n in range(9, 80):
        followups.create_followup(ann.id, FUTURE, f"date only {n}")
    view.refresh()
    shown = [item for _r, item in week._items if item.due_date == FUTURE]
    more = [n for _r, day, n in week._more if day == FUTURE]
    assert more and len(shown) + sum(more) == 80  # now they truly do not fit
    assert week._band_h < week.height() - week._header_h  # the hours keep some room


def test_a_big_book_s_all_day_band_leaves_the_hours_readable(view, people, qtbot):
    """Hundreds of date-only follow-ups a day (the 50,000-contact book has ~450): the band
    takes at most about half the room below the day heads, the hours keep a line each
    (every hour labelled), and "+N more" opens the day with all of them."""
    ann, bob, _ = people
    for n in range(300):
        followups.create_followup(ann.id if n % 2 else bob.id, FUTURE, f"date only {n}")
    view.resize(1032, 538)  # the week's canvas in a 1280x720 window
    view.go_to(FUTURE)
    view.set_mode(Mode.WEEK)
    week = view.week
    below_heads = week.height() - week._header_h
    assert week._band_h <= below_heads / 2 + 6
    line = week.fontMetrics().height() + 3
    assert week._hour_h >= line  # a readable line per hour, each hour labelled
    first, last = week.hours
    assert (last - first) * week._hour_h <= week.height() - week._header_h - week._band_h + 1
    shown = [item for _r, item in week._items if item.due_date == FUTURE]
    assert len(shown) >= 8  # still a readable list in the band
    (more_rect, _day, rest), *_others = [m for m in week._more if m[1] == FUTURE]
    assert len(shown) + rest == 300
    # A time can still be aimed at: 14:00 and 14:30 are different places in the grid.
    assert week.drop_target(week.time_pos(FUTURE, time(14, 0)))[1] == time(14, 0)
    assert week.drop_target(week.time_pos(FUTURE, time(14, 30)))[1] == time(14, 30)
    qtbot.mouseClick(week, Qt.MouseButton.LeftButton, pos=center(more_rect))
    assert view.mode is Mode.DAY and view.anchor == FUTURE
    assert view.day.model_.rowCount() == 300


def test_in_german_the_calendar_reads_german_and_the_categories_keep_their_names(
    qtbot, qsettings, people
):
    from followup_desktop import i18n

    ann, bob, cats = people
    followups.create_followup(ann.id, FUTURE, "call back")
    followups.create_followup(bob.id, FUTURE, "send pricing")
    i18n.set_language("de")
    try:
        v = CalendarView(QUndoStack())
        v.setLocale(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        v.resize(1100, 720)
        qtbot.addWidget(v)
        v.show()
        qtbot.waitExposed(v)
        v.set_mode(Mode.MONTH)
        v.go_to(FUTURE)
        assert v.month.dates[0].isoweekday() == 1  # de_DE: the week starts on Monday
        month = QLocale(QLocale.Language.German).standaloneMonthName(FUTURE.month)
        assert v.toolbar.title.text() == f"{month} {FUTURE.year}"
        assert v.toolbar.today_button.text() == "He&ute"
        assert "Kunden" in v.legend.text() and "Interessenten" in v.legend.text()
        assert "Clients" not in v.legend.text()
        from followup_desktop.ui.calendar.month import day_summary

        assert day_summary(2, 2, FUTURE, TODAY) == ("2 fällig", False)
        v.set_mode(Mode.WEEK)
        title = v.toolbar.title.text()
        assert title.startswith(f"KW {week_number(v.visible.start)}: ")
        assert f"{v.visible.start.day}. " in title  # German writes "30. Nov.", not "30 Nov"
        v.set_mode(Mode.DAY)
        model = v.day.model_
        assert model.headerData(2, Qt.Orientation.Horizontal) == "Kategorie"
        shown = {model.index(r, 2).data() for r in range(model.rowCount())}
        assert shown == {"Ku · Kunden", "In · Interessenten"}
        # the same data: stored under the names the database was made with
        assert {c.name for c in contacts.categories()} >= {"Clients", "Prospects"}
    finally:
        i18n.set_language("en")


@pytest.mark.parametrize("code", ["de", "fr", "es"])
def test_the_week_title_reads_whole_on_a_1280_laptop(qtbot, qsettings, people, qapp, code):
    """The calendar's part of a 1280-pixel window (the sidebar takes the rest): a shorter
    form of the week's title, whole, rather than "KW 50: 7. Dez. – 13. D…"; the whole
    title in its tooltip, and in full where there is room."""
    from tests.ui.languages import speaking

    with speaking(qapp, code):
        v = CalendarView(QUndoStack())
        qtbot.addWidget(v)
        v.resize(1032, 560)
        v.show()
        qtbot.waitExposed(v)
        v.set_mode(Mode.WEEK)
        title = v.toolbar.title
        for day in (date(2026, 12, 9), date(2026, 12, 2), date(2026, 12, 30)):
            v.go_to(day)
            v.toolbar.layout().activate()  # as before the next paint
            forms = v.title_forms()
            number = week_number(v.visible.start)
            assert title.text() == forms[0] and str(number) in forms[0]
            shown = title.shown_text()
            assert shown in forms and "\u2026" not in shown, shown
            assert title.fontMetrics().horizontalAdvance(shown) <= title.contentsRect().width()
            if shown != forms[0]:
                assert title.toolTip() == forms[0]
        v.go_to(date(2026, 12, 9))
        assert title.shown_text() != title.shown_text().split(":")[0]  # dates, not the name
        v.resize(1900, 560)
        qtbot.waitUntil(lambda: title.shown_text() == v.title_forms()[0])
        assert title.toolTip() == ""
