"""``followup-desktop export-ics --out FILE [--from DATE] [--to DATE] [--category NAME]...``.

Writes the open follow-ups (or those in the range / categories, or only what
is new or changed since the last export) as an .ics file and prints how many
events it wrote. Follow-ups exported before that are now closed, deleted,
archived or no longer --mine/--theirs are written once more as cancelled.
Bad input is one line on stderr and a non-zero exit.
"""

from __future__ import annotations

import argparse
from datetime import date

from ..domain.calendar_copy import CHANGED_ONLY_RULE
from ..i18n import translator
from . import add_force_option
from . import fail as _fail

_ = translator(__name__)


def register(sub) -> None:
    p = sub.add_parser(
        "export-ics",
        help=_("write follow-ups as an .ics file for Outlook or Google Calendar"),
        description=_("Write follow-ups as an .ics calendar file (default: every open follow-up)."),
    )
    p.add_argument("--out", required=True, metavar="FILE", help=_("the .ics file to write"))
    p.add_argument("--from", dest="start", metavar="DATE", help=_("first due date (YYYY-MM-DD)"))
    p.add_argument("--to", dest="end", metavar="DATE", help=_("last due date (YYYY-MM-DD)"))
    p.add_argument(
        "--category",
        action="append",
        default=[],
        metavar="NAME",
        help=_("only contacts in this category (repeat for several)"),
    )
    p.add_argument(
        "--changed-only",
        action="store_true",
        help=_("only what changed since it was exported, plus what is new: {rule}")
        .format(rule=_(CHANGED_ONLY_RULE))
        .replace("%", "%%"),
    )
    whose = p.add_mutually_exclusive_group()
    whose.add_argument("--mine", action="store_true", help=_("only follow-ups where it is my move"))
    whose.add_argument(
        "--theirs", action="store_true", help=_("only follow-ups where I wait for them")
    )
    p.add_argument("--reminders", action="store_true", help=_("add a reminder to every event"))
    p.add_argument(
        "--key-dates",
        action="store_true",
        help=_("also birthdays and anniversaries, as yearly all-day events shown as free"),
    )
    p.add_argument(
        "--calendar-name",
        metavar="NAME",
        help=_("ask the calendar to import into a separate calendar of this name"),
    )
    p.add_argument(
        "--timezone",
        metavar="ZONE",
        help=_("time zone the due times are in, e.g. Europe/Berlin (default: this computer's)"),
    )
    add_force_option(p)
    p.set_defaults(func=run)


def _parse_date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(
            _("{option} “{value}” is not a date; write it as YYYY-MM-DD.").format(
                option=option, value=value
            )
        ) from None


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..exchange import ics_export, ics_options
    from ..store.ics_state import Scope
    from . import find_category, no_such_category, open_store

    try:
        start = _parse_date(args.start, "--from")
        end = _parse_date(args.end, "--to")
    except ValueError as exc:
        return _fail(str(exc))
    if start and end and end < start:
        return _fail(_("--to {end} is before --from {start}.").format(end=end, start=start))
    out = Path(args.out).expanduser()
    if out.is_dir():
        example = out / _("follow-ups.ics")
        return _fail(
            _("{folder} is a folder; give a file name such as {example}.").format(
                folder=out, example=example
            )
        )
    if not out.parent.is_dir():
        return _fail(_("The folder {folder} does not exist.").format(folder=out.parent))
    open_store(args)
    ids = []
    for name in args.category:
        category = find_category(name)
        if category is None:
            return _fail(no_such_category(name))
        ids.append(category.id)
    whose = "mine" if args.mine else "theirs" if args.theirs else None
    scope = Scope(
        start=start,
        end=end,
        category_ids=tuple(ids),
        whose=whose,
        changed_only=args.changed_only,
    )
    try:
        options = ics_options.options_from_settings(
            zone=args.timezone,
            reminders=args.reminders,
            calendar_name=args.calendar_name,
            include_key_dates=args.key_dates,
        )
        result = ics_export.export_to_file(out, scope, options, replace_read_only=args.force)
    except ics_export.ExportError as exc:
        return _fail(str(exc))
    if result.count == 0:
        if args.changed_only:
            nothing = _(
                "No follow-ups new or changed since the last export match; {file} was not written."
            )
        else:
            nothing = _("No follow-ups match; {file} was not written.")
        print(nothing.format(file=out))
        return 0
    print(ics_export.written_summary(result))
    return 0
