"""Holiday cards on paper: address labels on a standard sheet (Avery 5160 / L7160), or an
address list, through the weekly list's PDF path (``printing.write_paged_pdf``) or a
printer.

Labels are painted in the sheet's millimetres from the page's corner (full-page mode:
the printer's margins must not shift them). Each label's text gets the largest size
from 10 pt down at which every line fits inside the label, so no address is cut.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
)

from ...domain.labels import LabelSheet, Recipient, split_recipients
from ...i18n import translator
from .printing import PdfWriteError, write_paged_pdf

_ = translator(__name__)

LARGEST_PT = 10.0
SMALLEST_PT = 5.0


def page_size_for(sheet: LabelSheet) -> QPageSize:
    return QPageSize(
        QPageSize.PageSizeId.Letter if sheet.paper == "letter" else QPageSize.PageSizeId.A4
    )


def _full_page(device: QPagedPaintDevice) -> None:
    layout = device.pageLayout()
    layout.setMode(QPageLayout.Mode.FullPageMode)
    device.setPageLayout(layout)


def fitting_font(lines: Sequence[str], width: float, height: float, device) -> QFont:
    """The largest font (LARGEST_PT down to SMALLEST_PT) at which ``lines`` fit the box."""
    size = LARGEST_PT
    font = QFont()
    while True:
        font.setPointSizeF(size)
        metrics = QFontMetricsF(font, device)
        tall = metrics.lineSpacing() * len(lines)
        wide = max((metrics.horizontalAdvance(line) for line in lines), default=0.0)
        if (tall <= height and wide <= width) or size <= SMALLEST_PT:
            return font
        size -= 0.5


def render_labels(people: Sequence[Recipient], sheet: LabelSheet, device: QPagedPaintDevice) -> int:
    """Paint one label per recipient with an address; returns the page count."""
    with_address, _missing = split_recipients(people)
    _full_page(device)
    painter = QPainter()
    if not painter.begin(device):
        raise PdfWriteError(_("The printer or file could not be opened for drawing."))
    dots = device.logicalDpiX() / 25.4
    pad = sheet.padding * dots
    box_w = sheet.label_width * dots - 2 * pad
    box_h = sheet.label_height * dots - 2 * pad
    pages = 1
    fonts: dict[tuple[str, ...], QFont] = {}
    try:
        for i, person in enumerate(with_address):
            if i and i % sheet.per_page == 0:
                device.newPage()
                pages += 1
            x_mm, y_mm = sheet.position(i)
            lines = person.lines()
            key = tuple(lines)
            font = fonts.get(key) or fitting_font(lines, box_w, box_h, device)
            painter.setFont(font)
            metrics = QFontMetricsF(font, device)
            step = metrics.lineSpacing()
            # centred vertically, left-aligned: how people address an envelope
            top = y_mm * dots + pad + max(0.0, (box_h - step * len(lines)) / 2)
            left = x_mm * dots + pad
            for n, line in enumerate(lines):
                painter.drawText(QPointF(left, top + n * step + metrics.ascent()), line)
    finally:
        painter.end()
    return pages


def render_address_list(
    people: Sequence[Recipient], device: QPagedPaintDevice, *, title: str = ""
) -> int:
    """A list of who gets a card and where, then those with no address yet."""
    title = title or _("Card addresses")
    with_address, missing = split_recipients(people)
    painter = QPainter()
    if not painter.begin(device):
        raise PdfWriteError(_("The printer or file could not be opened for drawing."))
    page = device.pageLayout().paintRectPixels(device.logicalDpiX())
    width, height = page.width(), page.height()
    body = QFont()
    body.setPointSizeF(9)
    bold = QFont(body)
    bold.setBold(True)
    head = QFont(body)
    head.setPointSizeF(13)
    head.setBold(True)
    pages = 1
    y = 0.0

    def room(needed: float) -> None:
        nonlocal y, pages
        if y + needed > height:
            device.newPage()
            pages += 1
            y = 0.0

    def text(font: QFont, line: str, x: float = 0.0) -> float:
        nonlocal y
        painter.setFont(font)
        metrics = QFontMetricsF(font, device)
        room(metrics.lineSpacing())
        painter.drawText(QRectF(x, y, width - x, metrics.lineSpacing()), 0, line)
        y += metrics.lineSpacing()
        return metrics.lineSpacing()

    try:
        text(
            head,
            _.n(
                "{title}: %n with an address", "{title}: %n with an address", len(with_address)
            ).format(title=title),
        )
        y += 8
        for person in with_address:  # one line each, so a year's cards fit a page or two
            painter.setFont(bold)
            room(QFontMetricsF(bold, device).lineSpacing())
            indent = QFontMetricsF(bold, device).horizontalAdvance(person.name + "  ")
            painter.drawText(QPointF(0, y + QFontMetricsF(bold, device).ascent()), person.name)
            text(body, ", ".join(person.lines()[1:]), indent)
        if missing:
            y += 12
            text(head, _("No address yet ({count}): ask them for one").format(count=len(missing)))
            y += 8
            for person in missing:
                text(body, person.name + (f", {person.company}" if person.company else ""))
    finally:
        painter.end()
    return pages


def write_labels_pdf(
    people: Sequence[Recipient], sheet: LabelSheet, path: str | os.PathLike[str]
) -> int:
    return write_paged_pdf(
        lambda device: render_labels(people, sheet, device),
        path,
        title=_("Address labels ({sheet})").format(sheet=sheet.name),
        page_size=page_size_for(sheet),
    )


def write_address_list_pdf(
    people: Sequence[Recipient], path: str | os.PathLike[str], *, today: date | None = None
) -> int:
    day = today or date.today()
    return write_paged_pdf(
        lambda device: render_address_list(
            people, device, title=_("Card addresses {year}").format(year=day.year)
        ),
        path,
        title=_("Card addresses"),
    )
