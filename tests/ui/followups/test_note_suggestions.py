"""Outcomes pre-fill the next step in the note dialog; nothing is forced."""

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from followup_desktop.domain.outcomes import add_working_days
from followup_desktop.store import followups, notes
from followup_desktop.store.contacts import categories, create_contact
from followup_desktop.store.models import FollowUp
from followup_desktop.ui.followups.actions import FollowUpActions
from followup_desktop.ui.followups.code_combo import select_code
from followup_desktop.ui.followups.note_dialog import NoteDialog

TODAY = date.today()
RETRY = add_working_days(TODAY, 2)


@pytest.fixture
def contact(store):
    return create_contact(first_name="Grace", phone="555", category=categories()[1].id)


def _dialog(qtbot, contact_id, followup_id=None):
    dialog = NoteDialog(contact_id, followup_id, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.confirm_discard = lambda: True
    dialog.show()
    return dialog


def _log(contact_id, outcome, days_ago):
    notes.save_note(
        notes.NoteInput(
            contact_id, "call", outcome, no_next_step_reason="x",
            occurred_at=datetime.now() - timedelta(days=days_ago),
        )
    )  # fmt: skip


def test_no_answer_prefills_a_retry_and_saves_it(qtbot, contact):
    fu = followups.create_followup(contact.id, TODAY, "Send pricing")
    dialog = _dialog(qtbot, contact.id, fu.id)
    assert dialog.reason.text() == "" and dialog.suggester.hint.isHidden()
    select_code(dialog.outcome, "no answer")
    assert dialog.reason.text() == "Call again: Send pricing"
    assert dialog.due.value() == RETRY and dialog.step_channel.currentData() == "call"
    assert "retry in 2 working days" in dialog.suggester.hint.text()
    dialog.grab().save("/tmp/issue-10/note_suggestion.png")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    new = FollowUp.get(FollowUp.status == "open")
    assert (new.reason, new.due_date) == ("Call again: Send pricing", RETRY)


def test_an_answer_takes_the_prefill_back(qtbot, contact):
    dialog = _dialog(qtbot, contact.id)
    default_due = dialog.due.value()
    select_code(dialog.outcome, "left message")
    assert dialog.reason.text() == "Follow up on my message"
    select_code(dialog.outcome, "replied")
    assert dialog.reason.text() == "" and dialog.due.value() == default_due
    assert dialog.suggester.hint.isHidden()


def test_what_the_user_typed_is_never_overwritten(qtbot, contact):
    dialog = _dialog(qtbot, contact.id)
    qtbot.keyClicks(dialog.reason, "Lunch next week")
    select_code(dialog.outcome, "no answer")
    assert dialog.reason.text() == "Lunch next week"
    assert dialog.due.value() == RETRY  # the untouched date still follows the suggestion
    dialog.due.set_date(TODAY + timedelta(days=20))
    select_code(dialog.outcome, "replied")
    select_code(dialog.outcome, "no answer")
    assert dialog.reason.text() == "Lunch next week"
    assert dialog.due.value() == TODAY + timedelta(days=20)


def test_third_unanswered_attempt_suggests_email(qtbot, contact):
    _log(contact.id, "replied", 9)
    _log(contact.id, "no answer", 5)
    _log(contact.id, "left message", 3)
    dialog = _dialog(qtbot, contact.id)
    select_code(dialog.outcome, "no answer")
    assert dialog.step_channel.currentData() == "email"
    assert dialog.reason.text() == "Try by e-mail instead"
    assert "3 unanswered attempts in a row" in dialog.suggester.hint.text()


def test_a_reply_resets_the_attempt_count(qtbot, contact):
    _log(contact.id, "no answer", 6)
    _log(contact.id, "no answer", 5)
    dialog = _dialog(qtbot, contact.id)
    select_code(dialog.outcome, "replied")
    assert "after 2 unanswered attempts" in dialog.suggester.hint.text()
    dialog.reject()
    _log(contact.id, "replied", 3)
    dialog = _dialog(qtbot, contact.id)
    select_code(dialog.outcome, "no answer")
    assert dialog.step_channel.currentData() == "call"
    assert "1st unanswered attempt" in dialog.suggester.hint.text()


def test_first_meeting_with_a_referred_contact_offers_thanking_the_referrer(
    qtbot, store, monkeypatch, tmp_path
):
    cat = categories()[1].id
    grace = create_contact(first_name="Grace", phone="555", category=cat)
    anna = create_contact(first_name="Anna", category=cat, referred_by=grace.id)
    host = QWidget()
    qtbot.addWidget(host)
    actions = FollowUpActions(host, QUndoStack(host))
    actions.today = lambda: TODAY
    shown = []

    def fake_ask(parent, contact_id, followup_id=None, *, save, today):
        dialog = NoteDialog(contact_id, followup_id, save=save, today=today, parent=parent)
        qtbot.addWidget(dialog)
        dialog.show()
        box = dialog.referral_offer
        assert box.isHidden()
        select_code(dialog.outcome, "met")
        assert box.isVisible() and box.isChecked() and "Thank Grace" in box.text()
        assert dialog.grab().save(str(tmp_path / "thank_referrer.png"))
        qtbot.keyClicks(dialog.reason, "Send the proposal")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        shown.append(dialog)
        return dialog.note_result()

    monkeypatch.setattr(NoteDialog, "ask", fake_ask)
    assert actions.log_interaction(anna.id) is not None
    assert shown[0].note_result().thank_referrer.referrer_id == grace.id
    thanks = FollowUp.get(FollowUp.contact == grace.id)
    assert thanks.reason == "Thank them for the referral: Anna"
    # Today, or the next working day when today is a weekend (never a Sunday).
    assert thanks.due_date == _working_day_on_or_after(TODAY)
    assert thanks.channel == "call"  # Grace has a phone number
    # The thank-you is its own undo step, after the note's.
    assert actions.undo_stack.count() == 2
    actions.undo_stack.undo()
    assert not FollowUp.select().where(FollowUp.contact == grace.id).exists()
    # A second meeting offers nothing.
    again = _dialog(qtbot, anna.id)
    select_code(again.outcome, "met")
    assert again.referral_offer.isHidden()


def test_unticking_the_offer_thanks_nobody(qtbot, store):
    cat = categories()[1].id
    grace = create_contact(first_name="Grace", category=cat)
    anna = create_contact(first_name="Anna", category=cat, referred_by=grace.id)
    dialog = _dialog(qtbot, anna.id)
    select_code(dialog.outcome, "met")
    qtbot.mouseClick(dialog.referral_offer, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.reason, "Send the proposal")
    assert dialog.try_save()
    assert dialog.note_result().thank_referrer is None
    assert not FollowUp.select().where(FollowUp.contact == grace.id).exists()


def test_no_offer_without_a_referrer(qtbot, contact):
    dialog = _dialog(qtbot, contact.id)
    select_code(dialog.outcome, "met")
    assert dialog.referral_offer.isHidden()


def _working_day_on_or_after(day: date) -> date:
    """Monday to Friday (the default working week): a weekend day moves to Monday."""
    return day + timedelta(days=7 - day.weekday()) if day.weekday() >= 5 else day
