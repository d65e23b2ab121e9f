"""The main window composes the views, menus and docks and wires their signals. Nothing else."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME
from ...i18n import translator
from ...paths import database_path, is_sample
from ..agenda.view import AgendaView
from ..backup.actions import BackupActions
from ..categories.sidebar import CategorySidebar
from ..contacts.actions import ContactActions
from ..followups.actions import FollowUpActions
from ..kit import settings
from ..kit.resources import retint_icons
from ..kit.screen import fit_to_screen
from ..kit.tabs import SteadyTabWidget
from . import actions as main_actions
from .lazy_tabs import AGENDA_TAB, CALENDAR_TAB, CONTACTS_TAB, REVIEW_TAB, LazyTabs
from .locale_week import install as install_working_week

if TYPE_CHECKING:  # started after the first screen (start_reminders)
    from .reminders import ReminderService, Tray

_ = translator(__name__)


class MainWindow(LazyTabs):
    def __init__(self, data_dir: Path, parent=None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.setWindowTitle(APP_NAME)
        fit_to_screen(self, 1200, 760)  # a first start on a 1280×720 laptop fits too
        # One undo stack for the window: archive, done/reschedule/cancel, catch-up,
        # drag-to-reschedule all push commands here (Ctrl+Z / Ctrl+Shift+Z).
        self.undo_stack = QUndoStack(self)
        # Done / reschedule / cancel / call / email, shared by every view (each is given
        # it in its constructor).
        self.followup_actions = FollowUpActions(self, self.undo_stack)
        self.followup_actions.told.connect(self._tell)
        self._told: tuple[str, int] | None = None  # the sentence shown, its undo step
        self.undo_stack.indexChanged.connect(self._forget_told)
        # The user's working week (the locale's by default): proposed dates land on it.
        install_working_week()
        self.tabs = SteadyTabWidget(self)  # a page's relayout does not repaint the window
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self._build_views()
        self._build_menus()
        self._set_tab_order()
        self._restore_geometry()
        self._first_start()
        # Reminders (tray icon, due and morning notifications) start once the first
        # screen is up, so start-up pays nothing for them.
        self.reminders: ReminderService | None = None
        self.tray: Tray | None = None  # set by start_reminders where there is a tray
        self._reminder_start = QTimer(self)
        self._reminder_start.setSingleShot(True)
        self._reminder_start.setInterval(3000)
        self._reminder_start.timeout.connect(self.start_reminders)
        self._reminder_start.start()

    def _tell(self, text: str) -> None:
        """What a follow-up action just did ("Rescheduled to Mon 14 Dec 2026. …"), for 8 s."""
        self.statusBar().showMessage(text, 8000)
        self._told = (text, self.undo_stack.index())

    def _forget_told(self, index: int) -> None:
        """Undone, the step's sentence goes: it names a day the follow-up has left."""
        if self._told is not None and index < self._told[1]:
            if self.statusBar().currentMessage() == self._told[0]:
                self.statusBar().clearMessage()
            self._told = None

    # -- composition -------------------------------------------------------------------
    def _build_views(self) -> None:
        self.sidebar = CategorySidebar(self)
        self.sidebar_dock = QDockWidget(_("Categories"), self)
        self.sidebar_dock.setObjectName("categories-dock")
        self.sidebar_dock.setWidget(self.sidebar)
        self.sidebar_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.sidebar_dock.setTitleBarWidget(QLabel(self.sidebar_dock))  # the sidebar has one
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.sidebar_dock)
        # Wide enough for the category names in this platform's default font.
        needed = self.sidebar.needed_width()  # measured once: it lays out every row's text
        self.sidebar.setMinimumWidth(needed)
        self.resizeDocks([self.sidebar_dock], [max(230, needed)], Qt.Orientation.Horizontal)

        # The contacts and the calendar are built the first time they are shown (or
        # asked for; LazyTabs): start-up pays only for the first screen (the agenda), not
        # for views the user may not open today. The Contacts actions work before that.
        self.contact_actions = ContactActions(
            self, show_view=self.show_contacts, initial_filter=self.sidebar.filter
        )
        self.sidebar.filter_changed.connect(self.contact_actions.set_filter)
        self.contact_actions.first_followup_wanted.connect(
            lambda cid: self.followup_actions.plan_followup(cid)
        )

        self.agenda = AgendaView(self, actions=self.followup_actions)
        self.tabs.addTab(self.agenda, _(AGENDA_TAB))
        self.contacts_tab = self.tabs.addTab(QWidget(self.tabs), _(CONTACTS_TAB))
        self.calendar_tab = self.tabs.addTab(QWidget(self.tabs), _(CALENDAR_TAB))
        # The weekly review (and its plotting library) is built when first shown.
        self.review_tab = self.tabs.addTab(QWidget(self.tabs), _(REVIEW_TAB))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.followup_actions.open_contact_requested.connect(self.open_contact)

    def _build_menus(self) -> None:
        """The menu bar, from the action registry (shell/actions.py declares it)."""
        self.backup_actions = BackupActions(self, database_path(self.data_dir), self.undo_stack)
        self.action_registry = main_actions.build(self)
        bar = self.menuBar()
        for attribute, title, ids in main_actions.MENUS:
            menu = bar.addMenu(_(title))
            setattr(self, attribute, menu)
            for action_id in ids:
                if action_id is None:
                    menu.addSeparator()
                else:
                    menu.addAction(self.action_registry[action_id])
        self.log_action = self.action_registry[main_actions.LOG_INTERACTION.id]
        self.about_action = self.action_registry[main_actions.ABOUT.id]
        self.import_action = self.action_registry[main_actions.IMPORT_CONTACTS.id]
        self.export_action = self.action_registry[main_actions.EXPORT_CONTACTS.id]
        self.print_list_action = self.action_registry[main_actions.PRINT_LIST.id]
        self.export_ics_action = self.action_registry[main_actions.EXPORT_ICS.id]

    def _set_tab_order(self) -> None:
        """Tab follows the screen: the sidebar top to bottom, the tabs, then the agenda's
        sections, its list and the buttons that act on the selected row (the Contacts and
        Calendar tabs order their own widgets as they are built)."""
        chain = [
            self.sidebar.add_button,
            self.sidebar.tree,
            self.sidebar.show_archived,
            self.tabs,
            *self.agenda.focus_chain(),
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def print_weekly_list(self):
        from ..jogger.preview import open_preview

        return open_preview(self)

    def holiday_cards(self):
        from ..jogger.cards_dialog import open_cards_dialog

        return open_cards_dialog(self)

    def export_to_calendar(self):
        from ..import_export.ics_export_dialog import export_to_calendar

        return export_to_calendar(self)

    def show_about(self) -> None:
        from .about_dialog import AboutDialog

        AboutDialog.show_for(self, self.data_dir)

    def current_contact_id(self) -> int | None:
        """The contact the current tab has selected (the agenda's row, the contact list's
        current contact; the calendar has none)."""
        view = self.tabs.currentWidget()
        if view is self.agenda:
            return self.agenda.current_contact_id()
        if self._contacts is not None and view is self._contacts:
            return self._contacts.current_contact_id()
        return None

    def log_interaction(self) -> None:
        contact_id = self.current_contact_id()
        if contact_id is None:
            self.statusBar().showMessage(_("Select a contact (or a follow-up) first."), 5000)
            return
        self.followup_actions.log_interaction(contact_id)

    def edit_working_days(self) -> None:
        from .working_days import edit

        week = edit(self)
        if week is not None:
            note = week.note()
            self.statusBar().showMessage(
                # The sentence's own full stop: not a second one after "Sa." (de, fr).
                note or _("Working days: {days}.").format(days=week.describe().rstrip(".")),
                8000,
            )

    def plan_followup(self) -> None:
        contact_id = self.current_contact_id()
        if contact_id is None:
            self.statusBar().showMessage(_("Select a contact first."), 5000)
            return
        self.followup_actions.plan_followup(contact_id)

    def start_reminders(self) -> None:
        if self.reminders is None:
            from .reminders import start_reminders

            self.reminders = start_reminders(self)

    # -- first start and the sample book -------------------------------------------------
    def _begin(self, way: str) -> None:
        """One of an empty book's ways to begin, chosen on the agenda's first-start panel."""
        if way == "contact":
            self.contact_actions.new_contact()
        elif way == "import":
            self.import_contacts()
        else:
            self.try_sample()

    def _first_start(self) -> None:
        """An empty book: the agenda's ways to begin, the first one focused. A sample
        book: labelled as such in the title and a banner on every tab."""
        self.agenda.begin.connect(self._begin)
        #: Set by "Throw the sample away": the app deletes the sample folder on exit.
        self.discard_sample_on_exit = False
        #: Set by View > Language > Restart now: the app starts again once this one ended.
        self.restart_on_exit = False
        if is_sample(self.data_dir):
            from .sample import TITLE_MARK, SampleBanner

            self.setWindowTitle(f"{APP_NAME} \u2014 {_(TITLE_MARK)}")
            self.sample_banner = SampleBanner(self.discard_sample, self)
            holder = QWidget(self)
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(0)
            column.addWidget(self.sample_banner)
            column.addWidget(self.tabs, 1)
            self.setCentralWidget(holder)
        # The keyboard starts where the work is (not on the sidebar's small New Category
        # button): the first way to begin, the agenda's list, or the tab's own view.
        self.focus_view(self.tabs.currentIndex())

    def try_sample(self) -> bool:
        from .sample import open_sample

        if not open_sample(self, self.data_dir):
            return False
        self.statusBar().showMessage(
            _("The sample book opens in a window of its own; yours stays as it is."), 10000
        )
        return True

    def discard_sample(self) -> None:
        from .sample import confirm_discard

        if confirm_discard(self):
            self.discard_sample_on_exit = True
            self.close()

    def show_agenda(self) -> None:
        self.tabs.setCurrentWidget(self.agenda)

    def contact_series(self) -> None:
        contact_id = self.current_contact_id()
        if contact_id is None:
            self.statusBar().showMessage(_("Select a contact (or a follow-up) first."), 5000)
            return
        self.followup_actions.series(contact_id)

    def import_contacts(self) -> None:
        from ..import_export.import_wizard import ImportWizard

        result = ImportWizard.ask(self, undo_stack=self.undo_stack)
        if result is not None and result.imported_anything:
            self.statusBar().showMessage(
                _.n(
                    "Imported %n contact, updated {updated}.",
                    "Imported %n contacts, updated {updated}.",
                    result.created,
                ).format(updated=QLocale().toString(result.updated)),
                8000,
            )

    def export_contacts(self) -> None:
        from ..import_export.export_dialog import ExportDialog, ExportRunner

        choice = ExportDialog.ask(self)
        if choice is None:
            return
        runner = ExportRunner(choice, self)
        runner.finished.connect(lambda text: self.statusBar().showMessage(text, 8000))
        runner.finished.connect(runner.deleteLater)
        runner.start()

    # -- window state ------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = settings.WINDOW_GEOMETRY.get()
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.WINDOW_STATE.get()
        if state is not None:
            self.restoreState(state)
        self.tabs.setCurrentIndex(settings.WINDOW_TAB.get())

    def closeEvent(self, event) -> None:
        settings.WINDOW_GEOMETRY.set(self.saveGeometry())
        settings.WINDOW_STATE.set(self.saveState())
        settings.WINDOW_TAB.set(self.tabs.currentIndex())
        if self._contacts is not None:
            self._contacts.save_state()
        self.backup_actions.wait()  # let a backup being written finish
        super().closeEvent(event)

    def changeEvent(self, event) -> None:
        # The system switched between light and dark: re-tint the line icons.
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            retint_icons()
        # Minimised with a tray icon: keep running in the tray (reminders still come).
        tray = getattr(self, "tray", None)
        if event.type() == QEvent.Type.WindowStateChange and self.isMinimized() and tray:
            if tray.minimise_to_tray.isChecked():
                QTimer.singleShot(0, self.hide)
        super().changeEvent(event)

    # -- screenshot --------------------------------------------------------------------
    def save_screenshot(self, path: str) -> int:
        """Show, let the first screen load and paint, save it as PNG; 0 on success."""
        import sys

        from ...exchange.output import OutputPathError, check_target, make_private

        try:
            check_target(path)
        except OutputPathError as exc:
            print(f"followup-desktop: {exc}", file=sys.stderr)
            return 2
        self.show()
        QApplication.processEvents()
        # Light compression (quality 80 ~ zlib level 2): a screenshot is written fast and
        # is still a small file; level 9 costs a quarter of a second on a full window.
        ok = self.grab().save(path, "PNG", 80)
        # Hidden, not closed: a screenshot leaves the user's saved window layout alone
        # (closing would write it, which is also the slowest step left at this point).
        self.hide()
        if not ok:
            print(
                "followup-desktop: " + _("cannot write the screenshot to {path}").format(path=path),
                file=sys.stderr,
            )
            return 2
        make_private(path)  # the first screen shows names and reasons
        return 0
