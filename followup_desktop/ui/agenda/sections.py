"""The agenda's list of sections (Overdue, Today, ... each with its count), and what each
says when it is empty."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QIcon, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from ...i18n import translator
from .model import SECTION_ROLE, SectionModel, section_title

_ = translator(__name__)

HINTS = {
    "overdue": _.mark("Nothing is overdue. Well done."),
    "today": _.mark("Nothing due today."),
    "week": _.mark("Nothing planned for the next six days."),
    "theirs": _.mark("Nobody owes you a reply."),
    "losing": _.mark("Everyone has heard from you within their rhythm."),
    "none": _.mark("Every contact has a next step."),
    "keydates": _.mark(
        "No birthdays, anniversaries or dated things to remember in the next 14 days."
    ),
}
#: How many lines a section's name may take before the rest is elided ("…", the whole
#: name in the tooltip).
LINES = 2
_MARGIN = 4  # around an item's text, inside its highlight
_GAP = 6  # between the name and its count
_ICON = 16


def wrapped(metrics: QFontMetrics, text: str, width: int, lines: int = LINES) -> list[str]:
    """``text`` broken between words into at most ``lines`` lines of ``width`` pixels;
    what does not fit is elided on the last line (a word too long for a line, too)."""
    out: list[str] = []
    words = text.split()
    while words and len(out) < lines - 1:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        out.append(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width))
    if words:
        out.append(metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
    return out


def two_line_width(metrics: QFontMetrics, text: str) -> int:
    """The narrowest width that holds ``text`` on two lines, broken between words."""
    words = text.split()
    if len(words) < 2:
        return metrics.horizontalAdvance(text)
    return min(
        max(
            metrics.horizontalAdvance(" ".join(words[:cut])),
            metrics.horizontalAdvance(" ".join(words[cut:])),
        )
        for cut in range(1, len(words))
    )


class _Parts:
    """What an item shows: the icon, the section's name (wrapped), its count."""

    def __init__(self, index: QModelIndex | QPersistentModelIndex) -> None:
        text = index.data() or ""
        self.key: str = index.data(SECTION_ROLE)
        name = section_title(self.key)
        if text.startswith(name):  # "{section}  ({count})" in every language
            self.name, self.count = name, text[len(name) :].strip()
        else:
            self.name, self.count = text, ""
        self.icon = index.data(Qt.ItemDataRole.DecorationRole)

    def lead(self) -> int:
        return _ICON + _MARGIN if self.icon is not None else 0

    def tail(self, metrics: QFontMetrics) -> int:
        return _GAP + metrics.horizontalAdvance(self.count) if self.count else 0


class SectionDelegate(QStyledItemDelegate):
    """A section's name on up to two lines, its count beside the first, always whole."""

    def layout(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> tuple[_Parts, QFontMetrics, list[str], int]:
        """What the item shows in ``option.rect``: its parts, the font's metrics, the
        name's lines and the width they have beside the icon and the count."""
        parts = _Parts(index)
        metrics = QFontMetrics(option.font)
        room = option.rect.width() - 2 * _MARGIN - parts.lead() - parts.tail(metrics)
        return parts, metrics, wrapped(metrics, parts.name, max(room, 1)), room

    def sizeHint(self, option, index) -> QSize:
        self.initStyleOption(option, index)
        parts = _Parts(index)
        metrics = QFontMetrics(option.font)
        width = metrics.horizontalAdvance(parts.name) + parts.lead() + parts.tail(metrics)
        width += 2 * _MARGIN
        view = self.parent()
        if isinstance(view, QListView):  # no wider than the list: the name wraps instead
            width = min(width, view.viewport().width() - 2 * view.spacing())
        option.rect = QRect(0, 0, width, 1)
        parts, metrics, lines, _room = self.layout(option, index)
        height = max(len(lines) * metrics.lineSpacing(), _ICON if parts.icon else 0)
        return QSize(width, height + 2 * _MARGIN)

    def paint(self, painter: QPainter, option, index) -> None:
        self.initStyleOption(option, index)
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        # The style draws the item's highlight and focus frame; the text and icon: here.
        option.text, option.icon = "", QIcon()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        parts, metrics, lines, room = self.layout(option, index)
        rect = option.rect.adjusted(_MARGIN, _MARGIN, -_MARGIN, -_MARGIN)
        painter.save()
        painter.setFont(option.font)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colour = option.palette.highlightedText() if selected else option.palette.text()
        brush = index.data(Qt.ItemDataRole.ForegroundRole)
        painter.setPen(brush if brush is not None and not selected else colour.color())
        top = rect.top()
        if parts.icon is not None:
            icon_top = top + (metrics.lineSpacing() - _ICON) // 2
            parts.icon.paint(painter, QRect(rect.left(), icon_top, _ICON, _ICON))
        left = rect.left() + parts.lead()
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        for n, line in enumerate(lines):
            line_rect = QRect(left, top + n * metrics.lineSpacing(), room, metrics.lineSpacing())
            painter.drawText(line_rect, flags, line)
        if parts.count:
            count_rect = QRect(rect.left(), top, rect.width(), metrics.lineSpacing())
            right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(count_rect, right, parts.count)
        painter.restore()

    def helpEvent(self, event, view, option, index) -> bool:
        """The section's tooltip, after its whole name when that is elided."""
        if event is None or not index.isValid():
            return super().helpEvent(event, view, option, index)
        self.initStyleOption(option, index)
        parts, _metrics, lines, _room = self.layout(option, index)
        tip = index.data(Qt.ItemDataRole.ToolTipRole) or ""
        if " ".join(lines) != parts.name:
            tip = f"{parts.name}\n{tip}" if tip else parts.name
        QToolTip.showText(event.globalPos(), tip, view)
        return True


class SectionList(QListView):
    """The sections, each with its count: no wider than it needs, its names wrapping
    onto a second line where a language's names are long (German, French, Spanish) so
    the list of follow-ups beside it keeps its room; the counts always show whole."""

    def __init__(self, model: SectionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setAccessibleName(_("Agenda sections"))
        self.setItemDelegate(SectionDelegate(self))
        # Items are laid out again when the width changes: their heights follow it.
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSpacing(2)
        self.wanted = 0

    def fit(self) -> bool:
        """Size the list to its sections' names and counts ("Kein nächster Schritt
        (37)"), in bold as Overdue is drawn: one line each where that is narrow, else two
        lines for the longest names, never breaking a word; the widest count beside
        each. It only grows, so the list does not jitter as counts change: True when it
        grew (to ``wanted``)."""
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        model = self.model()
        one_line = two_lines = 0
        for row in range(model.rowCount()):
            parts = _Parts(model.index(row, 0))
            around = parts.lead() + parts.tail(metrics)
            one_line = max(one_line, metrics.horizontalAdvance(parts.name) + around)
            two_lines = max(two_lines, two_line_width(metrics, parts.name) + around)
        # Names on one line where that is narrow (English needs about 17 average
        # characters); longer ones on two lines, not in the room of the list beside it.
        text = one_line if one_line <= 18 * metrics.averageCharWidth() else two_lines
        frame = 2 * _MARGIN + 2 * self.spacing() + 2 * self.frameWidth()
        needed = text + frame + 2
        if needed <= self.wanted:
            return False
        self.wanted = needed
        self.setMinimumWidth(two_lines + frame + 2)
        self.updateGeometry()
        return True

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.wanted, hint.height()) if self.wanted else hint
