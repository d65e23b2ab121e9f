"""Restore from a backup and put a damaged database aside. Nothing is ever deleted.

The protocol (also in docs/ARCHITECTURE.md):

1. The source must be a Follow-up Desktop database: SQLite, not newer than this
   app, with every table and column its version must have (``schema_check``).
2. The exclusive claim (``claim``) is taken: refused while any other process
   (a window, an import, an export) has the database open; while it is held no
   other process can open it.
3. A verified copy of the source is staged beside the database; an older one is
   upgraded there, on the copy, so a failing upgrade changes nothing.
4. The current database is backed up ("pre-restore", never pruned), or moved
   aside when it is damaged.
5. The swap: this process closes its connection; the file is switched out of WAL
   mode (which SQLite refuses while any other connection, even another program's,
   has it open), so nothing is left in a ``-wal`` to be lost; one atomic rename
   puts the copy in place; the database is opened again and the claim dropped.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..atomic_file import sync_folder
from ..i18n import translator
from . import claim, database, schema_check
from .backup import make_backup
from .connection import Database
from .errors import (
    BackupError,
    DatabaseLockedError,
    DatabaseTooNewError,
    NotADatabaseError,
    StoreError,
)
from .migrations import SCHEMA_VERSION
from .open_checks import schema_version
from .safe_copy import check_header, copy_database
from .sqlite_errors import is_database_error

_ = translator(__name__)

SIDE_FILES = ("-wal", "-shm", "-journal")


def _side(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _source_version(path: Path) -> int:
    """The file's data version, after checking its schema is ours for that version."""
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=3)
    try:
        version = schema_version(conn)
        if 0 < version <= SCHEMA_VERSION:
            schema_check.check_ours(conn, version, path)
        return version
    finally:
        conn.close()


def check_restorable(source: Path) -> None:
    """Raise a plain-words StoreError unless ``source`` can be restored by this app."""
    source = Path(source)
    if not source.is_file():
        raise BackupError(_("There is no backup file at {source}.").format(source=source))
    check_header(source)  # the full integrity check runs on the staged copy
    try:
        version = _source_version(source)
    except sqlite3.Error as exc:
        raise NotADatabaseError(
            _("{source} is damaged ({exc}); it cannot be restored.").format(source=source, exc=exc)
        ) from exc
    if version > SCHEMA_VERSION:
        raise DatabaseTooNewError(
            _(
                "The backup {source} was written by a newer version of Follow-up Desktop; update "
                "the app to restore it. Nothing changed."
            ).format(source=source)
        )
    if version == 0:
        raise BackupError(
            _("{source} is an empty database, not a Follow-up Desktop backup.").format(
                source=source
            )
        )


def _in_use(db_path: Path) -> DatabaseLockedError:
    return DatabaseLockedError(
        _(
            "The database {db_path} is in use by another program; close it and try again. "
            "Nothing changed."
        ).format(db_path=db_path)
    )


def _leave_wal_mode(db_path: Path) -> bool:
    """Fold the -wal into the file and switch it to a rollback journal; False if not WAL.

    SQLite changes a database out of WAL mode only when no other connection has it
    open, so this is also the proof that no program (ours or not) holds a connection
    whose next commit would land in a file about to be renamed away.
    """
    try:
        conn = sqlite3.connect(str(db_path), timeout=1, isolation_level=None)
    except sqlite3.Error:
        return False
    try:
        if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            return True
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except sqlite3.Error as exc:
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            raise _in_use(db_path) from exc
        return False  # damaged: the checks below decide
    finally:
        conn.close()
    if str(mode).lower() != "delete":
        raise _in_use(db_path)
    return True


def _empty_wal(db_path: Path) -> None:
    """Make sure no connection is open and no -wal holds data, then remove the side files."""
    wal = _side(db_path, "-wal")
    if db_path.exists() and db_path.stat().st_size > 0:
        _leave_wal_mode(db_path)
    if wal.exists() and wal.stat().st_size > 0 and db_path.exists():
        try:
            conn = sqlite3.connect(str(db_path), timeout=3)
            try:
                busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            finally:
                conn.close()
        except sqlite3.Error as exc:
            raise DatabaseLockedError(
                _(
                    "The database {db_path} is in use by another program ({exc}); close it and try "
                    "again. Nothing changed."
                ).format(db_path=db_path, exc=exc)
            ) from exc
        if busy or (wal.exists() and wal.stat().st_size > 0):
            raise DatabaseLockedError(
                _(
                    "The database {db_path} is in use by another program; close it and try again. "
                    "Nothing changed."
                ).format(db_path=db_path)
            )
    for suffix in SIDE_FILES:
        # Empty now: a -wal of zero bytes and the -shm index carry no data.
        _side(db_path, suffix).unlink(missing_ok=True)


@dataclass(frozen=True)
class RestoreResult:
    #: The backup of the database as it was just before (None if there was none).
    previous_backup: Path | None
    #: Where a damaged current database was moved to (None if it was healthy).
    moved_aside: Path | None


@dataclass(frozen=True)
class PreparedRestore:
    """A verified copy of the backup beside the database, and the backup of what it replaces."""

    source: Path
    staged: Path
    previous_backup: Path | None
    #: The current file could not be backed up (or is known to be damaged): move it aside.
    move_current_aside: bool

    def discard(self) -> None:
        self.staged.unlink(missing_ok=True)


