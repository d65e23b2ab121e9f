"""The personal side on the 50,000-contact demo database (a copy, every contact given a
birthday, half an anniversary, a fifth a work address):

* the agenda's Key dates section: its count and first page (what the tab shows),
  median, against the agenda's This week page of 50 in the same run;
* the calendar month's key date marks (a 42-day grid), against the month's whole read;
* address labels for 5,000 contacts as a PDF (Avery 5160, 167 sheets), against a floor:
  the same number of text lines painted on the same PDF writer with no app code.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

RUNS = 15


def _median(fn, runs: int = RUNS) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def _fill(conn: sqlite3.Connection, seed: int) -> int:
    rng = random.Random(seed)
    ids = [r[0] for r in conn.execute("SELECT id FROM contact")]
    dates, addresses = [], []
    for cid in ids:
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        dates.append((cid, "birthday", month, day, rng.choice([None, rng.randint(1950, 2000)])))
        if rng.random() < 0.5:
            dates.append((cid, "anniversary", rng.randint(1, 12), rng.randint(1, 28), None))
        if rng.random() < 0.2:
            addresses.append((cid, f"{rng.randint(1, 999)} Main St", "Springfield", "IL",
                              f"{rng.randint(10000, 99999)}", "USA"))  # fmt: skip
    conn.executemany(
        # OR IGNORE here and below: the demo book gives some contacts a birthday, an
        # anniversary or a work address already.
        "INSERT OR IGNORE INTO key_date (contact_id, kind, month, day, year)"
        " VALUES (?, ?, ?, ?, ?)",
        dates,
    )
    conn.executemany(
        "INSERT OR IGNORE INTO contact_address (contact_id, kind, street, city, region,"
        " postal_code, country) VALUES (?, 'work', ?, ?, ?, ?, ?)",
        addresses,
    )
    conn.commit()
    return len(ids)


def run(ctx) -> None:
    from followup_desktop.paths import database_path
    from followup_desktop.store import agenda, database, greeting_cards
    from followup_desktop.store.key_date_count import key_dates_count

    source = database_path(ctx.demo_dir())
    today = date.today()
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / source.name
        with sqlite3.connect(source) as src, sqlite3.connect(copy) as dst:
            src.backup(dst)
        database.open_database(copy)
        try:
            with sqlite3.connect(copy) as conn:
                n = _fill(conn, ctx.seed)
            count = agenda.counts(today)["keydates"]
            section = _median(lambda: (key_dates_count(today, 14),
                                       agenda.rows("keydates", today, limit=50)))  # fmt: skip
            floor = _median(lambda: agenda.rows("week", today, limit=50))
            ctx.figure(
                f"Key dates section ({n:,} contacts, {count:,} dates in 14 days), median",
                f"{section * 1000:.1f} ms ({section / floor:.1f}x the agenda's This week page"
                f" of 50, {floor * 1000:.1f} ms)",
                "<= 20 ms",
                section <= 0.020,
            )
            _marks(ctx, today)
            _labels(ctx, greeting_cards, Path(tmp))
        finally:
            database.close_database()


def _labels(ctx, greeting_cards, folder: Path) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QPageSize, QPainter, QPdfWriter

    from followup_desktop.app import make_application
    from followup_desktop.domain.labels import AVERY_5160
    from followup_desktop.ui.jogger.labels import write_labels_pdf

    make_application()
    people = [p for p in greeting_cards.recipients() if p.address is not None][:5000]
    lines = sum(len(p.lines()) for p in people)

    def app_labels():
        write_labels_pdf(people, AVERY_5160, folder / "labels.pdf")

    def floor_pdf():
        writer = QPdfWriter(str(folder / "floor.pdf"))
        writer.setResolution(300)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
        painter = QPainter(writer)
        for i in range(lines):
            if i and i % 150 == 0:
                writer.newPage()
            painter.drawText(QPointF(100 + (i % 3) * 800, 100 + (i % 50) * 60), "Line text 123")
        painter.end()

    ours = _median(app_labels, runs=3)
    floor = _median(floor_pdf, runs=3)
    ctx.figure(
        f"labels PDF for {len(people):,} contacts (Avery 5160), median of 3",
        f"{ours:.2f} s ({ours / floor:.1f}x painting the same {lines:,} lines bare, {floor:.2f} s)",
        "<= 3 s",
        ours <= 3.0,
    )


def _marks(ctx, today: date) -> None:
    from datetime import timedelta

    from followup_desktop.store.calendar import load_range
    from followup_desktop.store.key_date_marks import key_date_marks

    start = today.replace(day=1)
    end = start + timedelta(days=41)
    marks = _median(lambda: key_date_marks(start, end))
    month = _median(lambda: load_range(start, end, per_day=4))
    ctx.figure(
        "calendar month's key date marks (42 days), median",
        f"{marks * 1000:.1f} ms ({marks / month:.2f} of the month's whole read,"
        f" {month * 1000:.1f} ms)",
        "<= 5 ms",
        marks <= 0.005,
    )
