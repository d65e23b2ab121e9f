"""Work the list: the printed items, in the printed order, one at a time."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from followup_desktop.store import followups
from followup_desktop.store.jogger import load_sheet
from followup_desktop.store.models import FollowUp, Interaction
from followup_desktop.ui.followups import dialogs as followup_dialogs
from followup_desktop.ui.followups.actions import FollowUpActions
from followup_desktop.ui.followups.note_dialog import NoteDialog
from followup_desktop.ui.jogger.work import WorkListPanel
from tests.jogger_data import TODAY, WEEK, fill_week
from tests.ui.palettes import faint_labels
from tests.ui.tooltips import tip_shown


@pytest.fixture
def panel(store, qtbot):
    data = fill_week(per_category=2)
    host = QWidget()
    qtbot.addWidget(host)
    host.undo_stack = QUndoStack(host)
    actions = FollowUpActions(host, host.undo_stack)
    actions.today = lambda: TODAY  # the panel's day is the actions' day, as in the window
    p = WorkListPanel(host, today=TODAY, actions=actions)
    host.resize(900, 500)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)
    qtbot.waitUntil(p.done_button.hasFocus)
    p.data = data
    p.host = host  # qtbot only keeps a weak reference
    return p


def fake_note(qtbot, monkeypatch, text="Called, they will order"):
    def fake_ask(parent, contact_id, followup_id=None, *, save, today):
        dialog = NoteDialog(contact_id, followup_id, save=save, today=today, parent=parent)
        qtbot.addWidget(dialog)
        dialog.confirm_discard = lambda: True
        qtbot.keyClicks(dialog.notes_edit, text)
        qtbot.keyClicks(dialog.reason, "send the contract")
        assert dialog.try_save()
        return dialog.note_result()

    monkeypatch.setattr(NoteDialog, "ask", fake_ask)


def test_walks_the_printed_items_in_the_printed_order(panel):
    sheet = load_sheet(WEEK, TODAY)
    assert panel.work_order() == sheet.work_order()
    assert len(panel.work_order()) == len(panel.data.in_week) + len(panel.data.carried)
    assert panel.progress.text() == f"1 of {len(panel.lines)}"
    first = sheet.sections[0].lines[0]
    assert panel.name_label.text() == first.item.name
    assert panel.category_label.text() == "Personal Contacts"
    assert "OVERDUE" in panel.due_label.text()  # carried items come first, in words


def test_done_opens_the_note_dialog_and_moves_on(panel, qtbot, monkeypatch):
    fake_note(qtbot, monkeypatch)
    fid = panel.work_order()[0]
    qtbot.mouseClick(panel.done_button, Qt.MouseButton.LeftButton)
    assert FollowUp.get_by_id(fid).status == "done"
    assert Interaction.select().where(Interaction.notes == "Called, they will order").count()
    assert panel.index == 1
    assert panel.results == {fid: "done"}


def test_keys_reschedule_skip_and_go_back(panel, qtbot):
    order = panel.work_order()
    assert FollowUp.get_by_id(order[0]).due_date < TODAY  # carried over, overdue
    # The button says where "1" goes: an overdue item moves from today (Wed 25 Nov).
    assert tip_shown(panel.plus1_button) == (
        "Reschedule to Thu 26 Nov 2026\nIt is overdue, so it moves from today. (1)"
    )
    qtbot.keyClick(panel.done_button, Qt.Key.Key_1)
    moved = FollowUp.get_by_id(order[0])
    assert moved.due_date == date(2026, 11, 26)
    assert moved.reschedule_count == 1
    qtbot.keyClick(panel.done_button, Qt.Key.Key_S)
    assert panel.index == 2
    assert FollowUp.get_by_id(order[1]).status == "open"
    qtbot.keyClick(panel.done_button, Qt.Key.Key_Left)
    assert panel.index == 1
    qtbot.keyClick(panel.done_button, Qt.Key.Key_Left)
    assert panel.index == 0
    assert panel.status_label.text() == "You marked this rescheduled."
    assert panel.done_button.isEnabled()  # still open: it can be done now after all


def test_cancel_uses_the_shared_dialog_seam(panel, qtbot, monkeypatch):
    monkeypatch.setattr(
        followup_dialogs.CancelDialog, "ask", classmethod(lambda cls, *a: "lost the deal")
    )
    fid = panel.work_order()[0]
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    fu = FollowUp.get_by_id(fid)
    assert (fu.status, fu.status_reason) == ("cancelled", "lost the deal")
    assert panel.index == 1


def test_item_done_elsewhere_is_shown_and_cannot_be_acted_on(panel, qtbot):
    second = panel.work_order()[1]
    followups.cancel(second, "done on the phone")
    qtbot.mouseClick(panel.skip_button, Qt.MouseButton.LeftButton)
    assert panel.status_label.text() == "No longer open: it was cancelled meanwhile."
    assert not panel.done_button.isEnabled() and not panel.plus1_button.isEnabled()
    assert panel.skip_button.isEnabled()


def test_summary_at_the_end_and_esc_leaves(panel, qtbot):
    qtbot.keyClick(panel.done_button, Qt.Key.Key_1)
    for _ in range(len(panel.lines) - 1):
        qtbot.mouseClick(panel.skip_button, Qt.MouseButton.LeftButton)
    assert panel.pages.currentWidget() is panel.summary
    n = len(panel.lines)
    assert panel.summary.text().startswith(f"End of the list: 1 rescheduled, {n - 1} skipped.")
    with qtbot.waitSignal(panel.finished):
        qtbot.keyClick(panel.summary, Qt.Key.Key_Escape)


def test_week_navigation_restarts_the_walk(panel, qtbot):
    panel.start(WEEK.shifted(-3))
    assert panel.lines == []
    assert panel.summary.text() == "Nothing to work through in this week."
    panel.start(WEEK)
    assert panel.index == 0 and panel.lines


def test_agenda_mode_uses_the_windows_shared_actions_and_undo(store, qtbot, monkeypatch):
    from followup_desktop.ui.agenda.view import AgendaView
    from followup_desktop.ui.followups.actions import FollowUpActions

    fill_week(per_category=1)
    host = QWidget()
    qtbot.addWidget(host)
    host.undo_stack = QUndoStack(host)
    host.followup_actions = FollowUpActions(host, host.undo_stack)
    host.followup_actions.today = lambda: TODAY
    view = AgendaView(host, today=lambda: TODAY, actions=host.followup_actions)
    host.resize(1000, 600)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)
    qtbot.mouseClick(view.work_button, Qt.MouseButton.LeftButton)
    panel = view.work_panel
    assert view.modes.currentWidget() is panel
    assert panel.work_order() == load_sheet(WEEK, TODAY).work_order()
    fid = panel.work_order()[0]
    before = FollowUp.get_by_id(fid).due_date
    qtbot.waitUntil(panel.done_button.hasFocus)
    qtbot.keyClick(panel.done_button, Qt.Key.Key_W)  # next week, through the shared action
    assert FollowUp.get_by_id(fid).due_date == max(before, TODAY) + timedelta(days=7)
    assert host.undo_stack.count() == 1
    host.undo_stack.undo()
    assert FollowUp.get_by_id(fid).due_date == before
    qtbot.keyClick(panel.done_button, Qt.Key.Key_Escape)
    assert view.modes.currentIndex() == 0 and view.work_panel is None


def test_the_summary_counts_in_french(panel, qtbot):
    from followup_desktop import i18n

    i18n.set_language("fr")
    try:
        qtbot.keyClick(panel.done_button, Qt.Key.Key_1)
        for _ in range(len(panel.lines) - 1):
            qtbot.mouseClick(panel.skip_button, Qt.MouseButton.LeftButton)
        n = len(panel.lines)
        assert panel.summary.text().startswith(f"Fin de la liste : 1 reporté, {n - 1} passés.")
        assert "Échap" in panel.summary.text()
    finally:
        i18n.set_language("en")


def test_the_keys_hint_is_readable(panel):
    # secondary text that keeps WCAG AA on the window (a disabled label was 1.6:1)
    assert faint_labels(panel.host) == []


def test_the_later_buttons_describe_their_own_move_to_a_screen_reader(panel):
    """A screen reader reads a button's tooltip as its description: before a follow-up's
    day is worked out (when the tip is about to show), +2 days and Next week must not
    say what +1 day does."""
    from PySide6.QtGui import QAccessible

    def description(button) -> str:
        return QAccessible.queryAccessibleInterface(button).text(QAccessible.Text.Description)

    assert description(panel.plus1_button).startswith("Reschedule to the next working day")
    assert description(panel.plus2_button) == "(2)"
    assert description(panel.week_button) == "(W)"
    assert tip_shown(panel.plus2_button).startswith("Reschedule to ")  # the day, worked out
