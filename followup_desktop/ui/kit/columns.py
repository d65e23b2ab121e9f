"""Table columns with priorities: what matters stays on screen, the rest gives way.

``PriorityColumns(table, specs)`` sizes a table's columns to its viewport whenever it
is resized: every column gets at least its minimum width, in priority order, and a
column that no longer fits is hidden (least important first), so a narrow laptop
window never scrolls sideways to the phone number. Space left over goes to the
shown columns up to their preferred widths, then to the stretching one. Cells that
are cut short are elided; the models give each cell its full text as a tooltip.

``FrozenFirstColumn(table)`` keeps a table's first column (the name) in place while
the rest scrolls sideways: a second view of the same model and selection lies over
the left edge (Qt's "Frozen Column" example).
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QTableView


class Column(NamedTuple):
    """How a table column yields when the window is narrow: its priority and widths.

    A NamedTuple, not a frozen dataclass: a dataclass compiles its methods from source
    at every start (~2-3 M instructions)."""

    index: int  # type: ignore[assignment]  # the column's number, shadowing tuple.index
    priority: int  # 0 = never hidden; larger = hidden sooner
    minimum: int
    preferred: int
    stretch: bool = False
    #: Shown whenever it fits at its minimum; the others only when every column before
    #: them still gets its preferred width (a cut "Due" helps nobody; a hidden Channel
    #: is in the tooltip).
    essential: bool = False


def plan_widths(specs: list[Column], available: int) -> dict[int, int]:
    """Width per shown column (hidden ones are left out) for ``available`` pixels."""
    ranked = sorted(specs, key=lambda c: c.priority)
    shown: list[Column] = []
    used = 0
    for column in ranked:
        if column.priority == 0 or column.essential:
            fits = used + column.minimum <= available
        else:
            fits = sum(c.preferred for c in shown) + column.minimum <= available
        if column.priority == 0 or fits:
            shown.append(column)
            used += column.minimum
        elif not column.essential:
            break  # the less important ones give way too, in order
    widths = {c.index: c.minimum for c in shown}
    spare = max(0, available - used)
    # Essential columns that do not stretch (a date, a phone number) reach their
    # preferred width first: cut, they help nobody, while a stretching text (the reason)
    # elides gracefully with its whole text in the tooltip.
    firm = [c for c in shown if c.essential and not c.stretch]
    firm_wants = sum(c.preferred - c.minimum for c in firm)
    if firm_wants > 0:
        share = min(1.0, spare / firm_wants)
        for column in firm:
            extra = int((column.preferred - column.minimum) * share)
            widths[column.index] += extra
            spare -= extra
    wants = sum(c.preferred - widths[c.index] for c in shown)
    if wants > 0:
        share = min(1.0, spare / wants)
        for column in shown:
            extra = int((column.preferred - widths[column.index]) * share)
            widths[column.index] += extra
            spare -= extra
    stretchers = [c for c in shown if c.stretch] or shown[-1:]
    for column in stretchers:
        widths[column.index] += spare // len(stretchers)
    return widths


class PriorityColumns(QObject):
    """Keeps a table's columns fitted to its width (see the module docstring)."""

    def __init__(self, table: QTableView, specs: list[Column]) -> None:
        super().__init__(table)
        self.table = table
        self.specs = list(specs)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        # The header is laid out to the viewport's width whenever that changes (a resize,
        # a scroll bar coming or going), so its resizes are the viewport's. Watching the
        # header rather than the viewport spares start-up ~20 ms: the first viewport()
        # makes PySide look through every widget class for the viewport's (a plain
        # QWidget's) Python type. A hidden header is not laid out: then the viewport.
        self._watched = header if not header.isHidden() else table.viewport()
        self._watched.installEventFilter(self)
        self.fit()

    def set_specs(self, specs: list[Column]) -> None:
        """Fit to ``specs`` from now on; a column they leave out is hidden."""
        kept = {c.index for c in specs}
        for column in self.specs:
            if column.index not in kept:
                self.table.setColumnHidden(column.index, True)
        self.specs = list(specs)
        self.fit()

    def hidden(self) -> list[int]:
        return [c.index for c in self.specs if self.table.isColumnHidden(c.index)]

    def fit(self) -> None:
        available = self._watched.width()  # the viewport's width (see __init__)
        if available <= 1:
            return
        widths = plan_widths(self.specs, available)
        for column in self.specs:
            width = widths.get(column.index)
            self.table.setColumnHidden(column.index, width is None)
            if width is not None:
                self.table.setColumnWidth(column.index, width)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False


