"""Lays a ``domain.jogger.Sheet`` out on pages with QPainter.

Two passes: every block (a heading, a follow-up row, a "No next step" line, the
prompts) is measured first, then placed on pages so that no block is split, a
heading never ends a page and (by default) each category starts a new page; only
then is it painted, so each footer can say "Page X of Y". Black on white only, with
words (OVERDUE) and shapes (a thick bar) instead of colour, so it reads the same on
any printer. The blocks are made here; ``pagination`` places them, ``page_text``
measures and draws their text.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPagedPaintDevice, QPainter

from ... import APP_NAME
from ...domain.jogger import (
    Formats,
    Section,
    Sheet,
    SheetLine,
    idle_text,
    more_text,
    printed_words,
)
from ...domain.vocabulary import category_label, channel_label
from ...i18n import translator
from .page_text import PageText
from .pagination import Block, paginate

_ = translator(__name__)


def _shorten(text: str, limit: int) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def channel_and_reason(channel: str, reason: str) -> str:
    """A line's "Call: ask about the pricing", the channel in the user's language."""
    label = channel_label(channel)
    return _("{channel}: {reason}").format(channel=label[:1].upper() + label[1:], reason=reason)


class SheetLayout(PageText):
    """Measures and paints one sheet on one paged device (QPrinter or QPdfWriter)."""

    def __init__(self, sheet: Sheet, device: QPagedPaintDevice, fmt: Formats, printed_on: date):
        super().__init__(device)
        self.sheet = sheet
        self.fmt = fmt
        self.printed_on = printed_on
        self.header_h = self.mm(14)
        self.footer_h = self.mm(8)

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
        x_left = self.mm(6)
        col_gap = self.mm(4)
        left_w = (self.width - x_left) * 0.38
        x_right = x_left + left_w + col_gap
        right_w = self.width - x_right
        details = [self.elide(f.small, t, left_w) for t in item.details()]  # long addresses
        left = self.measured([(f.bold, item.name), (f.small, "\n".join(details))], left_w)
        due_font = f.bold if (line.overdue or line.carried) else f.body
        right = self.measured(
            [
                (due_font, f"{line.due_text} · {line.whose_text}"),
                (f.body, channel_and_reason(item.channel, _shorten(item.reason, 300))),
                (f.small_italic, line.last_text),
            ],
            right_w,
        )
        left_h = sum(part[2] for part in left)
        right_h = sum(part[2] for part in right)
        content_h = max(left_h, right_h, self.mm(4))
        flagged = line.overdue or line.carried

        def block(gap: float, write_h: float) -> Block:
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

            return Block(gap + content_h + write_h + gap, paint, section=section)

        # The writing space (above the dotted line) gives way first when a category
        # would otherwise spill a row onto a page of its own.
        roomy = block(self.mm(1), self.mm(6.5))
        roomy.tight = block(self.mm(0.5), self.mm(5))
        return roomy

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
        text_h = self.text_height(self.fonts.body, text, self.width - x)

        def block(spacing: float) -> Block:
            def paint(p: QPainter, y: float) -> None:
                self.tick_box(p, self.mm(0.5), y + self.mm(0.6), 3.0)
                p.setPen(Qt.GlobalColor.black)
                self.draw(p, self.fonts.body, x, y + self.mm(0.4), self.width - x, text)

            return Block(text_h + spacing, paint, section=section)

        roomy = block(self.mm(1.6))
        roomy.tight = block(self.mm(0.8))
        return roomy

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
        """Places blocks on pages (``pagination.paginate``): [(block, top y), ...] per page."""
        return paginate(
            blocks,
            top=self.header_h,
            bottom=self.height - self.footer_h,
            per_category=self.sheet.options.page_per_category,
            continued=lambda section: self.heading_block(section, continued=True),
        )

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
        right.append(printed_words(self.fmt, self.printed_on))
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
        # The week as the header names it ("Week 49", "KW 49"), not its ISO code.
        p.drawText(QPointF(0, y), f"{self.sheet.week.name()} · {APP_NAME}")
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
