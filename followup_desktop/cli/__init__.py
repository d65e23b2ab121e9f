"""The command-line companion: ``followup-desktop [--data-dir DIR] COMMAND``.

Each command lives in its own module with ``register(subparsers)``, which adds
its sub-parser and sets ``func(args) -> int``. Commands print one plain line on
error (never a traceback) and return non-zero.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from ..i18n import translator
from ..store.errors import StoreError

_ = translator(__name__)

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
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title=_("commands"))
    for name in COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{name}").register(sub)


#: How counts are written in each language, as Qt's locales write them (the command line
#: runs without Qt): "2.992 Interaktionen", "2 992 échanges", "2992 / 12.345 interacciones".
_GROUPING = {"de": ".", "fr": "\u202f", "es": "."}
_FIRST_GROUPED = {"es": 10_000}


def count_format(language: str):
    """The function that writes a count (``%n``) in ``language``."""
    separator = _GROUPING.get(language)
    if separator is None:
        return str
    first = _FIRST_GROUPED.get(language, 1000)

    def write(count: int) -> str:
        return f"{count:,}".replace(",", separator) if abs(count) >= first else str(count)

    return write


def run(args: argparse.Namespace) -> int:
    """Run the chosen command: the command line's one error boundary.

    Every failure becomes one plain line on stderr and a non-zero exit (2 for what the
    store or the system explains, 3 for what nobody expected); the traceback goes to
    the log in the data folder, never to the terminal.
    """
    from .. import i18n

    i18n.use_count_format(count_format(i18n.language()))
    try:
        code = int(args.func(args) or 0)
        sys.stdout.flush()  # a closed pipe shows here, inside the boundary
        return code
    except KeyboardInterrupt:
        say(_("interrupted; nothing after the last saved step was written."))
        return 130
    except Exception as exc:
        message, code = _words(exc, args)
        logged = _log_failure(args, exc)
        if code == 3 and logged is not None:
            message += " " + _("The details are in {file}.").format(file=logged)
        say(_one_line(message))
        return code


def add_force_option(p: argparse.ArgumentParser) -> None:
    """--force: what every command that writes a file offers for a read-only target."""
    p.add_argument(
        "--force",
        action="store_true",
        help=_("replace the file even when it is read-only"),
    )


def say(message: str) -> None:
    """One line on stderr, after the program's name (an error, or why nothing was done)."""
    print(f"followup-desktop: {message}", file=sys.stderr)


def fail(message: str) -> int:
    """Say ``message`` and return the exit status of bad input (2)."""
    say(message)
    return 2


def find_category(name: str):
    """The category a person named on the command line: by its stored name or by the name
    shown in the chosen language ("Kunden" is Clients); None when there is none."""
    from ..domain.vocabulary import category_label
    from ..store import contacts

    wanted = name.strip().casefold()
    for category in contacts.categories():
        if wanted in (category.name.casefold(), category_label(category.name).casefold()):
            return category
    return None


def no_such_category(name: str) -> str:
    """The sentence for a category that does not exist, naming those that do."""
    from ..domain.vocabulary import category_label
    from ..store import contacts

    known = ", ".join(category_label(c.name) for c in contacts.categories())
    return _("There is no category named “{name}” (there are: {known}).").format(
        name=name, known=known
    )


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _words(exc: BaseException, args: argparse.Namespace) -> tuple[str, int]:
    """The sentence for ``exc`` and the exit code."""
    from ..store.database import (
        damaged_text_error,
        db,
        is_database_error,
        translate_error,
    )

    if isinstance(exc, StoreError):
        return f"{exc}{_restore_hint(exc, args)}", 2
    if is_database_error(exc):
        translated = translate_error(exc, db.database or "in use")
        return f"{translated}{_restore_hint(translated, args)}", 2
    if isinstance(exc, UnicodeDecodeError) and _from_the_database(exc):
        damaged = damaged_text_error(db.database or "in use")
        return f"{damaged}{_restore_hint(damaged, args)}", 2
    if isinstance(exc, BrokenPipeError):
        _silence_stdout()
        return _("the output was closed before everything was written."), 2
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
        return f"{exc.strerror or exc}{where}", 2
    if isinstance(exc, MemoryError):
        return _("there was not enough memory to finish; nothing more was written."), 2
    from ..errorlog import redact

    return (
        _(
            "Something went wrong that Follow-up Desktop did not expect ({error}). "
            "What was saved before is safe; nothing after the last saved step was written."
        ).format(error=f"{type(exc).__name__}: {redact(str(exc), 160)}"),
        3,
    )


def _from_the_database(exc: UnicodeDecodeError) -> bool:
    """A decode error raised inside sqlite3/peewee (garbage in a page), not in a file reader."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    name = tb.tb_frame.f_code.co_filename if tb is not None else ""
    return "peewee" in name or "store" in name


def _silence_stdout() -> None:
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # Python's exit flush must not fail again
    except (OSError, ValueError):
        pass


def _log_failure(args: argparse.Namespace, exc: BaseException):
    """Write the traceback to the data folder's log; the log file, or None if it cannot be."""
    import logging

    logging.raiseExceptions = False  # a log that cannot be written (full disk) stays quiet
    try:
        from ..errorlog import details, log, setup_logging
        from ..paths import resolve_data_dir

        data_dir = resolve_data_dir(getattr(args, "data_dir", None))
        if not data_dir.is_dir():
            return None
        path = setup_logging(data_dir)
        command = getattr(args, "command", "") or ""
        log.error("Command %s failed\n%s", command, details(type(exc), exc, exc.__traceback__))
        return path
    except Exception:  # the log must never make a failure worse
        return None


def _restore_hint(exc: StoreError, args: argparse.Namespace) -> str:
    """For a damaged database: where the backups are and the command that restores one."""
    from ..store.errors import NotADatabaseError

    if not isinstance(exc, NotADatabaseError) or getattr(args, "command", "") == "restore":
        return ""
    from ..paths import resolve_data_dir

    folder = resolve_data_dir(getattr(args, "data_dir", None)) / "backups"
    return " " + _("To go back to a backup from {folder}: followup-desktop restore FILE").format(
        folder=folder
    )


def open_store(args: argparse.Namespace, *, read_only_ok: bool = False):
    """Open the database in the chosen data directory (for commands that need it).

    ``read_only_ok``: the command only reads, so a database (or data folder) that
    cannot be written is opened read-only instead of refused.
    """
    from ..paths import database_path, resolve_data_dir
    from ..store.database import ensure_data_dir, open_database

    folder = resolve_data_dir(args.data_dir)
    if read_only_ok and database_path(folder).is_file():
        return open_database(database_path(folder), check_all=True, read_only_ok=True)
    data_dir = ensure_data_dir(folder)
    # Every command checks every page first (the window checks a large file right after
    # its first screen): nothing is read from or written to a damaged file.
    return open_database(database_path(data_dir), check_all=True)
