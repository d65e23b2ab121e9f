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


def _tab_stops(qtbot, host, first, back: bool = False) -> list:
    """The widgets Tab (Shift+Tab: ``back``) visits from ``first`` until it comes round
    to it again, one press each. A label is a stop only with one of its links chosen,
    for Enter to follow."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QLabel

    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)
    first.setFocus()
    visited = [first]
    key = Qt.Key.Key_Backtab if back else Qt.Key.Key_Tab
    shift = Qt.KeyboardModifier.ShiftModifier if back else Qt.KeyboardModifier.NoModifier
    for _step in range(30):
        qtbot.keyClick(QApplication.focusWidget(), key, shift)
        now = QApplication.focusWidget()
        if now is first:
            return visited
        assert not isinstance(now, QLabel) or now.selectedText(), "a label, no link chosen"
        visited.append(now)
    raise AssertionError(f"Tab never came back: {visited}")


def test_tab_in_the_pane_skips_the_timeline_lines_and_stops_on_its_link(store, qtbot):
    """Tab moves between what can be acted on (the pane's links and buttons), one press
    each, not onto the timeline's lines; "Show older entries…" is a link, and Tab
    reaches it. Shift+Tab leaves a value that is a link (it stayed on it for good)."""
    from PySide6.QtCore import Qt

    c = create_contact(
        first_name="Ada", email="ada@example.org", phone="+44 20 7946 0001",
        category=categories()[1].id,
    )  # fmt: skip
    followups.create_followup(c.id, TODAY + timedelta(days=2), "send the analysis")
    for day in range(3):
        note = notes.NoteInput(c.id, "call", "reached", f"call {day}", no_next_step_reason="x",
                               occurred_at=datetime.now() - timedelta(days=day + 1))  # fmt: skip
        notes.save_note(note)
    host = Host()
    qtbot.addWidget(host)
    pane = ContactPane(host)
    host.resize(420, 900)
    pane.resize(420, 900)
    step, line = install(pane, host.followup_actions)
    host.show()
    pane.show_contact(c.id)
    fields = pane.fields
    # The pane itself (arrows scroll it), then what can be acted on.
    acted_on = [pane, pane.edit_button, pane.archive_button, fields["email"], fields["phone"],
                step.done_button, step.menu_button, step.log_button, step.plan_button]  # fmt: skip
    assert _tab_stops(qtbot, host, pane) == acted_on
    # Shift+Tab goes back the same way: it used to stay on the phone number for good.
    assert _tab_stops(qtbot, host, pane, back=True) == [pane, *reversed(acted_on[1:])]

    # Older entries than the timeline shows: its link is the last stop, Enter follows it.
    for day in range(line.STEP):
        followups.cancel(followups.create_followup(c.id, TODAY, f"idea {day}").id, "no")
    line.reload()
    assert _tab_stops(qtbot, host, pane) == [*acted_on, line.body]
    assert "Show older entries" in line.body.text()
    step.plan_button.setFocus()
    qtbot.keyClick(step.plan_button, Qt.Key.Key_Tab)  # onto the timeline's link
    qtbot.keyClick(line.body, Qt.Key.Key_Return)
    assert line.limit == 2 * line.STEP
    assert "Show older entries" not in line.body.text()
    assert not line.body.focusPolicy() & Qt.FocusPolicy.TabFocus
