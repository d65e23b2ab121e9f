"""The agenda, the first screen: what to do today, what slipped, whose move it is.

Sections on the left with counts (Overdue / Today / This week / Their move / No next
step); the chosen section's rows on the right. Enter or double-click marks a
follow-up done (the note dialog); the context menu and the buttons offer the
shared follow-up actions; "Catch up…" spreads a backlog over the next working days.
Re-queries when ``ui.events`` reports a change (coalesced to one reload).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain import cadence, dates
from ...domain.agenda_sections import SECTIONS
from ...i18n import translator
from ...store import agenda
from ..followups.actions import DONE_TIP, FollowUpActions
from ..followups.later_tip import LaterTip
from ..followups.menus import add_contact_entries, followup_menu
from ..kit.columns import PriorityColumns
from ..kit.events import events
from .columns import SectionColumns
from .model import ROW_ROLE, SECTION_ROLE, AgendaModel, SectionModel, count_text, section_title
from .sections import HINTS, SectionList

if TYPE_CHECKING:  # built when the user works the list / when the book is empty
    from ..jogger.work import WorkListPanel
    from .welcome import WelcomePanel

_ = translator(__name__)


class AgendaView(QWidget):
    begin = Signal(str)  # an empty book's way to begin: "contact", "import" or "sample"

    def __init__(self, parent=None, *, today=None, actions: FollowUpActions | None = None) -> None:
        super().__init__(parent)
        self.welcome: WelcomePanel | None = None  # built when the book is empty
        self._today_fn = today or date.today
        #: The window's shared follow-up actions (a private set when standing alone).
        self.followup_actions = actions if actions is not None else FollowUpActions(self)
        self.sections = SectionModel(self)
        self.model = AgendaModel(self)
        self._build()
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self.reload)
        hub = events()
        for signal in (hub.followups_changed, hub.contacts_changed, hub.interactions_changed):
            signal.connect(self._schedule_reload)
        hub.database_replaced.connect(self._schedule_reload)
        self._stale = False
        self._midnight = QTimer(self)
        self._midnight.setSingleShot(True)
        self._midnight.timeout.connect(self._midnight_passed)
        self._arm_midnight()
        self.first_load()

    def today(self) -> date:
        return self._today_fn()

    # -- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # Page 0: the agenda; "Work the list" shows its panel as page 1 while it runs.
        self.modes = QStackedWidget(self)
        outer.addWidget(self.modes)
        split = self._split = QSplitter(Qt.Orientation.Horizontal, self)
        self.modes.addWidget(split)
        self.work_panel: WorkListPanel | None = None  # "Work the list", while it runs

        self.section_list = SectionList(self.sections, split)
        self.section_list.selectionModel().currentChanged.connect(self._section_changed)

        right = QWidget(split)
        col = QVBoxLayout(right)
        col.setContentsMargins(6, 6, 6, 6)
        head = QHBoxLayout()
        self.title = QLabel(right)
        self.title.setObjectName("agenda_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        # A long title ("Cette semaine (jusqu'au mar. 1 déc.) — 7") wraps onto a second
        # line rather than widening the window past a laptop's screen.
        self.title.setWordWrap(True)
        head.addWidget(self.title, 1)
        self.done_button = QPushButton(_("&Done\u2026"), right)
        self.done_button.setToolTip(_(DONE_TIP))
        self.later_button = QPushButton(_("+1 da&y"), right)
        LaterTip(self.later_button, self._later_tip)  # owned by the button
        self.cancel_button = QPushButton(_("Ca&ncel\u2026"), right)
        self.cancel_button.setToolTip(_("Cancel this follow-up, saying why"))
        self.catch_up_button = QPushButton(_("Catch &up\u2026"), right)
        self.catch_up_button.setToolTip(_("Spread the overdue follow-ups over the next days"))
        for button in (self.done_button, self.later_button, self.cancel_button):
            head.addWidget(button)
        head.addSpacing(12)
        head.addWidget(self.catch_up_button)
        self.work_button = QPushButton(_("&Work the list\u2026"), right)
        self.work_button.setToolTip(
            _(
                "Key in the printed weekly list: the same follow-ups in the same order, "
                "one at a time"
            )
        )
        head.addWidget(self.work_button)
        col.addLayout(head)

        self.table = QTableView(right)
        self.table.setModel(self.model)
        self.table.setAccessibleName(_("Agenda"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Rows, not cells: Tab leaves the list for the buttons (arrows move between rows).
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.horizontalHeader().setHighlightSections(False)
        self._columns_of = SectionColumns(self.table.fontMetrics(), self.model.long_due_texts)
        self.columns = PriorityColumns(self.table, self._columns_of(self.model.section))
        col.addWidget(self.table)
        self.empty = QLabel(right)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setVisible(False)
        col.addWidget(self.empty)
        split.addWidget(self.section_list)
        split.addWidget(right)
        split.setStretchFactor(1, 1)

        self.table.doubleClicked.connect(lambda _index: self.activate_current())
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().currentChanged.connect(lambda *_args: self._update_buttons())
        self.done_button.clicked.connect(self.activate_current)
        self.later_button.clicked.connect(self._later)
        self.cancel_button.clicked.connect(self._cancel)
        self.catch_up_button.clicked.connect(self.catch_up)
        self.work_button.clicked.connect(self.work_the_list)
        activate = QAction(_("Done"), self)
        activate.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        activate.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        activate.triggered.connect(self.activate_current)
        self.table.addAction(activate)

    def focus_chain(self) -> list[QWidget]:
        """The order Tab visits this view: sections, the list, the row's buttons."""
        return [
            self.section_list,
            self.table,
            self.done_button,
            self.later_button,
            self.cancel_button,
            self.catch_up_button,
            self.work_button,
        ]

    # -- loading ---------------------------------------------------------------------------
    def first_load(self) -> None:
        counts = agenda.counts(self.today())
        self.sections.set_counts(counts)
        self._fit_sections()
        start = "overdue" if counts["overdue"] else "today"
        self._select_section(start)
        self._show_welcome_if_empty()

    def _show_welcome_if_empty(self) -> None:
        empty = not agenda.has_contacts()
        if empty and not self.showing_welcome():
            if self.welcome is None:  # an empty book's ways to begin, instead of the list
                from .welcome import on_page_of

                self.welcome = on_page_of(self)
            self.modes.setCurrentWidget(self.welcome.page)
            self.welcome.focus_first()
        elif not empty and self.showing_welcome():
            self.modes.setCurrentIndex(0)

    def showing_welcome(self) -> bool:
        return self.welcome is not None and self.modes.currentWidget() is self.welcome.page

    def _select_section(self, key: str) -> None:
        row = SECTIONS.index(key)
        self.section_list.selectionModel().setCurrentIndex(
            self.sections.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        if self.model.section != key or not self.model.rows:
            self._show(key)

    def _fit_sections(self) -> None:  # the section list as wide as it asks; the rest: the list
        if self.section_list.fit():  # it grew
            self._split.setSizes([self.section_list.wanted, max(sum(self._split.sizes()), 1000)])

    def _section_changed(self, current, _previous) -> None:
        if current.isValid():
            self._show(current.data(SECTION_ROLE))

    def _show(self, key: str, keep: int = 0) -> None:
        self.columns.set_specs(self._columns_of(key))  # its Due fitted to its own texts
        self.model.load(key, self.today(), at_least=keep)
        self._after_load()
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _after_load(self) -> None:
        key = self.model.section
        count = self.sections.counts.get(key, 0)
        title = section_title(key)
        if key == "week":
            end = dates.format_day(self.today() + timedelta(days=6))
            title = _("{section} (to {day})").format(section=title, day=end)
        self.title.setText(f"{title} \u2014 {count_text(count)}")
        self.empty.setText(_(HINTS[key]))
        self.empty.setVisible(count == 0)
        self.catch_up_button.setEnabled(self.sections.counts.get("overdue", 0) > 0)
        self._update_buttons()

    def _schedule_reload(self, *_args) -> None:
        if self.isVisible():
            self._reload_timer.start()
        else:
            self._stale = True  # another tab is showing: re-read when shown again

    def showEvent(self, event) -> None:
        if self._stale:
            self._stale = False
            self._reload_timer.start()
        super().showEvent(event)

    def _arm_midnight(self) -> None:
        """Reload just after midnight: today's follow-ups become tomorrow's overdue ones."""
        now = datetime.now()
        tomorrow = datetime.combine(now.date() + timedelta(days=1), datetime.min.time())
        self._midnight.start(int((tomorrow - now).total_seconds() * 1000) + 1000)

    def _midnight_passed(self) -> None:
        self._schedule_reload()
        self._arm_midnight()

    def reload(self) -> None:
        """Re-query counts and the shown section, keeping the selection where it was."""
        current = self.table.currentIndex().row()
        self.sections.set_counts(agenda.counts(self.today()))
        self._fit_sections()
        self.model.load(self.model.section, self.today(), at_least=len(self.model.rows))
        self._after_load()
        if self.model.rowCount():
            row = min(max(current, 0), self.model.rowCount() - 1)
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._show_welcome_if_empty()

    # -- current row -----------------------------------------------------------------------
    def current_row(self) -> agenda.AgendaRow | None:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def current_contact_id(self) -> int | None:
        row = self.current_row()
        return row.contact_id if row else None

    def _update_buttons(self) -> None:
        row = self.current_row()
        has_fu = row is not None and row.followup_id is not None
        self.done_button.setEnabled(row is not None)
        if self.model.section == "losing":
            self.done_button.setText(_("&Plan follow-up"))
            self.done_button.setToolTip(_("Plan a keep-in-touch follow-up for today (Enter)"))
        elif self.model.section == "none":
            self.done_button.setText(_("&Plan follow-up\u2026"))
            self.done_button.setToolTip(_("Plan their next follow-up (Enter, Ctrl+Shift+F)"))
        else:
            self.done_button.setText(_("&Done\u2026") if has_fu or row is None else _("&Log\u2026"))
            self.done_button.setToolTip(_(DONE_TIP))
        self.later_button.setEnabled(has_fu)
        self.cancel_button.setEnabled(has_fu)

    # -- actions ---------------------------------------------------------------------------
    def activate_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        actions = self.followup_actions
        if row.followup_id is not None:
            actions.done(row.followup_id)
        elif self.model.section == "losing":
            self.plan_keep_in_touch(row)
        elif self.model.section == "none":
            actions.plan_followup(row.contact_id)
        else:
            actions.log_interaction(row.contact_id)

    def plan_keep_in_touch(self, row: agenda.AgendaRow, day: date | None = None) -> int | None:
        """One click: a follow-up to get back in touch, today (or the next working day)."""
        today = self.today()
        if day is None:
            day = today if dates.is_working_day(today) else dates.next_working_day(today)
        since = row.touch_since.date() if row.last_at and row.touch_since else None
        reason = cadence.plan_reason(row.rhythm or 0, since)
        channel = "call" if row.phone or not row.email else "email"
        return self.followup_actions.plan(row.contact_id, day, reason, channel=channel)

    def _plan_pick(self, row: agenda.AgendaRow) -> None:
        from ..followups.dialogs import PickDateDialog

        picked = PickDateDialog.ask(
            self, self.today(), None, today=self.today(), title=_("Plan follow-up on\u2026")
        )
        if picked is not None:
            self.plan_keep_in_touch(row, picked[0])

    def _later_tip(self) -> str:  # the day +1 day would move the chosen follow-up to
        row = self.current_row() if self.later_button.isEnabled() else None
        return self.followup_actions.later_tip_of(row) if row else ""

    def _later(self) -> None:
        row = self.current_row()
        if row and row.followup_id:
            self.followup_actions.reschedule_by(row.followup_id, "1day")

    def _cancel(self) -> None:
        row = self.current_row()
        if row and row.followup_id:
            self.followup_actions.cancel(row.followup_id)

    def catch_up(self) -> bool:
        from ...store import catchup as store_catchup
        from .catchup_dialog import CatchUpDialog

        choice = CatchUpDialog.ask(self, self.today())
        if choice is None:
            return False
        days, cap = choice
        plan = store_catchup.make_plan(self.today(), days=days, cap=cap)
        return self.followup_actions.catch_up(plan.moves)

    # -- work the list (ui.jogger_work: the printed weekly list, one item at a time) -----------
    def work_the_list(self) -> WorkListPanel:
        from ..jogger.work import WorkListPanel

        self.leave_work_list()
        panel = WorkListPanel(self, today=self.today(), actions=self.followup_actions)
        self.work_panel = panel
        panel.finished.connect(self.leave_work_list)
        self.modes.addWidget(panel)
        self.modes.setCurrentWidget(panel)
        panel.done_button.setFocus()
        return panel

    def leave_work_list(self) -> None:
        panel, self.work_panel = self.work_panel, None
        self.modes.setCurrentIndex(0)
        if panel is not None:
            self.modes.removeWidget(panel)
            panel.deleteLater()
            self.table.setFocus()

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.setCurrentIndex(index)
        menu = self.build_menu(index.data(ROW_ROLE))
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def build_menu(self, row: agenda.AgendaRow) -> QMenu:
        actions = self.followup_actions
        if row.followup_id is not None:
            return followup_menu(actions, row.followup_id, self)
        menu = QMenu(self)
        if self.model.section == "losing":
            menu.addAction(_("&Plan follow-up today"), lambda: self.plan_keep_in_touch(row))
            menu.addAction(_("Plan follow-up on a &date\u2026"), lambda: self._plan_pick(row))
        else:
            menu.addAction(
                _("&Plan follow-up\u2026"), lambda: actions.plan_followup(row.contact_id)
            )
        add_contact_entries(menu, actions, row.contact_id, row.name)
        return menu
