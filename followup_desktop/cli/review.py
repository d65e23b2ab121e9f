"""``followup-desktop review [--week 2026-W48] --pdf FILE``: the weekly review on one page.

The same page as Print… on the Review tab. Like ``jogger``, printing needs QtGui, so
this command starts a QGuiApplication (offscreen unless a platform was chosen).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date


def register(sub) -> None:
    from ..domain.review import DEFAULT_PERIOD, PERIODS

    p = sub.add_parser(
        "review",
        help="write the weekly review (persistence pays, given up too early, the week's "
        "numbers) as a one-page PDF",
        description="Write one week's review as a one-page PDF: after how many attempts "
        "your contacts answered, which channels got replies, the prospects and referrals "
        "given up too early, and the week in numbers with the eight weeks before it.",
    )
    p.add_argument(
        "--week",
        metavar="YYYY-Www",
        help="the week, e.g. 2026-W48 (default: this week; it starts on the locale's first day)",
    )
    p.add_argument("--pdf", required=True, metavar="FILE", help="the PDF file to write")
    p.add_argument(
        "--period",
        choices=list(PERIODS),
        default=DEFAULT_PERIOD,
        help="the history the charts cover: "
        + ", ".join(f"{k} = {v[0].lower()}" for k, v in PERIODS.items())
        + f" (default: {DEFAULT_PERIOD})",
    )
    p.add_argument(
        "--paper",
        choices=("a4", "letter"),
        help="paper size (default: from the locale, Letter in the US and Canada, else A4)",
    )
    p.set_defaults(func=run)


def _fail(message: str) -> int:
    print(f"followup-desktop: {message}", file=sys.stderr)
    return 2


def run(args: argparse.Namespace) -> int:
    from ..domain.jogger import week_of
    from ..domain.review import parse_review_week
    from . import open_store
    from .jogger import _application

    app = _application()  # noqa: F841 (kept alive while painting)
    from PySide6.QtGui import QPageSize

    from ..store import review
    from ..ui.jogger.printing import PdfWriteError, first_weekday, locale_formats
    from ..ui.review.sheet import write_review_pdf

    first = first_weekday()
    today = date.today()
    try:
        week = parse_review_week(args.week, first) if args.week else week_of(today, first)
    except ValueError as exc:
        return _fail(str(exc))
    open_store(args)
    result = review.load(week.start, today, args.period)
    page_size = None
    if args.paper:
        size_id = QPageSize.PageSizeId.Letter if args.paper == "letter" else QPageSize.PageSizeId.A4
        page_size = QPageSize(size_id)
    try:
        write_review_pdf(result, args.pdf, page_size=page_size, fmt=locale_formats())
    except PdfWriteError as exc:
        return _fail(str(exc))
    n = result.week
    print(
        f"Wrote {args.pdf}: review of {week.iso}, {n.done}/{n.planned} follow-ups done, "
        f"{result.replies.total:,} replies charted, {len(result.given_up):,} given up too early."
    )
    return 0
