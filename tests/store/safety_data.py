"""Small helpers shared by the data-safety tests: put real rows in, count them back."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

from followup_desktop.store import contacts, followups
from followup_desktop.store.database import db
from followup_desktop.store.models import Interaction
from tests.lookups import category_by_name


def fill(n_contacts: int = 3, note: str = "Talked about the renewal") -> None:
    """Contacts, each with one interaction and the follow-up it planned."""
    clients = category_by_name("Clients")
    for i in range(n_contacts):
        c = contacts.create_contact(first_name=f"Ann{i}", last_name="Smith", category=clients)
        with db.atomic():
            it = Interaction.create(
                contact=c.id,
                occurred_at=datetime(2026, 1, 1, 10) + timedelta(days=i),
                channel="call",
                outcome="reached",
                notes=note,
                created_at=datetime.now(),
            )
            followups.create_followup(
                c.id,
                date(2026, 2, 1) + timedelta(days=i),
                "Send the quote",
                from_interaction_id=it.id,
            )


def counts(path: Path) -> tuple[int, int, int]:
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        return tuple(  # type: ignore[return-value]
            conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("contact", "interaction", "followup")
        )
    finally:
        conn.close()


def integrity(path: Path) -> str:
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()
