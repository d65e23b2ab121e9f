"""``followup-desktop export-contacts --format csv|vcf --out FILE [--category NAME]``."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser("export-contacts", help="export contacts as CSV or vCard 3.0")
    p.add_argument("--format", choices=("csv", "vcf"), default="csv", help="default: csv")
    p.add_argument("--out", required=True, metavar="FILE", help="the file to write")
    p.add_argument("--category", metavar="NAME", help="only the contacts of this category")
    p.add_argument("--include-archived", action="store_true", help="also export archived contacts")
    p.add_argument(
        "--force",
        action="store_true",
        help="replace the file even when it is read-only",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..exchange.export import export_contacts
    from . import open_store

    open_store(args, read_only_ok=True)
    out = Path(args.out)
    count = export_contacts(
        out,
        args.format,
        category=args.category,
        include_archived=args.include_archived,
        replace_read_only=args.force,
    )
    print(f"Exported {count} contacts to {out}.")
    return 0
