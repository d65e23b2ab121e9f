"""File → Export to calendar…: what the user picks, what the file holds, what is remembered."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from followup_desktop.store import contacts, followups, ics_state
from followup_desktop.ui.followups.menus import followup_menu
from followup_desktop.ui.import_export import ics_export_dialog as dlg
from followup_desktop.ui.shell.main_window import MainWindow
from tests.exchange.ics_checks import check_ics
from tests.ui.palettes import SCHEME_IDS, SCHEMES, app_palette, faint_labels

TODAY = date(2024, 3, 11)  # a Monday


@pytest.fixture
def data(store, qsettings, monkeypatch, tmp_path):
    monkeypatch.setenv("TZ", "Europe/Berlin")
    monkeypatch.setattr(dlg, "_documents", lambda: tmp_path)
    cats = {c.name: c.id for c in contacts.categories()}
    ann = contacts.create_contact(first_name="Ann", last_name="Lee", category=cats["Clients"])
    bob = contacts.create_contact(first_name="Bob", category=cats["Prospects"])
    return {
        "soon": followups.create_followup(
            ann.id, TODAY + timedelta(days=2), "Call", due_time=time(9)
        ),
        "theirs": followups.create_followup(
            bob.id, TODAY + timedelta(days=5), "Wait", whose="theirs"
        ),
        "later": followups.create_followup(ann.id, TODAY + timedelta(days=19), "Later"),
        "next_month": followups.create_followup(bob.id, date(2024, 4, 20), "April"),
    }


@pytest.fixture
def messages(monkeypatch):
    seen = []
    monkeypatch.setattr(
        dlg, "show_message", lambda p, title, text, error=False: seen.append((title, text, error))
    )
    return seen


def open_dialog(qtbot):
    d = dlg.IcsExportDialog(None, today=TODAY)
    qtbot.addWidget(d)
    d.show()
    return d


def choose_scope(d, key):
    d.scope_combo.setCurrentIndex(d.scope_combo.findData(key))


def test_scope_choices_update_the_count(data, qtbot):
    d = open_dialog(qtbot)
    assert not d.changed_only.isChecked()  # nothing exported yet
    assert d.scope_combo.currentData() == "next2weeks"
    assert d.count_label.text() == "2 events will be written."
    choose_scope(d, "month")
    assert d.count_label.text() == "3 events will be written."
    choose_scope(d, "open")
    assert d.count_label.text() == "4 events will be written."
    d.whose_combo.setCurrentIndex(d.whose_combo.findData("theirs"))
    assert d.count_label.text() == "1 event will be written."
    d.whose_combo.setCurrentIndex(0)
    clients = d.categories.findItems("Clients", Qt.MatchFlag.MatchExactly)[0]
    clients.setCheckState(Qt.CheckState.Unchecked)
    assert d.count_label.text() == "2 events will be written."
    choose_scope(d, "custom")
    assert d.from_edit.isEnabled()
    d.from_edit.setDate(QDate(2024, 4, 1))
    d.to_edit.setDate(QDate(2024, 3, 1))
    assert "before the start" in d.count_label.text() and not d.export_button.isEnabled()
    d.to_edit.setDate(QDate(2024, 4, 30))
    assert d.count_label.text() == "1 event will be written."


def test_export_writes_the_file_and_next_time_defaults_to_changed_only(
    data, qtbot, tmp_path, messages
):
    d = open_dialog(qtbot)
    d.reminders.setChecked(True)
    d.separate.setChecked(True)
    d.calendar_name.setText("Sales follow-ups")
    assert d.length_spin.value() == 15
    d.length_spin.setValue(30)
    d.path_edit.setText(str(tmp_path / "mine"))
    with qtbot.waitSignal(d.accepted, timeout=10000):
        qtbot.mouseClick(d.export_button, Qt.MouseButton.LeftButton)
    assert d.result() == d.DialogCode.Accepted
    out = tmp_path / "mine.ics"
    raw = out.read_bytes()
    events, _ = check_ics(raw)
    assert [str(e["UID"]) for e in events] == [data["soon"].uid, data["theirs"].uid]
    assert b"X-WR-CALNAME:Sales follow-ups\r\n" in raw and b"BEGIN:VALARM" in raw
    assert events[0]["DTEND"].dt - events[0]["DTSTART"].dt == timedelta(minutes=30)
    assert d.result_choice.count == 2 and d.result_choice.path == out
    assert ics_state.last_export_at() is not None

    again = open_dialog(qtbot)
    assert again.changed_only.isChecked()
    assert again.reminders.isChecked() and again.calendar_name.text() == "Sales follow-ups"
    assert again.length_spin.value() == 30  # shared with the CLI through the database
    assert "nothing to export" in again.count_label.text()
    assert not again.export_button.isEnabled()
    # Reminders on or off change what every exported event says: both count as changed.
    again.reminders.setChecked(False)
    assert again.count_label.text() == "2 events will be written."
    again.reminders.setChecked(True)
    assert "nothing to export" in again.count_label.text()
    followups.reschedule(data["soon"].id, TODAY + timedelta(days=3))
    again.refresh()
    assert again.count_label.text() == "1 event will be written."
    followups.cancel(data["theirs"].id, "not needed")
    again.refresh()
    assert again.count_label.text() == (
        "2 events will be written, 1 of them to withdraw follow-ups that are done, "
        "cancelled, deleted, archived or no longer in scope."
    )


def test_failed_write_keeps_the_dialog_open_and_remembers_nothing(data, qtbot, tmp_path, messages):
    d = open_dialog(qtbot)
    d.path_edit.setText(str(tmp_path / "no such folder" / "x.ics"))
    d.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: d.task is None and bool(messages), timeout=10000)
    assert d.isVisible() and d.result_choice is None
    assert d.export_button.isEnabled() and d.path_edit.isEnabled()
    assert messages == [
        (
            "The calendar file was not written",
            f"The folder {tmp_path / 'no such folder'} does not exist. Choose an existing folder.",
            True,
        )
    ]
    assert ics_state.last_export_at() is None
    assert d.path_edit.text().endswith("x.ics")  # what the user typed is still there


def test_cancel_while_writing_writes_nothing(data, qtbot, tmp_path, messages, monkeypatch):
    from followup_desktop.exchange import ics_export

    d = open_dialog(qtbot)
    d.path_edit.setText(str(tmp_path / "c.ics"))
    real = ics_export.plan_export

    def slow_plan(*args, **kw):
        d.task.cancel()  # the user presses Cancel while events are being built
        return real(*args, **kw)

    monkeypatch.setattr(ics_export, "plan_export", slow_plan)
    d.accept()
    qtbot.waitUntil(lambda: d.task is None, timeout=10000)
    assert d.isVisible() and d.count_label.text() == "Export cancelled: no file was written."
    assert not (tmp_path / "c.ics").exists() and ics_state.last_export_at() is None
    assert messages == []


def test_browse_uses_the_save_dialog_seam(data, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(dlg, "ask_save_path", lambda parent, suggested: str(tmp_path / "cal"))
    d = open_dialog(qtbot)
    d.browse()
    assert d.path_edit.text() == str(tmp_path / "cal.ics")


def test_add_one_follow_up_to_the_calendar(data, qtbot, tmp_path, monkeypatch, messages):
    monkeypatch.setattr(dlg, "ask_save_path", lambda parent, suggested: str(tmp_path / "one.ics"))
    path = dlg.add_to_calendar(None, data["later"].id)
    events, _ = check_ics(path.read_bytes())
    assert [str(e["UID"]) for e in events] == [data["later"].uid]
    assert messages[-1][2] is False and "Wrote 1 event to" in messages[-1][1]
    assert ics_state.last_export_at() is None  # one event does not count as "the last export"
    assert ics_state.ledger_entries([data["later"].uid])[data["later"].uid].sequence == 0


def test_add_to_calendar_on_a_closed_follow_up_withdraws_it(
    data, qtbot, tmp_path, monkeypatch, messages
):
    from PySide6.QtWidgets import QWidget

    from followup_desktop.ui.followups.actions import FollowUpActions

    target = iter([tmp_path / "one.ics", tmp_path / "gone.ics"])
    monkeypatch.setattr(dlg, "ask_save_path", lambda parent, suggested: str(next(target)))
    later = data["later"]
    dlg.add_to_calendar(None, later.id)
    followups.cancel(later.id, "They bought elsewhere")
    host = QWidget()
    qtbot.addWidget(host)
    menu = followup_menu(FollowUpActions(host), later.id)
    texts = [a.text() for a in menu.actions()]
    assert "Add to cale&ndar (.ics)\u2026" not in texts
    remove = next(a for a in menu.actions() if a.text() == "Remove from cale&ndar (.ics)\u2026")
    assert remove.isEnabled() and "cancelled" in remove.toolTip()
    remove.trigger()
    [event], _ = check_ics((tmp_path / "gone.ics").read_bytes())
    assert str(event["UID"]) == later.uid and str(event["STATUS"]) == "CANCELLED"
    assert int(event["SEQUENCE"]) == 1 and str(event["TRANSP"]) == "TRANSPARENT"
    assert str(event["SUMMARY"]) == "Cancelled: Ann Lee – Later"
    # Never exported and closed: nothing to add, and the menu says why.
    followups.cancel(data["soon"].id, "no")
    menu = followup_menu(FollowUpActions(host), data["soon"].id)
    remove = next(a for a in menu.actions() if a.text().startswith("Remove from"))
    assert not remove.isEnabled()
    assert (
        remove.toolTip() == "This follow-up is cancelled and was never written to a calendar file."
    )


def test_main_window_has_ctrl_e(data, qtbot, data_dir, monkeypatch, messages):
    opened = []
    monkeypatch.setattr(dlg.IcsExportDialog, "ask", classmethod(lambda cls, p: opened.append(p)))
    w = MainWindow(data_dir=data_dir)
    qtbot.addWidget(w)
    action = w.export_ics_action
    assert action in w.file_menu.actions()
    assert action.shortcut().toString() == "Ctrl+E"
    action.trigger()
    assert opened == [w] and messages == []


def test_looks_finished(data, qtbot, tmp_path):
    d = open_dialog(qtbot)
    d.reminders.setChecked(True)
    assert d.grab().save(str(tmp_path / "ics_dialog.png"))


def test_right_click_add_to_calendar(data, qtbot, tmp_path, monkeypatch, messages):
    from PySide6.QtWidgets import QWidget

    from followup_desktop.ui.followups.actions import FollowUpActions

    monkeypatch.setattr(dlg, "ask_save_path", lambda parent, suggested: str(tmp_path / "menu"))
    host = QWidget()
    qtbot.addWidget(host)
    menu = followup_menu(FollowUpActions(host), data["theirs"].id)
    action = next(a for a in menu.actions() if a.text().replace("&", "").startswith("Add to c"))
    assert action.text() == "Add to cale&ndar (.ics)\u2026"
    action.trigger()
    events, _ = check_ics((tmp_path / "menu.ics").read_bytes())
    assert [str(e["UID"]) for e in events] == [data["theirs"].uid]
    menu.deleteLater()


@pytest.mark.parametrize("make", SCHEMES, ids=SCHEME_IDS)
def test_the_dialogs_notes_are_readable_on_light_and_dark(data, qtbot, make):
    with app_palette(make()):
        d = open_dialog(qtbot)
        # the notes on what "changed" means and on Google's reminders: secondary, readable
        assert d.changed_note.isVisible() or d.reminder_note.isVisible()
        assert faint_labels(d) == []
