"""The weekly list: a week with 500 due items on the demo database renders to PDF in <= 1 s.

Works on a copy of the demo database. First the demo's own current week as it is
(whatever the demo puts there, plus the overdue items carried into it), then the
same week brought to exactly 500 printed follow-ups: surplus ones are cancelled
in the copy (keeping the mix of carried and this week's), or, if there are too
few, more are added through store.followups.
"""

from __future__ import annotations

import random
import shutil
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

TARGET_S = 1.0
DUE = 500
RUNS = 5


def _copy_demo(ctx, into: Path) -> Path:
    from followup_desktop.paths import database_path

    src = database_path(ctx.demo_dir())
    dst = database_path(into)
    into.mkdir(parents=True, exist_ok=True)
    shutil.copy2(src, dst)
    return dst


def _exactly(week, today, wanted: int, seed: int) -> int:
    """Make the copy's sheet for ``week`` hold ``wanted`` follow-ups; returns the count."""
    from followup_desktop.store.database import db
    from followup_desktop.store.followups import create_followup
    from followup_desktop.store.jogger import due_items

    rnd = random.Random(seed)
    items = due_items(week, carry_overdue=week.end >= today)
    if len(items) > wanted:
        drop = rnd.sample(items, len(items) - wanted)
        ids = [(i.followup_id,) for i in drop]
        contacts = sorted({i.contact_id for i in drop})
        with db.atomic():
            db.connection().executemany(
                "UPDATE followup SET status = 'cancelled' WHERE id = ?", ids
            )
            db.connection().executemany(
                """UPDATE contact SET next_due = (SELECT min(due_date) FROM followup f
                    WHERE f.contact_id = contact.id AND f.status = 'open') WHERE id = ?""",
                [(c,) for c in contacts],
            )
        return wanted
    missing = wanted - len(items)
    ids = [
        r[0]
        for r in db.execute_sql(
            "SELECT id FROM contact WHERE archived = 0 ORDER BY random() LIMIT ?", (missing,)
        )
    ]
    reasons = ["Send the revised quote", "Ask how the install went", "Check in after the demo"]
    with db.atomic():
        for n, contact_id in enumerate(ids):
            create_followup(
                contact_id,
                week.start + timedelta(days=rnd.randrange(7)),
                f"{rnd.choice(reasons)} (bench {n})",
                whose="theirs" if n % 5 == 0 else "mine",
            )
    return len(items) + len(ids)


def _measure(week, today, fmt, out: Path, runs: int):
    from followup_desktop.store.jogger import load_sheet
    from followup_desktop.ui.jogger.printing import write_pdf

    totals, queries, cpus = [], [], []
    sheet, pages = None, 0
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        sheet = load_sheet(week, today, fmt=fmt)
        t1 = time.perf_counter()
        pages = write_pdf(sheet, out, fmt=fmt)
        totals.append(time.perf_counter() - t0)
        queries.append(t1 - t0)
        cpus.append(time.process_time() - c0)
    return sheet, pages, totals, queries, cpus


def run(ctx) -> None:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(["bench"])  # noqa: F841

    from followup_desktop.domain.jogger import week_of
    from followup_desktop.store.database import close_database, open_database
    from followup_desktop.ui.jogger.printing import first_weekday, locale_formats

    today = date.today()
    week = week_of(today, first_weekday())
    fmt = locale_formats()
    with tempfile.TemporaryDirectory(prefix="bench-jogger-") as tmp:
        tmp_dir = Path(tmp)
        open_database(_copy_demo(ctx, tmp_dir / "data"))
        try:
            out = tmp_dir / "week.pdf"
            full, full_pages, full_totals, _, full_cpus = _measure(week, today, fmt, out, 2)
            _exactly(week, today, DUE, ctx.seed)
            sheet, pages, totals, queries, cpus = _measure(week, today, fmt, out, RUNS)
        finally:
            close_database()
    best, median = min(totals), statistics.median(totals)
    carried = sum(1 for s in sheet.sections for line in s.lines if line.carried)
    ctx.figure(
        f"jogger: {sheet.due_count} follow-ups ({carried} carried overdue) to a "
        f"{pages}-page PDF, best of {RUNS}",
        f"{best:.3f} s (median {median:.3f} s, CPU {min(cpus):.3f} s)",
        f"<= {TARGET_S:.1f} s",
        best <= TARGET_S,
    )
    ctx.figure(
        "jogger: the queries for that sheet (share of the total)",
        f"{min(queries) * 1000:.1f} ms ({min(queries) / best:.0%})",
        "a small share",
        min(queries) / best < 0.25,
    )
    per_line = min(full_totals) / max(1, full.due_count)
    ctx.figure(
        f"jogger: the demo's own week as it is, {full.due_count} follow-ups to "
        f"{full_pages} pages (per line vs the 500-line sheet)",
        f"{min(full_totals):.2f} s, CPU {min(full_cpus):.2f} s "
        f"({per_line * 1000:.2f} ms/line = {per_line / (best / sheet.due_count):.2f}x)",
        "grows linearly (about 1x per line)",
        per_line / (best / sheet.due_count) < 1.5,
    )
