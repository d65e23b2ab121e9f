"""``followup-desktop jogger [--week 2026-W48] --pdf FILE``: the weekly list as a PDF.

The same sheet as File → Print weekly list… in the window (printing: ``cli.printing``).

``--page-per-category`` / ``--no-page-per-category`` override, for this run only,
the saved choice the print preview's check box keeps in the database.
"""

from __future__ import annotations

import argparse
from datetime import date

from ..i18n import translator
from . import fail as _fail
from . import printing, say

_ = translator(__name__)


def register(sub) -> None:
    p = sub.add_parser(
        "jogger",
        help=_("write the weekly follow-up list (the memory jogger) as a PDF"),
        description=_(
            "Write one week's follow-up list as a PDF: what is due, grouped by "
            "category, with overdue items first, contacts with no next step and prompts. "
            "Each category starts on a new page unless --no-page-per-category is given "
            "(or the print preview's 'Start each category on a new page' box was unticked)."
        ),
    )
    printing.add_page_options(p)
    p.add_argument(
        "--skip-no-next-step",
        action="store_true",
        help=_("leave out the contacts that have no next step planned"),
    )
    p.add_argument(
        "--skip-prompts", action="store_true", help=_("leave out the memory-jogger prompts")
    )
    p.add_argument(
        "--page-per-category",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=_(
            "start each category on a new page; --no-page-per-category packs the categories "
            "one after another to save paper (default: as last chosen in the print preview, "
            "else a new page per category)"
        ),
    )
    p.add_argument("--name", metavar="NAME", help=_("name printed in the header (default: saved)"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from ..domain.jogger import Options, parse_week, week_of
    from . import open_store

    printing.start()  # before the week is read: the language decides its first day
    from ..store.jogger import load_sheet, page_per_category
    from ..ui.jogger.printing import PdfWriteError, first_weekday, locale_formats, write_pdf

    first = first_weekday()
    try:
        week = parse_week(args.week, first) if args.week else week_of(date.today(), first)
    except ValueError as exc:
        return _fail(str(exc))
    open_store(args, read_only_ok=True)
    fmt = locale_formats()
    per_category = args.page_per_category
    if per_category is None:
        per_category = page_per_category()
    options = Options(
        include_no_next_step=not args.skip_no_next_step,
        include_prompts=not args.skip_prompts,
        page_per_category=per_category,
    )
    sheet = load_sheet(week, date.today(), options=options, fmt=fmt)
    if args.name is not None:
        sheet = replace(sheet, user_name=args.name.strip())
    if sheet.is_empty:
        # Five blank category pages help nobody: say so, write nothing.
        say(_("{why} No PDF was written.").format(why=sheet.nothing_to_print(fmt)))
        return 1
    try:
        pages = write_pdf(
            sheet,
            args.pdf,
            page_size=printing.page_size(args.paper),
            fmt=fmt,
            replace_read_only=args.force,
        )
    except PdfWriteError as exc:
        return _fail(str(exc))
    due = _.n("%n to follow up", "%n to follow up", sheet.due_count)
    if sheet.overdue_count:
        overdue = _.n("%n overdue", "%n overdue", sheet.overdue_count)
        due = _("{due} ({overdue})").format(due=due, overdue=overdue)
    print(
        _("Wrote {file}: {week}, {due}, {pages}.").format(
            file=args.pdf, week=week.iso, due=due, pages=_.n("%n page", "%n pages", pages)
        )
    )
    return 0
