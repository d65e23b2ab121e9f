"""What to say: the message of the follow-up's kind, Copy, Email (mailto:), the template."""

from datetime import date, datetime
from urllib.parse import parse_qs, urlsplit

from PySide6.QtCore import Qt

from followup_desktop.store import contacts, followups, notes
from followup_desktop.store import talking_points as tp_store
from followup_desktop.ui.followups import talking_points_dialog
from followup_desktop.ui.followups.actions import FollowUpActions
from followup_desktop.ui.followups.talking_points_dialog import TemplateEditor, WhatToSayDialog
from tests.lookups import category_by_name


def _setup(email="zoe@example.com"):
    cat = category_by_name("Prospects").id
    c = contacts.create_contact(first_name="Zoë", email=email, category=cat)
    notes.save_note(
        notes.NoteInput(
            c.id, "call", "reached", "Expansion to the Oslo office.\nMore later",
            no_next_step_reason="x", occurred_at=datetime(2026, 11, 2, 10),
        )
    )  # fmt: skip
    fu = followups.create_followup(c.id, date(2026, 12, 4), "the pricing decision", whose="theirs")
    return c, fu


def test_dialog_fills_the_promise_and_emails_a_draft(store, qtbot):
    c, fu = _setup()
    dialog = WhatToSayDialog(fu.id)
    qtbot.addWidget(dialog)
    assert dialog.kind.currentData() == "promised"
    assert dialog.subject.text() == "Following up on the pricing decision, Zoë"
    assert (
        "You said you'd let me know about the pricing decision by Friday 4 December."
        in dialog.body.toPlainText()
    )
    opened = []
    dialog.open_url = lambda url: opened.append(url) or True
    dialog.body.appendPlainText("PS: Grüße")
    qtbot.mouseClick(dialog.email_button, Qt.MouseButton.LeftButton)
    (url,) = opened
    parts = urlsplit(url.toString(url.ComponentFormattingOption.FullyEncoded))
    assert parts.scheme == "mailto" and parts.path == "zoe@example.com"
    query = parse_qs(parts.query)
    assert query["subject"] == ["Following up on the pricing decision, Zoë"]
    assert query["body"][0].startswith("Hi Zoë,\r\n\r\nYou said")
    assert query["body"][0].endswith("PS: Grüße")
    dialog.kind.setCurrentIndex(dialog.kind.findData("thank_you"))
    assert "I enjoyed talking about the expansion to the Oslo office" in dialog.body.toPlainText()
    dialog.show()
    dialog.grab().save("/tmp/issue-10/what_to_say.png")


def test_copy_and_no_email_address(store, qtbot, qapp):
    c, fu = _setup(email="")
    dialog = WhatToSayDialog(fu.id)
    qtbot.addWidget(dialog)
    assert not dialog.email_button.isEnabled()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    text = qapp.clipboard().text()
    assert text.startswith("Following up on the pricing decision, Zoë\n\nHi Zoë,")
    actions = FollowUpActions(dialog)
    assert actions.copy_what_to_say(fu.id) == text


def test_template_edits_are_kept_and_can_be_reset(store, qtbot, monkeypatch):
    c, fu = _setup()
    editor = TemplateEditor("promised")
    qtbot.addWidget(editor)
    editor.body.setPlainText("")
    assert not editor.save() and "empty" in editor.status.text()
    editor.subject.setText("Any news, {first_name}?")
    editor.body.setPlainText("Hi {first_name}, any news on {reason}? {nickname}")
    assert editor.save()
    assert tp_store.is_customised("promised")
    assert talking_points_dialog.message_for(fu.id) == (
        "Any news, Zoë?",
        "Hi Zoë, any news on the pricing decision? {nickname}",
    )
    again = TemplateEditor("promised")
    qtbot.addWidget(again)
    again.restore_default()
    assert again.save()
    assert not tp_store.is_customised("promised")  # the built-in one again, not a copy
    assert (
        talking_points_dialog.message_for(fu.id)[0] == "Following up on the pricing decision, Zoë"
    )


def test_the_dialog_says_where_the_words_came_from(store, qtbot):
    cat = category_by_name("Clients").id
    c = contacts.create_contact(first_name="Anna", email="anna@example.com", category=cat)
    notes.save_note(
        notes.NoteInput(
            c.id, "call", "no answer", "No answer, no voicemail",
            no_next_step_reason="x", occurred_at=datetime(2026, 11, 2, 10),
        )
    )  # fmt: skip
    fu = followups.create_followup(c.id, date(2026, 12, 4), "Thank-you note for the order")
    dialog = WhatToSayDialog(fu.id)
    qtbot.addWidget(dialog)
    assert dialog.kind.currentData() == "thank_you"
    # The broken sentence now reads as a salesperson would write it.
    assert dialog.body.toPlainText() == "Hi Anna,\n\nThank you for the order.\n\nBest regards"
    sources = dialog.sources.text()
    assert "thanks_for</b>: the order" in sources and "follow-up&#x27;s reason" in sources
    assert "last_topic</b>: <i>left out</i>" in sources and "says what happened" in sources


def test_the_template_editor_previews_live_and_names_an_unknown_slot(store, qtbot):
    c, fu = _setup()
    editor = TemplateEditor("promised", followup_id=fu.id)
    qtbot.addWidget(editor)
    assert "You said you'd let me know about the pricing decision" in editor.preview.toPlainText()
    editor.body.setPlainText("Hi {first_name}, {nickname} — any news on {topic}?")
    assert editor.preview.toPlainText().endswith(
        "Hi Zoë, {nickname} — any news on the pricing decision?"
    )
    assert editor.unknown.isVisibleTo(editor) and "{nickname}" in editor.unknown.text()
    editor.body.setPlainText("Hi {first_name}[, about {last_topic}|]!")
    assert editor.preview.toPlainText().endswith("Hi Zoë, about the expansion to the Oslo office!")
    assert not editor.unknown.isVisibleTo(editor)
