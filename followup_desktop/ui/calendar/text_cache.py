"""Text for the painted grids, shaped once: each font with its key and metrics, and the
shaped, elided and measured strings kept between paints."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF, QStaticText, QTransform

ELLIPSIS = "\u2026"
#: How much narrower kerning can make a line than the sum of its characters' advances.
KERNING_MARGIN = 0.04
#: Anything outside the scripts whose characters sit side by side, one glyph each, at
#: their own advance (Latin, Greek, Cyrillic, punctuation, arrows and signs, kana, Han,
#: Hangul syllables): Arabic, Hebrew, Indic scripts, combining marks, controls and
#: emoji are measured by Qt, which shapes them.
_NOT_PER_CHARACTER = re.compile(
    "[^\u0020-\u007e\u00a0-\u024f\u0370-\u03ff\u0400-\u052f\u1e00-\u1fff"
    "\u2010-\u2027\u2030-\u205e\u2070-\u27bf\u3000-\u30ff\u4e00-\u9fff\uac00-\ud7a3]"
)


class FontInfo:
    """A font with its cache key and metrics, computed once (QFont.key() is not cheap)."""

    __slots__ = ("font", "key", "metrics", "height", "ascent", "_fine", "_advances", "_ellipsis")

    def __init__(self, font: QFont) -> None:
        self.font = font
        self.key = font.key()
        self.metrics = QFontMetrics(font)
        self.height = self.metrics.height()
        self.ascent = self.metrics.ascent()
        self._fine = QFontMetricsF(font)
        self._advances: dict[str, float] = {}
        self._ellipsis = self._fine.horizontalAdvance(ELLIPSIS)

    def elide(self, text: str, width: int) -> str:
        """``text`` cut at the right with an ellipsis to fit ``width`` pixels, as
        QFontMetrics.elidedText does, mostly without shaping it.

        Painting shapes the text anyway; measuring it with elidedText first shaped every
        item of a month twice. Here a character's advance is measured once per font and
        a line's width is their sum, which kerning only makes narrower (up to ~3 % of
        the line): the sum never lets text overflow. A line that may fit after all
        (its sum is within that margin of the room) and text in scripts whose shape
        depends on their neighbours go to Qt; a line well over its room is cut where
        the sum says, at most a character or two before Qt would."""
        if _NOT_PER_CHARACTER.search(text) is not None:
            return self.metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        advances = self._advances
        room = width - self._ellipsis
        surely_over = width + max(4.0, width * KERNING_MARGIN)
        total = 0.0
        cut = -1
        for i, ch in enumerate(text):
            advance = advances.get(ch)
            if advance is None:
                advance = advances[ch] = self._fine.horizontalAdvance(ch)
            total += advance
            if cut < 0 and total > room:
                cut = i
            if total > surely_over:
                if cut == 0:  # not even one character: the ellipsis alone if it fits
                    return ELLIPSIS if self._ellipsis <= width else ""
                return text[:cut] + ELLIPSIS
        if total <= width:
            return text
        return self.metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


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
            out = font.elide(text, width)
            self._elided[key] = out
        return out

    def width(self, text: str, font: FontInfo) -> float:
        """The width of ``static(text, font)`` as drawn (for right-aligned text)."""
        return self.static(text, font).size().width()

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
