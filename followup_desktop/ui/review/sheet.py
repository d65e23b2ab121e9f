"""The weekly review on one printed page (a QPrinter in the preview, or a PDF).

Black on white, numbers written on every bar, so it reads the same on any printer. The
words are ``domain.review``'s, as on screen. "Given up too early" lists as many rows as
fit the page and says how many more the Review tab holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QLocale, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageSize,
    QPainter,
    QPen,
)

from ...domain import review, review_week
from ...domain.jogger import Formats, printed_words, week_of
from ...domain.vocabulary import category_label, channel_label
from ...domain.week_title import week_number
from ...i18n import translator
from ...store.review import Review
from ..jogger.printing import locale_formats, paint_pages, write_paged_pdf

_ = translator(__name__)

LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTER = int(Qt.AlignmentFlag.AlignCenter)
WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
CHANNEL_HEADERS = (
    _.mark("Channel"),
    _.mark("Attempts"),
    _.mark("Replies"),
    _.mark("Rate"),
    _.mark("After silence"),
)


def number(n: int) -> str:
    """A count as the chosen locale writes it ("1,234", "1.234", "1 234")."""
    return QLocale().toString(int(n))


def period_text(period: str) -> str:
    """The review's period in a heading: "last 12 months" ("letzte 12 Monate")."""
    label = review.PERIODS[period][0]  # domain.review's label, read in the language
    return label[:1].lower() + label[1:]


def week_short(start: date) -> str:
    """A week's number under a bar: "W48" ("KW48")."""
    return _("W{number}", "week number").format(number=week_number(start))


def _font(size: float, bold: bool = False) -> QFont:
    f = QFont()
    f.setStyleHint(QFont.StyleHint.SansSerif)
    f.setFamilies(["DejaVu Sans", "Arial", "Helvetica", "Sans Serif"])
    f.setPointSizeF(size)
    f.setBold(bold)
    return f


def week_label(result: Review, fmt: Formats) -> str:
    return week_of(result.week_start, result.week_start.weekday()).label(fmt)


