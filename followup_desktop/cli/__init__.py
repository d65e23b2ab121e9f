"""The command-line companion: ``followup-desktop [--data-dir DIR] COMMAND``.

Each command lives in its own module with ``register(subparsers)``, which adds
its sub-parser and sets ``func(args) -> int``. Commands print one plain line on
error (never a traceback) and return non-zero.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from ..store.errors import StoreError

#: Modules in this package that provide commands, in the order --help lists them.
COMMAND_MODULES = [
    "demo",
    "export_ics",
    "import_contacts",
    "export_contacts",
    "jogger",
    "review",
    "backup",
]


def add_commands(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{name}").register(sub)


def run(args: argparse.Namespace) -> int:
    """Run the chosen command; StoreError and OSError become one line on stderr."""
    try:
        return int(args.func(args) or 0)
    except StoreError as exc:
        print(f"followup-desktop: {exc}{_restore_hint(exc, args)}", file=sys.stderr)
        return 2
    except OSError as exc:
        where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
        print(f"followup-desktop: {exc.strerror or exc}{where}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(
            "followup-desktop: interrupted; nothing after the last saved step was written.",
            file=sys.stderr,
        )
        return 130


def _restore_hint(exc: StoreError, args: argparse.Namespace) -> str:
    """For a damaged database: where the backups are and the command that restores one."""
    from ..store.errors import NotADatabaseError

    if not isinstance(exc, NotADatabaseError) or getattr(args, "command", "") == "restore":
        return ""
    from ..paths import resolve_data_dir

    folder = resolve_data_dir(getattr(args, "data_dir", None)) / "backups"
    return f" To go back to a backup from {folder}: followup-desktop restore FILE"


def open_store(args: argparse.Namespace):
    """Open the database in the chosen data directory (for commands that need it)."""
    from ..paths import database_path, resolve_data_dir
    from ..store.database import ensure_data_dir, open_database

    data_dir = ensure_data_dir(resolve_data_dir(args.data_dir))
    return open_database(database_path(data_dir))
