"""The one SQLite file: opened late, with pragmas, versioned by ``PRAGMA user_version``.

``db`` is created unbound so models can be declared at import time;
``open_database(path)`` binds it once the data directory is known, refuses
anything that is not our database or is newer than this app, and runs the schema
upgrades in one transaction.

``db`` is a thin ``Database`` in front of peewee: raw SQL runs on the plain
sqlite3 connection of the thread that opened the file until something needs the
ORM (a model query, a transaction, another thread); then peewee is imported and
adopts that same connection. A start that only reads its first screen never
loads peewee (~35 ms of every start).
"""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from threading import Lock, get_ident
from typing import TYPE_CHECKING, Any, NoReturn, cast

from ..i18n import translator
from . import claim, health
from .errors import (
    DatabaseLockedError,
    DatabaseTooNewError,
    DataDirError,
    DiskFullError,
    MigrationError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
    StoreError,
)
from .migrations import SCHEMA_VERSION, STEPS

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


class Database:
    """The store's database: ``execute_sql``, ``atomic``, ``connection`` and the rest of
    the peewee ``SqliteDatabase`` surface the store uses, with peewee loaded on demand.

    Until ``orm`` is first used, the thread that called ``connect`` runs SQL on its
    own sqlite3 connection (errors come out as peewee's exception classes, as they
    would through peewee). After that every call goes to peewee, which took over
    that connection for that thread and opens its own for any other thread.
    """

    def __init__(self) -> None:
        self.database: str | None = None
        self._pragmas: dict[str, Any] = {}
        self._conn: sqlite3.Connection | None = None
        self._owner: int | None = None  # the thread that opened _conn
        self._orm: peewee.SqliteDatabase | None = None
        self._orm_lock = Lock()  # a worker thread may be the first to need it
        self._uri = False  # True when ``database`` is a file: URI (read-only opens)

    # -- peewee ------------------------------------------------------------------------
    @property
    def orm(self) -> peewee.SqliteDatabase:
        """The peewee database (models are bound to it); imported on first use."""
        if self._orm is None:
            with self._orm_lock:
                if self._orm is None:
                    orm = _make_orm()
                    if self.database is not None:
                        orm.init(
                            self.database,
                            pragmas=self._pragmas,
                            check_same_thread=False,
                            uri=self._uri,
                        )
                    self._orm = orm
        if self._conn is not None and self._owner == get_ident() and self._orm.is_closed():
            # Hand this thread's open connection over instead of opening a second one.
            cast(Any, self._orm).adopt(self._conn)  # our SqliteDatabase subclass
            self._orm.connect()
        return self._orm

    def _raw(self) -> sqlite3.Connection | None:
        """The plain connection, while peewee has not taken over (this thread only)."""
        if self._orm is None and self._owner == get_ident():
            return self._conn
        return None

    # -- the surface the store uses ----------------------------------------------------------
    def init(
        self,
        database: str | None,
        pragmas: dict[str, Any] | None = None,
        *,
        uri: bool = False,
        **_ignored: Any,
    ) -> None:
        if not self.is_closed():
            self.close()
        self.database = database
        self._pragmas = dict(pragmas or {})
        self._uri = uri
        if self._orm is not None:
            self._orm.init(database, pragmas=self._pragmas, check_same_thread=False, uri=uri)

    def connect(self, reuse_if_open: bool = False) -> bool:
        if not self.is_closed():
            if reuse_if_open:
                return False
            raise StoreError(_("The database is already open."))
        if self.database is None:
            raise StoreError(_("No database has been opened yet."))
        try:
            conn = sqlite3.connect(
                self.database,
                timeout=5,
                isolation_level=None,
                check_same_thread=False,
                uri=self._uri,
            )
        except sqlite3.Error:
            _reraise_as_peewee()
        try:
            for pragma, value in self._pragmas.items():
                conn.execute(f"PRAGMA {pragma} = {value}")
        except sqlite3.Error:
            conn.close()
            _reraise_as_peewee()
        self._conn, self._owner = conn, get_ident()
        if self._orm is not None:
            self.orm  # noqa: B018 (peewee is already in use: it takes the connection now)
        return True

    def execute_sql(self, sql: str, params: Any = None) -> sqlite3.Cursor:
        raw = self._raw()
        if raw is None:
            return self.orm.execute_sql(sql, params)
        try:
            return raw.execute(sql, params or ())
        except sqlite3.Error:
            _reraise_as_peewee()

    def connection(self) -> sqlite3.Connection:
        raw = self._raw()
        return raw if raw is not None else self.orm.connection()

    def atomic(self, *args: Any, **kwargs: Any):
        return self.orm.atomic(*args, **kwargs)

    def is_closed(self) -> bool:
        if self._conn is not None and self._owner == get_ident():
            return False
        return self._orm.is_closed() if self._orm is not None else True

    def close(self) -> bool:
        closed = self._orm.close() if self._orm is not None else False
        if self._conn is not None and self._owner == get_ident():
            self._conn.close()  # already closed when peewee had taken it over: harmless
            self._conn = None
            closed = True
        return closed


