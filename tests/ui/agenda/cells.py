"""Whether a table cell shows its text whole, as Qt draws it (tests import it)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTableView


def text_room(table: QTableView, index: QModelIndex) -> int:
    """The pixels a cell has for its text: the style's text rectangle (beside the icon,
    if any) less the margins the item view keeps on both sides."""
    option = QStyleOptionViewItem()
    option.initFrom(table)
    option.rect = table.visualRect(index)
    option.features = QStyleOptionViewItem.ViewItemFeature.HasDisplay
    option.text = index.data() or ""
    style = table.style()
    if index.data(Qt.ItemDataRole.DecorationRole) is not None:  # the view's icon size
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration
        size = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, table)
        option.decorationSize = QSize(size, size)
    rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, table)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    return rect.width() - 2 * margin


def shows_whole(table: QTableView, index: QModelIndex) -> bool:
    """True when Qt draws the cell's text without eliding it ("34 Tage überf…")."""
    font = index.data(Qt.ItemDataRole.FontRole)
    metrics = QFontMetrics(font) if isinstance(font, QFont) else table.fontMetrics()
    return metrics.horizontalAdvance(index.data() or "") <= text_room(table, index)
