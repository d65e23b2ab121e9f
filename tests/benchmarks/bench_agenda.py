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


def _timed(fn) -> tuple[float, float]:
    """(wall, CPU) seconds of one call: on a shared machine the CPU time says what the
    code costs, the wall time what a user waits."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def _medians(samples: list[tuple[float, float]]) -> tuple[float, float]:
    return (
        statistics.median(s[0] for s in samples),
        statistics.median(s[1] for s in samples),
    )


def run(ctx) -> None:
    from followup_desktop.paths import database_path
    from followup_desktop.store import agenda, database, notes

    source = database_path(ctx.demo_dir())
    today = date.today()
    database.open_database(source)
    try:
        counts = agenda.counts(today)
        cold, cold_cpu = _timed(lambda: agenda.load(today, "overdue", 100))
        wall, cpu = _medians(
            [_timed(lambda: agenda.load(today, "overdue", 100)) for _ in range(RUNS)]
        )
        ctx.figure(
            f"agenda load (counts + first page; {counts['overdue']:,} overdue, "
            f"{counts['none']:,} without next step), median",
            f"{_ms(wall)} (CPU {_ms(cpu)})", "<= 50 ms", wall <= 0.050,
        )  # fmt: skip
        ctx.figure(
            "agenda load, first after opening",
            f"{_ms(cold)} (CPU {_ms(cold_cpu)})", "<= 50 ms", cold <= 0.050,
        )  # fmt: skip

        from followup_desktop.app import make_application
        from followup_desktop.ui.agenda.view import AgendaView

        make_application()
        views = []
        tab = _medians([_timed(lambda: views.append(AgendaView())) for _ in range(7)])
        for view in views:
            view.deleteLater()
        ctx.figure(
            "agenda tab built and loaded, median",
            f"{_ms(tab[0])} (CPU {_ms(tab[1])})", "<= 50 ms", tab[0] <= 0.050,
        )  # fmt: skip
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
            saves: list[tuple[float, float]] = []
            for row in rows[:SAVES]:
                note = notes.NoteInput(
                    contact_id=row.contact_id,
                    channel="call",
                    outcome="reached",
                    notes="Talked it through; they want the revised pricing.\nSend by Friday.",
                    next_step=notes.NextStep("send revised pricing", today + timedelta(days=2)),
                    from_followup_id=row.followup_id,
                )
                saves.append(_timed(lambda n=note: notes.save_note(n)))
        finally:
            database.close_database()
    save, save_cpu = _medians(saves)
    ctx.figure(
        f"note dialog save, database work incl. fsync (median of {len(saves)})",
        f"{_ms(save)} (CPU {_ms(save_cpu)})", "<= 10 ms", save <= 0.010,
    )  # fmt: skip
