"""Copying a live database file so that a copy under its final name is always good.

``copy_database`` writes with SQLite's online backup API into a private hidden file,
makes it self-contained (no ``-wal``), checks its integrity, flushes it to disk and
only then renames it into place; ``check_header`` is the cheap look at a file before
it is used; ``remove_stale_partials`` clears the half-copies a killed process left behind.
Backups and restores both copy this way.
"""

from __future__ import annotations

import errno
import os
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import cast

from ..atomic_file import replacing
from ..i18n import translator
from .errors import BackupError, DiskFullError, NotADatabaseError, StoreError
from .health import check_report

_ = translator(__name__)


def _backup_failed(exc: BaseException, dest: Path) -> StoreError:
    text = str(exc).lower()
    if (isinstance(exc, OSError) and exc.errno == errno.ENOSPC) or "disk is full" in text:
        return DiskFullError(
            _("The disk is full, so the backup to {dest} could not be written. Nothing changed.")
            .format(dest=dest)
        )  # fmt: skip
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return NotADatabaseError(
            _("The backup to {dest} failed: the database is damaged.").format(dest=dest)
        )
    detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return BackupError(
        _("The backup to {dest} failed ({detail}). Nothing changed.").format(
            dest=dest, detail=detail
        )
    )


def check_header(path: Path) -> None:
    """Raise unless ``path`` starts like a SQLite database (cheap: reads 16 bytes)."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise BackupError(
            _("{path} cannot be read ({detail}).").format(path=path, detail=exc.strerror or exc)
        ) from exc
    if header != b"SQLite format 3\x00":
        raise NotADatabaseError(_("{path} is not a Follow-up Desktop database.").format(path=path))


def copy_database(
    source: sqlite3.Connection | Path,
    dest: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Copy a live database to ``dest`` (0600), verify it and only then move it into place.

    ``source`` is an open connection (e.g. the app's own, inside a migration) or a
    path, which is opened for the copy only. Writers are not blocked (WAL).
    """
    dest = Path(dest)
    own = not isinstance(source, sqlite3.Connection)
    src: sqlite3.Connection | None = None
    try:
        if own:
            uri = f"{Path(cast(Path, source)).resolve().as_uri()}?mode=ro"
            src = sqlite3.connect(uri, uri=True, timeout=10)
        else:
            src = source  # type: ignore[assignment]
        # The half-copy's name says whose it is (remove_stale_partials).
        partial = dest.with_name(f".{dest.name}.{os.getpid()}.partial")
        with replacing(dest, partial=partial, private=True) as tmp:
            out = sqlite3.connect(str(tmp))
            try:

                def _progress(status: int, remaining: int, total: int) -> None:
                    if progress is not None:
                        progress(total - remaining, total)

                assert src is not None
                src.backup(out, pages=1024, progress=_progress)
                # A backup is one self-contained file: no -wal beside it.
                out.execute("PRAGMA journal_mode = DELETE")
                result = check_report(out, "integrity_check")
            finally:
                out.close()
            if result != ["ok"]:  # raised inside: the damaged copy is never put in place
                raise NotADatabaseError(
                    _(
                        "The copy failed its integrity check ({detail}); the database itself "
                        "may be damaged."
                    ).format(detail=" ".join(result[0].split()))
                )
    except (sqlite3.Error, OSError) as exc:
        raise _backup_failed(exc, dest) from exc
    finally:
        if own and src is not None:
            src.close()
    return dest


_LEFTOVER = re.compile(r"^\..+\.(\d+)\.(partial|restoring)$")


def remove_stale_partials(*folders: Path) -> list[Path]:
    """Delete the hidden half-copies a killed backup or restore left (its process is gone).

    ``.NAME.PID.partial`` and ``.NAME.PID.restoring`` belong to process PID; while it
    lives they are its work in progress and stay.
    """
    removed = []
    for folder in folders:
        try:
            names = list(Path(folder).iterdir()) if Path(folder).is_dir() else []
        except OSError:
            continue
        for path in names:
            m = _LEFTOVER.match(path.name)
            if m is None or _alive(int(m.group(1))):
                continue
            try:
                path.unlink()
                removed.append(path)
            except OSError:
                pass  # housekeeping: never fail over it
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True  # someone's; leave it
    return True
