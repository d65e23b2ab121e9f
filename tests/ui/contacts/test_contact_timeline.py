from datetime import date, datetime, timedelta

from followup_desktop.store import followups, notes
from followup_desktop.store.contacts import categories, create_contact
from followup_desktop.ui.contacts.pane import ContactPane
from followup_desktop.ui.contacts.timeline import install
from tests.ui.hosts import Host

TODAY = date.today()


def test_pane_shows_next_step_and_timeline(store, qtbot, tmp_path):
    c = create_contact(first_name="Ada", last_name="Lovelace", category=categories()[1].id)
    notes.save_note(
        notes.NoteInput(
            c.id,
            "meeting",
            "met",
            "Lunch at the fair\nmore",
            no_next_step_reason="x",
            occurred_at=datetime.now() - timedelta(days=3),
        )
    )
    old = followups.create_followup(c.id, TODAY - timedelta(days=10), "old idea")
    followups.cancel(old.id, "they hired someone")
    fu = followups.create_followup(c.id, TODAY - timedelta(days=2), "send the analysis")
    host = Host()
    qtbot.addWidget(host)
    pane = ContactPane(host)
    host.resize(420, 700)
    pane.resize(420, 700)
    step, line = install(pane, host.followup_actions)
    host.show()
    pane.show_contact(c.id)
    assert step.headline.text() == "send the analysis"
    assert "2 days overdue" in step.when.text()
    body = line.body.text()
    assert "Planned:</b> send the analysis" in body
    assert "meeting, met \u2014 Lunch at the fair" in body
    assert "Cancelled: old idea \u2014 they hired someone" in body
    pane.grab().save(str(tmp_path / "pane.png"))

    # Another view completes it: the pane follows.
    host.followup_actions.cancel(fu.id, "not needed")
    qtbot.waitUntil(lambda: step.headline.text() == "No next step")
    host.undo_stack.undo()
    qtbot.waitUntil(lambda: step.headline.text() == "send the analysis")
