"""The day view: every follow-up of one day in a list, with the agenda's actions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...i18n import translator
from ...store.calendar import CalendarItem
from ..followups.actions import DONE_TIP
from ..followups.later_tip import LaterTip
from ..kit.rich import plain_tip
from .style import CalendarStyle, status_sign, time_text

_ = translator(__name__)

COLUMNS = (
    _.mark("Time"),
    _.mark("Contact"),
    _.mark("Category"),
    _.mark("Reason"),
    _.mark("Whose move"),
    _.mark("Status"),
)
#: The Status column's word for each stored status.
_STATES = {"open": _.mark("Open"), "done": _.mark("Done"), "cancelled": _.mark("Cancelled")}
ID_ROLE = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()


class DayModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: list[CalendarItem] = []
        self._today = date.today()
        self._style: CalendarStyle | None = None
        self._swatches: dict[tuple[int, bool], QIcon] = {}

    def set_items(self, items: list[CalendarItem], today: date, style: CalendarStyle) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._today = today
        self._style = style
        self._swatches = {}
        self.endResetModel()

    def item(self, row: int) -> CalendarItem:
        return self._items[row]

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(COLUMNS):
                return _(COLUMNS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        col = index.column()
        st = self._style
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, col)
        if role == ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.ForegroundRole and st is not None:
            if not item.is_open:
                return QBrush(st.dimmed)
            if item.is_overdue(self._today) and col in (0, 5):
                return QBrush(st.overdue)
            return None
        if role == Qt.ItemDataRole.DecorationRole and col == 2 and st is not None:
            return self._swatch(st, item.category_id, item.is_open)
        if role == Qt.ItemDataRole.FontRole and item.status == "cancelled":
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and col == 3:
            return plain_tip(item.reason)
        return None

    def _swatch(self, st: CalendarStyle, category_id: int, is_open: bool) -> QIcon:
        key = (category_id, is_open)
        icon = self._swatches.get(key)
        if icon is None:
            colour = QColor(st.colour(category_id))
            if not is_open:
                colour.setAlpha(90)
            pixmap = QPixmap(12, 12)
            pixmap.fill(colour)
            icon = self._swatches[key] = QIcon(pixmap)
        return icon

    def _text(self, item: CalendarItem, col: int) -> str:
        if col == 0:
            return time_text(item.due_time) or _("All day")
        if col == 1:
            return item.contact_name
        if col == 2:
            if self._style is None:
                return ""
            return f"{self._style.code(item.category_id)} \u00b7 " + self._style.names.get(
                item.category_id, ""
            )
        if col == 3:
            return item.reason
        if col == 4:
            return _("Theirs") if item.whose == "theirs" else _("Mine")
        sign = status_sign(item, self._today)
        label = _STATES.get(item.status)
        state = _(label) if label is not None else item.status
        if item.is_overdue(self._today):
            days = (self._today - item.due_date).days
            state = _.n("Overdue %n day", "Overdue %n days", days)
        return f"{sign} {state}".strip()


class DayList(QTableView):
    """A table of one day's follow-ups. As in the agenda: Enter or a double click marks the
    current one done (the note dialog), the context menu has every action."""

    #: A follow-up should show its actions (id, global position for the menu).
    item_clicked = Signal(int, QPoint)
    #: Mark this follow-up done (Enter, double click).
    done_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarDay")
        self.setAccessibleName(_("Day"))
        self.model_ = DayModel(self)
        self.setModel(self.model_)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self.activated.connect(self._activated)
        self.day = date.today()

    def set_day(self, day: date, items: list[CalendarItem], today: date, style: CalendarStyle):
        self.day = day
        self.model_.set_items(items, today, style)
        if items:
            self.selectRow(0)

    def select_followup(self, followup_id: int) -> bool:
        for row in range(self.model_.rowCount()):
            if self.model_.item(row).id == followup_id:
                self.selectRow(row)
                return True
        return False

    def current_item(self) -> CalendarItem | None:
        index = self.currentIndex()
        return self.model_.item(index.row()) if index.isValid() else None

    def _activated(self, index) -> None:
        if index.isValid():
            item = self.model_.item(index.row())
            if item.is_open:
                self.done_requested.emit(item.id)
            else:  # nothing to do: offer what there is (open the contact, log...)
                rect = self.visualRect(index)
                self.item_clicked.emit(item.id, self.viewport().mapToGlobal(rect.bottomLeft()))

    def _context_menu(self, pos) -> None:
        index = self.indexAt(pos)
        if index.isValid():
            self.item_clicked.emit(
                self.model_.item(index.row()).id, self.viewport().mapToGlobal(pos)
            )

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.model_.rowCount() == 0:
            p = QPainter(self.viewport())
            p.setPen(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
            p.drawText(
                self.viewport().rect(),
                Qt.AlignmentFlag.AlignCenter,
                _("No follow-ups on this day.")
                + "\n"
                + _("Press \u2190 or \u2192 to see the days around it."),
            )

    def keyPressEvent(self, event) -> None:
        # Left/Right/PageUp/PageDown move between days (handled by the calendar view).
        # So do the calendar's letter keys (T today, M/W/D modes) instead of type-ahead.
        letters = (Qt.Key.Key_T, Qt.Key.Key_M, Qt.Key.Key_W, Qt.Key.Key_D)
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        if event.modifiers() & ctrl_shift == ctrl_shift and event.key() in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
        ):
            event.ignore()  # Ctrl+Shift+arrows move the follow-up (the calendar view)
            return
        if event.key() in (
            Qt.Key.Key_Left,
            Qt.Key.Key_Right,
            Qt.Key.Key_PageUp,
            Qt.Key.Key_PageDown,
        ) or (plain and event.key() in letters):
            event.ignore()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._activated(self.currentIndex())
            return
        super().keyPressEvent(event)


class DayPage(QWidget):
    """The day view: the agenda's buttons (Done, +1 day, Cancel, more) over the day's list."""

    #: (action, follow-up id): "done", "1day", "cancel".
    action_requested = Signal(str, int)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        later_tip: Callable[[CalendarItem], str] | None = None,
    ) -> None:
        super().__init__(parent)
        #: The "+1 day" tip for a follow-up (FollowUpActions.later_tip_of).
        self.later_tip = later_tip
        self.list = DayList(self)
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 4, 6, 4)
        self.done_button = QPushButton(_("Do&ne\u2026"), self)
        self.done_button.setToolTip(_(DONE_TIP))
        self.later_button = QPushButton(_("+&1 day"), self)
        LaterTip(self.later_button, self._later_tip)  # owned by the button
        self.cancel_button = QPushButton(_("&Cancel follow-up\u2026"), self)
        # Alt+M is the Month button above, Alt+R the Review tab, Alt+E the Edit menu.
        self.more_button = QPushButton(_("More act&ions\u2026"), self)
        self.more_button.setToolTip(_("Every action for this follow-up (also on right click)"))
        for b in (self.done_button, self.later_button, self.cancel_button, self.more_button):
            bar.addWidget(b)
        bar.addStretch(1)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)
        col.addLayout(bar)
        col.addWidget(self.list, 1)
        self.setFocusProxy(self.list)
        self.done_button.clicked.connect(lambda: self._act("done"))
        self.later_button.clicked.connect(lambda: self._act("1day"))
        self.cancel_button.clicked.connect(lambda: self._act("cancel"))
        self.more_button.clicked.connect(self._more)
        self.list.done_requested.connect(lambda fid: self.action_requested.emit("done", fid))
        self.list.model_.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def _act(self, kind: str) -> None:
        item = self.list.current_item()
        if item is not None:
            self.action_requested.emit(kind, item.id)

    def _later_tip(self) -> str:
        item = self.list.current_item()
        if item is None or not item.is_open or self.later_tip is None:
            return ""
        return self.later_tip(item)

    def _more(self) -> None:
        item = self.list.current_item()
        if item is not None:
            pos = self.more_button.mapToGlobal(self.more_button.rect().bottomLeft())
            self.list.item_clicked.emit(item.id, pos)

    def _update_buttons(self) -> None:
        if self.list.selectionModel() is None:
            return
        item = self.list.current_item()
        is_open = item is not None and item.is_open
        for b in (self.done_button, self.later_button, self.cancel_button):
            b.setEnabled(is_open)
        self.more_button.setEnabled(item is not None)

    def set_day(self, *args) -> None:
        self.list.set_day(*args)
        self._update_buttons()
