"""SQLite's failures, raw or through peewee, as sentences a person understands."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from ..i18n import translator
from .errors import (
    DatabaseLockedError,
    DiskFullError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
    StoreError,
)

_ = translator(__name__)


def is_database_error(exc: BaseException) -> bool:
    """An error from SQLite, raw or as peewee reports it."""
    if isinstance(exc, sqlite3.Error):
        return True
    pw = sys.modules.get("peewee")
    return pw is not None and isinstance(exc, pw.DatabaseError)


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
    if "disk is full" in text or ("disk i/o error" in text and disk_full_at(path)):
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


def disk_full_at(path: Path | str) -> bool:
    """SQLite says "disk I/O error" when its -shm cannot be grown on a full disk."""
    import shutil

    try:
        return shutil.disk_usage(Path(path).parent).free < 1024 * 1024
    except (OSError, ValueError):
        return False


def damaged_text_error(path: Path | str) -> NotADatabaseError:
    return NotADatabaseError(
        _(
            "The database {path} is damaged (its pages hold bytes that are not text). It was "
            "left untouched."
        ).format(path=path)
    )