def _make_orm() -> peewee.SqliteDatabase:
    import peewee

    class AdoptingSqliteDatabase(peewee.SqliteDatabase):
        """peewee's SqliteDatabase that can take over an already open connection."""

        _adopted: tuple[int, sqlite3.Connection] | None = None

        def adopt(self, conn: sqlite3.Connection) -> None:
            self._adopted = (get_ident(), conn)

        def _connect(self):
            adopted = self._adopted
            if adopted is not None and adopted[0] == get_ident():
                self._adopted = None  # only the thread that offered it takes it
                return adopted[1]  # pragmas were set when it was opened
            return super()._connect()

    return AdoptingSqliteDatabase(None)


def _reraise_as_peewee() -> NoReturn:
    """Re-raise the sqlite3 error being handled as the peewee class peewee would raise."""
    import peewee

    with cast(Any, peewee).__exception_wrapper__:
        raise


def is_database_error(exc: BaseException) -> bool:
    """An error from SQLite, raw or as peewee reports it."""
    if isinstance(exc, sqlite3.Error):
        return True
    pw = sys.modules.get("peewee")
    return pw is not None and isinstance(exc, pw.DatabaseError)


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


def _check_header(path: Path) -> None:
    """Refuse a file that is not SQLite without letting SQLite touch it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise ReadOnlyDatabaseError(
            _("The database {path} cannot be read ({detail}).").format(
                path=path, detail=exc.strerror
            )
        ) from exc
    if header != b"SQLite format 3\x00":
        raise NotADatabaseError(
            _(
                "{path} is not a Follow-up Desktop database (it is not a SQLite file). It was "
                "left untouched."
            ).format(path=path)
        )


def translate_error(exc: BaseException, path: Path | str) -> StoreError:
    """Turn a sqlite/peewee error into a sentence a person understands."""
    # SQLite rolls back by itself on a full disk; peewee's own ROLLBACK then fails with
    # "cannot rollback - no transaction is active" and hides the cause in __context__.
    seen: BaseException | None = exc
    for _attempt in range(6):
        if seen is None or "cannot rollback" not in str(seen).lower():
            break
        seen = seen.__cause__ or seen.__context__
    if seen is not None:
        exc = seen
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return DatabaseLockedError(
            _(
                "The database {path} is locked by another program. Close the other program (or "
                "the other Follow-up Desktop window) and try again."
            ).format(path=path)
        )
    if "readonly" in text or "read-only" in text or "attempt to write" in text:
        return ReadOnlyDatabaseError(
            _(
                "The database {path} is read-only. Check the file's permissions; nothing was "
                "changed."
            ).format(path=path)
        )
    if "disk is full" in text or ("disk i/o error" in text and _disk_full_at(path)):
        return DiskFullError(
            _("The disk is full, so nothing was saved. Free some space and try again.")
        )
    # Garbage in a page can surface as any of these; the app never stores a value near
    # SQLite's size limit, so "too big" can only come from a damaged record header.
    damaged = ("not a database", "malformed", "corrupt", "string or blob too big")
    if any(word in text for word in damaged):
        return NotADatabaseError(
            _("The database {path} is damaged ({exc}). It was left untouched.").format(
                path=path, exc=exc
            )
        )
    if "unable to open" in text:
        return ReadOnlyDatabaseError(
            _("The database {path} cannot be opened ({exc}).").format(path=path, exc=exc)
        )
    return StoreError(_("The database {path} could not be used: {exc}").format(path=path, exc=exc))


def _disk_full_at(path: Path | str) -> bool:
    """SQLite says "disk I/O error" when its -shm cannot be grown on a full disk."""
    import shutil

    try:
        return shutil.disk_usage(Path(path).parent).free < 1024 * 1024
    except (OSError, ValueError):
        return False


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


def damaged_text_error(path: Path | str) -> NotADatabaseError:
    return NotADatabaseError(
        _(
            "The database {path} is damaged (its pages hold bytes that are not text). It was "
            "left untouched."
        ).format(path=path)
    )


def _peek_version(path: Path, deep: bool = False) -> None:
    """Read user_version read-only, so a too-new file is refused before any pragma writes.

    A file about to be upgraded must be ours (``schema_check``). ``deep`` adds, still
    read-only, ``quick_check`` and the schema check of a current file: nothing is
    written to (or checkpointed into) a file before it has passed.
    """
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        conn, _mode = read_only_connection(path)
    except sqlite3.Error as exc:
        raise translate_error(exc, path) from exc
    try:
        version = schema_version(conn)
        if deep:
            health.quick_check(conn, path)
        if version == 0:
            _refuse_foreign_tables(conn, path)
        if 0 < version <= SCHEMA_VERSION and (deep or version < SCHEMA_VERSION):
            # About to be upgraded (and backed up before) or used: it must be ours.
            from .schema_check import check_ours

            check_ours(conn, version, path)
    except UnicodeDecodeError as exc:
        raise damaged_text_error(path) from exc
    except sqlite3.Error as exc:
        raise translate_error(exc, path) from exc
    finally:
        conn.close()
    if version > SCHEMA_VERSION:
        raise DatabaseTooNewError(
            _(
                "The database {path} was written by a newer version of Follow-up Desktop (data "
                "version {version}; this version understands up to {newest}). Update the "
                "app to open it; the file was not changed."
            ).format(path=path, version=version, newest=SCHEMA_VERSION)
        )


def _refuse_foreign_tables(conn: sqlite3.Connection, path: Path) -> None:
    """Version 0 is a new, empty database; one that holds tables is someone else's file."""
    tables = conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchone()[0]
    if tables:
        wal = path.with_name(path.name + "-wal")
        if _wal_has_frames(path):
            text = _(
                "{path} is not a Follow-up Desktop database: it is a SQLite file holding other "
                "tables (or the file {wal} beside it comes from another database). It was left "
                "untouched."
            )
        else:
            text = _(
                "{path} is not a Follow-up Desktop database: it is a SQLite file holding other "
                "tables. It was left untouched."
            )
        raise NotADatabaseError(text.format(path=path, wal=wal.name))


