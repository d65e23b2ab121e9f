"""``followup-desktop backup [--out FILE]`` and ``followup-desktop restore FILE``."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..domain.book_counts import book_counts
from ..i18n import translator
from . import say

_ = translator(__name__)


def register(sub) -> None:
    p = sub.add_parser(
        "backup",
        help=_("write a verified copy of the database (default: into the backups folder)"),
    )
    p.add_argument("--out", metavar="FILE", help=_("write the backup to FILE instead"))
    p.set_defaults(func=run_backup)
    r = sub.add_parser(
        "restore",
        help=_("replace the database with a backup (the current data is backed up first)"),
    )
    r.add_argument("file", metavar="FILE", help=_("the backup to restore"))
    r.set_defaults(func=run_restore)


def _db_path(args: argparse.Namespace) -> Path:
    from ..paths import database_path, resolve_data_dir

    return database_path(resolve_data_dir(args.data_dir))


def _summary(path: Path) -> str:
    from ..store.backup import describe

    info = describe(path)
    return book_counts(info.contacts, info.interactions, info.followups)


def run_backup(args: argparse.Namespace) -> int:
    from ..store.backup import copy_database, make_backup
    from ..store.database import ensure_data_dir

    db_path = _db_path(args)
    if not db_path.exists() or db_path.stat().st_size == 0:
        say(
            _("there is no database in {folder} yet; nothing to back up.").format(
                folder=db_path.parent
            )
        )
        return 1
    ensure_data_dir(db_path.parent)
    if args.out:
        out = Path(args.out).expanduser().absolute()
        if out.exists():
            say(
                _("{file} already exists; choose another name (nothing was overwritten).").format(
                    file=out
                )
            )
            return 1
        written = copy_database(db_path, out)
    else:
        written = make_backup(db_path, "manual")
    print(
        _("Backed up to {file} ({summary}); checked: ok.").format(
            file=written, summary=_summary(written)
        )
    )
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from ..paths import running_window_pid
    from ..store.database import ensure_data_dir
    from ..store.recovery import restore_database

    db_path = _db_path(args)
    ensure_data_dir(db_path.parent)
    pid = running_window_pid(db_path.parent)
    if pid is not None:
        say(
            _(
                "Follow-up Desktop is open on this data folder (process {pid}); close it "
                "first, or use File > Restore from backup in the window."
            ).format(pid=pid)
        )
        return 1
    source = Path(args.file).expanduser().absolute()
    result = restore_database(source, db_path)
    print(_("Restored {file} ({summary}).").format(file=source, summary=_summary(db_path)))
    if result.previous_backup is not None:
        print(
            _("The data it replaced was backed up to {file}.").format(file=result.previous_backup)
        )
    if result.moved_aside is not None:
        print(_("The damaged database was moved aside to {file}.").format(file=result.moved_aside))
    return 0