class ReviewPage:
    """Paints one ``store.review.Review`` on one page of ``device``."""

    def __init__(self, result: Review, device: QPagedPaintDevice, fmt: Formats, printed_on: date):
        self.r = result
        self.fmt = fmt
        self.printed_on = printed_on
        self.dpi = device.logicalDpiY()
        self.w = float(device.width())
        self.h = float(device.height())
        self.title = _font(13, bold=True)
        self.heading = _font(11, bold=True)
        self.body = _font(8.5)
        self.bold = _font(8.5, bold=True)
        self.small = _font(7.5)
        self.small_bold = _font(7.5, bold=True)  # table headers
        self.device = device

    def mm(self, v: float) -> float:
        return v * self.dpi / 25.4

    def line_h(self, font: QFont) -> float:
        return QFontMetricsF(font, self.device).height()

    def text(self, p: QPainter, font: QFont, rect: QRectF, text: str, flags: int = LEFT) -> float:
        p.setFont(font)
        return p.drawText(rect, flags, text).height()

    # -- the page ---------------------------------------------------------------------------
    def render(self, p: QPainter) -> int:
        p.setPen(QPen(Qt.GlobalColor.black, self.mm(0.2)))
        y = self._header(p)
        y = self._week(p, y + self.mm(3))
        y = self._persistence(p, y + self.mm(4))
        self._given_up(p, y + self.mm(4))
        return 1

    def _header(self, p: QPainter) -> float:
        h = self.line_h(self.title)
        title = _("Weekly review · {week}").format(week=week_label(self.r, self.fmt))
        printed = printed_words(self.fmt, self.printed_on)
        self.text(p, self.title, QRectF(0, 0, self.w, h), title)
        title_w = QFontMetricsF(self.title, self.device).horizontalAdvance(title)
        small_w = QFontMetricsF(self.small, self.device).horizontalAdvance(printed)
        if title_w + self.mm(4) + small_w <= self.w:  # beside the title
            self.text(p, self.small, QRectF(0, 0, self.w, h), printed, RIGHT)
        else:  # a long title (German): the date goes under it
            small_h = self.line_h(self.small)
            self.text(p, self.small, QRectF(0, h, self.w, small_h), printed, RIGHT)
            h += small_h
        y = h + self.mm(1)
        p.drawLine(0, int(y), int(self.w), int(y))
        return y

    def _heading(self, p: QPainter, y: float, text: str) -> float:
        h = self.line_h(self.heading)
        self.text(p, self.heading, QRectF(0, y, self.w, h), text)
        return y + h + self.mm(1)

    def _week(self, p: QPainter, y: float) -> float:
        y = self._heading(p, y, _("The week in numbers"))
        lh = self.line_h(self.body) * 1.15
        lines = review_week.week_lines(self.r.week, self.r.losing_touch)
        bold = QFontMetricsF(self.bold, self.device)
        widest = max((bold.horizontalAdvance(label) for label, _value in lines), default=0.0)
        label_w = max(self.mm(32), widest + self.mm(3))  # German labels run longer
        text_w = self.w - label_w
        for label, value in lines:
            self.text(p, self.bold, QRectF(0, y, label_w, lh), label)
            used = self.text(p, self.body, QRectF(label_w, y, text_w, lh * 3), value, WRAP)
            y += max(lh, used + lh * 0.15)
        y += self.mm(2)
        self._trend(p, QRectF(0, y, self.w * 0.7, self.mm(32)))
        return y + self.mm(32)

    def _trend(self, p: QPainter, box: QRectF) -> None:
        """Nine weeks: a bar of my follow-ups planned, its on-time part filled, "on time/
        planned" written above; the week's number below."""
        weeks = self.r.weeks
        cap = self.line_h(self.small)
        self.text(  # the whole width: the chart is narrower than its caption
            p,
            self.small,
            QRectF(box.x(), box.y(), self.w - box.x(), cap),
            _(
                "The week and the eight before: my follow-ups done on time (filled) of those "
                "planned (outline)"
            ),
        )
        chart = QRectF(box.x(), box.y() + cap * 2.2, box.width(), box.height() - cap * 4)
        most = max((w.planned for w in weeks), default=0) or 1
        slot = chart.width() / len(weeks)
        for k, n in enumerate(weeks):
            x = chart.x() + k * slot + slot * 0.15
            bw = slot * 0.7
            full = chart.height() * n.planned / most
            done = chart.height() * n.on_time / most
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(QRectF(x, chart.bottom() - full, bw, full))
            p.setBrush(QBrush(QColor(90, 90, 90)))
            p.drawRect(QRectF(x, chart.bottom() - done, bw, done))
            p.setBrush(Qt.BrushStyle.NoBrush)
            self.text(
                p,
                self.small,
                QRectF(x - slot * 0.15, chart.bottom() - full - cap * 1.1, slot, cap),
                f"{n.on_time}/{n.planned}",
                CENTER,
            )
            label = week_short(n.start) + (" ◂" if k == len(weeks) - 1 else "")
            self.text(
                p, self.small, QRectF(x - slot * 0.15, chart.bottom(), slot, cap), label, CENTER
            )

    def _persistence(self, p: QPainter, y: float) -> float:
        y = self._heading(
            p, y, _("Persistence pays · {period}").format(period=period_text(self.r.period))
        )
        lh = self.line_h(self.body)
        used = self.text(
            p,
            self.body,
            QRectF(0, y, self.w, lh * 3),
            review.usual_sentence(self.r.replies, self.r.usual),
            WRAP,
        )
        y += used + self.mm(2)
        chart_h = self.mm(42)
        self._bars(p, QRectF(0, y, self.w * 0.45, chart_h))
        self._channels(p, QRectF(self.w * 0.5, y, self.w * 0.5, chart_h))
        return y + chart_h

    def _bars(self, p: QPainter, box: QRectF) -> None:
        figures = self.r.replies
        cap = self.line_h(self.small)
        self.text(
            p,
            self.small,
            QRectF(box.x(), box.y(), box.width(), cap),
            _("Replies by attempt number"),
        )
        chart = QRectF(box.x(), box.y() + cap * 3.4, box.width(), box.height() - cap * 5.7)
        most = max(figures.counts) or 1
        slot = chart.width() / len(review.BUCKETS)
        for i, label in enumerate(review.BUCKET_LABELS):
            x = chart.x() + i * slot + slot * 0.12
            bw = slot * 0.76
            hgt = chart.height() * figures.counts[i] / most
            p.setBrush(QBrush(QColor(90, 90, 90)))
            p.drawRect(QRectF(x, chart.bottom() - hgt, bw, hgt))
            p.setBrush(Qt.BrushStyle.NoBrush)
            self.text(
                p,
                self.bold,
                QRectF(x - slot * 0.12, chart.bottom() - hgt - cap * 2.2, slot, cap * 1.1),
                f"{round(figures.share(i) * 100)} %",
                CENTER,
            )
            self.text(
                p,
                self.small,
                QRectF(x - slot * 0.12, chart.bottom() - hgt - cap * 1.1, slot, cap),
                number(figures.counts[i]),
                CENTER,
            )
            self.text(
                p,
                self.bold,
                QRectF(x - slot * 0.12, chart.bottom(), slot, cap * 1.2),
                label,
                CENTER,
            )
        self.text(
            p,
            self.small,
            QRectF(box.x(), chart.bottom() + cap * 1.2, box.width(), cap),
            _("attempt on which they answered"),
            CENTER,
        )

    def _table(
        self,
        p: QPainter,
        x: float,
        y: float,
        widths: list[float],
        headers: tuple[str, ...],
        rows: Sequence[tuple[str, ...]],
        aligns: str,
    ) -> float:
        """A table; ``aligns`` has an L or R per column. ``widths`` are the columns'
        shares of the table's width: each gets at least the room its header needs."""
        widths = self._column_widths(widths, headers, rows, aligns)
        lh = self.line_h(self.small) * 1.25
        cx = x
        for k, (head, w) in enumerate(zip(headers, widths, strict=True)):
            flags = RIGHT if aligns[k] == "R" else LEFT
            pad = self.mm(2) if k and flags == LEFT else 0.0
            self.text(
                p, self.small_bold, QRectF(cx + pad, y, w - pad - self.mm(1), lh), head, flags
            )
            cx += w
        y += lh
        p.drawLine(int(x), int(y), int(x + sum(widths)), int(y))
        for row in rows:
            cx = x
            for k, (cell, w) in enumerate(zip(row, widths, strict=True)):
                flags = RIGHT if aligns[k] == "R" else LEFT
                fm = QFontMetricsF(self.small, self.device)
                pad = self.mm(2) if k and flags == LEFT else 0.0
                shown = fm.elidedText(cell, Qt.TextElideMode.ElideRight, w - pad - self.mm(1.5))
                self.text(
                    p, self.small, QRectF(cx + pad, y, w - pad - self.mm(1), lh), shown, flags
                )
                cx += w
            y += lh
        return y

    def _column_widths(self, widths, headers, rows, aligns: str) -> list[float]:
        """Headers are never cut, nor cells that fit whole with 2.5 mm or else _table's margins
        between columns ("Brief oder Karte" beside "Nach Funkstille"); else cells go up to
        their share, and only when even the headers do not fit are they all narrowed."""
        total, pad = sum(widths), self.mm(2.5)
        head, cell = (QFontMetricsF(font, self.device) for font in (self.small_bold, self.small))
        heads = [head.horizontalAdvance(h) for h in headers]
        columns = list(zip(*rows, strict=True)) if rows else [()] * len(heads)
        cells = [max(map(cell.horizontalAdvance, c), default=0.0) for c in columns]
        margins = [self.mm(3.5 if k and a == "L" else 1.5) for k, a in enumerate(aligns)]
        for room in ([max(pad, m) for m in margins], margins):
            need = [max(h, c) + r for h, c, r in zip(heads, cells, room, strict=True)]
            if (spare := total - sum(need)) >= 0:
                return [n + spare * w / total for n, w in zip(need, widths, strict=True)]
        need = [max(h, min(c, w - pad)) + pad for h, c, w in zip(heads, cells, widths, strict=True)]
        if (spare := total - sum(need)) < 0:
            return [n * total / sum(need) for n in need]
        return [n + spare * w / total for n, w in zip(need, widths, strict=True)]

    def _channels(self, p: QPainter, box: QRectF) -> None:
        cap = self.line_h(self.small)
        used = self.text(
            p,
            self.small,
            QRectF(box.x(), box.y(), box.width(), cap * 2),
            _("Which channel got replies (after silence: at attempt 2 or later)"),
            WRAP,
        )
        headers = tuple(_(h) for h in CHANNEL_HEADERS)
        rows = [review.channel_row(f) for f in self.r.channels]
        share = [0.25, 0.18, 0.16, 0.13, 0.28]
        widths = [box.width() * s for s in share]
        self._table(p, box.x(), box.y() + used + cap * 0.5, widths, headers, rows, "LRRRR")

    def _given_up(self, p: QPainter, y: float) -> None:
        rows = self.r.given_up
        y = self._heading(p, y, _("Given up too early"))
        lh = self.line_h(self.body)
        used = self.text(
            p,
            self.body,
            QRectF(0, y, self.w, lh * 3),
            review.given_up_sentence(len(rows), self.r.usual),
            WRAP,
        )
        y += used + self.mm(1.5)
        if not rows:
            return
        row_h = self.line_h(self.small) * 1.25
        room = int((self.h - y - row_h * 2.5) // row_h)
        shown = rows[: max(room, 0)]
        cells = [
            (
                g.name,
                category_label(g.category),
                number(g.attempts),
                channel_label(g.last_channel),
                self.fmt.date(g.last_at.date()),
                channel_label(g.suggested_channel),
            )
            for g in shown
        ]
        share = [0.34, 0.14, 0.1, 0.15, 0.15, 0.12]
        widths = [self.w * s for s in share]
        y = self._table(p, 0, y, widths, tuple(review.GIVEN_UP_HEADERS), cells, "LLRLLL")
        if len(rows) > len(shown):
            more = len(rows) - len(shown)
            self.text(
                p,
                self.small,
                QRectF(0, y + self.mm(1), self.w, row_h),
                _.n("…and %n more in the Review tab.", "…and %n more in the Review tab.", more),
            )


def render_review(
    result: Review,
    device: QPagedPaintDevice,
    *,
    fmt: Formats | None = None,
    printed_on: date | None = None,
    painter: QPainter | None = None,
) -> int:
    """Paint the review on ``device`` (a QPrinter or QPdfWriter); returns the page count."""
    page = ReviewPage(result, device, fmt or locale_formats(), printed_on or date.today())
    return paint_pages(device, page.render, painter)


def write_review_pdf(
    result: Review,
    path,
    *,
    page_size: QPageSize | None = None,
    fmt: Formats | None = None,
    printed_on: date | None = None,
    replace_read_only: bool = False,
) -> int:
    """The review as a one-page PDF, through the weekly list's PDF path."""
    iso = week_of(result.week_start, result.week_start.weekday()).iso
    return write_paged_pdf(
        lambda device: render_review(result, device, fmt=fmt, printed_on=printed_on),
        path,
        title=_("Weekly review {week}").format(week=iso),
        page_size=page_size,
        replace_read_only=replace_read_only,
    )
