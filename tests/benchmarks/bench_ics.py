"""``make bench``: the .ics export of 10,000 follow-ups against bare ``ics`` serialisation.

Baseline (same run, same events): the ``ics.Event`` objects the exporter builds,
serialised by ``ics.Calendar(...).serialize()`` with no repairs, no database and
no file. Measured: ``export_to_file`` end to end (query, build, serialise,
repair, atomic write with fsync, remembering what was exported). Rounds are
interleaved and the best of each is compared, because the machine is shared.
"""

from __future__ import annotations

import random
import tempfile
import time
import warnings
from datetime import date, datetime, timedelta
from pathlib import Path

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

    from followup_desktop.exchange import ics_export as ex
    from followup_desktop.store import ics_state
    from followup_desktop.store.database import close_database, open_database

    with tempfile.TemporaryDirectory(prefix="bench-ics-") as tmp:
        tmp_path = Path(tmp)
        open_database(tmp_path / "followup.sqlite3")
        try:
            _fill(FOLLOWUPS, ctx.seed)
            scope = ics_state.Scope()
            options = ex.ExportOptions(zone="Europe/Berlin", reminders=True)
            rows = ics_state.select_rows(scope)
            zone = ex.resolve_zone(options.zone)

            def bare() -> None:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", FutureWarning)  # str(alarm) in ics
                    events = [ex.build_event(r, options, zone) for r in rows]
                    ics.Calendar(creator=ex.PRODID, events=events).serialize()

            def export() -> None:
                ex.export_to_file(tmp_path / "out.ics", scope, options)

            best = {"bare": float("inf"), "export": float("inf")}
            cpu = {"bare": float("inf"), "export": float("inf")}
            for _ in range(ROUNDS):
                for name, fn in (("bare", bare), ("export", export)):
                    w0, c0 = time.perf_counter(), time.process_time()
                    fn()
                    w1, c1 = time.perf_counter(), time.process_time()
                    best[name] = min(best[name], w1 - w0)
                    cpu[name] = min(cpu[name], c1 - c0)
            size = (tmp_path / "out.ics").stat().st_size
        finally:
            close_database()
    ratio = best["export"] / best["bare"]
    ctx.figure(
        f"ics export of {len(rows):,} follow-ups vs bare ics serialisation (wall, best of "
        f"{ROUNDS})",
        f"{ratio:.2f}x ({best['export']:.2f} s vs {best['bare']:.2f} s, {size / 1e6:.1f} MB)",
        f"<= {TARGET}x",
        ratio <= TARGET,
    )
    cpu_ratio = cpu["export"] / cpu["bare"]
    ctx.figure(
        "ics export vs bare ics serialisation (CPU time)",
        f"{cpu_ratio:.2f}x ({cpu['export']:.2f} s vs {cpu['bare']:.2f} s)",
        f"<= {TARGET}x",
        cpu_ratio <= TARGET,
    )
