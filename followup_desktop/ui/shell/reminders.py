"""Reminders while the app runs: a tray icon, a notification when a timed follow-up is
due, and the morning summary; clicking one opens the item.

``ReminderService`` is the seam: it takes a clock (``now``) and a ``notify`` callable,
and ``check()`` does one round (tests call it directly with a fake clock; the app
runs it from a QTimer). ``Tray`` wraps QSystemTrayIcon and is only created where the
platform has a tray; without one the service still runs and notifies nobody, so
nothing breaks and nothing is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QInputDialog, QMenu, QSystemTrayIcon, QWidget

from ... import APP_NAME
from ...domain import reminders as rules
from ...i18n import translator
from ...store import reminders as store
from ..kit import settings

_ = translator(__name__)


class ReminderService(QObject):
    #: A notification was shown (title, message); tests and the tray listen.
    notified = Signal(object)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        now: Callable[[], datetime] = datetime.now,
        notify: Callable[[rules.Notification], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.now = now
        self.notify = notify
        self.shown: set[tuple[int, time]] = set()
        self.key_dates_planned_on = None  # the day key dates' reminders were last planned
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.check()

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> list[rules.Notification]:
        """One round: notify what is due now, then wait until the next thing could be."""
        now = self.now()
        today = now.date()
        self.plan_key_dates(today)
        try:
            timed = store.timed_today(today)
            due, overdue = store.summary_counts(today)
            at = store.summary_time()
            found = rules.what_to_notify(
                now, timed, self.shown, summary_at=at, last_summary=store.last_summary(),
                due_today=due, overdue=overdue,
            )  # fmt: skip
            if now.time() >= at and store.last_summary() != today:
                store.set_last_summary(today)  # an empty day counts as summarised too
        except Exception:
            found, timed, at = [], [], rules.DEFAULT_SUMMARY_TIME
        for item in found:
            if item.followup_id is not None:
                due_time = next(t.due_time for t in timed if t.followup_id == item.followup_id)
                self.shown.add((item.followup_id, due_time))
            if self.notify is not None:
                self.notify(item)
            self.notified.emit(item)
        wait = (rules.next_check(now, timed, at) - now).total_seconds()
        self.timer.start(max(1000, int(wait * 1000)))
        return found

    def plan_key_dates(self, today) -> list[int]:
        """Once a day: birthdays and other key dates coming round get their reminder
        follow-ups (a card N days ahead, a call on the day), planned once each."""
        if self.key_dates_planned_on == today:
            return []
        from ...store import personal
        from ..kit.events import events

        try:
            created = personal.plan_key_date_reminders(today)
        except Exception:  # like a reminder round: tried again the next day
            return []
        self.key_dates_planned_on = today
        if created:
            events().followups_changed.emit(created)
        return created


class Tray(QObject):
    """The tray icon: notifications, Show/Hide, the summary time, Quit."""

    open_requested = Signal(object)  # the Notification clicked (or None: just show)

    def __init__(self, window: QWidget, icon) -> None:
        super().__init__(window)
        self.window = window
        self.last: rules.Notification | None = None
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setToolTip(APP_NAME)
        menu = QMenu(window)
        menu.addAction(
            _("&Show {app}").format(app=APP_NAME), lambda: self.open_requested.emit(None)
        )
        self.summary_action = menu.addAction("", self.ask_summary_time)
        self._label_summary()
        self.minimise_to_tray = menu.addAction(_("&Minimise to the tray"))
        self.minimise_to_tray.setCheckable(True)
        self.minimise_to_tray.setChecked(settings.MINIMISE_TO_TRAY.get())
        self.minimise_to_tray.toggled.connect(settings.MINIMISE_TO_TRAY.set)
        menu.addSeparator()
        menu.addAction(_("&Quit"), window.close)
        self.icon.setContextMenu(menu)
        self.menu = menu
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(lambda: self.open_requested.emit(self.last))
        self.icon.show()

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self, note: rules.Notification) -> None:
        self.last = note
        self.icon.showMessage(
            note.title, note.message, QSystemTrayIcon.MessageIcon.Information, 15000
        )

    def _activated(self, reason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.open_requested.emit(None)

    def _label_summary(self) -> None:
        shown = f"{store.summary_time():%H:%M}"  # as the time is typed when changing it
        self.summary_action.setText(_("Morning summary at {time}\u2026").format(time=shown))

    def ask_summary_time(self) -> None:
        current = f"{store.summary_time():%H:%M}"
        text, ok = QInputDialog.getText(
            self.window,
            _("Morning summary"),
            _("Show the day's summary at (HH:MM):"),
            text=current,
        )
        if not ok:
            return
        at = rules.parse_time(text)
        if at is None:
            self.icon.showMessage(
                _("Morning summary"),
                _("\u201c{text}\u201d is not a time like 08:30.").format(text=text),
            )
            return
        store.set_summary_time(at)
        self._label_summary()


def start_reminders(window) -> ReminderService:
    """Create the tray (where there is one) and the service, wired to the window."""
    tray = None
    if Tray.available():
        from ..kit.resources import icon

        image = window.windowIcon()
        tray = Tray(window, image if not image.isNull() else icon("app"))
    service = ReminderService(window, notify=tray.show if tray else None)
    if tray is not None:
        tray.open_requested.connect(lambda note: open_item(window, note))
    window.tray = tray
    service.start()
    return service


def open_item(window, note: rules.Notification | None) -> None:
    """Bring the window up; a follow-up's notification opens its contact."""
    window.showNormal()
    window.raise_()
    window.activateWindow()
    if note is not None and note.contact_id is not None:
        window.followup_actions.open_contact(note.contact_id)
    elif hasattr(window, "show_agenda"):
        window.show_agenda()
