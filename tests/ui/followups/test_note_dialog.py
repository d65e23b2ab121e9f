from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from followup_desktop.store import followups, notes
from followup_desktop.store.contacts import categories, create_contact
from followup_desktop.store.models import Contact, FollowUp, Interaction
from followup_desktop.ui.followups.code_combo import select_code
from followup_desktop.ui.followups.note_dialog import NoteDialog

TODAY = date.today()


@pytest.fixture
def contact(store):
    return create_contact(
        first_name="Grace",
        last_name="Hopper",
        company="Navy",
        email="grace@example.org",
        phone="+1 555 0100",
        category=categories()[1].id,
    )


def _dialog(qtbot, contact_id, followup_id=None):
    dialog = NoteDialog(contact_id, followup_id, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.confirm_discard = lambda: True  # closing at teardown must not ask
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_typing_a_note_and_next_step_saves_both(qtbot, contact):
    dialog = _dialog(qtbot, contact.id)
    select_code(dialog.outcome, "left message")
    dialog.reason.clear()  # the suggested retry is only a pre-fill
    qtbot.keyClicks(dialog.notes_edit, "Asked about volume pricing.")
    qtbot.keyClick(dialog.notes_edit, Qt.Key.Key_Return)  # a new line, not a save
    qtbot.keyClicks(dialog.notes_edit, "Call back.")
    assert not dialog.save_button.isEnabled()
    assert "Required" in dialog.reason_hint.text()
    qtbot.keyClicks(dialog.reason, "send revised pricing")
    qtbot.keyClicks(dialog.due.text, "in 10 days 2pm")
    assert "Understood" in dialog.due.understood.text()
    assert dialog.save_button.isEnabled()
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)  # Enter saves
    assert dialog.result() == dialog.DialogCode.Accepted
    inter = Interaction.get()
    assert inter.notes == "Asked about volume pricing.\nCall back."
    assert inter.outcome == "left message"
    fu = FollowUp.get()
    assert fu.reason == "send revised pricing"
    assert fu.due_date == TODAY + timedelta(days=10)
    assert (fu.due_time.hour, fu.due_time.minute) == (14, 0)
    assert fu.from_interaction_id == inter.id and fu.whose == "mine"
    assert Contact.get_by_id(contact.id).next_due == TODAY + timedelta(days=10)


def test_unparseable_date_is_marked_and_nothing_is_saved(qtbot, contact):
    dialog = _dialog(qtbot, contact.id)
    qtbot.keyClicks(dialog.reason, "call")
    qtbot.keyClicks(dialog.due.text, "sometime soonish")
    assert "Not understood" in dialog.due.understood.text()
    assert not dialog.save_button.isEnabled()
    assert not dialog.try_save()
    dialog.due.text.clear()
    qtbot.keyClicks(dialog.due.text, "dec 3 2150")
    assert "out of range" in dialog.due.understood.text()
    assert not dialog.save_button.isEnabled()
    assert Interaction.select().count() == 0 and FollowUp.select().count() == 0


def test_quick_pick_and_past_date_warning(qtbot, contact):
    dialog = _dialog(qtbot, contact.id)
    qtbot.mouseClick(dialog.due.pick_buttons["2weeks"], Qt.MouseButton.LeftButton)
    # Two weeks on, or the next working day after it when that is a weekend.
    two_weeks = TODAY + timedelta(days=14)
    assert dialog.due.value() == _working_day_on_or_after(two_weeks)
    qtbot.keyClicks(dialog.due.text, "yesterday")
    qtbot.keyClicks(dialog.reason, "late one")
    assert "in the past" in dialog.status.text()
    assert dialog.save_button.isEnabled()  # a warning, not a block
    assert dialog.try_save()
    assert FollowUp.get().due_date == TODAY - timedelta(days=1)


def test_no_next_step_needs_a_reason(qtbot, contact):
    dialog = _dialog(qtbot, contact.id)
    qtbot.mouseClick(dialog.none_radio, Qt.MouseButton.LeftButton)
    assert not dialog.save_button.isEnabled()
    assert "Say why" in dialog.status.text()
    qtbot.keyClicks(dialog.no_step_reason, "bought elsewhere, confirmed by phone")
    qtbot.keyClick(dialog.no_step_reason, Qt.Key.Key_Return)
    assert FollowUp.select().count() == 0
    assert Interaction.get().no_next_step_reason == "bought elsewhere, confirmed by phone"
    assert Contact.get_by_id(contact.id).no_next_step_reason.startswith("bought elsewhere")


