"""Follow-ups for the calendar benchmark when the demo database has none (yet).

Writes straight into a *copy* of the database with sqlite3 (fast, deterministic):
per contact about five follow-ups, most of them done in the past, some overdue,
some upcoming, a fifth of them "theirs", a third with a time of day.
"""

from __future__ import annotations

import random
import sqlite3
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

FIRST = ["Ann", "Bob", "Chloé", "Dev", "Eve", "Femi", "Gus", "Hana", "Ivan", "Jo", "Kai", "Lena"]
LAST = ["Smith", "Okafor", "Müller", "Nakamura", "García", "Novak", "Singh", "Berg", "Rossi"]
REASONS = [
    "send revised pricing",
    "check the trial went well",
    "ask for a referral",
    "confirm the meeting agenda",
    "follow up on the proposal",
    "thank for the order",
    "share the case study",
    "renewal conversation",
]


def ensure_contacts(conn: sqlite3.Connection, n: int, rng: random.Random) -> None:
    have = conn.execute("SELECT count(*) FROM contact").fetchone()[0]
    if have >= n:
        return
    cats = [r[0] for r in conn.execute("SELECT id FROM category")]
    now = datetime.now().isoformat(sep=" ")
    rows = []
    for _ in range(n - have):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        rows.append((first, last, rng.choice(cats), now, now, f"{last} {first}".lower()))
    conn.executemany(
        "INSERT INTO contact (first_name, last_name, category_id, created_at, updated_at,"
        " sort_name) VALUES (?, ?, ?, ?, ?, ?)",
        rows,
    )


def add_followups(db_path: Path, per_contact: int = 5, seed: int = 1, contacts: int = 50_000):
    rng = random.Random(seed)
    conn = sqlite3.connect(db_path)
    with conn:
        ensure_contacts(conn, contacts, rng)
        ids = [r[0] for r in conn.execute("SELECT id FROM contact")]
        today = date.today()
        now = datetime.now().isoformat(sep=" ")
        rows = []
        for cid in ids:
            for k in range(per_contact):
                if k < per_contact - 2:  # history: done (or cancelled) over the past two years
                    due = today - timedelta(days=rng.randint(1, 730))
                    status = "done" if rng.random() < 0.9 else "cancelled"
                else:  # the current step: a few overdue, most in the next three months
                    due = today + timedelta(days=rng.randint(-30, 90))
                    status = "open"
                t = f"{rng.randint(8, 17):02d}:{rng.choice((0, 15, 30, 45)):02d}:00"
                rows.append(
                    (
                        f"{uuid.UUID(int=rng.getrandbits(128))}@bench",
                        cid,
                        due.isoformat(),
                        t if rng.random() < 0.33 else None,
                        rng.choice(REASONS),
                        "call",
                        "theirs" if rng.random() < 0.2 else "mine",
                        status,
                        now,
                        now,
                    )
                )
        conn.executemany(
            "INSERT INTO followup (uid, contact_id, due_date, due_time, reason, channel, whose,"
            " status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    conn.execute("ANALYZE")
    conn.close()