def prepare_restore(source: Path, db_path: Path, *, damaged: bool = False) -> PreparedRestore:
    """The slow half of a restore, safe off the UI thread: nothing in use is touched yet.

    The caller holds the exclusive claim (``claim.acquire_exclusive``) from before this
    until ``finish_restore`` has run, so no commit can fall between the backup of the
    current data taken here and the swap.

    Copies and verifies ``source`` beside the database, then backs up the current
    database (unless it is ``damaged`` or too damaged to copy: then it will be
    moved aside instead).
    """
    source, db_path = Path(source), Path(db_path)
    check_restorable(source)
    if db_path.exists() and source.resolve() == db_path.resolve():
        raise BackupError(_("That file is the database in use; choose a backup instead."))
    # Stage first: the backup taken below may prune the source if it is in backups/.
    staged = db_path.with_name(f".{db_path.name}.{os.getpid()}.restoring")
    try:
        copy_database(source, staged)
    except NotADatabaseError as exc:
        raise NotADatabaseError(
            _("{source} is damaged, so it cannot be restored ({exc}).").format(
                source=source, exc=exc
            )
        ) from exc
    try:
        _upgrade_copy(staged, source)
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    previous: Path | None = None
    aside = damaged
    try:
        if db_path.exists() and db_path.stat().st_size > 0 and not damaged:
            try:
                previous = make_backup(db_path, "pre-restore")
            except (NotADatabaseError, BackupError):
                aside = True
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    return PreparedRestore(source, staged, previous, aside and db_path.exists())


def _upgrade_copy(staged: Path, source: Path) -> None:
    """Bring the staged copy of an older backup up to this version, on the copy only."""
    if not database.needs_upgrade(staged):
        return
    copy = Database()
    pragmas = {k: v for k, v in database.PRAGMAS.items() if k != "journal_mode"}
    copy.init(str(staged), pragmas=pragmas)
    try:
        copy.connect()
        database.migrate(copy)  # no backup of a copy: the source itself is untouched
    except StoreError as exc:
        raise BackupError(
            _(
                "The backup {source} is from an older version and could not be brought up to date"
                " ({exc}). Nothing changed."
            ).format(source=source, exc=exc)
        ) from exc
    except Exception as exc:
        if not is_database_error(exc):
            raise
        raise BackupError(
            _(
                "The backup {source} is from an older version and could not be brought up to date"
                " ({exc}). Nothing changed."
            ).format(source=source, exc=exc)
        ) from exc
    finally:
        copy.close()


def finish_restore(
    prepared: PreparedRestore, db_path: Path, *, reopen: bool = True
) -> RestoreResult:
    """The quick half, on the thread that owns the connection: close, swap, reopen."""
    db_path = Path(db_path)
    moved: Path | None = None
    try:
        if prepared.move_current_aside and db_path.exists():
            moved = move_aside(db_path)
        was_open = database.db.database is not None and not database.db.is_closed()
        database.close_database()
        try:
            _empty_wal(db_path)
        except StoreError:
            if was_open and reopen and moved is None:
                database.open_database(db_path)  # refused: carry on with the data as it was
            raise
        try:
            os.replace(prepared.staged, db_path)
        except OSError as exc:
            if moved is not None and not db_path.exists():
                os.rename(moved, db_path)  # put it back rather than leave nothing
            raise BackupError(
                _("The backup could not be put in place ({detail}). Nothing changed.").format(
                    detail=exc.strerror or exc
                )
            ) from exc
        sync_folder(db_path.parent)
    finally:
        prepared.discard()
    if reopen:
        database.open_database(db_path)
    return RestoreResult(prepared.previous_backup, moved)


def restore_database(
    source: Path, db_path: Path, *, reopen: bool = True, damaged: bool = False
) -> RestoreResult:
    """Replace ``db_path`` with a verified copy of ``source``; ``source`` is never changed.

    The current database is backed up first; if it is known to be ``damaged``
    or is too damaged to back up, it is moved aside instead, so nothing is lost
    either way.
    """
    with claim.exclusive(db_path):
        prepared = prepare_restore(source, db_path, damaged=damaged)
        return finish_restore(prepared, db_path, reopen=reopen)


def move_aside(db_path: Path, now: datetime | None = None) -> Path:
    """Rename a damaged database (and its side files) with a timestamp; return the new path.

    Never overwrites: an existing name gets a counter.
    """
    db_path = Path(db_path)
    database.close_database()
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    stem = db_path.stem
    n = 0
    while True:
        tag = f"{stamp}" if n == 0 else f"{stamp}-{n}"
        target = db_path.with_name(f"{stem}.damaged-{tag}{db_path.suffix}")
        if not any(_side(target, s).exists() for s in ("", *SIDE_FILES)):
            break
        n += 1
    try:
        if db_path.exists():
            os.rename(db_path, target)
        for suffix in SIDE_FILES:
            if _side(db_path, suffix).exists():
                os.rename(_side(db_path, suffix), _side(target, suffix))
    except OSError as exc:
        raise StoreError(
            _(
                "The damaged database {db_path} could not be moved aside ({detail}); it was left "
                "where it is."
            ).format(db_path=db_path, detail=exc.strerror or exc)
        ) from exc
    return target
