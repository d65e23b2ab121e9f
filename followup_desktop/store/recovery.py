"""Restore from a backup and put a damaged database aside. Nothing is ever deleted.

A restore first backs up the current database (when it is readable), closes
it, makes sure its ``-wal`` holds nothing that could be replayed onto the
restored file, then moves a verified copy of the backup into place with one
atomic rename and opens it again.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from . import database
from .backup import check_header, copy_database, fsync_dir, make_backup
from .errors import (
    BackupError,
    DatabaseLockedError,
    DatabaseTooNewError,
    NotADatabaseError,
    StoreError,
)
from .migrations import SCHEMA_VERSION

SIDE_FILES = ("-wal", "-shm", "-journal")


def _side(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _source_version(path: Path) -> int:
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=3)
    try:
        return database.schema_version(conn)
    finally:
        conn.close()


def check_restorable(source: Path) -> None:
    """Raise a plain-words StoreError unless ``source`` can be restored by this app."""
    source = Path(source)
    if not source.is_file():
        raise BackupError(f"There is no backup file at {source}.")
    check_header(source)  # the full integrity check runs on the staged copy
    try:
        version = _source_version(source)
    except sqlite3.Error as exc:
        raise NotADatabaseError(f"{source} is damaged ({exc}); it cannot be restored.") from exc
    if version > SCHEMA_VERSION:
        raise DatabaseTooNewError(
            f"The backup {source} was written by a newer version of Follow-up Desktop; "
            "update the app to restore it. Nothing changed."
        )
    if version == 0:
        raise BackupError(f"{source} is an empty database, not a Follow-up Desktop backup.")


def _empty_wal(db_path: Path) -> None:
    """Fold a leftover -wal into the file and remove the side files, or refuse."""
    wal = _side(db_path, "-wal")
    if wal.exists() and wal.stat().st_size > 0 and db_path.exists():
        try:
            conn = sqlite3.connect(str(db_path), timeout=3)
            try:
                busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            finally:
                conn.close()
        except sqlite3.Error as exc:
            raise DatabaseLockedError(
                f"The database {db_path} is in use by another program ({exc}); "
                "close it and try again. Nothing changed."
            ) from exc
        if busy or (wal.exists() and wal.stat().st_size > 0):
            raise DatabaseLockedError(
                f"The database {db_path} is in use by another program; "
                "close it and try again. Nothing changed."
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

    Copies and verifies ``source`` beside the database, then backs up the current
    database (unless it is ``damaged`` or too damaged to copy: then it will be
    moved aside instead).
    """
    source, db_path = Path(source), Path(db_path)
    check_restorable(source)
    if db_path.exists() and source.resolve() == db_path.resolve():
        raise BackupError("That file is the database in use; choose a backup instead.")
    # Stage first: the backup taken below may prune the source if it is in backups/.
    staged = db_path.with_name(f".{db_path.name}.restoring")
    try:
        copy_database(source, staged)
    except NotADatabaseError as exc:
        raise NotADatabaseError(f"{source} is damaged, so it cannot be restored ({exc}).") from exc
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


def finish_restore(
    prepared: PreparedRestore, db_path: Path, *, reopen: bool = True
) -> RestoreResult:
    """The quick half, on the thread that owns the connection: close, swap, reopen."""
    db_path = Path(db_path)
    moved: Path | None = None
    try:
        if prepared.move_current_aside and db_path.exists():
            moved = move_aside(db_path)
        database.close_database()
        _empty_wal(db_path)
        try:
            os.replace(prepared.staged, db_path)
        except OSError as exc:
            if moved is not None and not db_path.exists():
                os.rename(moved, db_path)  # put it back rather than leave nothing
            raise BackupError(
                f"The backup could not be put in place ({exc.strerror or exc}). Nothing changed."
            ) from exc
        fsync_dir(db_path.parent)
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
            f"The damaged database {db_path} could not be moved aside "
            f"({exc.strerror or exc}); it was left where it is."
        ) from exc
    return target
