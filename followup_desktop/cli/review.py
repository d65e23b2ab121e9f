"""``followup-desktop review [--week 2026-W48] --pdf FILE``: the weekly review on one page.

The same page as Print… on the Review tab (printing: ``cli.printing``).
"""

from __future__ import annotations

import argparse
from datetime import date

from ..i18n import translator
from . import fail as _fail
from . import printing

_ = translator(__name__)


def register(sub) -> None:
    from ..domain.review import DEFAULT_PERIOD, PERIODS

    p = sub.add_parser(
        "review",
        help=_(
            "write the weekly review (persistence pays, given up too early, the week's "
            "numbers) as a one-page PDF"
        ),
        description=_(
            "Write one week's review as a one-page PDF: after how many attempts "
            "your contacts answered, which channels got replies, the prospects and referrals "
            "given up too early, and the week in numbers with the eight weeks before it."
        ),
    )
    printing.add_page_options(p)
    p.add_argument(
        "--period",
        choices=list(PERIODS),
        default=DEFAULT_PERIOD,
        help=_("the history the charts cover: {periods} (default: {default})").format(
            periods=", ".join(f"{k} = {_(v[0]).lower()}" for k, v in PERIODS.items()),
            default=DEFAULT_PERIOD,
        ),
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..domain.jogger import week_of
    from ..domain.review import parse_review_week
    from . import open_store

    printing.start()  # before the week is read: the language decides its first day
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
    try:
        write_review_pdf(
            result,
            args.pdf,
            page_size=printing.page_size(args.paper),
            fmt=locale_formats(),
            replace_read_only=args.force,
        )
    except PdfWriteError as exc:
        return _fail(str(exc))
    n = result.week
    done = _.n("{done}/%n follow-up done", "{done}/%n follow-ups done", n.planned)
    print(
        _("Wrote {file}: review of {week}, {done}, {replies}, {given_up}.").format(
            file=args.pdf,
            week=week.iso,
            done=done.format(done=n.done),
            replies=_.n("%n reply charted", "%n replies charted", result.replies.total),
            given_up=_.n("%n given up too early", "%n given up too early", len(result.given_up)),
        )
    )
    return 0
