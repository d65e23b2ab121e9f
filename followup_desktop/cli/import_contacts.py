"""``followup-desktop import FILE``: contacts from Outlook/Google CSV, any CSV, or vCard.

Prints the summary; exits 1 when nothing could be imported. ``undo-import ID``
removes what one import created and reverts what it updated.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..i18n import translator
from ..store.import_preview import DUPLICATE_CHOICES
from . import say

_ = translator(__name__)


def register(sub) -> None:
    p = sub.add_parser(
        "import",
        help=_("import contacts from a CSV (Outlook, Google, any) or vCard file"),
        description=_("Import contacts. The format is read from the content, not the extension."),
    )
    p.add_argument("file", metavar="FILE", help=_("the CSV or vCard (.vcf) file"))
    p.add_argument(
        "--category",
        metavar="NAME",
        help=_(
            "category for contacts whose categories in the file match none of ours "
            "(default: Prospects)"
        ),
    )
    p.add_argument(
        "--on-duplicate",
        choices=tuple(DUPLICATE_CHOICES),
        default="skip",
        help=_(
            "a row that is already a contact (same e-mail, else profile URL, else name and "
            "phone, else name and company): skip it (default), update the contact, or add it "
            "anyway"
        ),
    )
    p.add_argument(
        "--dates",
        choices=("month-first", "day-first"),
        default="month-first",
        help=_(
            "how to read a date such as 3/4/1980 when the file does not show it "
            "(a value such as 15/3 or 3/15 decides for the whole file); dots are day.month"
        ),
    )
    p.add_argument(
        "--dry-run", action="store_true", help=_("show what would happen; write nothing")
    )
    p.set_defaults(func=run)
    u = sub.add_parser("undo-import", help=_("undo an import (its number is printed by import)"))
    u.add_argument("batch", type=int, metavar="NUMBER", help=_("the import's number"))
    u.add_argument(
        "--force",
        action="store_true",
        help=_(
            "undo even when notes, follow-ups or edits made since with its contacts would "
            "be deleted too (a backup is taken first)"
        ),
    )
    u.set_defaults(func=run_undo)


def run(args: argparse.Namespace) -> int:
    from ..exchange.csv_maps import is_usable
    from ..exchange.detect import read_contacts_file
    from ..store.import_preview import ImportOptions, build_preview
    from ..store.imports import apply_import, remembered_mapping
    from . import find_category, no_such_category, open_store

    path = Path(args.file)
    open_store(args)
    day_first = args.dates == "day-first"
    parsed = read_contacts_file(path, day_first=day_first)
    if parsed.kind == "generic":
        remembered = remembered_mapping(parsed.headers)
        if remembered:
            parsed = read_contacts_file(path, mapping=remembered, day_first=day_first)
        elif not is_usable(parsed.mapping):
            say(
                _(
                    "the columns of “{file}” were not recognised ({columns}). Import it once "
                    "with File → Import contacts… in the app to choose which column is what; "
                    "the choice is remembered for files like it."
                ).format(file=path.name, columns=", ".join(h for h in parsed.headers[:8] if h))
            )
            return 2
    options = ImportOptions(on_duplicate=args.on_duplicate)
    if args.category:
        found = find_category(args.category)
        if found is None:
            say(no_such_category(args.category))
            return 2
        options.default_category_id = found.id
    preview = build_preview(parsed, options)
    result = apply_import(preview, source=str(path.absolute()), dry_run=args.dry_run)
    about = [parsed.kind_label, parsed.encoding, _.n("%n row", "%n rows", len(parsed.records))]
    if parsed.header_note:
        about.append(parsed.header_note)
    line = _("{file}: {about}").format(file=path.name, about=", ".join(about))
    if args.dry_run:
        line = _("{line} (dry run: nothing was written)").format(line=line)
    print(line)
    if parsed.kind == "generic":
        from ..domain.import_records import FIELD_LABELS

        used = ", ".join(
            "{} → {}".format(
                parsed.headers[i] or _("column {number}").format(number=i + 1),
                _(FIELD_LABELS[f]) if f in FIELD_LABELS else f,
            )
            for i, f in sorted(parsed.mapping.items())
            if i < len(parsed.headers)
        )
        print(_("Columns: {columns}").format(columns=used))
    if parsed.date_order:
        print(_("Dates such as 3/4/1980 read as {order}").format(order=parsed.date_order))
    for line in result.lines():
        print(line)
    if result.batch_id is not None and result.imported_anything:
        print(_("To undo: followup-desktop undo-import {number}").format(number=result.batch_id))
    if not result.imported_anything:
        say(_("nothing could be imported from this file."))
        return 1
    return 0


def run_undo(args: argparse.Namespace) -> int:
    from ..store.imports import UndoWouldLoseWork, undo_import
    from . import open_store

    open_store(args)
    try:
        result = undo_import(args.batch, force=args.force)
    except UndoWouldLoseWork as exc:
        anyway = _(
            "To undo it anyway, run: followup-desktop undo-import {number} --force "
            "(a backup of everything is taken first)."
        ).format(number=args.batch)
        say(f"{exc} {anyway}")
        return 1
    print(
        _.n(
            "Removed %n contact and reverted {reverted}.",
            "Removed %n contacts and reverted {reverted}.",
            result.removed,
        ).format(reverted=result.reverted)
    )
    if result.backup is not None:
        print(_("What it deleted is kept in the backup {file}.").format(file=result.backup))
    return 0
