"""A salesperson's day between two calendar exports, shared by the replay tests.

Export "next 2 weeks, only my move"; then complete one, cancel one, delete one,
archive a contact, rename a contact, move one out of the two weeks, switch one
from mine to theirs, and plan a new one; then export "only what changed" with
the same filters.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from followup_desktop.exchange import ics_export as ex
from followup_desktop.store import contacts, followups, notes
from followup_desktop.store.database import db
from followup_desktop.store.ics_state import Scope

TODAY = date(2027, 5, 24)  # a Monday
FIRST = datetime(2027, 5, 24, 7, 30, tzinfo=timezone.utc)
SECOND = datetime(2027, 5, 24, 17, 45, tzinfo=timezone.utc)
OPTIONS = ex.ExportOptions(zone="Europe/Berlin", reminders=True)


def scope(*, changed_only: bool) -> Scope:
    return Scope(
        start=TODAY, end=TODAY + timedelta(days=14), whose="mine", changed_only=changed_only
    )


@dataclass
class Day:
    uids: dict[str, str] = field(default_factory=dict)
    first: bytes = b""
    second: bytes = b""
    first_result: ex.ExportResult | None = None
    second_result: ex.ExportResult | None = None


def plan(tmp_path: Path) -> Day:
    """Follow-ups in the two weeks, and the first export of them."""
    silver = contacts.create_contact(company="Silver Oak Manufacturing S.A.", category=2)
    ann = contacts.create_contact(first_name="Ann", last_name="Lee", category=2)
    bob = contacts.create_contact(first_name="Bob", last_name="Kent", category=3)
    cleo = contacts.create_contact(first_name="Cleo", last_name="Park", category=3)
    dana = contacts.create_contact(first_name="Dana", last_name="Ruiz", category=5)

    def make(who, days, reason, at=None):
        return followups.create_followup(who.id, TODAY + timedelta(days=days), reason, due_time=at)

    made = {
        "done": make(ann, 1, "Send the proposal", time(9, 30)),
        "cancelled": make(silver, 7, "Check in after the installation"),
        "deleted": make(bob, 2, "Ask for the signed order"),
        "archived": make(cleo, 3, "Call about the renewal", time(14)),
        "renamed": make(dana, 4, "Thank her for the referral"),
        "moved": make(ann, 5, "Demo for the new team", time(10)),
        "switched": make(bob, 6, "Follow up on the quote"),
        "kept": make(silver, 8, "Book the training", time(11)),
        "far": make(ann, 40, "Quarterly review"),  # outside the two weeks: never exported
    }
    day = Day(uids={k: v.uid for k, v in made.items()})
    day.ids = {k: v.id for k, v in made.items()}  # type: ignore[attr-defined]
    day.contacts = {"cleo": cleo.id, "dana": dana.id, "ann": ann.id}  # type: ignore[attr-defined]
    path = tmp_path / "first.ics"
    day.first_result = ex.export_to_file(path, scope(changed_only=False), OPTIONS, now=FIRST)
    day.first = path.read_bytes()
    return day


def work(day: Day) -> None:
    """What happens between the exports, each through the app's own writers."""
    ids = day.ids  # type: ignore[attr-defined]
    notes.save_note(
        notes.NoteInput(
            contact_id=day.contacts["ann"],  # type: ignore[attr-defined]
            channel="email",
            outcome="reached",
            notes="Proposal sent.",
            from_followup_id=ids["done"],
            no_next_step_reason="Waiting for the board; they will call",
        )
    )
    followups.cancel(ids["cancelled"], "Installation postponed")
    followups.delete_planned(ids["deleted"])
    contacts.set_archived([day.contacts["cleo"]], True)  # type: ignore[attr-defined]
    contacts.update_contact(day.contacts["dana"], last_name="Ruiz-Alvarez")  # type: ignore[attr-defined]
    followups.reschedule(ids["moved"], TODAY + timedelta(days=30))
    # A plain-SQL writer (an import, a script) that does not bump the revision.
    db.execute_sql("UPDATE followup SET whose = 'theirs' WHERE id = ?", (ids["switched"],))
    new = followups.create_followup(
        day.contacts["dana"],  # type: ignore[attr-defined]
        TODAY + timedelta(days=9),
        "Send the brochure",
    )
    day.uids["new"] = new.uid


def second_export(day: Day, tmp_path: Path) -> None:
    path = tmp_path / "second.ics"
    day.second_result = ex.export_to_file(path, scope(changed_only=True), OPTIONS, now=SECOND)
    day.second = path.read_bytes()


def open_mine() -> set[str]:
    """UIDs of the open follow-ups of active contacts that are my move (plain SQL)."""
    rows = db.execute_sql(
        "SELECT f.uid FROM followup f JOIN contact c ON c.id = f.contact_id"
        " WHERE f.status = 'open' AND c.archived = 0 AND f.whose = 'mine'"
    ).fetchall()
    return {r[0] for r in rows}


def in_scope_now() -> set[str]:
    end = TODAY + timedelta(days=14)
    rows = db.execute_sql(
        "SELECT uid FROM followup WHERE due_date BETWEEN ? AND ?",
        (TODAY.isoformat(), end.isoformat()),
    ).fetchall()
    return {r[0] for r in rows}
