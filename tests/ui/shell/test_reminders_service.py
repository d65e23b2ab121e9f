"""The reminder service behind its seam: a fake clock, notifications collected, no tray."""

from datetime import date, datetime, time, timedelta

import pytest

from followup_desktop.store import contacts, followups
from followup_desktop.store import reminders as rem_store
from followup_desktop.ui.followups.actions import FollowUpActions
from followup_desktop.ui.shell.reminders import ReminderService, Tray
from tests.lookups import category_by_name

DAY = date.today()


class Clock:
    def __init__(self, at):
        self.at = at

    def __call__(self):
        return self.at


def _contact(name):
    return contacts.create_contact(first_name=name, category=contacts.categories()[1].id).id


def test_due_and_summary_notifications_through_the_seam(store, qtbot):
    ann = _contact("Ann")
    fid = followups.create_followup(ann, DAY, "Call about the quote", due_time=time(10, 0)).id
    followups.create_followup(ann, DAY - timedelta(days=3), "Old one")
    followups.create_followup(ann, DAY, "Untimed")
    followups.create_followup(ann, DAY, "Their move", whose="theirs", due_time=time(9, 0))
    clock = Clock(datetime.combine(DAY, time(8, 0)))
    shown = []
    service = ReminderService(now=clock, notify=shown.append)
    assert service.check() == [] and service.timer.isActive()
    assert service.timer.interval() <= 60_000

    clock.at = datetime.combine(DAY, time(8, 45))
    service.check()
    assert [(n.kind, n.message) for n in shown] == [("summary", "2 due today, 1 overdue")]
    assert rem_store.last_summary() == DAY

    clock.at = datetime.combine(DAY, time(10, 0, 5))
    with qtbot.waitSignal(service.notified) as blocker:
        service.check()
    note = blocker.args[0]
    assert (note.kind, note.followup_id, note.contact_id) == ("due", fid, ann)
    assert note.title == "10:00 Ann" and note.message == "Call about the quote"
    service.check()
    assert len(shown) == 2  # each once

    # Snooze (from the agenda's menu): the follow-up moves, and notifies again then.
    actions = FollowUpActions(None)
    actions.report_error = lambda text: None
    actions.now = clock  # snoozed at 10:00 on the test's day, whatever the real time
    assert actions.snooze(fid, 15)
    snoozed = followups.FollowUp.get_by_id(fid)
    clock.at = datetime.combine(snoozed.due_date, snoozed.due_time) + timedelta(seconds=1)
    service.check()
    assert [n.followup_id for n in shown[2:]] == [fid]
    service.stop()


def test_summary_time_setting_and_no_tray_offscreen(store):
    assert rem_store.summary_time() == time(8, 30)
    rem_store.set_summary_time(time(7, 15))
    assert rem_store.summary_time() == time(7, 15)
    assert Tray.available() is False  # offscreen: the app runs without a tray, quietly


@pytest.mark.qt_log_ignore("QSystemTrayIcon", "systemTrayWindowChanged")
def test_tray_wiring_opens_the_item(store, qtbot, qsettings):
    from PySide6.QtWidgets import QWidget

    from followup_desktop.domain.reminders import Notification

    window = QWidget()
    qtbot.addWidget(window)
    from followup_desktop.ui.kit.resources import icon

    tray = Tray(window, icon("app"))
    assert tray.summary_action.text() == "Morning summary at 08:30\u2026"
    note = Notification("due", "10:00 Ann", "Call", followup_id=1, contact_id=2)
    tray.show(note)
    with qtbot.waitSignal(tray.open_requested) as blocker:
        tray.icon.messageClicked.emit()
    assert blocker.args == [note]
    assert tray.minimise_to_tray.isChecked()
    tray.minimise_to_tray.setChecked(False)
    again = Tray(window, icon("app"))
    assert not again.minimise_to_tray.isChecked()  # remembered


def test_main_window_starts_reminders_after_the_first_screen(store, qtbot, qsettings, data_dir):
    from followup_desktop.domain.reminders import Notification
    from followup_desktop.ui.shell.main_window import MainWindow
    from followup_desktop.ui.shell.reminders import open_item

    ann = _contact("Ann")
    window = MainWindow(data_dir=data_dir)
    qtbot.addWidget(window)
    assert window.reminders is None and window._reminder_start.isActive()
    window.start_reminders()
    assert isinstance(window.reminders, ReminderService) and window.tray is None
    window.tabs.setCurrentIndex(window.contacts_tab)
    with qtbot.waitSignal(window.followup_actions.open_contact_requested) as blocker:
        open_item(window, Notification("due", "t", "m", followup_id=1, contact_id=ann))
    assert blocker.args == [ann]
    open_item(window, Notification("summary", "Follow-ups today", "1 due today"))
    assert window.tabs.currentWidget() is window.agenda
    window.reminders.stop()


def test_key_dates_get_their_reminders_once_a_day(store, qtbot):
    from datetime import date

    from followup_desktop.domain.personal import KeyDate, PersonalInfo
    from followup_desktop.store import contacts, personal
    from followup_desktop.store.models import FollowUp

    cid = contacts.create_contact(first_name="Ada", category=category_by_name("Clients")).id
    personal.save_personal(cid, PersonalInfo(key_dates=(KeyDate("birthday", 12, 17, 1980),)))
    service = ReminderService(now=lambda: datetime(2026, 12, 7, 8, 0))
    service.check()
    service.check()
    [card] = FollowUp.select().where(FollowUp.contact == cid)
    assert (card.due_date, card.reason) == (date(2026, 12, 10), "Send a birthday card")
    service.stop()
