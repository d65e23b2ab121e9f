"""The weekly review on the 50,000-contact demo database (~500,000 interactions).

* every figure the Review tab shows (``store.review.load``) for each period, against a
  baseline timed in the same run: the agenda's section counts (what the first screen
  already pays for); target ≤ 300 ms;
* the tab in a running window: time from asking to bars on screen, and the longest the
  UI thread stalled meanwhile (a 10 ms timer keeps ticking while the figures are worked
  out in the background);
* the Review tab's first show (building it, loading pyqtgraph) against the Calendar tab's
  first show, and what start-up imports of either (nothing: both load on first show);
* the one-time schema upgrade (numbering every interaction, filling the tally) against one
  full read of the interaction table.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from followup_desktop.domain import review


def _median_ms(fn, repeat: int = 7) -> float:
    fn()  # warm the page cache
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


STARTUP_PROBE = """
import os, sys, time
os.environ['QT_QPA_PLATFORM'] = 'offscreen'
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from followup_desktop.paths import database_path
from followup_desktop.store import database
data_dir = Path(sys.argv[1])
database.open_database(database_path(data_dir))
from followup_desktop.ui.shell.main_window import MainWindow
w = MainWindow(data_dir=data_dir)
w.show(); app.processEvents()
loaded = [m for m in ('pyqtgraph', 'followup_desktop.ui.review.view') if m in sys.modules]
print('startup-loaded', len(loaded))
t = time.perf_counter(); w.tabs.setCurrentIndex(w.calendar_tab); app.processEvents()
print('calendar', (time.perf_counter() - t) * 1000)
t = time.perf_counter(); w.tabs.setCurrentIndex(w.review_tab); app.processEvents()
print('review', (time.perf_counter() - t) * 1000)
from PySide6.QtCore import QEventLoop
if w.review.result is None:  # let the background load end before the process does
    loop = QEventLoop(); w.review.figures_shown.connect(loop.quit); loop.exec()
"""


def _first_show(data_dir: Path) -> tuple[int, float, float]:
    runs = []
    for _ in range(3):
        out = subprocess.run(
            [sys.executable, "-c", STARTUP_PROBE, str(data_dir)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        values = dict(zip(out[::2], out[1::2], strict=True))
        runs.append(
            (int(values["startup-loaded"]), float(values["calendar"]), float(values["review"]))
        )
    loaded = max(r[0] for r in runs)
    return loaded, statistics.median(r[1] for r in runs), statistics.median(r[2] for r in runs)


def _responsiveness() -> tuple[float, float]:
    """(ms until the figures are on screen, longest UI-thread gap meanwhile in ms)."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from followup_desktop.ui.review.view import ReviewView

    stack = QUndoStack()
    view = ReviewView(stack)
    view.resize(1366, 768)
    view.show()
    loop = QEventLoop()
    view.figures_shown.connect(loop.quit)
    loop.exec()  # the first load (and pyqtgraph's first drawing)
    totals, gaps = [], []
    for _ in range(5):
        clock = QElapsedTimer()
        last = [0]
        worst = [0]

        def tick(clock=clock, last=last, worst=worst) -> None:
            now = clock.elapsed()
            worst[0] = max(worst[0], now - last[0])
            last[0] = now

        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(tick)
        clock.start()
        timer.start()
        view.reload()
        loop.exec()
        tick()
        timer.stop()
        totals.append(clock.elapsed())
        gaps.append(worst[0])
    view.close()
    app.processEvents()
    return statistics.median(totals), statistics.median(gaps)


