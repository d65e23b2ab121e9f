"""Data safety on the 50,000-contact demo database: what the checks and backups cost.

Each figure is a ratio against a baseline measured in the same run: the quick
check against opening the database (why it is not run at every start for big
files), the verified backup against a plain file copy (the price of
``integrity_check``), the restore against the same copy.
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

RUNS = 3


def _median(fn) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def run(ctx) -> None:
    from followup_desktop.store import backup, database, health, recovery

    demo = ctx.demo_dir() / database.DB_FILENAME
    with tempfile.TemporaryDirectory(prefix="bench-safety-") as tmp:
        db_path = Path(tmp) / database.DB_FILENAME
        shutil.copyfile(demo, db_path)
        size_mb = db_path.stat().st_size / 1e6

        def open_close():
            database.open_database(db_path)
            database.close_database()

        opened = _median(open_close)

        def quick():
            conn = sqlite3.connect(str(db_path))
            health.quick_check(conn, db_path)
            conn.close()

        checked = _median(quick)
        ctx.figure(
            f"quick_check of {size_mb:.0f} MB vs open",
            f"{checked * 1000:.0f} ms = {checked / opened:.1f}x the open ({opened * 1000:.0f} ms)",
            f"> {health.QUICK_CHECK_AT_OPEN_MAX_BYTES // 2**20} MB checked after start-up, "
            "not at open",
            db_path.stat().st_size > health.QUICK_CHECK_AT_OPEN_MAX_BYTES,
        )
        copy_to = Path(tmp) / "plain-copy.sqlite3"
        copied = _median(lambda: shutil.copyfile(db_path, copy_to))
        made: list[Path] = []
        backed = _median(lambda: made.append(backup.make_backup(db_path, "manual")))
        ctx.figure(
            "verified backup vs plain file copy",
            f"{backed:.2f} s = {backed / copied:.0f}x ({copied * 1000:.0f} ms copy)",
            "in the background; < 30 s",
            backed < 30,
        )
        source = Path(tmp) / "chosen-backup.sqlite3"
        shutil.copyfile(made[-1], source)  # later backups of the same day prune earlier ones
        restored = _median(lambda: recovery.restore_database(source, db_path))
        database.close_database()
        ctx.figure(
            "restore (backs up first, verifies, swaps) vs plain file copy",
            f"{restored:.2f} s = {restored / copied:.0f}x",
            "behind a progress dialog; < 40 s",
            restored < 40,
        )
