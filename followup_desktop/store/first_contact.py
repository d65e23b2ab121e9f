"""Plan (and take back) the first follow-up of each contact an import created."""

from __future__ import annotations

from datetime import datetime

from ..domain import first_contact
from .database import db
from .followups import new_uid
from .rows import inserted_id


def new_without_next_step(batch_id: int) -> list[first_contact.NewContact]:
    """Contacts the import created that still have no open follow-up, in file order."""
    rows = db.execute_sql(
        """SELECT c.id, c.phone <> '' OR c.mobile <> '', c.email <> ''
           FROM import_item i JOIN contact c ON c.id = i.contact_id
           WHERE i.batch_id = ? AND i.action = 'created' AND c.archived = 0
             AND c.next_due IS NULL
           ORDER BY i.id""",
        (batch_id,),
    ).fetchall()
    return [first_contact.NewContact(r[0], bool(r[1]), bool(r[2])) for r in rows]


def apply(plan: first_contact.FirstContactPlan) -> list[int]:
    """One follow-up per contact, in one transaction; returns their ids (for undo)."""
    now = datetime.now().isoformat(sep=" ")
    ids: list[int] = []
    with db.atomic():
        for contact, day in plan.moves:
            ids.append(inserted_id(
                db.execute_sql(
                    "INSERT INTO followup (uid, contact_id, due_date, reason, channel, whose,"
                    " created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'mine', ?, ?)",
                    (new_uid(), contact.contact_id, day.isoformat(), contact.reason,
                     contact.channel, now, now),
                )
            ))  # fmt: skip
        _refresh([c.contact_id for c, _ in plan.moves])
    return ids


def undo(followup_ids: list[int]) -> None:
    """Delete the planned first follow-ups (those still open) and refresh the contacts."""
    with db.atomic():
        contact_ids: list[int] = []
        for start in range(0, len(followup_ids), 500):
            chunk = followup_ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            contact_ids += [
                r[0]
                for r in db.execute_sql(
                    f"SELECT DISTINCT contact_id FROM followup WHERE id IN ({marks})", chunk
                ).fetchall()
            ]
            db.execute_sql(f"DELETE FROM followup WHERE id IN ({marks})", chunk)
        _refresh(contact_ids)


def _refresh(contact_ids: list[int]) -> None:
    for start in range(0, len(contact_ids), 500):
        chunk = contact_ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        db.execute_sql(
            f"""UPDATE contact SET no_next_step_reason = '', next_due = (
                    SELECT min(f.due_date) FROM followup f
                    WHERE f.contact_id = contact.id AND f.status = 'open')
                WHERE id IN ({marks})""",
            chunk,
        )
