"""Issue 15 through the real note dialog: open steps are closed only as the user chose,
and "their move" shows (and stores) both dates of the promise."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt

from followup_desktop.store import agenda, followups
from followup_desktop.store.contacts import categories, create_contact
from followup_desktop.store.models import Contact, FollowUp, Interaction
from followup_desktop.ui.followups.code_combo import select_code
from followup_desktop.ui.followups.note_dialog import NoteDialog
from tests.lookups import select_rows

WEDNESDAY = date(2026, 12, 9)
FRIDAY = date(2026, 12, 11)
MONDAY = date(2026, 12, 14)


@pytest.fixture
def maria(store):
    return create_contact(first_name="Maria", last_name="Lopez", category=categories()[2].id)


def _dialog(qtbot, contact_id, followup_id=None, today=WEDNESDAY):
    dialog = NoteDialog(contact_id, followup_id, today=today)
    qtbot.addWidget(dialog)
    dialog.confirm_discard = lambda: True
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_reached_with_no_news_keeps_marias_promise_and_says_what_stays_open(qtbot, maria):
    promise = followups.create_followup(
        maria.id, FRIDAY, "decision on the pricing", whose="theirs", fallback_date=MONDAY
    )
    mine = followups.create_followup(maria.id, WEDNESDAY, "send the case study")
    dialog = _dialog(qtbot, maria.id)
    box = dialog.open_steps
    assert box.isVisible() and [s.id for s in box.steps] == [mine.id, promise.id]
    promise_line = box.labels[promise.id].text()
    assert "Their move" in promise_line and "you call Mon 14 Dec" in promise_line
    # Nothing is closed unless chosen: opened from no follow-up, both are kept.
    assert box.action(promise.id) == "keep" and box.action(mine.id) == "keep"

    select_code(dialog.outcome, "reached")
    # An answer proposes that their promise was kept; it does not decide.
    assert box.hints[promise.id].isVisible()
    assert "Done by this interaction" in box.hints[promise.id].text()
    assert box.action(promise.id) == "keep"
    qtbot.keyClicks(dialog.notes_edit, "no news on the pricing decision yet")
    dialog.reason.clear()
    qtbot.keyClicks(dialog.reason, "send the revised pricing")
    # Two next steps are said out loud before saving.
    assert "will have 3 open steps" in box.summary.text()
    assert "decision on the pricing" in box.summary.text()
    # The user decides: the case study is replaced by the new step, the promise stays.
    box.set_action(mine.id, "replace")
    assert "will have 2 open steps" in box.summary.text()
    assert dialog.try_save()

    kept = FollowUp.get_by_id(promise.id)
    assert kept.status == "open" and kept.fallback_date == MONDAY
    replaced = FollowUp.get_by_id(mine.id)
    assert replaced.status == "cancelled"
    assert replaced.status_reason == "Replaced by: send the revised pricing"
    assert Interaction.get().notes == "no news on the pricing decision yet"
    (theirs,) = agenda.rows("theirs", WEDNESDAY)
    assert theirs.followup_id == promise.id and theirs.act_on == MONDAY


def test_nothing_new_keeps_the_open_steps_as_the_next_step(qtbot, maria):
    promise = followups.create_followup(maria.id, FRIDAY, "decision", whose="theirs")
    dialog = _dialog(qtbot, maria.id)
    select_code(dialog.outcome, "reached")
    assert dialog.keep_radio.isVisible()
    qtbot.mouseClick(dialog.keep_radio, Qt.MouseButton.LeftButton)
    assert dialog.save_button.isEnabled()
    # Choosing "Done" for the only open step leaves nothing to keep: the choice goes.
    dialog.open_steps.set_action(promise.id, "done")
    assert not dialog.keep_radio.isVisible() and dialog.plan_radio.isChecked()
    dialog.open_steps.set_action(promise.id, "keep")
    qtbot.mouseClick(dialog.keep_radio, Qt.MouseButton.LeftButton)
    assert dialog.try_save()
    assert FollowUp.get_by_id(promise.id).status == "open"
    assert Contact.get_by_id(maria.id).next_due == FRIDAY


def test_opened_from_a_follow_up_it_is_done_by_default_and_others_kept(qtbot, maria):
    promise = followups.create_followup(maria.id, FRIDAY, "decision", whose="theirs")
    mine = followups.create_followup(maria.id, WEDNESDAY, "call Maria")
    dialog = _dialog(qtbot, maria.id, mine.id)
    assert dialog.open_steps.action(mine.id) == "done"
    assert dialog.open_steps.action(promise.id) == "keep"
    select_code(dialog.outcome, "replied")
    dialog.open_steps.set_action(promise.id, "done")  # the user says they got back
    qtbot.keyClicks(dialog.reason, "send the contract")
    assert dialog.try_save()
    assert FollowUp.get_by_id(mine.id).status == "done"
    assert FollowUp.get_by_id(promise.id).status == "done"


def test_their_move_shows_both_dates_and_stores_the_fallback_shown(qtbot, maria):
    dialog = _dialog(qtbot, maria.id)
    qtbot.keyClicks(dialog.reason, "decision on the pricing")
    qtbot.mouseClick(dialog.theirs, Qt.MouseButton.LeftButton)
    assert dialog.promise.isVisible()
    qtbot.keyClicks(dialog.due.text, "friday")
    assert dialog.promise.promise() == FRIDAY
    assert dialog.promise.fallback() == MONDAY  # the next working day, shown
    words = " ".join(w.text() for w in dialog.promise.findChildren(type(dialog.status)))
    assert "They get back to me by" in words and "I call on" in words
    dialog.promise.fallback_edit.setDate(QDate(2026, 12, 15))  # the user prefers Tuesday
    dialog.due.text.clear()
    qtbot.keyClicks(dialog.due.text, "thursday")  # the promise moves; the chosen call stays
    assert dialog.promise.fallback() == date(2026, 12, 15)
    assert dialog.try_save()
    fu = FollowUp.get()
    assert (fu.whose, fu.due_date, fu.fallback_date) == (
        "theirs",
        date(2026, 12, 10),
        date(2026, 12, 15),
    )
    (row,) = agenda.rows("theirs", WEDNESDAY)
    assert row.act_on == date(2026, 12, 15)


def test_a_fallback_before_the_promise_is_refused_with_a_message(qtbot, maria):
    dialog = _dialog(qtbot, maria.id)
    qtbot.keyClicks(dialog.reason, "decision")
    qtbot.mouseClick(dialog.theirs, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.due.text, "friday")
    dialog.promise.fallback_edit.setDate(QDate(2026, 12, 10))
    assert not dialog.save_button.isEnabled()
    assert "must be after the day they promised" in dialog.status.text()
    assert "must be after" in dialog.promise.note.text()
    assert not dialog.try_save()
    assert FollowUp.select().count() == 0


def test_a_fallback_on_a_weekend_is_allowed_with_a_note(qtbot, maria):
    dialog = _dialog(qtbot, maria.id)
    qtbot.keyClicks(dialog.reason, "decision")
    qtbot.mouseClick(dialog.theirs, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.due.text, "friday")
    dialog.promise.fallback_edit.setDate(QDate(2026, 12, 12))
    assert "not a working day" in dialog.promise.note.text()
    assert dialog.save_button.isEnabled()
    assert dialog.try_save()
    assert FollowUp.get().fallback_date == date(2026, 12, 12)


def test_a_promise_in_the_past_asks_first(qtbot, maria):
    dialog = _dialog(qtbot, maria.id)
    asked = []
    dialog.confirm_past_promise = lambda day: asked.append(day) or False
    qtbot.keyClicks(dialog.reason, "decision")
    qtbot.mouseClick(dialog.theirs, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.due.text, "yesterday")
    assert "you will be asked" in dialog.status.text()
    assert not dialog.try_save()
    assert asked == [WEDNESDAY - timedelta(days=1)]
    assert "Not saved" in dialog.status.text() and FollowUp.select().count() == 0
    dialog.confirm_past_promise = lambda day: True
    assert dialog.try_save()
    assert FollowUp.get().due_date == WEDNESDAY - timedelta(days=1)


def test_marias_promise_reads_the_same_in_the_agenda_calendar_printed_list_and_ics(qtbot, maria):
    """Saved through the dialog, her promise has one status everywhere (issue 15)."""
    from followup_desktop.domain.jogger import week_of
    from followup_desktop.exchange.ics_event import description_for
    from followup_desktop.store import calendar, ics_state, jogger
    from followup_desktop.ui.agenda.model import AgendaModel
    from followup_desktop.ui.calendar.style import item_tooltip

    dialog = _dialog(qtbot, maria.id)
    qtbot.keyClicks(dialog.reason, "decision on the pricing")
    qtbot.mouseClick(dialog.theirs, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.due.text, "friday")
    assert dialog.try_save()
    saturday = date(2026, 12, 12)  # lapsed, the call is on Monday: not overdue anywhere
    words = "No word since Fri 11 Dec; you call Mon 14 Dec"

    model = AgendaModel()
    model.load("theirs", saturday)
    due = model.index(0, 4)  # the cell's short form, the whole sentence in its tooltip
    assert due.data() == "No word · you call Mon 14 Dec"
    assert due.data(Qt.ItemDataRole.ToolTipRole) == words
    month = calendar.load_range(date(2026, 11, 30), date(2027, 1, 3), today=saturday)
    (item,) = month.day_items(FRIDAY)
    assert words in item_tooltip(item, saturday, "Prospects") and not item.is_overdue(saturday)
    sheet = jogger.load_sheet(week_of(FRIDAY), saturday)
    (line,) = [ln for s in sheet.sections for ln in s.lines]
    assert line.due_text == words
    (row,) = select_rows(ics_state.Scope())
    assert "They get back by Fri 11 Dec; you call Mon 14 Dec if not" in description_for(row)
    assert agenda.counts(saturday)["overdue"] == 0 == month.overdue_count(saturday)
    assert sheet.overdue_count == 0
    tuesday = date(2026, 12, 15)
    month = calendar.load_range(date(2026, 11, 30), date(2027, 1, 3), today=tuesday)
    assert agenda.counts(tuesday)["overdue"] == 1 == month.overdue_count(tuesday)
    assert jogger.load_sheet(week_of(tuesday), tuesday).overdue_count == 1
