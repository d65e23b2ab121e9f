"""Calendar: switching months (and weeks) back and forth on the demo database, painting
included.

Each switch is one press of Next or Previous (the visible range is re-read) followed
by ``repaint()`` of the month grid (a synchronous paint), timed together. Months
already seen are reused while nothing changed (read and painted once), so a
separate figure times switches to months not seen yet. The demo
database is copied first; if it has (almost) no follow-ups yet, ~250,000 are
generated in the copy (tests/benchmarks/calendar_data.py).
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import time
from datetime import date, timedelta
from pathlib import Path

from .calendar_data import add_followups
from .run import CACHE

SWITCHES = 120  # six months forward, six back, ten times
TARGET_MEDIAN_MS, TARGET_P95_MS = 16.0, 33.0


def _demo_db(ctx) -> Path | None:
    try:
        data_dir = ctx.demo_dir()
    except Exception as exc:  # the demo command may not exist yet
        print(f"bench_calendar: no demo database ({exc}); generating data instead")
        return None
    path = data_dir / "followup.sqlite3"
    return path if path.exists() else None


def prepare(ctx) -> Path:
    """A copy of the demo database with at least ~250,000 follow-ups."""
    from followup_desktop.store.database import close_database, open_database

    work = CACHE / f"calendar-{ctx.contacts}-{ctx.seed}"
    db_path = work / "followup.sqlite3"
    marker = work / ".complete"
    src = _demo_db(ctx)
    # Rebuilt whenever the demo database was (e.g. once the demo makes follow-ups itself).
    stamp = f"{src} {src.stat().st_mtime_ns}" if src is not None else "generated"
    if marker.exists() and marker.read_text() == stamp:
        return db_path
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    if src is not None:
        with sqlite3.connect(f"file:{src}?mode=ro", uri=True) as s, sqlite3.connect(db_path) as d:
            s.backup(d)
    open_database(db_path)  # creates or upgrades the copy
    close_database()
    with sqlite3.connect(db_path) as conn:
        have = conn.execute("SELECT count(*) FROM followup").fetchone()[0]
    if have < ctx.contacts:
        print(f"bench_calendar: the demo has {have} follow-ups; adding ~5 per contact")
        add_followups(db_path, per_contact=5, seed=ctx.seed, contacts=ctx.contacts)
    marker.write_text(stamp)
    return db_path


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def _switches(view, app, n: int, pattern=None, canvas=None) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU milliseconds of ``n`` switches (Next/Previous + repaint)."""
    canvas = canvas or view.month
    wall, cpu = [], []
    pattern = pattern or [1] * 6 + [-1] * 6
    for i in range(n):
        direction = pattern[i % len(pattern)]
        app.processEvents()
        t0, c0 = time.perf_counter(), time.process_time()
        view.step(direction)
        canvas.repaint()
        wall.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    return wall, cpu


def run(ctx) -> None:
    import os
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    db_path = prepare(ctx)
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    from followup_desktop.domain.calendar_grid import Mode
    from followup_desktop.store.database import close_database, open_database

    app = QApplication.instance() or QApplication([])
    QCoreApplication.setOrganizationName("followup-desktop-bench")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    settings_dir = tempfile.mkdtemp(prefix="bench-calendar-")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    open_database(db_path)
    try:
        from followup_desktop.store.models import FollowUp
        from followup_desktop.ui.calendar.view import CalendarView

        total = FollowUp.select().count()
        view = CalendarView()
        view.resize(1200, 760)
        view.show()
        view.set_mode(Mode.MONTH)
        view.go_today()
        app.processEvents()
        # The same paint without a switch: what painting alone costs (the baseline).
        paint = []
        for _ in range(30):
            t0 = time.perf_counter()
            view.month.repaint()
            paint.append((time.perf_counter() - t0) * 1000)
        _switches(view, app, 12)  # warm caches
        base = statistics.median(paint)
        for label, show_closed in (("open only", False), ("done and cancelled too", True)):
            view.set_show_closed(show_closed)
            view.go_today()
            wall, cpu = _switches(view, app, SWITCHES)
            med, p95 = statistics.median(wall), _p95(wall)
            ctx.figure(
                f"calendar month switch median ({total:,} follow-ups, {label})",
                f"{med:.1f} ms (CPU {statistics.median(cpu):.1f} ms; "
                f"{med / base:.1f}x a bare repaint of {base:.1f} ms)",
                f"<= {TARGET_MEDIAN_MS:.0f} ms",
                med <= TARGET_MEDIAN_MS,
            )
            ctx.figure(
                f"calendar month switch p95 ({label})",
                f"{p95:.1f} ms (CPU {_p95(cpu):.1f} ms)",
                f"<= {TARGET_P95_MS:.0f} ms",
                p95 <= TARGET_P95_MS,
            )
        # Months not seen before: every switch paints afresh and reads what it has not
        # read (pressing Previous, the two weeks a month shares with the one shown before
        # are taken over, as they are in use; the rest of the month is read).
        # (Done and cancelled shown: past months are full of them, few are still open.)
        view.set_show_closed(True)
        # Backwards from the month before today: the months timed above came after it.
        view.go_to(date(view.today.year, view.today.month, 1) - timedelta(days=1))
        wall, cpu = _switches(view, app, 24, pattern=[-1])
        ctx.figure(
            "calendar month switch to a month not seen yet (done and cancelled too), median (p95)",
            f"{statistics.median(wall):.1f} ms ({_p95(wall):.1f} ms; "
            f"CPU {statistics.median(cpu):.1f} ms; {statistics.median(wall) / base:.0f}x "
            f"the bare repaint of {base:.1f} ms)",
            f"<= {TARGET_MEDIAN_MS:.0f} ms ({TARGET_P95_MS:.0f} ms)",
            statistics.median(wall) <= TARGET_MEDIAN_MS and _p95(wall) <= TARGET_P95_MS,
        )
        # Weeks (open follow-ups): hundreds of date-only ones a day from today on, so the
        # all-day band is full and "+N more" counts the rest; three weeks on and back.
        view.set_show_closed(False)
        view.set_mode(Mode.WEEK)
        view.go_today()
        _switches(view, app, 12, canvas=view.week)  # warm caches
        wall, cpu = _switches(view, app, SWITCHES // 2, [1] * 3 + [-1] * 3, view.week)
        ctx.figure(
            "calendar week switch (open only), median (p95)",
            f"{statistics.median(wall):.1f} ms ({_p95(wall):.1f} ms; "
            f"CPU {statistics.median(cpu):.1f} ms)",
            f"<= {TARGET_MEDIAN_MS:.0f} ms ({TARGET_P95_MS:.0f} ms)",
            statistics.median(wall) <= TARGET_MEDIAN_MS and _p95(wall) <= TARGET_P95_MS,
        )
        view.close()
    finally:
        close_database()
        shutil.rmtree(settings_dir, ignore_errors=True)