class FrozenFirstColumn(QObject):
    """A view of the table's first column laid over its left edge (see module docstring)."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self._column_count = -1
        frozen = self.view = QTableView(table)
        frozen.setObjectName("frozen-first-column")
        frozen.setModel(table.model())
        frozen.setSelectionModel(table.selectionModel())
        frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        frozen.setFrameShape(QFrame.Shape.NoFrame)
        frozen.verticalHeader().hide()
        frozen.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        frozen.verticalHeader().setDefaultSectionSize(table.verticalHeader().defaultSectionSize())
        frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        frozen.setSelectionBehavior(table.selectionBehavior())
        frozen.setSelectionMode(table.selectionMode())
        frozen.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        frozen.setAlternatingRowColors(table.alternatingRowColors())
        frozen.setShowGrid(table.showGrid())
        frozen.setWordWrap(False)
        frozen.setSortingEnabled(table.isSortingEnabled())
        frozen.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        header = frozen.horizontalHeader()
        header.setSectionsMovable(False)
        header.setHighlightSections(False)
        header.setSortIndicatorShown(True)
        main_header = table.horizontalHeader()
        header.setSortIndicator(
            main_header.sortIndicatorSection(), main_header.sortIndicatorOrder()
        )
        main_header.sortIndicatorChanged.connect(self._main_sorted)
        header.sectionClicked.connect(self._frozen_clicked)
        main_header.sectionResized.connect(self._resized)
        table.verticalScrollBar().valueChanged.connect(frozen.verticalScrollBar().setValue)
        frozen.verticalScrollBar().valueChanged.connect(table.verticalScrollBar().setValue)
        frozen.doubleClicked.connect(table.doubleClicked)
        table.model().modelReset.connect(self._columns)
        table.model().layoutChanged.connect(self._columns)
        # The name column stays first: it is the one laid over the left edge.
        main_header.sectionMoved.connect(self._keep_first)
        table.installEventFilter(self)
        self._columns()
        frozen.show()

    def _columns(self, *_args) -> None:
        # Called on every reset (each keystroke of a search): touch only what changed,
        # or hiding columns and resizing would ask the whole window to repaint.
        model = self.table.model()
        count = model.columnCount()
        if count != self._column_count:
            self._column_count = count
            for column in range(count):
                self.view.setColumnHidden(column, column != 0)
        if self.view.columnWidth(0) != self.table.columnWidth(0):
            self.view.setColumnWidth(0, self.table.columnWidth(0))
        self._place()

    def _main_sorted(self, section: int, order) -> None:
        self.view.horizontalHeader().setSortIndicator(section, order)

    def _frozen_clicked(self, section: int) -> None:
        header = self.table.horizontalHeader()
        if header.sortIndicatorSection() == section:
            order = (
                Qt.SortOrder.DescendingOrder
                if header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
                else Qt.SortOrder.AscendingOrder
            )
        else:
            order = Qt.SortOrder.AscendingOrder
        self.table.sortByColumn(section, order)

    def _resized(self, logical: int, _old: int, new: int) -> None:
        if logical == 0:
            self.view.setColumnWidth(0, new)
            self._place()

    def _place(self) -> None:
        table = self.table
        frame = table.frameWidth()
        rect = QRect(
            frame,
            frame,
            table.columnWidth(0),
            table.viewport().height() + table.horizontalHeader().height(),
        )
        if self.view.geometry() != rect:
            self.view.setGeometry(rect)
        self.view.verticalScrollBar().setValue(table.verticalScrollBar().value())

    def _keep_first(self, *_args) -> None:
        header = self.table.horizontalHeader()
        if header.visualIndex(0) != 0:
            header.moveSection(header.visualIndex(0), 0)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.table and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._place()
        return False
