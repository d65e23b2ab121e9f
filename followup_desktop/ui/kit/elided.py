"""A one-line title that is cut with "…" rather than widen its window past the screen.

A bar's title ("Week 49: 30 Nov – 6 Dec 2026") is shown whole where there is room. On a
1280-pixel laptop a long German or French title would otherwise set the minimum width of
its bar, and so of the window, beyond the screen, pushing the bar's last buttons off it.
Cut, the whole title is in its tooltip (and stays the label's text for screen readers).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QWidget

#: The least a cut title keeps, in widths of "M" (about twelve characters).
MIN_EMS = 8


class ElidedLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        least = self.fontMetrics().horizontalAdvance("M") * MIN_EMS
        return QSize(min(hint.width(), least), hint.height())

    def shown_text(self) -> str:
        """The text as painted: whole, or cut to the label's width with "…"."""
        room = self.contentsRect().width()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, room)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._update_tip()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._update_tip()

    def _update_tip(self) -> None:
        self.setToolTip(self.text() if self.shown_text() != self.text() else "")

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), int(self.alignment()), self.shown_text())
