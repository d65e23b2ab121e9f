"""The one SQLite file: opened late, with pragmas, versioned by ``PRAGMA user_version``.

``db`` is created unbound so models can be declared at import time;
``open_database(path)`` binds it once the data directory is known, refuses
anything that is not our database or is newer than this app, and runs the schema
upgrades in one transaction.

``db`` is a thin ``Database`` in front of peewee (``connection``); the checks made
before a file is written to are in ``open_checks``, the sentences for SQLite's
failures in ``sqlite_errors``.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from ..i18n import translator
from . import claim, health
from .connection import Database
from .errors import (
    DataDirError,
    DiskFullError,
    MigrationError,
    ReadOnlyDatabaseError,
    StoreError,
)
from .migrations import SCHEMA_VERSION, STEPS
from .open_checks import (
    check_header,
    peek_version,
    read_only_connection,
    refuse_empty_beside_backups,
    refuse_newer,
    schema_version,
    wal_has_frames,
)
from .sqlite_errors import damaged_text_error, is_database_error, translate_error

_ = translator(__name__)

if TYPE_CHECKING:
    import peewee

DB_FILENAME = "followup.sqlite3"

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    # Another program (a backup tool, a second window) may hold a lock briefly.
    "busy_timeout": 3000,
    # FULL: a save the user was told about survives a power cut, not only a crash.
    "synchronous": "full",
    "cache_size": -16000,
    "temp_store": "memory",
}

db = Database()


def ensure_data_dir(path: Path) -> Path:
    """Create the data directory if needed and check it is writable."""
    if path.exists() and not path.is_dir():
        raise DataDirError(_("The data folder {path} is a file, not a folder.").format(path=path))
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataDirError(
            _("The data folder {path} does not exist and cannot be created ({detail}).").format(
                path=path, detail=exc.strerror or exc
            )
        ) from exc
    if not path.is_dir():
        raise DataDirError(_("The data folder {path} is a file, not a folder.").format(path=path))
    if not os.access(path, os.W_OK | os.X_OK):
        raise DataDirError(
            _("The data folder {path} cannot be written to; check its permissions.").format(
                path=path
            )
        )
    if os.name == "posix":
        try:
            # The folder of the user's data (database, backups, log): theirs only.
            if stat.S_IMODE(path.stat().st_mode) & 0o077:
                os.chmod(path, 0o700)
        except OSError:
            pass  # not ours to change; the files inside are private anyway
    return path


@contextmanager
def translated_errors() -> Iterator[None]:
    """Turn SQLite failures inside the block into StoreError sentences (locked, full, ...)."""
    try:
        yield
    except UnicodeDecodeError as exc:
        raise damaged_text_error(db.database or "") from exc
    except Exception as exc:
        if not is_database_error(exc):
            raise
        raise translate_error(exc, db.database or "") from exc


def needs_upgrade(path: Path | str) -> bool:
    """True when ``path`` holds our data at an older schema version (an upgrade will run).

    Read-only and quiet: any problem is left for ``open_database`` to explain.
    """
    path = Path(path)
    try:
        if not path.exists() or path.stat().st_size == 0:
            return False
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1)
        try:
            return 0 < schema_version(conn) < SCHEMA_VERSION
        finally:
            conn.close()
    except (OSError, sqlite3.Error):
        return False


def _create_private(path: Path) -> None:
    """Create an empty database file readable by the user only (0600 on POSIX)."""
    if path.exists():
        return
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    os.close(fd)


def migrate(database: Database | peewee.SqliteDatabase, path: Path | str = "") -> int:
    """Bring the schema up to SCHEMA_VERSION, one transaction for all steps.

    Returns the version the database had before. Refuses a newer database
    without changing it.
    """
    conn = database.connection()
    current = schema_version(conn)
    refuse_newer(current, path)
    if current == SCHEMA_VERSION:
        return current
    if current > 0:
        # Any SQLite file can say "version 3": upgrading (and backing up before each
        # start) a file that is not ours would bury the real backups.
        from .schema_check import check_ours

        check_ours(conn, current, path or _("The database"))
    if current > 0 and path:
        _backup_before_migration(database, Path(path), current)
    from .migrations.search import register_functions

    register_functions(conn)
    try:
        with database.atomic():
            for version in range(current, SCHEMA_VERSION):
                for statement in STEPS[version]:
                    database.execute_sql(statement)
            # PRAGMA user_version is transactional in SQLite: it rolls back with the rest.
            database.execute_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except Exception as exc:
        if not is_database_error(exc):
            raise
        err = translate_error(exc, path)
        if type(err) is StoreError:
            raise MigrationError(
                _(
                    "Upgrading the database {path} from version {current} failed ({exc}); it "
                    "was left"
                    " as it was."
                ).format(path=path, current=current, exc=exc)
            ) from exc
        raise err from exc
    return current


def _backup_before_migration(
    database: Database | peewee.SqliteDatabase, path: Path, current: int
) -> None:
    """Every upgrade of real data starts from a verified backup; no backup, no upgrade."""
    from .backup import make_backup

    try:
        make_backup(path, "pre-migration", connection=database.connection())
    except StoreError as exc:
        raise MigrationError(
            _(
                "The database {path} needs an upgrade (data version {current}), but it could not "
                "be backed up first, so it was not changed. {exc}"
            ).format(path=path, current=current, exc=exc)
        ) from exc


def open_database(
    path: Path | str,
    *,
    create: bool = True,
    check_all: bool = False,
    read_only_ok: bool = False,
) -> Database:
    """Bind ``db`` to ``path``, check it, apply pragmas and migrations.

    Before anything is written: the header, the length, the version, and (files up to
    4 MB, any file with ``check_all`` or with a -wal left beside it) ``quick_check`` and
    the schema, on a read-only connection. The window checks larger files right after
    its first screen; the command line passes ``check_all``.

    The process's shared claim (``claim``) is taken first and held while the
    database is open: a restore in another process waits for it, and this one waits
    for a restore in progress.
    """
    path = Path(path)
    if db.database is not None and not db.is_closed():
        db.close()
    readable = read_only_ok and path.is_file() and path.stat().st_size > 0
    try:
        ensure_data_dir(path.parent)
        writable_folder = True
    except DataDirError:
        if not readable:
            raise
        writable_folder = False
    claim.hold_shared(path)
    try:
        if writable_folder:
            try:
                return _open_claimed(path, create, check_all)
            except (ReadOnlyDatabaseError, DiskFullError):
                if not readable:
                    raise  # reading needs no space: a full disk still lets commands read
        return _open_read_only(path, check_all)
    except BaseException:
        claim.release()
        raise


def _open_claimed(path: Path, create: bool, check_all: bool) -> Database:
    check_header(path)
    health.check_not_truncated(path)
    refuse_empty_beside_backups(path)
    deep = check_all or wal_has_frames(path)
    peek_version(path, deep)
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise ReadOnlyDatabaseError(
            _(
                "The database {path} is read-only, so nothing could be saved. Check the file's "
                "permissions (or copy it somewhere you can write); it was not changed."
            ).format(path=path)
        )
    if not path.exists():
        if not create:
            raise StoreError(_("There is no database at {path}.").format(path=path))
        try:
            _create_private(path)
        except OSError as exc:
            raise ReadOnlyDatabaseError(
                _("The database {path} cannot be created ({detail}).").format(
                    path=path, detail=exc.strerror or exc
                )
            ) from exc
    elif os.name == "posix":
        try:
            # Readable by the user only; a file made read-only stays read-only.
            mode = stat.S_IMODE(path.stat().st_mode)
            if mode & 0o077:
                os.chmod(path, mode & 0o600)
            if mode & 0o200:
                # A read-only open (a backup of a 0400 file) leaves a 0400 -shm; once the
                # file is writable again, its side files must be too.
                for suffix in ("-wal", "-shm"):
                    side = path.with_name(path.name + suffix)
                    if side.exists() and not stat.S_IMODE(side.stat().st_mode) & 0o200:
                        os.chmod(side, 0o600)
        except OSError:
            pass  # not ours to change (e.g. another user's file); SQLite will say if it matters
    db.init(str(path), pragmas=PRAGMAS, check_same_thread=False)
    try:
        db.connect(reuse_if_open=True)
        # Touch the schema: raises "file is not a database" for damaged headers.
        db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
        if not deep and path.stat().st_size <= health.QUICK_CHECK_AT_OPEN_MAX_BYTES:
            health.quick_check(db.connection(), path)
        # Can we write? A lock held by another program or a read-only mount shows here,
        # before the user types anything, not at their first save.
        db.execute_sql("BEGIN IMMEDIATE")
        db.execute_sql("ROLLBACK")
        migrate(db, path)
    except UnicodeDecodeError as exc:
        # Garbage in a page can reach SQLite's error message itself, which Python then
        # fails to decode: that, too, is a damaged file.
        db.close()
        raise damaged_text_error(path) from exc
    except StoreError:
        db.close()
        raise
    except Exception as exc:
        if not is_database_error(exc):
            raise
        db.close()
        raise translate_error(exc, path) from exc
    return db


#: A read-only open: what reading needs, and SQLite itself refusing any write.
READ_ONLY_PRAGMAS = {
    "foreign_keys": 1,
    "busy_timeout": 3000,
    "cache_size": -16000,
    "temp_store": "memory",
    "query_only": 1,
}


def _open_read_only(path: Path, check_all: bool) -> Database:
    """Open a database nobody here may write (a 0444 file, a read-only folder) for reading.

    Only for commands that read (exports, the printed list): the file, its header and
    its pages are checked as usual; an old version that would need an upgrade is refused.
    """
    peek_version(path, deep=check_all)
    try:
        conn, query = read_only_connection(path)
        try:
            version = schema_version(conn)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise translate_error(exc, path) from exc
    if version < SCHEMA_VERSION:
        raise ReadOnlyDatabaseError(
            _(
                "The database {path} is read-only and from an older version; it needs an upgrade "
                "that cannot be written. Make it writable (or copy it) and try again."
            ).format(path=path)
        )
    db.init(f"{path.resolve().as_uri()}?{query}", pragmas=READ_ONLY_PRAGMAS, uri=True)
    try:
        db.connect()
        db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
    except Exception as exc:
        db.close()
        if not is_database_error(exc):
            raise
        raise translate_error(exc, path) from exc
    return db


def close_database() -> None:
    if db.database is not None and not db.is_closed():
        db.close()
    claim.release()
