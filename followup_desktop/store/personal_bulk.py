"""The personal data of many contacts at once: read for exports and labels, written for
the new contacts of an import (no checks: the readers checked every date)."""

from __future__ import annotations

from datetime import datetime

from ..domain import personal as rules
from ..domain.personal import Address, KeyDate, PersonalInfo, ThingToRemember
from .database import db
from .personal import ADDRESS_COLUMNS
from .rows import to_date as _date


def personal_rows(contact_ids: list[int]) -> dict[int, PersonalInfo]:
    """Personal data of many contacts at once (for export and labels)."""
    if not contact_ids:
        return {}
    out: dict[int, dict[str, list]] = {}
    chunk = 900
    for start in range(0, len(contact_ids), chunk):
        ids = contact_ids[start : start + chunk]
        marks = ", ".join("?" * len(ids))
        for row in db.execute_sql(
            f"SELECT contact_id, {', '.join(ADDRESS_COLUMNS)} FROM contact_address"
            f" WHERE contact_id IN ({marks}) ORDER BY contact_id, kind DESC",
            ids,
        ):
            out.setdefault(row[0], {}).setdefault("addresses", []).append(Address(*row[1:]))
        for cid, kind, month, day, year, label, action in db.execute_sql(
            "SELECT contact_id, kind, month, day, year, label, action FROM key_date"
            f" WHERE contact_id IN ({marks}) ORDER BY contact_id, id",
            ids,
        ):
            out.setdefault(cid, {}).setdefault("key_dates", []).append(
                KeyDate(kind, month, day, year, label, action)
            )
        for cid, text, on in db.execute_sql(
            f"SELECT contact_id, text, on_date FROM remembered WHERE contact_id IN ({marks})"
            " ORDER BY contact_id, on_date IS NULL, on_date, id",
            ids,
        ):
            out.setdefault(cid, {}).setdefault("things", []).append(
                ThingToRemember(text, _date(on))
            )
    return {
        cid: PersonalInfo(
            addresses=tuple(parts.get("addresses", ())),
            key_dates=tuple(rules.key_dates_sorted(parts.get("key_dates", ()))),
            things=tuple(parts.get("things", ())),
        )
        for cid, parts in out.items()
    }


def insert_personal_many(rows: list[tuple[int, PersonalInfo]]) -> None:
    """New contacts' personal data in bulk (an import of 50,000 rows), no checks:
    the readers checked every date."""
    conn = db.connection()
    now = str(datetime.now())
    conn.executemany(
        "INSERT INTO contact_address (contact_id, kind, street, city, region, postal_code,"
        " country) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (cid, a.kind, a.street, a.city, a.region, a.postal_code, a.country)
            for cid, info in rows
            for a in info.addresses
        ],
    )
    conn.executemany(
        "INSERT INTO key_date (contact_id, kind, label, month, day, year, action)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (cid, k.kind, k.label, k.month, k.day, k.year, k.action)
            for cid, info in rows
            for k in info.key_dates
        ],
    )
    conn.executemany(
        "INSERT INTO remembered (contact_id, text, on_date, created_at) VALUES (?, ?, ?, ?)",
        [
            (cid, t.text, t.on.isoformat() if t.on else None, now)
            for cid, info in rows
            for t in info.things
        ],
    )
