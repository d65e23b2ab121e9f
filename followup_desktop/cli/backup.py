"""``followup-desktop backup [--out FILE]`` and ``followup-desktop restore FILE``."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser(
        "backup",
        help="write a verified copy of the database (default: into the backups folder)",
    )
    p.add_argument("--out", metavar="FILE", help="write the backup to FILE instead")
    p.set_defaults(func=run_backup)
    r = sub.add_parser(
        "restore",
        help="replace the database with a backup (the current data is backed up first)",
    )
    r.add_argument("file", metavar="FILE", help="the backup to restore")
    r.set_defaults(func=run_restore)


def _db_path(args: argparse.Namespace) -> Path:
    from ..paths import database_path, resolve_data_dir

    return database_path(resolve_data_dir(args.data_dir))


def _summary(path: Path) -> str:
    from ..store.backup import describe

    info = describe(path)
    return (
        f"{info.contacts} contacts, {info.interactions} interactions, {info.followups} follow-ups"
    )


def run_backup(args: argparse.Namespace) -> int:
    import sys

    from ..store.backup import copy_database, make_backup
    from ..store.database import ensure_data_dir

    db_path = _db_path(args)
    if not db_path.exists() or db_path.stat().st_size == 0:
        print(
            f"followup-desktop: there is no database in {db_path.parent} yet; nothing to back up.",
            file=sys.stderr,
        )
        return 1
    ensure_data_dir(db_path.parent)
    if args.out:
        out = Path(args.out).expanduser().absolute()
        if out.exists():
            print(
                f"followup-desktop: {out} already exists; choose another name "
                "(nothing was overwritten).",
                file=sys.stderr,
            )
            return 1
        written = copy_database(db_path, out)
    else:
        written = make_backup(db_path, "manual")
    print(f"Backed up to {written} ({_summary(written)}); checked: ok.")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    import sys

    from ..paths import running_window_pid
    from ..store.database import ensure_data_dir
    from ..store.recovery import restore_database

    db_path = _db_path(args)
    ensure_data_dir(db_path.parent)
    pid = running_window_pid(db_path.parent)
    if pid is not None:
        print(
            f"followup-desktop: Follow-up Desktop is open on this data folder (process {pid}); "
            "close it first, or use File > Restore from backup in the window.",
            file=sys.stderr,
        )
        return 1
    source = Path(args.file).expanduser().absolute()
    result = restore_database(source, db_path)
    print(f"Restored {source} ({_summary(db_path)}).")
    if result.previous_backup is not None:
        print(f"The data it replaced was backed up to {result.previous_backup}.")
    if result.moved_aside is not None:
        print(f"The damaged database was moved aside to {result.moved_aside}.")
    return 0
