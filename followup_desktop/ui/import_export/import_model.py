"""The import preview as an item model: one row per file row, nothing loaded twice."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush

from ...domain.vocabulary import category_label
from ...i18n import translator
from ...store.import_preview import Preview
from ..kit.contrast import CAUTION, SUCCESS, WARNING, app_tone
from ..kit.rich import plain_tip

_ = translator(__name__)

STATUS_LABELS = {
    "new": _.mark("New"),
    "duplicate": _.mark("Duplicate"),
    "invalid": _.mark("Invalid"),
}
STATUS_TONES = {"new": SUCCESS, "duplicate": CAUTION, "invalid": WARNING}
#: The column titles (shown translated: ``_(COLUMNS[i])``).
COLUMNS = (
    _.mark("Import"),
    _.mark("Line"),
    _.mark("Status"),
    _.mark("Will"),
    _.mark("Details"),
    _.mark("Name"),
    _.mark("Company"),
    _.mark("E-mail"),
    _.mark("Phone"),
    _.mark("Category"),
    _.mark("Profile URL"),
)
#: What a row will do when imported, by action.
WILL = {
    "create": _.mark("Add"),
    "update": _.mark("Update existing"),
    "skip": _.mark("Skip"),
    "invalid": _.mark("Leave out"),
}
#: The columns the model treats apart (1 is the file's line, shown as it is).
COL_INCLUDE, COL_STATUS, COL_WILL, COL_DETAILS, COL_CATEGORY = 0, 2, 3, 4, 9


class PreviewModel(QAbstractTableModel):
    #: A row was ticked or unticked, or the options changed what rows will do.
    plan_changed = Signal()

    def __init__(self, preview: Preview, parent=None) -> None:
        super().__init__(parent)
        self.preview = preview

    def rowCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.preview.rows)

    def columnCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _(COLUMNS[section])
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_INCLUDE and self.preview.rows[index.row()].status != "invalid":
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def _will(self, i: int) -> str:
        row = self.preview.rows[i]
        action = row.action(self.preview.options.on_duplicate)
        if action == "merge":
            # a duplicate with no existing contact: it repeats an earlier row of the file
            assert row.duplicate_of is not None
            earlier = self.preview.rows[row.duplicate_of].record.line
            return _("Add to line {line}").format(line=earlier)
        return _(WILL[action])

    def _category(self, i: int) -> str:
        row = self.preview.rows[i]
        names = self.preview.categories
        if row.category_id is not None:
            return category_label(names.get(row.category_id, ""))
        default = names.get(self.preview.options.default_category_id or -1, "")
        return _("{category} (default)").format(category=category_label(default))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.preview.rows)):
            return None
        i, col = index.row(), index.column()
        row = self.preview.rows[i]
        record = row.record
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_INCLUDE:
                return None
            return (
                None,
                record.line,
                _(STATUS_LABELS[row.status]),
                self._will(i),
                row.reason,
                record.display_name if (record.first_name or record.last_name) else "",
                record.company,
                record.email,
                record.phone or record.mobile,
                self._category(i) if row.status != "invalid" else "",
                record.profile_url,
            )[col]
        if role == Qt.ItemDataRole.CheckStateRole and col == COL_INCLUDE:
            if row.status == "invalid":
                return None
            return Qt.CheckState.Checked if row.include else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            if not row.reason:
                return None
            return plain_tip(
                _("Line {line}: {problem}").format(line=record.line, problem=row.reason)
            )
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_STATUS:
            return QBrush(app_tone(STATUS_TONES[row.status]))
        if role == Qt.ItemDataRole.UserRole:
            return row.status
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or index.column() != COL_INCLUDE
            or role != Qt.ItemDataRole.CheckStateRole
        ):
            return False
        row = self.preview.rows[index.row()]
        if row.status == "invalid":
            return False
        row.include = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, index.siblingAtColumn(COL_WILL))
        self.plan_changed.emit()
        return True

    def set_options(self, on_duplicate: str, default_category_id: int) -> None:
        self.preview.options.on_duplicate = on_duplicate
        self.preview.options.default_category_id = default_category_id
        if self.preview.rows:
            top = self.index(0, COL_WILL)
            bottom = self.index(len(self.preview.rows) - 1, COL_CATEGORY)
            self.dataChanged.emit(top, bottom)
        self.plan_changed.emit()


class StatusFilter(QSortFilterProxyModel):
    """Show all rows, or only the new, duplicate or invalid ones.

    Qt's own filtering (a role and an anchored pattern) keeps 50,000 rows from
    calling into Python when no filter is set.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setFilterRole(Qt.ItemDataRole.UserRole)
        self.setFilterKeyColumn(COL_STATUS)
        self.status = ""

    def set_status(self, status: str) -> None:
        self.status = status
        self.setFilterRegularExpression(f"^{status}$" if status else "")
