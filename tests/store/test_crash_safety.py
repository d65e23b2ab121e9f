"""Every save the user was told about survives SIGKILL at any moment.

A child process runs the app's save path (interaction + completion of the open
follow-up + the next follow-up, one transaction) in a loop, printing an
acknowledgement after each commit. It is killed with SIGKILL at a random moment,
200+ times; after each kill the database must pass ``PRAGMA integrity_check``,
hold every acknowledged save, and contain no half-saved pair.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from followup_desktop.store import contacts, database

CHILD = Path(__file__).with_name("crash_child.py")
ROOT = Path(__file__).resolve().parents[2]
KILLS = 200
#: Keep the test bounded on a loaded machine: stop starting rounds after this long.
BUDGET_SECONDS = 150


def _verify(db_path: Path, acked: list[tuple[int, int, int, str]]) -> None:
    conn = sqlite3.connect(str(db_path))  # a fresh open replays the WAL, as the app would
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        for interaction_id, followup_id, completed_id, tag in acked:
            assert conn.execute(
                "SELECT notes FROM interaction WHERE id = ?", (interaction_id,)
            ).fetchone() == (tag,), f"acknowledged save {tag} is missing"
            assert conn.execute(
                "SELECT from_interaction_id FROM followup WHERE id = ?", (followup_id,)
            ).fetchone() == (interaction_id,), f"follow-up of {tag} is missing"
            if completed_id:
                assert conn.execute(
                    "SELECT status, completed_by_id IS NOT NULL FROM followup WHERE id = ?",
                    (completed_id,),
                ).fetchone() == ("done", 1), f"completion by {tag} is missing"
        # No half-saved pair: an interaction without its follow-up ...
        assert conn.execute(
            "SELECT count(*) FROM interaction i WHERE NOT EXISTS "
            "(SELECT 1 FROM followup f WHERE f.from_interaction_id = i.id)"
        ).fetchone() == (0,)
        # ... a follow-up whose interaction is gone, or a completion without its interaction.
        assert conn.execute(
            "SELECT count(*) FROM followup f WHERE "
            "(f.from_interaction_id IS NOT NULL AND NOT EXISTS "
            " (SELECT 1 FROM interaction i WHERE i.id = f.from_interaction_id)) OR "
            "(f.status = 'done' AND (f.completed_by_id IS NULL OR NOT EXISTS "
            " (SELECT 1 FROM interaction i WHERE i.id = f.completed_by_id)))"
        ).fetchone() == (0,)
        # The contact's summary moved in the same transaction.
        assert conn.execute(
            "SELECT count(*) FROM contact c WHERE c.next_due IS NOT "
            "(SELECT min(due_date) FROM followup f WHERE f.contact_id = c.id "
            " AND f.status = 'open')"
        ).fetchone() == (0,)
    finally:
        conn.close()


@pytest.mark.slow
def test_acknowledged_saves_survive_sigkill(data_dir):
    data_dir.mkdir()
    db_path = data_dir / "crash.sqlite3"
    database.open_database(db_path)
    clients = contacts.category_by_name("Clients")
    for i in range(20):
        contacts.create_contact(first_name=f"C{i}", category=clients)
    database.close_database()

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    rng = random.Random(8)
    acked: list[tuple[int, int, int, str]] = []
    kills = mid_stream = 0
    started = time.monotonic()
    while kills < KILLS and time.monotonic() - started < BUDGET_SECONDS:
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(db_path), str(kills)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0, 0.08))  # deliberately a random moment, not a wait for data
        child.send_signal(signal.SIGKILL)
        rest = child.stdout.read()  # acks printed before the kill are in the pipe
        child.wait()
        child.stdout.close()
        assert child.returncode == -signal.SIGKILL
        lines = [line.split() for line in rest.splitlines() if line.startswith("ack ")]
        round_acks = [(int(a), int(b), int(c), tag) for _, a, b, c, tag in lines]
        acked += round_acks
        mid_stream += bool(round_acks)
        kills += 1
        _verify(db_path, acked)
    print(
        f"\ncrash safety: {kills} SIGKILLs survived, {mid_stream} mid-stream, "
        f"{len(acked)} acknowledged saves checked, {time.monotonic() - started:.1f} s"
    )
    assert kills >= KILLS, f"only {kills} kills within {BUDGET_SECONDS} s"
    assert mid_stream >= KILLS // 2  # most kills land while saves are streaming
