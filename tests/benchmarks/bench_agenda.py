"""The agenda and the note dialog on the 50,000-contact demo database.

* Agenda load: every section's count plus the first page of the first section
  (what the first tab shows), median of repeated warm loads, and the first (cold) one.
* The agenda tab itself (``AgendaView`` built and loaded), median.
* Saving the note dialog (database work only: interaction + next follow-up +
  completion of the follow-up it came from + contact summary, one transaction with
  its fsync), median over 40 saves on a copy of the demo database.
"""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

RUNS = 15
SAVES = 40


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def run(ctx) -> None:
    from followup_desktop.paths import database_path
    from followup_desktop.store import agenda, database, notes

    source = database_path(ctx.demo_dir())
    today = date.today()
    database.open_database(source)
    try:
        start = time.perf_counter()
        counts, _ = agenda.load(today, "overdue", 100)
        cold = time.perf_counter() - start
        timings = []
        for _ in range(RUNS):
            start = time.perf_counter()
            agenda.load(today, "overdue", 100)
            timings.append(time.perf_counter() - start)
        median = statistics.median(timings)
        ctx.figure(
            f"agenda load (counts + first page; {counts['overdue']:,} overdue, "
            f"{counts['none']:,} without next step), median",
            _ms(median), "<= 50 ms", median <= 0.050,
        )  # fmt: skip
        ctx.figure("agenda load, first (cold cache)", _ms(cold), "<= 50 ms", cold <= 0.050)

        from followup_desktop.app import make_application
        from followup_desktop.ui.agenda_view import AgendaView

        make_application()
        view_times = []
        for _ in range(7):
            start = time.perf_counter()
            view = AgendaView()
            view_times.append(time.perf_counter() - start)
            view.deleteLater()
        tab = statistics.median(view_times)
        ctx.figure("agenda tab built and loaded, median", _ms(tab), "<= 50 ms", tab <= 0.050)
    finally:
        database.close_database()

    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / source.name
        with sqlite3.connect(source) as src, sqlite3.connect(copy) as dst:
            src.backup(dst)
        database.open_database(copy)
        try:
            rows = agenda.rows("overdue", today, limit=SAVES) + agenda.rows(
                "today", today, limit=SAVES
            )
            saves = []
            for row in rows[:SAVES]:
                note = notes.NoteInput(
                    contact_id=row.contact_id,
                    channel="call",
                    outcome="reached",
                    notes="Talked it through; they want the revised pricing.\nSend by Friday.",
                    next_step=notes.NextStep("send revised pricing", today + timedelta(days=2)),
                    from_followup_id=row.followup_id,
                )
                start = time.perf_counter()
                notes.save_note(note)
                saves.append(time.perf_counter() - start)
        finally:
            database.close_database()
    save = statistics.median(saves)
    ctx.figure(
        f"note dialog save, database work (median of {len(saves)})",
        _ms(save), "<= 10 ms", save <= 0.010,
    )  # fmt: skip
