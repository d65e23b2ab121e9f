"""Backups with SQLite's online backup API, kept beside the database in ``backups/``.

Every backup is written to a private temporary file, made self-contained
(rollback journal, no ``-wal``), checked with ``PRAGMA integrity_check``,
flushed to disk and only then renamed into place, so a backup that exists
under its final name is always a good one.

Only the daily automatic backups are pruned: the newest of each of the last 14
days and of each of the last 8 weeks are kept. Backups made by the user, and
those taken before an upgrade or a restore, stay until the user deletes them:
they are what a person goes back to after a mistake.

The copying itself (verified, private, renamed into place) is ``safe_copy``.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ..i18n import translator
from .errors import NotADatabaseError, StoreError
from .safe_copy import check_header, copy_database, remove_stale_partials

_ = translator(__name__)

BACKUP_DIRNAME = "backups"
KEEP_DAILY = 14
KEEP_WEEKLY = 8
#: Backups taken right before a migration, a restore or an undo of an import: never pruned.
SAFETY_KINDS = ("pre-migration", "pre-restore", "pre-undo")
KINDS = ("daily", "manual", *SAFETY_KINDS)
#: The only kind pruning ever deletes.
PRUNED_KINDS = ("daily",)

_NAME = re.compile(r"^followup-(\d{8}-\d{6})(?:-(\d+))?-([a-z-]+)\.sqlite3$")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file as the restore list shows it."""

    path: Path
    taken_at: datetime
    kind: str
    contacts: int
    interactions: int
    followups: int
    size: int

    @property
    def kind_label(self) -> str:
        label = _KIND_LABELS.get(self.kind)
        return _(label) if label is not None else self.kind


_KIND_LABELS = {
    "daily": _.mark("Daily"),
    "manual": _.mark("Made by you"),
    "pre-migration": _.mark("Before upgrade"),
    "pre-restore": _.mark("Before restore"),
    "pre-undo": _.mark("Before undoing an import"),
}


def backup_dir(db_path: Path) -> Path:
    return Path(db_path).parent / BACKUP_DIRNAME


def _private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        try:
            os.chmod(path, 0o700)
        except OSError:
            pass
    return path


def _new_name(folder: Path, kind: str, now: datetime) -> Path:
    stamp = now.strftime("%Y%m%d-%H%M%S")
    path = folder / f"followup-{stamp}-{kind}.sqlite3"
    n = 1
    while path.exists():
        n += 1
        path = folder / f"followup-{stamp}-{n}-{kind}.sqlite3"
    return path