def test_opened_from_a_followup_shows_context_and_completes_it(qtbot, contact):
    notes.save_note(
        notes.NoteInput(
            contact.id,
            "email",
            "no answer",
            "Sent the brochure\nsecond line",
            no_next_step_reason="x",
            occurred_at=datetime(2026, 1, 5, 9),
        )
    )
    fu = followups.create_followup(contact.id, TODAY, "ask about the brochure", channel="email")
    dialog = _dialog(qtbot, contact.id, fu.id)
    texts = " ".join(lbl.text() for lbl in dialog.findChildren(type(dialog.status)))
    assert "ask about the brochure" in texts and "Sent the brochure" in texts
    assert dialog.channel.currentData() == "email"
    qtbot.keyClicks(dialog.reason, "meeting prep")
    qtbot.mouseClick(dialog.due.pick_buttons["tomorrow"], Qt.MouseButton.LeftButton)
    assert dialog.try_save()
    done = FollowUp.get_by_id(fu.id)
    assert done.status == "done" and done.completed_by_id == dialog.saved.interaction_id


def test_politeness_warns_on_a_third_attempt(qtbot, contact):
    for days_ago in (3, 1):
        notes.save_note(
            notes.NoteInput(
                contact.id,
                "call",
                "no answer",
                no_next_step_reason="x",
                occurred_at=datetime.combine(TODAY - timedelta(days_ago), datetime.min.time()),
            )
        )
    dialog = _dialog(qtbot, contact.id)
    select_code(dialog.outcome, "left message")
    qtbot.mouseClick(dialog.due.pick_buttons["tomorrow"], Qt.MouseButton.LeftButton)
    text = dialog.politeness.text()
    assert "3 times in the last 14 days" in text and "3 attempts" in text
    assert "attempt within a week" in text
    qtbot.mouseClick(dialog.due.pick_buttons["2weeks"], Qt.MouseButton.LeftButton)
    assert "within a week" not in dialog.politeness.text()


def test_escape_asks_before_discarding_typed_notes(qtbot, contact, monkeypatch):
    dialog = _dialog(qtbot, contact.id)
    dialog.show()
    qtbot.keyClicks(dialog.notes_edit, "Important detail")
    asked = []
    monkeypatch.setattr(dialog, "confirm_discard", lambda: asked.append(1) or False)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()
    monkeypatch.setattr(dialog, "confirm_discard", lambda: True)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert Interaction.select().count() == 0


def test_a_store_error_keeps_the_dialog_open_with_the_text(qtbot, contact):
    from followup_desktop.store.errors import DatabaseLockedError

    def failing(_note):
        raise DatabaseLockedError("The database is locked by another program.")

    dialog = NoteDialog(contact.id, save=failing, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.confirm_discard = lambda: True
    qtbot.keyClicks(dialog.notes_edit, "keep me")
    qtbot.keyClicks(dialog.reason, "r")
    assert not dialog.try_save()
    assert "locked" in dialog.status.text()
    assert dialog.notes_edit.toPlainText() == "keep me"


def test_render_note_dialog(qtbot, contact, tmp_path):
    fu = followups.create_followup(contact.id, TODAY - timedelta(days=2), "send the quote")
    dialog = _dialog(qtbot, contact.id, fu.id)
    qtbot.keyClicks(dialog.notes_edit, "Quote accepted in principle.")
    qtbot.keyClicks(dialog.due.text, "next tue 10am")
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.grab().isNull()
    dialog.grab().save(str(tmp_path / "note_dialog.png"))


def _working_day_on_or_after(day: date) -> date:
    """Monday to Friday (the default working week): a weekend day moves to Monday."""
    return day + timedelta(days=7 - day.weekday()) if day.weekday() >= 5 else day


def test_the_typed_date_is_one_tab_after_the_reason(qtbot, store):
    from followup_desktop.store import contacts as contact_store

    cat = contact_store.categories()[0].id
    c = contact_store.create_contact(first_name="Tab", category=cat)
    dialog = NoteDialog(c.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.reason.setFocus()
    qtbot.waitUntil(dialog.reason.hasFocus)
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Tab)
    assert dialog.due.text.hasFocus()


def test_ctrl_enter_in_the_notes_saves_at_the_minute_shown(qtbot, contact):
    dialog = _dialog(qtbot, contact.id)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(dialog.notes_edit, "Talked about the renewal.")
    qtbot.keyClicks(dialog.reason, "send the renewal offer")
    qtbot.keyClicks(dialog.due.text, "in 3 days")
    dialog.notes_edit.setFocus()
    qtbot.keyClick(dialog.notes_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == dialog.DialogCode.Accepted
    shown = dialog.when.dateTime()
    occurred = Interaction.get().occurred_at
    assert (occurred.second, occurred.microsecond) == (0, 0)
    assert (occurred.hour, occurred.minute) == (shown.time().hour(), shown.time().minute())
    assert occurred.date() == TODAY
