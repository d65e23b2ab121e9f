"""``make bench``: the .ics export of 10,000 follow-ups against bare ``ics`` serialisation.

Baseline (same run, same events): the ``ics.Event`` objects the exporter builds,
serialised by ``ics.Calendar(...).serialize()`` with no repairs, no database and
no file. Measured: ``export_to_file`` end to end (query, build, serialise,
repair, digest against the ledger, atomic write with fsync, recording the
ledger), both as a first export (empty ledger: 10,000 rows inserted) and as a
repeat (nothing changed: nothing recorded). Rounds are interleaved and the best
of each is compared, because the machine is shared.

Changed-only: after 100 follow-ups of the 10,000 were moved, the database work of a
changed-only export (the selects that find them and recording
the ledger) against the 50 ms budget; building and writing the 100 events is not
database work and is reported beside it.
"""

from __future__ import annotations

import random
import tempfile
import time
import warnings
from datetime import date, datetime, timedelta
from pathlib import Path

from tests.lookups import select_rows

FOLLOWUPS = 10_000
ROUNDS = 5
TARGET = 1.25


def _fill(n: int, seed: int) -> None:
    from followup_desktop.store import contacts, followups
    from followup_desktop.store.database import db
    from followup_desktop.store.models import Interaction

    rnd = random.Random(seed)
    first = ["Ann", "Jörg", "Zoë", "Mehmet", "Łucja", "José", "Dana", "Li", "Søren", "Amélie"]
    last = ["Lee", "Müller", "Øster", "Yılmaz", "García", "O'Neil", "Nguyễn", "Smith"]
    reasons = [
        "Send the proposal with the new prices",
        "Ask whether the trial went well; offer a call with support",
        "Follow up on the referral to their colleague, mention the conference",
        "Check in after the demo",
    ]
    today = date.today()
    with db.atomic():
        ids = []
        for i in range(n // 5):
            c = contacts.create_contact(
                first_name=rnd.choice(first),
                last_name=rnd.choice(last),
                company=f"Company {i} GmbH",
                phone=f"+49 30 {rnd.randint(100000, 999999)}",
                email=f"person{i}@example.com",
                category=rnd.randint(1, 5),
            )
            when = datetime.now() - timedelta(days=rnd.randint(1, 90))
            Interaction.create(
                contact=c.id,
                occurred_at=when,
                channel="call",
                outcome="reached",
                notes="Talked about the offer.\nWants a discount for 20 seats.\nCall back.",
                created_at=when,
            )
            ids.append(c.id)
        for i in range(n):
            followups.create_followup(
                ids[i % len(ids)],
                today + timedelta(days=rnd.randint(-10, 120)),
                rnd.choice(reasons) + f" ({i})",
                due_time=None if i % 3 == 0 else datetime(2000, 1, 1, 8 + i % 10, 15).time(),
                whose="theirs" if i % 4 == 0 else "mine",
            )
        for c in ids:
            followups.refresh_contact_summary(c)


def run(ctx) -> None:
    import ics

    from followup_desktop.exchange import ics_event
    from followup_desktop.exchange import ics_export as ex
    from followup_desktop.store import followups, ics_state
    from followup_desktop.store.database import close_database, db, open_database

    with tempfile.TemporaryDirectory(prefix="bench-ics-") as tmp:
        tmp_path = Path(tmp)
        open_database(tmp_path / "followup.sqlite3")
        try:
            _fill(FOLLOWUPS, ctx.seed)
            scope = ics_state.Scope()
            options = ex.ExportOptions(zone="Europe/Berlin", reminders=True)
            zone = ex.resolve_zone(options.zone)
            rows = select_rows(scope, ex.options_key(options, zone))

            def bare() -> None:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", FutureWarning)  # str(alarm) in ics
                    events = [ics_event.build_event(r, options, zone) for r in rows]
                    ics.Calendar(creator=ex.PRODID, events=events).serialize()

            def first() -> None:
                ex.export_to_file(tmp_path / "out.ics", scope, options)

            def repeat() -> None:
                ex.export_to_file(tmp_path / "out.ics", scope, options)

            def forget() -> None:  # not timed: an empty ledger for the next first export
                db.execute_sql("DELETE FROM ics_ledger")

            names = ("bare", "first", "repeat")
            best = dict.fromkeys(names, float("inf"))
            cpu = dict.fromkeys(names, float("inf"))
            for _ in range(ROUNDS):
                forget()
                for name, fn in (("bare", bare), ("first", first), ("repeat", repeat)):
                    w0, c0 = time.perf_counter(), time.process_time()
                    fn()
                    w1, c1 = time.perf_counter(), time.process_time()
                    best[name] = min(best[name], w1 - w0)
                    cpu[name] = min(cpu[name], c1 - c0)
            size = (tmp_path / "out.ics").stat().st_size
            changed = _changed_only(ex, followups, ics_state, db, tmp_path, options, zone)
        finally:
            close_database()
    for name, label in (("first", "first export"), ("repeat", "repeat export")):
        ratio = best[name] / best["bare"]
        ctx.figure(
            f"ics {label} of {len(rows):,} follow-ups with the ledger vs bare ics "
            f"serialisation (wall, best of {ROUNDS})",
            f"{ratio:.2f}x ({best[name]:.2f} s vs {best['bare']:.2f} s, {size / 1e6:.1f} MB)",
            f"<= {TARGET}x",
            ratio <= TARGET,
        )
        cpu_ratio = cpu[name] / cpu["bare"]
        ctx.figure(
            f"ics {label} vs bare ics serialisation (CPU time)",
            f"{cpu_ratio:.2f}x ({cpu[name]:.2f} s vs {cpu['bare']:.2f} s)",
            f"<= {TARGET}x",
            cpu_ratio <= TARGET,
        )
    database_ms, total_ms, written = changed
    ctx.figure(
        f"changed-only export after {CHANGES} changes among {len(rows):,}: database work "
        f"(best of {ROUNDS})",
        f"{database_ms:.1f} ms ({written} events; whole export {total_ms:.0f} ms)",
        f"<= {CHANGED_BUDGET_MS} ms",
        database_ms <= CHANGED_BUDGET_MS,
    )


CHANGES = 100
CHANGED_BUDGET_MS = 50


def _changed_only(ex, followups, ics_state, db, tmp_path, options, zone):
    """Best of ROUNDS: move 100 follow-ups (not timed), then ``export_to_file`` changed-only,
    its database calls (the store functions it calls) timed one by one."""
    from datetime import timedelta

    scope = ics_state.Scope(changed_only=True)
    ex.export_to_file(tmp_path / "all.ics", ics_state.Scope(), options)  # the ledger is full
    ids = [r[0] for r in db.execute_sql("SELECT id FROM followup ORDER BY id").fetchall()]
    rnd = random.Random(7)
    spent = [0.0]

    def timed(fn):
        def wrapper(*args, **kwargs):
            t0 = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[0] += time.perf_counter() - t0

        return wrapper

    real = {name: getattr(ics_state, name) for name in DATABASE_CALLS}
    best_db = best_total = float("inf")
    written = 0
    try:
        for name, fn in real.items():
            setattr(ics_state, name, timed(fn))
        for _ in range(ROUNDS):
            for fid in rnd.sample(ids, CHANGES):
                fu = followups.snapshot(fid)
                followups.reschedule(fid, fu.due_date + timedelta(days=1))
            spent[0] = 0.0
            t0 = time.perf_counter()
            result = ex.export_to_file(tmp_path / "changed.ics", scope, options)
            best_total = min(best_total, time.perf_counter() - t0)
            best_db = min(best_db, spent[0])
            written = result.count
    finally:
        for name, fn in real.items():
            setattr(ics_state, name, fn)
    return best_db * 1000, best_total * 1000, written


#: What export_to_file asks the database (everything else is building and writing).
DATABASE_CALLS = ("select_export", "record_ledger")