def make_backup(
    db_path: Path,
    kind: str = "daily",
    *,
    connection: sqlite3.Connection | None = None,
    now: datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Write a verified backup of ``db_path`` into its ``backups/`` folder, then prune."""
    if kind not in KINDS:
        raise ValueError(f"unknown backup kind {kind!r}")
    db_path = Path(db_path)
    folder = _private_dir(backup_dir(db_path))
    remove_stale_partials(folder, db_path.parent)
    dest = _new_name(folder, kind, now or datetime.now())
    copy_database(connection if connection is not None else db_path, dest, progress=progress)
    prune(folder)
    return dest


def _parse_name(path: Path) -> tuple[datetime, str] | None:
    m = _NAME.match(path.name)
    if not m:
        return None
    try:
        return datetime.strptime(m.group(1), "%Y%m%d-%H%M%S"), m.group(3)
    except ValueError:
        return None


def _backup_files(folder: Path) -> list[tuple[datetime, str, Path]]:
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        parsed = _parse_name(path)
        if parsed is not None and path.is_file():
            found.append((parsed[0], parsed[1], path))
    found.sort(key=lambda item: (item[0], item[2].name), reverse=True)
    return found


def keep_set(entries: list[tuple[datetime, str, Path]]) -> set[Path]:
    """Which backups the retention rule keeps (entries newest first).

    Every backup that is not a daily one is kept; the daily ones fill the day and
    week slots.
    """
    keep: set[Path] = {path for _taken, kind, path in entries if kind not in PRUNED_KINDS}
    days: list[date] = []
    weeks: list[tuple[int, int]] = []
    for taken_at, kind, path in entries:
        if kind not in PRUNED_KINDS:
            continue
        day = taken_at.date()
        if day not in days:
            days.append(day)
            if len(days) <= KEEP_DAILY:
                keep.add(path)
        week = tuple(taken_at.isocalendar())[:2]
        if week not in weeks:
            weeks.append(week)  # type: ignore[arg-type]
            if len(weeks) <= KEEP_WEEKLY:
                keep.add(path)
    return keep


def prune(folder: Path) -> list[Path]:
    """Delete daily backups the retention rule no longer keeps; return them."""
    entries = _backup_files(folder)
    keep = keep_set(entries)
    removed = []
    for _taken, _kind, path in entries:
        if path not in keep:
            try:
                path.unlink()
                removed.append(path)
            except OSError:
                pass  # pruning is housekeeping; never fail a backup over it
    return removed


def daily_backup_due(db_path: Path, today: date | None = None) -> bool:
    """True when the database exists and no backup was taken today."""
    db_path = Path(db_path)
    if not db_path.exists() or db_path.stat().st_size == 0:
        return False
    today = today or date.today()
    return not any(t.date() == today for t, _kind, _path in _backup_files(backup_dir(db_path)))


def daily_backup(db_path: Path, now: datetime | None = None) -> Path | None:
    """Take today's automatic backup unless one exists; the path written or None."""
    now = now or datetime.now()
    if not daily_backup_due(db_path, now.date()):
        return None
    return make_backup(db_path, "daily", now=now)


def _count(conn: sqlite3.Connection, table: str) -> int:
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    except sqlite3.Error:
        return 0  # an old schema without that table


def describe(path: Path, taken_at: datetime | None = None, kind: str = "manual") -> BackupInfo:
    """Date, kind and counts of one backup file (read-only; the file is not changed)."""
    path = Path(path)
    if taken_at is None:
        parsed = _parse_name(path)
        if parsed is not None:
            taken_at, kind = parsed
        else:
            taken_at = datetime.fromtimestamp(path.stat().st_mtime)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=3)
        try:
            counts = [_count(conn, t) for t in ("contact", "interaction", "followup")]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise NotADatabaseError(
            _("{path} cannot be read as a database ({detail}).").format(path=path, detail=exc)
        ) from exc
    contacts, interactions, followups = counts
    return BackupInfo(
        path, taken_at, kind, contacts, interactions, followups, size=path.stat().st_size
    )


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The backups beside ``db_path``, newest first, with their counts."""
    infos = []
    for taken_at, kind, path in _backup_files(backup_dir(db_path)):
        try:
            infos.append(describe(path, taken_at, kind))
        except StoreError:
            continue  # an unreadable file is not offered for restore
    return infos


def latest_good_backup(db_path: Path) -> BackupInfo | None:
    """The newest backup that passes an integrity check, or None."""
    from .health import check_file_health

    for taken_at, kind, path in _backup_files(backup_dir(db_path)):
        try:
            # Each was integrity-checked when written; quick_check finds later damage fast.
            check_header(path)
            check_file_health(path)
            return describe(path, taken_at, kind)
        except StoreError:
            continue
    return None


def startup_check_and_backup(db_path: Path, now: datetime | None = None) -> Path | None:
    """What runs off the UI thread after start-up: check, then today's backup.

    A database too big to be checked at open gets its ``quick_check`` here; the
    daily backup then runs ``integrity_check`` on its copy, so damage is found
    within a day even when nothing else looks wrong. Returns the backup written.
    """
    from .health import QUICK_CHECK_AT_OPEN_MAX_BYTES, check_file_health

    db_path = Path(db_path)
    remove_stale_partials(backup_dir(db_path), db_path.parent)
    if not db_path.exists():
        return None
    if db_path.stat().st_size > QUICK_CHECK_AT_OPEN_MAX_BYTES:
        check_file_health(db_path)
    return daily_backup(db_path, now)