def _migration_ms(copy: Path) -> tuple[float, float]:
    """Undo the review's schema on a copy, then time its upgrade step alone."""
    import sqlite3

    from followup_desktop.store.migrations import V11

    conn = sqlite3.connect(copy, isolation_level=None)
    for trigger in (
        "interaction_attempt_insert",
        "interaction_attempt_update",
        "interaction_attempt_delete",
        "reply_tally_insert",
        "reply_tally_update",
    ):
        conn.execute(f"DROP TRIGGER {trigger}")
    for index in ("followup_review", "contact_created", "catchup_log_applied"):
        conn.execute(f"DROP INDEX {index}")
    conn.execute("DROP TABLE reply_tally")
    conn.execute("DROP TABLE catchup_log")
    conn.execute("ALTER TABLE interaction DROP COLUMN attempt")
    conn.execute("SELECT count(*), sum(length(notes)) FROM interaction").fetchone()  # warm
    start = time.perf_counter()
    conn.execute("SELECT count(*), sum(length(notes)) FROM interaction").fetchone()
    scan = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    conn.execute("BEGIN")
    for statement in V11:
        conn.execute(statement)
    conn.execute("COMMIT")
    upgrade = (time.perf_counter() - start) * 1000
    conn.close()
    return upgrade, scan


def run(ctx) -> None:
    from followup_desktop.domain.agenda_sections import SECTIONS
    from followup_desktop.paths import database_path
    from followup_desktop.store import agenda
    from followup_desktop.store import review as store_review
    from followup_desktop.store.database import close_database, db, open_database
    from followup_desktop.ui.jogger.printing import first_weekday

    data_dir = ctx.demo_dir()
    today = date.today()
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "followup.sqlite3"
        shutil.copy(database_path(data_dir), copy)
        open_database(copy)
        interactions = db.execute_sql("SELECT count(*) FROM interaction").fetchone()[0]
        from followup_desktop.domain.jogger import week_of

        week_start = week_of(today, first_weekday()).start

        def agenda_screen() -> None:  # the agenda's counts and a page of every section
            agenda.counts(today)
            for section in SECTIONS:
                agenda.rows(section, today, limit=50)

        base = _median_ms(agenda_screen)
        for period in review.PERIODS:
            ms = _median_ms(lambda period=period: store_review.load(week_start, today, period))
            ctx.figure(
                f"review: all figures of the tab, {review.PERIODS[period][0].lower()}",
                f"{ms:.0f} ms for {interactions:,} interactions "
                f"({ms / base:.1f}x the agenda's counts and first pages, {base:.0f} ms)",
                "≤ 300 ms",
                ms <= 300,
            )
        since = review.period_start(review.DEFAULT_PERIOD, today)
        parts = {
            "replies by attempt": lambda: store_review.replies_by_attempt(since, today),
            "channels": lambda: store_review.channel_figures(since, today),
            "given up too early": lambda: store_review.given_up_too_early(4),
            "9 weeks in numbers": lambda: store_review.week_numbers(
                week_start - timedelta(weeks=8), 9, today
            ),
            "losing touch by category": lambda: store_review.losing_touch_by_category(today),
        }
        detail = ", ".join(f"{name} {_median_ms(fn):.0f} ms" for name, fn in parts.items())
        ctx.figure("review: its parts (12 months)", detail, "(reference)", True)

        total, gap = _responsiveness()
        ctx.figure(
            "review: tab reload in the background",
            f"figures on screen after {total:.0f} ms; the UI thread's longest stall "
            f"meanwhile {gap:.0f} ms ({gap / max(total, 1):.2f} of the wait)",
            "stall < 100 ms",
            gap < 100,
        )
        close_database()

        loaded, calendar_ms, review_ms = _first_show(data_dir)
        ctx.figure(
            "review: start-up loads nothing of the Review tab",
            f"{loaded} of pyqtgraph / the tab's view loaded at start-up; first show of the "
            f"tab {review_ms:.0f} ms ({review_ms / calendar_ms:.2f}x the Calendar tab's "
            f"{calendar_ms:.0f} ms)",
            "0 at start-up",
            loaded == 0,
        )

        upgrade, scan = _migration_ms(copy)
        ctx.figure(
            "review: one-time schema upgrade (number every interaction, fill the tally)",
            f"{upgrade / 1000:.1f} s ({upgrade / scan:.0f}x one full read of "
            f"{interactions:,} interactions)",
            "(reference: once per database)",
            True,
        )
