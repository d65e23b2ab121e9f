"""``followup-desktop demo --contacts N [--seed S] [--force]``: realistic sample data."""

from __future__ import annotations

import argparse

from ..i18n import translator
from . import fail

_ = translator(__name__)


def register(sub) -> None:
    p = sub.add_parser(
        "demo", help=_("fill the database with realistic, deterministic sample data")
    )
    p.add_argument(
        "--contacts", type=int, default=200, metavar="N", help=_("how many contacts (default 200)")
    )
    p.add_argument("--seed", type=int, default=1, metavar="S", help=_("random seed (default 1)"))
    p.add_argument(
        "--force", action="store_true", help=_("add to a database that already holds contacts")
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.contacts < 0:
        return fail(_("--contacts cannot be negative."))
    from . import open_store

    open_store(args)
    from ..store import demo

    summary = demo.generate(args.contacts, args.seed, force=args.force)
    print(summary)
    return 0
