"""What is checked before a database file is opened for writing, without writing to it.

The header (is it SQLite at all?), an empty file with backups beside it, the version
(newer than this app? someone else's tables?) and, on request, ``quick_check`` and the
schema: all on a read-only connection, so a file that fails is left exactly as it was.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from ..i18n import translator
from . import health
from .errors import DatabaseTooNewError, NotADatabaseError, ReadOnlyDatabaseError
from .migrations import SCHEMA_VERSION
from .sqlite_errors import damaged_text_error, disk_full_at, translate_error

_ = translator(__name__)


def check_header(path: Path) -> None:
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


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def peek_version(path: Path, deep: bool = False) -> None:
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
    refuse_newer(version, path)


def refuse_newer(version: int, path: Path | str) -> None:
    """Refuse a database a newer version of the app wrote (its data version is above
    ours): before it is opened for use and again before any upgrade. It is not changed."""
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
        if wal_has_frames(path):
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
            ) or ("disk i/o error" in text and disk_full_at(path))
            # immutable ignores a -wal: only when there is nothing in one to miss
            if not cannot_make_shm or wal_has_frames(Path(path)):
                raise
    assert last is not None
    raise last


def wal_has_frames(path: Path) -> bool:
    """A -wal with content at open: a crash, another process, or a file from elsewhere."""
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def refuse_empty_beside_backups(path: Path) -> None:
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
