"""Given up too early: the contacts a retry may still win, as a table the user works
from the keyboard (Enter or a double click asks for a retry to be planned; the view
plans it, undoably)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ...domain import review
from ...domain.jogger import Formats
from ...domain.vocabulary import CHANNELS, category_label, channel_label
from ...i18n import translator
from ...store import review as store_review
from ..kit.rich import plain_tip
from .sheet import number

_ = translator(__name__)
_ROOT = QModelIndex()


class GivenUpModel(QAbstractTableModel):
    """The "given up too early" rows (a few hundred at most on a large database)."""

    def __init__(self, fmt: Formats, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self.rows: list[store_review.GivenUpRow] = []

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(review.GIVEN_UP_HEADERS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return review.GIVEN_UP_HEADERS[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.name,
                category_label(row.category),
                number(row.attempts),
                channel_label(row.last_channel),
                self.fmt.date(row.last_at.date()),
                channel_label(row.suggested_channel),
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return plain_tip(f"{row.name} · {category_label(row.category)}")
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row.contact_id
        return None

    def set_rows(self, rows: list[store_review.GivenUpRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def remove_contact(self, contact_id: int) -> None:
        for k, row in enumerate(self.rows):
            if row.contact_id == contact_id:
                self.beginRemoveRows(QModelIndex(), k, k)
                del self.rows[k]
                self.endRemoveRows()
                return


class GivenUpTable(QTableView):
    """The rows, one selected at a time, columns sized from the font."""

    #: Enter (or a double click) on a row: plan a retry for it.
    plan_requested = Signal()

    def __init__(self, model: GivenUpModel, fmt: Formats, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.verticalHeader().setVisible(False)
        # Fixed sizes from the font, never measured over hundreds of rows per load.
        fm = self.fontMetrics()
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(fm.height() + 8)
        header = self.horizontalHeader()
        longest_channel = max((channel_label(c) for c in CHANNELS), key=fm.horizontalAdvance)
        samples = (
            "",
            category_label("Industry Colleagues"),
            "",
            longest_channel,
            fmt.date(date(2026, 11, 29)),
            longest_channel,
        )
        for column, sample in enumerate(samples):
            title = review.GIVEN_UP_HEADERS[column]
            header.resizeSection(column, max(fm.horizontalAdvance(t) for t in (sample, title)) + 14)
        # The name is what the row is for. Half a laptop screen has no room for six
        # columns (in German the last two went out of sight): the category, Prospects or
        # Referrals, as the sentence above says, moves into the name's tooltip.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setColumnHidden(1, True)
        self.setAccessibleName(_("Given up too early"))
        self.doubleClicked.connect(lambda _index: self.plan_requested.emit())

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self.plan_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)
