"""``followup-desktop import FILE``: contacts from Outlook/Google CSV, any CSV, or vCard.

Prints the summary; exits 1 when nothing could be imported. ``undo-import ID``
removes what one import created and reverts what it updated.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..store.import_preview import DUPLICATE_CHOICES


def register(sub) -> None:
    p = sub.add_parser(
        "import",
        help="import contacts from a CSV (Outlook, Google, any) or vCard file",
        description="Import contacts. The format is read from the content, not the extension.",
    )
    p.add_argument("file", metavar="FILE", help="the CSV or vCard (.vcf) file")
    p.add_argument(
        "--category",
        metavar="NAME",
        help="category for contacts whose categories in the file match none of ours "
        "(default: Prospects)",
    )
    p.add_argument(
        "--on-duplicate",
        choices=tuple(DUPLICATE_CHOICES),
        default="skip",
        help="a row that is already a contact (same e-mail, else profile URL, else name and "
        "phone, else name and company): skip it (default), update the contact, or add it anyway",
    )
    p.add_argument(
        "--dates",
        choices=("month-first", "day-first"),
        default="month-first",
        help="how to read a date such as 3/4/1980 when the file does not show it "
        "(a value such as 15/3 or 3/15 decides for the whole file); dots are day.month",
    )
    p.add_argument("--dry-run", action="store_true", help="show what would happen; write nothing")
    p.set_defaults(func=run)
    u = sub.add_parser("undo-import", help="undo an import (its number is printed by import)")
    u.add_argument("batch", type=int, metavar="NUMBER", help="the import's number")
    u.add_argument(
        "--force",
        action="store_true",
        help="undo even when notes, follow-ups or edits made since with its contacts would "
        "be deleted too (a backup is taken first)",
    )
    u.set_defaults(func=run_undo)


def run(args: argparse.Namespace) -> int:
    from ..exchange.csv_maps import is_usable
    from ..exchange.detect import read_contacts_file
    from ..store.import_preview import ImportOptions, build_preview
    from ..store.imports import apply_import, remembered_mapping
    from ..store.models import Category
    from . import open_store

    path = Path(args.file)
    open_store(args)
    day_first = args.dates == "day-first"
    parsed = read_contacts_file(path, day_first=day_first)
    if parsed.kind == "generic":
        remembered = remembered_mapping(parsed.headers)
        if remembered:
            parsed = read_contacts_file(path, mapping=remembered, day_first=day_first)
        elif not is_usable(parsed.mapping):
            print(
                f"followup-desktop: the columns of “{path.name}” were not recognised "
                f"({', '.join(h for h in parsed.headers[:8] if h)}). Import it once with "
                "File → Import contacts… in the app to choose which column is what; "
                "the choice is remembered for files like it.",
                file=sys.stderr,
            )
            return 2
    options = ImportOptions(on_duplicate=args.on_duplicate)
    if args.category:
        found = Category.get_or_none(Category.name == args.category)
        if found is None:
            names = ", ".join(c.name for c in Category.select().order_by(Category.position))
            print(
                f"followup-desktop: there is no category called “{args.category}” "
                f"(there are: {names}).",
                file=sys.stderr,
            )
            return 2
        options.default_category_id = found.id
    preview = build_preview(parsed, options)
    result = apply_import(preview, source=str(path.absolute()), dry_run=args.dry_run)
    print(
        f"{path.name}: {parsed.kind_label}, {parsed.encoding}, {len(parsed.records)} rows"
        + (f", {parsed.header_note}" if parsed.header_note else "")
        + (" (dry run: nothing was written)" if args.dry_run else "")
    )
    if parsed.kind == "generic":
        from ..domain.import_records import FIELD_LABELS

        used = ", ".join(
            f"{parsed.headers[i] or f'column {i + 1}'} → {FIELD_LABELS.get(f, f)}"
            for i, f in sorted(parsed.mapping.items())
            if i < len(parsed.headers)
        )
        print(f"Columns: {used}")
    if parsed.date_order:
        print(f"Dates such as 3/4/1980 read as {parsed.date_order}")
    for line in result.lines():
        print(line)
    if result.batch_id is not None and result.imported_anything:
        print(f"To undo: followup-desktop undo-import {result.batch_id}")
    if not result.imported_anything:
        print("followup-desktop: nothing could be imported from this file.", file=sys.stderr)
        return 1
    return 0


def run_undo(args: argparse.Namespace) -> int:
    from ..store.imports import UndoWouldLoseWork, undo_import
    from . import open_store

    open_store(args)
    try:
        result = undo_import(args.batch, force=args.force)
    except UndoWouldLoseWork as exc:
        print(
            f"followup-desktop: {exc} To undo it anyway, run: followup-desktop undo-import "
            f"{args.batch} --force (a backup of everything is taken first).",
            file=sys.stderr,
        )
        return 1
    print(f"Removed {result.removed} contacts and reverted {result.reverted}.")
    if result.backup is not None:
        print(f"What it deleted is kept in the backup {result.backup}.")
    return 0