def read_only_connection(path: Path) -> tuple[sqlite3.Connection, str]:
    """A read-only connection to ``path`` and the URI query that made it.

    A WAL file in a folder nobody here can write (or on a full disk) has no -shm
    SQLite could make: then, if no -wal holds pages it would miss, it is opened
    ``immutable`` (nothing can change it from here either).
    """
    base = Path(path).resolve().as_uri()
    last: sqlite3.Error | None = None
    for query in ("mode=ro", "mode=ro&immutable=1"):
        conn = sqlite3.connect(f"{base}?{query}", uri=True, timeout=3)
        try:
            conn.execute("PRAGMA user_version").fetchone()
            return conn, query
        except sqlite3.OperationalError as exc:
            conn.close()
            last = exc
            text = str(exc).lower()
            cannot_make_shm = (
                "unable to open" in text and not os.access(Path(path).parent, os.W_OK)
            ) or ("disk i/o error" in text and _disk_full_at(path))
            # immutable ignores a -wal: only when there is nothing in one to miss
            if not cannot_make_shm or _wal_has_frames(Path(path)):
                raise
    assert last is not None
    raise last


def _wal_has_frames(path: Path) -> bool:
    """A -wal with content at open: a crash, another process, or a file from elsewhere."""
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def _refuse_empty_beside_backups(path: Path) -> None:
    """A zero-length database with backups beside it is a loss, not a new start."""
    try:
        if not path.exists() or path.stat().st_size != 0:
            return
    except OSError:
        return
    from .backup import backup_dir

    folder = backup_dir(path)
    if folder.is_dir() and any(p.suffix == ".sqlite3" for p in folder.iterdir()):
        raise NotADatabaseError(
            _(
                "The database {path} is empty (0 bytes), though there are backups of your data in"
                " {folder}. It was left as it is, so a backup can be restored in its place."
            ).format(path=path, folder=folder)
        )


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


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(database: Database | peewee.SqliteDatabase, path: Path | str = "") -> int:
    """Bring the schema up to SCHEMA_VERSION, one transaction for all steps.

    Returns the version the database had before. Refuses a newer database
    without changing it.
    """
    conn = database.connection()
    current = schema_version(conn)
    if current > SCHEMA_VERSION:
        raise DatabaseTooNewError(
            _(
                "The database {path} was written by a newer version of Follow-up Desktop (data "
                "version {current}; this version understands up to {newest}). Update the "
                "app to open it; the file was not changed."
            ).format(path=path, current=current, newest=SCHEMA_VERSION)
        )
    if current == SCHEMA_VERSION:
        return current
    if current > 0:
        # Any SQLite file can say "version 3": upgrading (and backing up before each
        # start) a file that is not ours would bury the real backups.
        from .schema_check import check_ours

        check_ours(conn, current, path or _("The database"))
    if current > 0 and path:
        _backup_before_migration(database, Path(path), current)
    from .migrations import register_functions

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
    _check_header(path)
    health.check_not_truncated(path)
    _refuse_empty_beside_backups(path)
    deep = check_all or _wal_has_frames(path)
    _peek_version(path, deep)
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
    _peek_version(path, deep=check_all)
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
