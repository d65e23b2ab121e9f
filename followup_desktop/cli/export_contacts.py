"""``followup-desktop export-contacts --format csv|vcf --out FILE [--category NAME]``."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..i18n import translator
from . import add_force_option

_ = translator(__name__)


def register(sub) -> None:
    p = sub.add_parser("export-contacts", help=_("export contacts as CSV or vCard 3.0"))
    p.add_argument("--format", choices=("csv", "vcf"), default="csv", help=_("default: csv"))
    p.add_argument("--out", required=True, metavar="FILE", help=_("the file to write"))
    p.add_argument("--category", metavar="NAME", help=_("only the contacts of this category"))
    p.add_argument(
        "--include-archived", action="store_true", help=_("also export archived contacts")
    )
    add_force_option(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..exchange.export import export_contacts
    from . import find_category, open_store

    open_store(args, read_only_ok=True)
    out = Path(args.out)
    category = args.category
    if category:  # its name as shown ("Kunden") or as stored ("Clients")
        found = find_category(category)
        category = found.name if found is not None else category
    count = export_contacts(
        out,
        args.format,
        category=category,
        include_archived=args.include_archived,
        replace_read_only=args.force,
    )
    print(
        _.n("Exported %n contact to {file}.", "Exported %n contacts to {file}.", count).format(
            file=out
        )
    )
    return 0
