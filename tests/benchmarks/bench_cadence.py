"""Losing touch on 50,000 contacts: the agenda's count and first page.

Measured on a copy of the demo database twice: as the demo has it, and in the worst
case where nobody has anything planned and everyone's last interaction is 3 to 700
days old (most contacts slipping). The baseline, timed in the same run on the same
copy, is the agenda's "No next step" section (its count and first page), an
indexed query the agenda already pays for.
"""

from __future__ import annotations

import random
import shutil
import statistics
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path


def _time(fn, repeat: int = 7) -> float:
    fn()  # warm the page cache
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def _measure(today: date) -> tuple[float, float]:
    from followup_desktop.store import agenda, cadence

    def losing():
        cadence.losing_touch_count(today)
        agenda.rows("losing", today, limit=200)

    def baseline():
        agenda.counts(today)  # includes losing; subtract it below
        agenda.rows("none", today, limit=200)

    count_only = _time(lambda: cadence.losing_touch_count(today))
    return _time(losing), _time(baseline) - count_only


def run(ctx) -> None:
    from followup_desktop.paths import database_path
    from followup_desktop.store import cadence
    from followup_desktop.store.database import close_database, db, open_database

    today = date.today()
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "followup.sqlite3"
        shutil.copy(database_path(ctx.demo_dir()), copy)
        open_database(copy)
        slipping = db.execute_sql("SELECT count(*) FROM contact").fetchone()[0]
        losing_ms, base_ms = _measure(today)
        n = cadence.losing_touch_count(today)
        ctx.figure(
            "cadence: Losing touch count + first page, demo data",
            f"{losing_ms:.1f} ms for {n:,} slipping ({losing_ms / base_ms:.2f}x No next step)",
            "< 50 ms",
            losing_ms < 50,
        )
        rng = random.Random(1)
        with db.atomic():
            db.execute_sql("UPDATE followup SET status = 'done'")
            for (cid,) in db.execute_sql("SELECT id FROM contact").fetchall():
                at = datetime.now() - timedelta(days=rng.randrange(3, 700))
                db.execute_sql(
                    "UPDATE contact SET next_due = NULL, last_interaction_at = ? WHERE id = ?",
                    (at.isoformat(sep=" "), cid),
                )
        db.execute_sql("ANALYZE")
        losing_ms, base_ms = _measure(today)
        n = cadence.losing_touch_count(today)
        ctx.figure(
            "cadence: Losing touch count + first page, nobody planned (worst case)",
            f"{losing_ms:.1f} ms for {n:,} of {slipping:,} slipping "
            f"({losing_ms / base_ms:.2f}x No next step)",
            "< 100 ms",
            losing_ms < 100,
        )
        close_database()
