"""Text and lines on a printed page, in millimetres: the printed list's fonts, wrapped
text measured and drawn (one-line ASCII without a text layout, the cheap way), texts
elided to a width, pens and tick boxes. Black on white only."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPagedPaintDevice, QPainter, QPen

TEXT_FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)


class PrintFonts:
    """The printed list's fonts and their metrics on one device."""

    def __init__(self, device: QPagedPaintDevice) -> None:
        def make(size: float, bold: bool = False, italic: bool = False) -> QFont:
            f = QFont()
            f.setStyleHint(QFont.StyleHint.SansSerif)
            f.setFamilies(["DejaVu Sans", "Arial", "Helvetica", "Sans Serif"])
            f.setPointSizeF(size)
            f.setBold(bold)
            f.setItalic(italic)
            return f

        self.title = make(13, bold=True)
        self.heading = make(11.5, bold=True)
        self.body = make(9)
        self.bold = make(9, bold=True)
        self.small = make(8)
        self.small_italic = make(8, italic=True)
        self.device = device
        self._metrics: dict[int, QFontMetricsF] = {}
        self._wide: dict[int, float] = {}

    def metrics(self, font: QFont) -> QFontMetricsF:
        fm = self._metrics.get(id(font))
        if fm is None:
            fm = self._metrics[id(font)] = QFontMetricsF(font, self.device)
            # The widest printable ASCII character: a short ASCII text whose length
            # times this fits the width is surely one line, no need to lay it out.
            self._wide[id(font)] = max(fm.horizontalAdvance(c) for c in "W@M%&mw")
        return fm

    def fits_one_line(self, font: QFont, text: str, width: float) -> bool:
        self.metrics(font)
        return text.isascii() and "\n" not in text and len(text) * self._wide[id(font)] <= width


class PageText:
    """Measuring and drawing on one paged device (QPrinter or QPdfWriter)."""

    def __init__(self, device: QPagedPaintDevice) -> None:
        self.device = device
        self.fonts = PrintFonts(device)
        self.dpi = device.logicalDpiY()
        self.width = float(device.width())
        self.height = float(device.height())
        self._pens: dict[tuple, QPen] = {}

    def mm(self, value: float) -> float:
        return value * self.dpi / 25.4

    def text_height(self, font: QFont, text: str, width: float) -> float:
        if not text:
            return 0.0
        fm = self.fonts.metrics(font)
        if self.fonts.fits_one_line(font, text, width):
            return fm.height()
        return fm.boundingRect(QRectF(0, 0, width, 1e7), TEXT_FLAGS, text).height()

    @staticmethod
    def draw(painter: QPainter, font: QFont, x: float, y: float, w: float, text: str) -> float:
        """Draws wrapped text, returns the height used."""
        if not text:
            return 0.0
        painter.setFont(font)
        # Top-aligned text in a tall box; drawText returns the box the text used.
        return painter.drawText(QRectF(x, y, w, 1e7), TEXT_FLAGS, text).height()

    def elide(self, font: QFont, text: str, width: float) -> str:
        if self.fonts.fits_one_line(font, text, width):
            return text
        return self.fonts.metrics(font).elidedText(text, Qt.TextElideMode.ElideMiddle, width)

    def measured(self, parts, width: float) -> list[tuple[QFont, str, float, float]]:
        """(font, text, height, baseline offset if it is surely one line else -1)."""
        out = []
        for font, text in parts:
            if not text:
                continue
            if self.fonts.fits_one_line(font, text, width):
                fm = self.fonts.metrics(font)
                out.append((font, text, fm.height(), fm.ascent()))
            else:
                out.append((font, text, self.text_height(font, text, width), -1.0))
        return out

    @staticmethod
    def draw_measured(painter: QPainter, x: float, y: float, w: float, parts) -> None:
        """Draws texts measured by ``measured`` one under the other."""
        for font, text, h, ascent in parts:
            painter.setFont(font)
            if ascent >= 0:  # one line: the plain (cheaper) call, no text layout
                painter.drawText(QPointF(x, y + ascent), text)
            else:
                painter.drawText(QRectF(x, y, w, h + 1), TEXT_FLAGS, text)
            y += h

    def pen(self, width_mm: float, style=Qt.PenStyle.SolidLine) -> QPen:
        key = (width_mm, style)
        pen = self._pens.get(key)
        if pen is None:
            pen = self._pens[key] = QPen(Qt.GlobalColor.black)
            pen.setWidthF(self.mm(width_mm))
            pen.setStyle(style)
        return pen

    def tick_box(self, painter: QPainter, x: float, y: float, size_mm: float = 3.6) -> None:
        painter.setPen(self.pen(0.3))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        s = self.mm(size_mm)
        painter.drawRect(QRectF(x, y, s, s))
