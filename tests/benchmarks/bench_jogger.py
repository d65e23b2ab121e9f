"""The weekly list: a week with 500 due items on the demo database renders to PDF in <= 1 s.

Works on a copy of the demo database. If the demo week has fewer than 500 open
follow-ups, the copy is topped up through store.followups (spread over the week,
the categories and whose move), so the figure always measures 500 due items,
plus whatever overdue items the demo carries forward into the week.
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


def _top_up(week, wanted: int, seed: int) -> int:
    from followup_desktop.store.database import db
    from followup_desktop.store.followups import create_followup
    from followup_desktop.store.jogger import due_items

    have = sum(1 for item in due_items(week, carry_overdue=False))
    missing = max(0, wanted - have)
    if not missing:
        return have
    rnd = random.Random(seed)
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
    return have + len(ids)


def run(ctx) -> None:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(["bench"])  # noqa: F841

    from followup_desktop.domain.jogger import week_of
    from followup_desktop.store.database import close_database, open_database
    from followup_desktop.store.jogger import load_sheet
    from followup_desktop.ui.jogger_print import first_weekday, locale_formats, write_pdf

    today = date.today()
    week = week_of(today, first_weekday())
    fmt = locale_formats()
    with tempfile.TemporaryDirectory(prefix="bench-jogger-") as tmp:
        tmp_dir = Path(tmp)
        open_database(_copy_demo(ctx, tmp_dir / "data"))
        try:
            due = _top_up(week, DUE, ctx.seed)
            out = tmp_dir / "week.pdf"
            totals, queries, cpus = [], [], []
            sheet = None
            for _ in range(RUNS):
                t0, c0 = time.perf_counter(), time.process_time()
                sheet = load_sheet(week, today, fmt=fmt)
                t1 = time.perf_counter()
                pages = write_pdf(sheet, out, fmt=fmt)
                totals.append(time.perf_counter() - t0)
                queries.append(t1 - t0)
                cpus.append(time.process_time() - c0)
        finally:
            close_database()
    best, median = min(totals), statistics.median(totals)
    carried = sheet.due_count - due if sheet else 0
    ctx.figure(
        f"jogger: week with {due} due (+{carried} carried overdue) to a {pages}-page PDF, "
        f"best of {RUNS}",
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
