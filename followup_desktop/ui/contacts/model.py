"""The contact list's item model: ids paged in from SQL, row data fetched as painted.

Nothing here holds 50,000 rows. The model keeps the ordered ids it has paged in so
far (``fetchMore`` asks for the next, doubling page, as the view scrolls down, the
pattern of Qt's fetchMore example) and a bounded cache of the rows it has painted,
fetched by id in small batches. Filter, search and sort are SQL
(``store.contact_list``); a change replaces the id list in one reset.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from ...domain import dates, phones
from ...domain.vocabulary import category_label
from ...i18n import translator
from ...store import contact_list
from ...store.contact_list import ContactQuery, ContactRow
from ...store.contacts import categories
from ..kit.rich import plain_tip

_ = translator(__name__)

#: (sort key, header) per column; the header is translated where shown.
COLUMNS = [
    ("name", _.mark("Name")),
    ("company", _.mark("Company")),
    ("category", _.mark("Category")),
    ("phone", _.mark("Phone")),
    ("email", _.mark("E-mail")),
    ("last_contact", _.mark("Last contact")),
    ("next_due", _.mark("Next follow-up")),
]
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ARCHIVED_ROLE = Qt.ItemDataRole.UserRole + 2

_DISPLAY = Qt.ItemDataRole.DisplayRole
_FONT = Qt.ItemDataRole.FontRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_ROLES = frozenset(
    int(r)
    for r in (_DISPLAY, _FONT, _FOREGROUND, Qt.ItemDataRole.ToolTipRole, ID_ROLE, ARCHIVED_ROLE)
)
_ROOT = QModelIndex()  # the invisible root: a flat list has no other parent

FIRST_PAGE = 200
ROW_BATCH = 64
CACHE_ROWS = 3000


class ContactsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._query = ContactQuery()
        self._ids: list[int] = []
        self._exhausted = True
        self._total: int | None = 0
        self._rows: OrderedDict[int, ContactRow] = OrderedDict()
        self._category_names: dict[int, str] = {}
        self._italic = QFont()
        self._italic.setItalic(True)
        self._bold = QFont()
        self._bold.setBold(True)
        self._today = date.today().isoformat()

    # -- what the list shows -------------------------------------------------------------
    @property
    def query(self) -> ContactQuery:
        return self._query

    def set_query(self, query: ContactQuery, *, keep_loaded: bool = False) -> None:
        """Show another filter/search/sort (one SQL page; the view resets)."""
        wanted = max(FIRST_PAGE, len(self._ids)) if keep_loaded else FIRST_PAGE
        self.beginResetModel()
        self._query = query
        self._rows.clear()
        if not self._category_names:
            self._load_categories()
        self._total = None
        self._today = date.today().isoformat()
        self._ids = contact_list.contact_ids(query, 0, wanted)
        self._exhausted = len(self._ids) < wanted
        self.endResetModel()

    def set_search(self, text: str) -> None:
        if text != self._query.search:
            self.set_query(replace(self._query, search=text))

    def set_filter(
        self, category_id: int | None, *, no_next_step: bool, include_archived: bool
    ) -> None:
        q = replace(
            self._query,
            category_id=category_id,
            no_next_step=no_next_step,
            include_archived=include_archived,
        )
        if q != self._query:
            self.set_query(q)

    def reload(self) -> None:
        """Re-query after a change elsewhere, keeping as many rows as were loaded."""
        self._category_names = {}  # a category may have been renamed or added
        self.set_query(self._query, keep_loaded=True)

    def total(self) -> int | None:
        """How many contacts match, when that is cheap to know (else None)."""
        if self._exhausted:
            return len(self._ids)
        if self._total is None and not self._query.search.strip():
            self._total = contact_list.count(self._query)  # an index count, no search scan
        return self._total

    def loaded_count(self) -> int:
        return len(self._ids)

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, contact_id: int) -> int:
        """The row showing this contact among those loaded, or -1."""
        try:
            return self._ids.index(contact_id)
        except ValueError:
            return -1

    def _load_categories(self) -> None:
        self._category_names = {c.id: category_label(c.name) for c in categories()}

    # -- paging ------------------------------------------------------------------------------
    def canFetchMore(self, parent=_ROOT) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent=_ROOT) -> None:
        if parent.isValid() or self._exhausted:
            return
        start = len(self._ids)
        page = max(FIRST_PAGE, start)  # doubling: a handful of queries reach the end
        more = contact_list.contact_ids(self._query, start, page)
        self._exhausted = len(more) < page
        if more:
            self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
            self._ids.extend(more)
            self.endInsertRows()

    def fetch_all(self) -> None:
        while self.canFetchMore():
            self.fetchMore()

    # -- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return _(COLUMNS[section][1])
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        q = replace(
            self._query,
            sort=COLUMNS[column][0],
            descending=order == Qt.SortOrder.DescendingOrder,
        )
        if q != self._query:
            self.set_query(q)

    def row_data(self, row: int) -> ContactRow | None:
        cid = self.id_at(row)
        if cid is None:
            return None
        data = self._rows.get(cid)
        if data is None:
            self._fetch_around(row)
            data = self._rows.get(cid)
        else:
            self._rows.move_to_end(cid)
        return data

    def _fetch_around(self, row: int) -> None:
        start = max(0, row - ROW_BATCH // 4)
        wanted = [i for i in self._ids[start : start + ROW_BATCH] if i not in self._rows]
        self._rows.update(contact_list.rows(wanted))
        while len(self._rows) > CACHE_ROWS:
            self._rows.popitem(last=False)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        # The view asks ~10 roles per painted cell: answer the unused ones first, cheaply.
        if role not in _ROLES or not index.isValid():
            return None
        row = self.row_data(index.row())
        if row is None:
            return None
        col = COLUMNS[index.column()][0]
        if role == _DISPLAY:
            return self._display(row, col)
        if role == ID_ROLE:
            return row.id
        if role == ARCHIVED_ROLE:
            return row.archived
        if role == _FONT:
            if row.archived:
                return self._italic
            if col == "next_due" and row.next_due and row.next_due[:10] <= self._today:
                return self._bold  # due today or overdue
            return None
        if role == _FOREGROUND:
            if row.archived:
                return QGuiApplication.palette().brush(
                    QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
                )
            return None
        if row.archived:  # tooltip
            return plain_tip(_("{name} is archived").format(name=row.name))
        if col == "next_due" and not row.next_due:
            return _("No next step planned")
        return None

    def _display(self, row: ContactRow, col: str) -> str:
        if col == "name":
            return row.name
        if col == "company":
            return row.company
        if col == "category":
            return self._category_names.get(row.category_id, "")
        if col == "phone":
            return phones.display(row.phone)
        if col == "email":
            return row.email
        if col == "last_contact":
            return self._date(row.last_interaction_at, _("never"))
        if col == "next_due":
            return self._date(row.next_due, "")
        return ""

    def _date(self, value: str | None, empty: str) -> str:
        if not value:
            return empty
        try:
            d = date.fromisoformat(value[:10])
        except ValueError:
            return value
        return dates.format_short(d)
