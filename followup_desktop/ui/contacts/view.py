"""The Contacts tab: instant search, the contact list and the detail pane."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...i18n import translator
from ..categories.sidebar import SidebarFilter
from ..kit import settings
from ..kit.columns import FrozenFirstColumn
from ..kit.contrast import MUTED, set_tone
from ..kit.events import events
from ..kit.resources import icon
from .actions import ContactActions
from .model import ARCHIVED_ROLE, ContactsModel
from .pane import ContactPane
from .table import ContactTable

_ = translator(__name__)


class ContactsView(QWidget):
    #: The selected contact (None: none).
    current_contact_changed = Signal(object)

    def __init__(
        self,
        undo_stack,
        parent=None,
        *,
        initial_filter: SidebarFilter | None = None,
        actions: ContactActions | None = None,
    ):
        super().__init__(parent)
        self.undo_stack = undo_stack
        self._filter = initial_filter or SidebarFilter()
        self.model = ContactsModel(self)
        self._typing = False
        self._pane_timer = QTimer(self)
        self._pane_timer.setSingleShot(True)
        self._pane_timer.setInterval(120)
        self._pane_timer.timeout.connect(self._show_current_in_pane)
        self._build()
        self._build_actions(actions)
        # The list reads the database when first shown (or asked for a contact): at
        # start-up the agenda is the first screen and this tab would be paid for unseen.
        self._loaded = False
        hub = events()
        hub.contacts_changed.connect(self._data_changed)
        hub.followups_changed.connect(self._data_changed)
        hub.interactions_changed.connect(self._data_changed)
        hub.categories_changed.connect(self._data_changed)
        hub.database_replaced.connect(self._data_changed)

    # -- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(_("Search name, company, e-mail or phone  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setAccessibleName(_("Search contacts"))
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._search_return)
        self.count_label = QLabel(self)
        set_tone(self.count_label, MUTED)  # secondary, yet readable (AA)
        self.new_button = QToolButton(self)
        self.new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        top.addWidget(self.new_button)

        self.table = ContactTable(self)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self._restore_header()
        # The name stays in view while the other columns scroll sideways.
        self.frozen_name = FrozenFirstColumn(self.table)
        self._build_sort_keys()
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.model.modelReset.connect(lambda: self._after_reset(self._remembered))
        self.model.rowsInserted.connect(lambda *_args: self._update_count())

        self.pane = ContactPane(self)
        self.pane.edit_requested.connect(self.edit_contact)
        self.pane.archive_requested.connect(self._archive_from_pane)
        self.pane.contact_link_activated.connect(self.select_contact)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.pane.setMinimumWidth(260)
        state = settings.CONTACTS_SPLITTER.get()
        if state is not None:
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([700, 300])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self._remembered: int | None = None
        self._remembered_row = 0
        self._top_after_reset = False

    def _build_sort_keys(self) -> None:
        """Sorting from the keyboard: Ctrl+1 … Ctrl+7 sort by the columns in the order
        they are shown; the same key again reverses the order."""
        header = self.table.horizontalHeader()
        names = []
        self.sort_actions: list[QAction] = []
        for number in range(1, self.model.columnCount() + 1):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, n=number: self.sort_by_position(n - 1))
            self.addAction(action)
            self.sort_actions.append(action)
            key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            names.append(f"{key} {self.model.headerData(number - 1, Qt.Orientation.Horizontal)}")
        header.setToolTip(
            _("Sort: click a column, or {keys} (again: reverse)").format(keys=", ".join(names))
        )

    def sort_by_position(self, visual: int) -> None:
        header = self.table.horizontalHeader()
        column = header.logicalIndex(visual)
        if column < 0:
            return
        ascending = Qt.SortOrder.AscendingOrder
        order = ascending
        if header.sortIndicatorSection() == column and header.sortIndicatorOrder() == ascending:
            order = Qt.SortOrder.DescendingOrder
        self.table.sortByColumn(column, order)
        title = self.model.headerData(column, Qt.Orientation.Horizontal)
        if order == ascending:
            self.count_label.setToolTip(_("Sorted by {column}, A to Z").format(column=title))
        else:
            self.count_label.setToolTip(_("Sorted by {column}, Z to A").format(column=title))

    def _build_actions(self, actions: ContactActions | None) -> None:
        # The main window owns the actions (they work before this view is built);
        # a view on its own makes its own.
        self.contact_actions = actions or ContactActions(self, initial_filter=self._filter)
        self.contact_actions.attach(self)
        self.new_action = self.contact_actions.new_action
        self.find_action = self.contact_actions.find_action
        self.edit_action = self.contact_actions.edit_action
        self.archive_action = self.contact_actions.archive_action
        self.restore_action = self.contact_actions.restore_action
        self.new_button.setDefaultAction(self.new_action)
        self.table.addAction(self.edit_action)
        self.table.addAction(self.archive_action)
        self.table.addAction(self.restore_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self._update_actions()

    # -- public -----------------------------------------------------------------------------
    def ensure_loaded(self) -> None:
        """Run the first query (idempotent)."""
        if self._loaded:
            return
        self._loaded = True
        flt = self._filter
        self.model.set_query(
            replace(
                self.model.query,
                category_id=flt.category_id,
                no_next_step=flt.no_next_step,
                include_archived=flt.include_archived,
            )
        )
        self._after_reset(None)

    def showEvent(self, event) -> None:
        self.ensure_loaded()
        super().showEvent(event)

    def apply_filter(self, flt: SidebarFilter) -> None:
        self._filter = flt
        if not self._loaded:
            self._update_actions()
            return  # the first load applies it
        self._top_after_reset = True
        self.model.set_filter(
            flt.category_id, no_next_step=flt.no_next_step, include_archived=flt.include_archived
        )
        self._top_after_reset = False
        self._update_actions()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def current_contact_id(self) -> int | None:
        return self.model.id_at(self.table.currentIndex().row())

    def selected_ids(self, *, archived: bool | None = None) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        result = []
        for row in rows:
            index = self.model.index(row, 0)
            if archived is None or bool(index.data(ARCHIVED_ROLE)) == archived:
                result.append(index.data(Qt.ItemDataRole.UserRole + 1))
        return result

    def select_contact(self, contact_id: int) -> bool:
        """Select the contact in the list (loading pages as needed); False if not listed."""
        self.ensure_loaded()
        row = self.model.row_of(contact_id)
        while row < 0 and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(contact_id)
        if row < 0 and self.search.text():
            self.search.clear()
            row = self.model.row_of(contact_id)
        if row < 0:
            self.pane.show_contact(contact_id)  # e.g. filtered out: still show the details
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def new_contact(self) -> None:
        self.contact_actions.new_contact()

    def edit_contact(self, contact_id: int) -> None:
        from .dialog import ContactDialog

        values = ContactDialog.ask(self.window(), contact_id)
        if values is not None and values.id is not None:
            self.select_contact(values.id)

    def edit_current(self) -> None:
        cid = self.current_contact_id()
        if cid is not None:
            self.edit_contact(cid)

    def archive_selected(self) -> None:
        self._archive(self.selected_ids(archived=False), True)

    def restore_selected(self) -> None:
        self._archive(self.selected_ids(archived=True), False)

    def _archive(self, ids: list[int], archive: bool) -> None:
        if ids:
            from .commands import ArchiveContactsCommand

            self.undo_stack.push(ArchiveContactsCommand(ids, archive, self._after_archive))

    def _after_archive(self, ids: list[int], archived: bool) -> None:
        # Undoing an archive (or a restore) shows the contact it brought back.
        if not archived or self._filter.include_archived:
            self.select_contact(ids[0])

    def save_state(self) -> None:
        settings.CONTACTS_HEADER.set(self.table.horizontalHeader().saveState())
        settings.CONTACTS_SPLITTER.set(self.splitter.saveState())

    # -- internals --------------------------------------------------------------------------
    def _restore_header(self) -> None:
        header = self.table.horizontalHeader()
        state = settings.CONTACTS_HEADER.get()
        if state is not None and header.restoreState(state):
            return
        # Narrow enough that name, company, phone and e-mail fit beside the contact
        # pane on a 1280-pixel laptop; the rest scrolls, the name stays (frozen).
        for column, width in enumerate((170, 140, 110, 125, 190, 100, 110)):
            header.resizeSection(column, width)

    def _archive_from_pane(self, contact_id: int, archive: bool) -> None:
        self._archive([contact_id], archive)

    def _search_changed(self, text: str) -> None:
        self.ensure_loaded()
        self._top_after_reset = True  # a new search starts at its best match
        self._typing = True  # the pane follows once the typing pauses
        self.model.set_search(text)
        self._typing = False
        self._top_after_reset = False

    def _search_return(self) -> None:
        if self.model.rowCount():
            if not self.table.currentIndex().isValid():
                self.table.setCurrentIndex(self.model.index(0, 0))
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _data_changed(self, *_args) -> None:
        if not self._loaded:
            return  # nothing shown yet; the first load reads the current data
        self.model.reload()
        self.pane.refresh()

    def _remember_current(self) -> None:
        self._remembered = self.current_contact_id()
        self._remembered_row = 0 if self._top_after_reset else self.table.currentIndex().row()

    def _after_reset(self, previous: int | None) -> None:
        row = self.model.row_of(previous) if previous is not None else -1
        if row < 0 and self.model.rowCount():
            # The contact left the list (archived, filtered): its neighbour takes its place.
            row = min(max(0, self._remembered_row), self.model.rowCount() - 1)
        if row >= 0:
            index = self.model.index(row, 0)
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            # A reset lands at the top; keep the contact that was shown in sight.
            QTimer.singleShot(0, lambda: self.table.scrollTo(self.table.currentIndex()))
        else:
            self._current_changed()
        self._update_count()

    def _current_changed(self, *_args) -> None:
        cid = self.current_contact_id()
        if self._typing:
            self._pane_timer.start()
        elif cid != self.pane.contact_id:
            self._pane_timer.stop()
            self.pane.show_contact(cid)
        self._update_actions()
        self.current_contact_changed.emit(cid)

    def _show_current_in_pane(self) -> None:
        cid = self.current_contact_id()
        if cid != self.pane.contact_id:
            self.pane.show_contact(cid)

    def _update_actions(self) -> None:
        has = self.table.currentIndex().isValid()
        archived = has and bool(self.table.currentIndex().data(ARCHIVED_ROLE))
        self.edit_action.setEnabled(has)
        self.archive_action.setEnabled(has and not archived)
        self.restore_action.setEnabled(has and archived)
        self.restore_action.setVisible(self._filter.include_archived)

    def _update_count(self) -> None:
        total = self.model.total()
        searching = bool(self.search.text().strip())
        if total is None:  # more than loaded, not counted yet: "200+"
            text = _.n("%n+ match", "%n+ matches", self.model.loaded_count())
        elif searching:
            text = _.n("%n match", "%n matches", total)
        else:
            text = _.n("%n contact", "%n contacts", total)
        _set_text_keeping_size(self.count_label, text)


def _set_text_keeping_size(label: QLabel, text: str) -> None:
    """Set a label's text without relayouting the window on every change.

    A label whose size may change asks its parent's layout to redo itself, and that
    request climbs to the tab widget, which then repaints the whole window: on every
    search keystroke whose count changed. A label of fixed size stops the climb, so
    the label keeps its size and only grows (once) when a text needs more room.
    """
    label.setText(text)
    hint = label.sizeHint()
    width = max(hint.width(), label.minimumWidth())
    if label.minimumSize() != label.maximumSize() or width > label.maximumWidth():
        label.setFixedSize(width, hint.height())
