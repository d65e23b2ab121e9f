"""Text for the painted grids, shaped once: each font with its key and metrics, and the
shaped, elided and measured strings kept between paints."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QStaticText, QTransform


class FontInfo:
    """A font with its cache key and metrics, computed once (QFont.key() is not cheap)."""

    __slots__ = ("font", "key", "metrics", "height", "ascent")

    def __init__(self, font: QFont) -> None:
        self.font = font
        self.key = font.key()
        self.metrics = QFontMetrics(font)
        self.height = self.metrics.height()
        self.ascent = self.metrics.ascent()


class TextCache:
    """Shaped text kept between paints: a month repaints ~300 short strings, and shaping
    each one again (QPainter.drawText, elidedText) costs more than the rest of the frame.
    Bounded: each table is cleared whole when it grows past ``limit`` entries."""

    def __init__(self, limit: int = 8000) -> None:
        self.limit = limit
        self._static: dict[tuple[str, str], QStaticText] = {}
        self._elided: dict[tuple[str, int, str], str] = {}
        self._advance: dict[tuple[str, str], int] = {}

    def _trim(self, cache: dict) -> None:
        if len(cache) > self.limit:
            cache.clear()

    def static(self, text: str, font: FontInfo) -> QStaticText:
        key = (text, font.key)
        st = self._static.get(key)
        if st is None:
            self._trim(self._static)
            st = QStaticText(text)
            st.setTextFormat(Qt.TextFormat.PlainText)
            st.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
            st.prepare(QTransform(), font.font)
            self._static[key] = st
        return st

    def elided(self, font: FontInfo, text: str, width: int) -> str:
        key = (text, width, font.key)
        out = self._elided.get(key)
        if out is None:
            self._trim(self._elided)
            out = font.metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            self._elided[key] = out
        return out

    def advance(self, font: FontInfo, text: str) -> int:
        key = (text, font.key)
        w = self._advance.get(key)
        if w is None:
            self._trim(self._advance)
            w = self._advance[key] = font.metrics.horizontalAdvance(text)
        return w

    def clear(self) -> None:
        self._static.clear()
        self._elided.clear()
        self._advance.clear()
