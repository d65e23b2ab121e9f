"""The work done since an import with the contacts it touched: what undoing it would lose."""

from __future__ import annotations

from dataclasses import dataclass

from ..i18n import translator
from .database import db
from .errors import StoreError
from .models import ImportBatch

_ = translator(__name__)


@dataclass(frozen=True)
class LaterWork:
    """What was done since an import with the contacts it touched (undo would lose it)."""

    notes: int = 0
    followups: int = 0
    series: int = 0
    #: Contacts the import created or updated that were edited after it.
    edited: int = 0
    #: Contacts the import created that have notes, follow-ups or series since.
    contacts: int = 0

    def __bool__(self) -> bool:
        return bool(self.notes or self.followups or self.series or self.edited)

    def sentence(self) -> str:
        """What undoing would lose, e.g. "3 notes and 1 follow-up logged since with 2 ..."."""

        parts = []
        if self.notes:
            parts.append(_.n("%n note", "%n notes", self.notes))
        if self.followups:
            parts.append(_.n("%n follow-up", "%n follow-ups", self.followups))
        if self.series:
            parts.append(_.n("%n follow-up series", "%n follow-up series", self.series))
        lost = ""
        if parts:
            joined = parts[-1]
            if len(parts) > 1:
                joined = _(
                    "{items} and {last}", "a list: 3 notes, 1 follow-up and 2 series"
                ).format(items=", ".join(parts[:-1]), last=parts[-1])
            lost = _.n(
                "{work} made since with %n contact it added",
                "{work} made since with %n contacts it added",
                self.contacts,
            ).format(work=joined)
        if self.edited:
            edits = _.n(
                "the changes made since to %n contact it touched",
                "the changes made since to %n contacts it touched",
                self.edited,
            )
            lost = _("{work} and {edits}").format(work=lost, edits=edits) if lost else edits
        return lost


class UndoWouldLoseWork(StoreError):
    """Undoing the import would delete work done since; nothing was changed."""

    def __init__(self, batch_id: int, work: LaterWork) -> None:
        self.batch_id, self.work = batch_id, work
        super().__init__(
            _("Undoing import {batch_id} would also delete {work}. Nothing was changed.").format(
                batch_id=batch_id, work=work.sentence()
            )
        )


#: The contacts an import created (its ``batch_id`` the one parameter).
CREATED = "SELECT contact_id FROM import_item WHERE batch_id = ? AND action = 'created'"


def later_work(batch_id: int) -> LaterWork:
    """Notes, follow-ups and edits made since the import with the contacts it touched."""
    batch = ImportBatch.get_or_none(ImportBatch.id == batch_id)
    if batch is None:
        return LaterWork()
    since = str(batch.created_at)
    notes = db.execute_sql(
        f"SELECT count(*) FROM interaction WHERE contact_id IN ({CREATED})", (batch_id,)
    ).fetchone()[0]
    followups = db.execute_sql(
        f"SELECT count(*) FROM followup WHERE contact_id IN ({CREATED})", (batch_id,)
    ).fetchone()[0]
    series = db.execute_sql(
        f"SELECT count(*) FROM series_run WHERE contact_id IN ({CREATED})", (batch_id,)
    ).fetchone()[0]
    edited = db.execute_sql(
        "SELECT count(*) FROM contact WHERE updated_at > ? AND id IN"
        " (SELECT contact_id FROM import_item WHERE batch_id = ?)",
        (since, batch_id),
    ).fetchone()[0]
    contacts = contacts_with_history(batch_id) if (notes or followups or series) else 0
    return LaterWork(notes, followups, series, edited, contacts)


def contacts_with_history(batch_id: int) -> int:
    """How many contacts this import created have had interactions or follow-ups since."""
    return db.execute_sql(
        "SELECT count(*) FROM import_item i WHERE i.batch_id = ? AND i.action = 'created'"
        " AND (EXISTS (SELECT 1 FROM interaction WHERE contact_id = i.contact_id)"
        " OR EXISTS (SELECT 1 FROM followup WHERE contact_id = i.contact_id)"
        " OR EXISTS (SELECT 1 FROM series_run WHERE contact_id = i.contact_id))",
        (batch_id,),
    ).fetchone()[0]
