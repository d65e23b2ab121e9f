"""Lays a ``domain.jogger.Sheet`` out on pages with QPainter.

Two passes: every block (a heading, a follow-up row, a "No next step" line, the
prompts) is measured first, then placed on pages so that no block is split, a
heading never ends a page and (by default) each category starts a new page; only
then is it painted, so each footer can say "Page X of Y". Black on white only, with
words (OVERDUE) and shapes (a thick bar) instead of colour, so it reads the same on
any printer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPagedPaintDevice, QPainter, QPen

from ... import APP_NAME
from ...domain.jogger import Formats, Section, Sheet, SheetLine, idle_text, more_text
from ...domain.vocabulary import category_label, channel_label
from ...i18n import translator

_ = translator(__name__)

TEXT_FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)


def _shorten(text: str, limit: int) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def channel_and_reason(channel: str, reason: str) -> str:
    """A line's "Call: ask about the pricing", the channel in the user's language."""
    label = channel_label(channel)
    return _("{channel}: {reason}").format(channel=label[:1].upper() + label[1:], reason=reason)


@dataclass
class Block:
    height: float
    paint: Callable[[QPainter, float], None]  # paints at the given top y
    keep_with_next: bool = False
    section: Section | None = None  # for the "(continued)" heading on a new page
    is_heading: bool = False
    #: Helps but is not an item (the prompts for new names): left out rather than
    #: printed on a page of its own or pushing its category onto a "(continued)" page.
    optional: bool = False


class _Fonts:
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


class SheetLayout:
    """Measures and paints one sheet on one paged device (QPrinter or QPdfWriter)."""

    def __init__(self, sheet: Sheet, device: QPagedPaintDevice, fmt: Formats, printed_on: date):
        self.sheet = sheet
        self.device = device
        self.fmt = fmt
        self.printed_on = printed_on
        self.fonts = _Fonts(device)
        self.dpi = device.logicalDpiY()
        self.width = float(device.width())
        self.height = float(device.height())
        self.header_h = self.mm(14)
        self.footer_h = self.mm(8)
        self._pens: dict[tuple, QPen] = {}

    def mm(self, value: float) -> float:
        return value * self.dpi / 25.4

    # -- measuring helpers -------------------------------------------------------------
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

    # -- blocks ------------------------------------------------------------------------
    def blocks(self) -> list[Block]:
        out: list[Block] = [self._summary_block()]
        if self.sheet.key_dates:
            out.append(self._key_dates_block())
        for section in self.sheet.sections:
            out.extend(self._section_blocks(section))
        return out

    def _summary_block(self) -> Block:
        sheet = self.sheet
        due, overdue = sheet.due_count, sheet.overdue_count
        if due and overdue:
            first = _.n(
                "%n to follow up, {overdue} of them overdue.",
                "%n to follow up, {overdue} of them overdue.",
                due,
            ).format(overdue=overdue)
        elif due:
            first = _.n("%n to follow up.", "%n to follow up.", due)
        else:
            first = _("Nothing is due this week.")
        how = _(
            "Tick the box when done, write the result on the line, "
            "then key it in with Work the list in the agenda."
        )
        text = f"{first} {how}"
        h = self.text_height(self.fonts.small_italic, text, self.width) + self.mm(2)

        def paint(p: QPainter, y: float) -> None:
            p.setPen(Qt.GlobalColor.black)
            self.draw(p, self.fonts.small_italic, 0, y, self.width, text)

        return Block(h, paint)

    def _key_dates_block(self) -> Block:
        """Birthdays and other key dates this week and next, a card's with its address."""
        title = _("Key dates this week and next (a card needs a week)")
        body = "\n".join(self.sheet.key_dates)
        x = self.mm(6)
        title_h = self.text_height(self.fonts.bold, title, self.width)
        h = self.mm(2) + title_h + self.text_height(self.fonts.small, body, self.width - x)
        h += self.mm(2)

        def paint(p: QPainter, y: float) -> None:
            p.setPen(Qt.GlobalColor.black)
            self.draw(p, self.fonts.bold, 0, y + self.mm(2), self.width, title)
            self.draw(p, self.fonts.small, x, y + self.mm(2) + title_h, self.width - x, body)

        return Block(h, paint)

    def _heading_text(self, section: Section, continued: bool = False) -> tuple[str, str]:
        title = category_label(section.category.name)
        if continued:
            title = _("{category} (continued)").format(category=title)
        n, overdue = len(section.lines), section.overdue_count
        if n and overdue:
            detail = _.n("%n due, {overdue} overdue", "%n due, {overdue} overdue", n)
            detail = detail.format(overdue=overdue)
        elif n:
            detail = _.n("%n due", "%n due", n)
        else:
            detail = _("nothing due")
        return title, detail

    def heading_block(self, section: Section, continued: bool = False) -> Block:
        title, detail = self._heading_text(section, continued)
        fm = self.fonts.metrics(self.fonts.heading)
        h = self.mm(3) + fm.height() + self.mm(2.2)

        def paint(p: QPainter, y: float) -> None:
            top = y + self.mm(3)
            p.setPen(Qt.GlobalColor.black)
            p.setFont(self.fonts.heading)
            p.drawText(QPointF(0, top + fm.ascent()), title)
            p.setFont(self.fonts.small)
            detail_w = self.fonts.metrics(self.fonts.small).horizontalAdvance(detail)
            p.drawText(QPointF(self.width - detail_w, top + fm.ascent()), detail)
            line_y = top + fm.height() + self.mm(0.6)
            p.setPen(self.pen(0.5))
            p.drawLine(QPointF(0, line_y), QPointF(self.width, line_y))

        return Block(h, paint, keep_with_next=True, section=section, is_heading=True)

    def _section_blocks(self, section: Section) -> list[Block]:
        out = [self.heading_block(section)]
        if not section.lines:
            out.append(self._note_block(_("Nothing due in this category this week."), section))
        out.extend(self._row_block(line, section) for line in section.lines)
        if self.sheet.options.include_no_next_step and section.idle_total:
            out.append(self._subheading_block(section))
            out.extend(self._idle_block(c, section) for c in section.idle)
            if section.idle_more:
                # "and N more" never stands alone on a page: it goes with the last name.
                out[-1].keep_with_next = True
                out.append(self._note_block(more_text(section.idle_more) + ".", section))
        if section.prompts:
            out.append(self._prompts_block(section))
        return out

    def _note_block(self, text: str, section: Section) -> Block:
        x = self.mm(6)
        h = self.text_height(self.fonts.small_italic, text, self.width - x) + self.mm(1.5)

        def paint(p: QPainter, y: float) -> None:
            p.setPen(Qt.GlobalColor.black)
            self.draw(p, self.fonts.small_italic, x, y + self.mm(0.8), self.width - x, text)

        return Block(h, paint, section=section)

    def _row_block(self, line: SheetLine, section: Section) -> Block:
        item = line.item
        f = self.fonts
        gap = self.mm(1)
        x_left = self.mm(6)
        col_gap = self.mm(4)
        left_w = (self.width - x_left) * 0.38
        x_right = x_left + left_w + col_gap
        right_w = self.width - x_right
        details = [item.company] if item.company and item.company != item.name else []
        details += [t for t in (item.phone, item.email) if t]
        details = [self.elide(f.small, t, left_w) for t in details]  # long e-mail addresses
        left = self.measured([(f.bold, item.name), (f.small, "\n".join(details))], left_w)
        due_font = f.bold if (line.overdue or line.carried) else f.body
        right = [
            (due_font, f"{line.due_text} · {line.whose_text}"),
            (f.body, channel_and_reason(item.channel, _shorten(item.reason, 300))),
            (f.small_italic, line.last_text),
        ]
        right = self.measured(right, right_w)
        left_h = sum(part[2] for part in left)
        right_h = sum(part[2] for part in right)
        content_h = max(left_h, right_h, self.mm(4))
        write_h = self.mm(6.5)
        h = gap + content_h + write_h + gap
        flagged = line.overdue or line.carried

        def paint(p: QPainter, y: float) -> None:
            top = y + gap
            self.tick_box(p, self.mm(0.5), top + self.mm(0.3))
            if flagged:  # a thick bar under the box: visible without colour
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(Qt.GlobalColor.black)
                p.drawRect(QRectF(self.mm(0.5), top + self.mm(4.6), self.mm(3.6), self.mm(1.2)))
                p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(Qt.GlobalColor.black)
            self.draw_measured(p, x_left, top, left_w, left)
            self.draw_measured(p, x_right, top, right_w, right)
            line_y = top + content_h + write_h - self.mm(1.2)
            p.setPen(self.pen(0.2, Qt.PenStyle.DotLine))
            p.drawLine(QPointF(x_left, line_y), QPointF(self.width, line_y))

        return Block(h, paint, section=section)

    def _subheading_block(self, section: Section) -> Block:
        text = _.n(
            "No next step – %n contact without a planned follow-up, most recently active first",
            "No next step – %n contacts without a planned follow-up, most recently active first",
            section.idle_total,
        )
        h = self.mm(2.5) + self.text_height(self.fonts.bold, text, self.width) + self.mm(0.8)

        def paint(p: QPainter, y: float) -> None:
            p.setPen(Qt.GlobalColor.black)
            self.draw(p, self.fonts.bold, 0, y + self.mm(2.5), self.width, text)

        return Block(h, paint, keep_with_next=True, section=section)

    def _idle_block(self, contact, section: Section) -> Block:
        text = idle_text(contact, self.fmt)
        x = self.mm(6)
        h = self.text_height(self.fonts.body, text, self.width - x) + self.mm(1.6)

        def paint(p: QPainter, y: float) -> None:
            self.tick_box(p, self.mm(0.5), y + self.mm(0.6), 3.0)
            p.setPen(Qt.GlobalColor.black)
            self.draw(p, self.fonts.body, x, y + self.mm(0.4), self.width - x, text)

        return Block(h, paint, section=section)

    def _prompts_block(self, section: Section) -> Block:
        f = self.fonts
        x = self.mm(6)
        w = self.width - x
        title = _("Think of new people to contact:")
        new_name = _("New name:")
        bullets = [f"–  {t}" for t in section.prompts]
        line_h = self.mm(7)
        text_h = self.text_height(f.bold, title, self.width) + sum(
            self.text_height(f.body, b, w) for b in bullets
        )
        h = self.mm(2.5) + text_h + section.blank_name_lines * line_h + self.mm(1)

        def paint(p: QPainter, y: float) -> None:
            p.setPen(Qt.GlobalColor.black)
            cy = y + self.mm(2.5)
            cy += self.draw(p, f.bold, 0, cy, self.width, title)
            for b in bullets:
                cy += self.draw(p, f.body, x, cy, w, b)
            p.setFont(f.small)
            label_w = f.metrics(f.small).horizontalAdvance(new_name + " ")
            for _line in range(section.blank_name_lines):
                cy += line_h
                p.setPen(Qt.GlobalColor.black)
                p.drawText(QPointF(x, cy - self.mm(0.8)), new_name)
                p.setPen(self.pen(0.2))
                p.drawLine(QPointF(x + label_w, cy), QPointF(self.width, cy))

        return Block(h, paint, section=section, optional=True)

    # -- pages -------------------------------------------------------------------------
    def paginate(self, blocks: list[Block]) -> list[list[tuple[Block, float]]]:
        """Places blocks on pages: [(block, top y), ...] per page.

        A block that does not fit starts a new page, under a "(continued)" heading
        when it belongs to a category. With ``page_per_category`` every category's
        heading also starts a new page, unless the page holds no category yet (the
        first page opens with the week's summary line, then the first category).
        """
        top = self.header_h
        bottom = self.height - self.footer_h
        per_category = self.sheet.options.page_per_category
        pages: list[list[tuple[Block, float]]] = [[]]
        y = top
        i = 0
        while i < len(blocks):
            # A heading is placed only together with the block after it.
            group = [blocks[i]]
            while group[-1].keep_with_next and i + len(group) < len(blocks):
                group.append(blocks[i + len(group)])
            need = sum(b.height for b in group)
            new_category = (
                per_category
                and group[0].is_heading
                and any(b.section is not None for b, _y in pages[-1])
            )
            if group[0].optional and y + need > bottom and pages[-1]:
                i += len(group)  # the prompts do not get a page (or a break) of their own
                continue
            if not new_category and y + need > bottom and pages[-1] and group[0].section:
                # A category's last few lines that spill over: make room by leaving out
                # the prompts already placed on this page, rather than open a
                # "(continued)" page for them.
                y = self._make_room(pages[-1], blocks, i, y, bottom)
            if new_category or (y + need > bottom and pages[-1]):
                pages.append([])
                y = top
                section = group[0].section
                if section is not None and not group[0].is_heading:
                    cont = self.heading_block(section, continued=True)
                    pages[-1].append((cont, y))
                    y += cont.height
            for b in group:
                pages[-1].append((b, y))
                y += b.height
            i += len(group)
        return pages

    def _make_room(self, page, blocks, i, y, bottom) -> float:
        """Drop this page's optional blocks when that lets the rest of the current
        category (blocks[i:] up to the next heading) finish on this page; the new y."""
        rest = 0.0
        for block in blocks[i:]:
            if block.is_heading:
                break
            if not block.optional:
                rest += block.height
        spare = sum(b.height for b, _y in page if b.optional)
        if not spare or y - spare + rest > bottom:
            return y
        kept: list = []
        y = page[0][1] if page else y
        for block, _y in page:
            if block.optional:
                continue
            kept.append((block, y))
            y += block.height
        page[:] = kept
        return y

    def paint_header(self, p: QPainter, page: int, count: int) -> None:
        f = self.fonts
        fm = f.metrics(f.title)
        p.setPen(Qt.GlobalColor.black)
        p.setFont(f.title)
        p.drawText(QPointF(0, fm.ascent()), _("Weekly follow-up list"))
        p.setFont(f.body)
        p.drawText(
            QPointF(0, fm.height() + f.metrics(f.body).ascent()), self.sheet.week.label(self.fmt)
        )
        right = []
        if self.sheet.user_name:
            right.append(self.sheet.user_name)
        right.append(_("Printed {date}").format(date=self.fmt.date(self.printed_on)))
        p.setFont(f.small)
        sm = f.metrics(f.small)
        for n, t in enumerate(right):
            p.drawText(
                QPointF(self.width - sm.horizontalAdvance(t), sm.ascent() + n * sm.height()), t
            )
        y = self.header_h - self.mm(2.5)
        p.setPen(self.pen(0.35))
        p.drawLine(QPointF(0, y), QPointF(self.width, y))

    def paint_footer(self, p: QPainter, page: int, count: int) -> None:
        f = self.fonts
        sm = f.metrics(f.small)
        y = self.height - sm.descent()
        p.setPen(Qt.GlobalColor.black)
        p.setFont(f.small)
        p.drawText(QPointF(0, y), f"{self.sheet.week.iso} · {APP_NAME}")
        text = _("Page {page} of {count}").format(page=page, count=count)
        p.drawText(QPointF(self.width - sm.horizontalAdvance(text), y), text)

    def render(self, painter: QPainter) -> int:
        """Paints every page (calling newPage between them); returns the page count."""
        pages = self.paginate(self.blocks())
        for n, placed in enumerate(pages, start=1):
            if n > 1:
                self.device.newPage()
            self.paint_header(painter, n, len(pages))
            for block, y in placed:
                block.paint(painter, y)
            self.paint_footer(painter, n, len(pages))
        return len(pages)
