"""A one-line title that is cut with "…" rather than widen its window past the screen.

A bar's title ("Week 49: 30 Nov – 6 Dec 2026") is shown whole where there is room. On a
1280-pixel laptop a long German or French title would otherwise set the minimum width of
its bar, and so of the window, beyond the screen, pushing the bar's last buttons off it.
Cut, the whole title is in its tooltip (and stays the label's text for screen readers).
A title may come with shorter forms (``set_texts``: "KW 50: 7.–13. Dez."): the first
that fits is shown whole before anything is cut.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QWidget

#: The least a cut title keeps, in widths of "M" (about twelve characters).
MIN_EMS = 8


class ElidedLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._shorter: tuple[str, ...] = ()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        least = self.fontMetrics().horizontalAdvance("M") * MIN_EMS
        return QSize(min(hint.width(), least), hint.height())

    def shown_text(self) -> str:
        """The text as painted: whole, else the first shorter form that fits whole, else
        the shortest cut to the label's width with "…"."""
        room = self.contentsRect().width()
        metrics = self.fontMetrics()
        texts = (self.text(), *self._shorter)
        for text in texts:
            if metrics.horizontalAdvance(text) <= room:
                return text
        return metrics.elidedText(texts[-1], Qt.TextElideMode.ElideRight, room)

    def setText(self, text: str) -> None:
        self.set_texts((text,))

    def set_texts(self, texts: Sequence[str]) -> None:
        """The whole text (the label's text, read by screen readers), then shorter forms."""
        self._shorter = tuple(texts[1:])
        super().setText(texts[0])
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
