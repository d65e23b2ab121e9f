"""Follow-ups: the writes that move them, each in one transaction.

Every change bumps ``revision`` (the calendar export's SEQUENCE) and refreshes
the contact's denormalised ``next_due`` / ``last_interaction_at``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time

from ..domain import followup_rules
from ..domain.dates import is_working_day, next_working_day
from ..domain.vocabulary import status_label
from ..i18n import translator
from .database import db
from .errors import FollowUpGoneError, InvalidInputError
from .models import Contact, FollowUp, Interaction

_ = translator(__name__)


def new_uid() -> str:
    return f"{uuid.uuid4()}@followup-desktop"


def refresh_contact_summary(contact_id: int) -> None:
    """Recompute the contact's next open due date and last interaction time."""
    next_due = (
        FollowUp.select(FollowUp.due_date)
        .where((FollowUp.contact == contact_id) & (FollowUp.status == "open"))
        .order_by(FollowUp.due_date)
        .limit(1)
        .scalar()
    )
    last = (
        Interaction.select(Interaction.occurred_at)
        .where(Interaction.contact == contact_id)
        .order_by(Interaction.occurred_at.desc())
        .limit(1)
        .scalar()
    )
    Contact.update(next_due=next_due, last_interaction_at=last).where(
        Contact.id == contact_id
    ).execute()


def create_followup(
    contact_id: int,
    due_date: date,
    reason: str,
    *,
    channel: str = "call",
    due_time: time | None = None,
    whose: str = "mine",
    agreed: bool = False,
    from_interaction_id: int | None = None,
    fallback_date: date | None = None,
) -> FollowUp:
    if not reason.strip():
        raise ValueError("A follow-up needs a reason.")
    now = datetime.now()
    with db.atomic():
        fu = FollowUp.create(
            uid=new_uid(),
            contact=contact_id,
            due_date=due_date,
            due_time=due_time,
            reason=reason.strip(),
            channel=channel,
            whose=whose,
            agreed=agreed,
            from_interaction=from_interaction_id,
            fallback_date=followup_rules.fallback_date(due_date, fallback_date)
            if whose == "theirs"
            else None,
            created_at=now,
            updated_at=now,
        )
        Contact.update(no_next_step_reason="").where(Contact.id == contact_id).execute()
        refresh_contact_summary(contact_id)
    return fu


def delete_planned(followup_id: int, no_next_step_reason: str = "") -> None:
    """Take back a follow-up just planned (undo), putting back why there was no next step."""
    with db.atomic():
        fu = FollowUp.get_or_none(FollowUp.id == followup_id)
        if fu is None:
            return
        FollowUp.delete().where(FollowUp.id == followup_id).execute()
        if no_next_step_reason:
            Contact.update(no_next_step_reason=no_next_step_reason).where(
                Contact.id == fu.contact_id
            ).execute()
        refresh_contact_summary(fu.contact_id)


def reschedule(
    followup_id: int,
    due_date: date,
    due_time: time | None | bool = False,
    *,
    count: bool = True,
) -> FollowUp:
    """Move a follow-up; ``due_time=False`` keeps its time. Counts as a reschedule."""
    with db.atomic():
        fu = FollowUp.get_by_id(followup_id)
        if fu.whose == "theirs" and fu.fallback_date is not None:
            # The promise moves, and my fallback with it (same gap, on a working day).
            fu.fallback_date = moved_fallback(fu.due_date, fu.fallback_date, due_date)
        fu.due_date = due_date
        if due_time is not False:
            fu.due_time = due_time
        if count:
            fu.reschedule_count += 1
        fu.revision += 1
        fu.updated_at = datetime.now()
        fu.save()
        refresh_contact_summary(fu.contact_id)
    return fu


def reschedule_call(followup_id: int, day: date) -> FollowUp:
    """Move my fallback call of their promise to ``day``; the promised day stays (it
    passed without word: ``calendar_moves.moves_call``). Counts as a reschedule."""
    with db.atomic():
        fu = FollowUp.get_by_id(followup_id)
        fu.fallback_date = day
        fu.reschedule_count += 1
        fu.revision += 1
        fu.updated_at = datetime.now()
        fu.save()
        refresh_contact_summary(fu.contact_id)
    return fu


def moved_fallback(old_due: date, old_fallback: date, new_due: date) -> date:
    """The fallback of a promise moved from ``old_due`` to ``new_due``: the same gap."""
    day = old_fallback + (new_due - old_due)
    if not is_working_day(day):
        day = next_working_day(day)
    return day if day > new_due else next_working_day(new_due)


def cancel(followup_id: int, why: str) -> FollowUp:
    now = datetime.now()
    with db.atomic():
        fu = FollowUp.get_by_id(followup_id)
        fu.status = "cancelled"
        fu.status_at = now
        fu.status_reason = why.strip()
        fu.revision += 1
        fu.updated_at = now
        fu.save()
        refresh_contact_summary(fu.contact_id)
    return fu


# -- undo support: what a follow-up looked like before a write ----------------------------
@dataclass(frozen=True)
class FollowUpState:
    """The fields done/reschedule/cancel/catch-up change, captured before the change."""

    followup_id: int
    contact_id: int
    due_date: date
    due_time: time | None
    whose: str
    status: str
    status_at: datetime | None
    status_reason: str
    reschedule_count: int
    original_due_date: date | None
    completed_by_id: int | None
    fallback_date: date | None = None


STATE_SQL = (
    "SELECT id, contact_id, due_date, due_time, whose, status, status_at, status_reason,"
    " reschedule_count, original_due_date, completed_by_id, fallback_date FROM followup"
)


def state_from_row(row) -> FollowUpState:
    """A FollowUpState from a ``STATE_SQL`` row (values as SQLite holds them)."""
    return FollowUpState(
        followup_id=row[0],
        contact_id=row[1],
        due_date=date.fromisoformat(row[2]),
        due_time=time.fromisoformat(row[3]) if row[3] else None,
        whose=row[4],
        status=row[5],
        status_at=datetime.fromisoformat(row[6]) if row[6] else None,
        status_reason=row[7],
        reschedule_count=row[8],
        original_due_date=date.fromisoformat(row[9]) if row[9] else None,
        completed_by_id=row[10],
        fallback_date=date.fromisoformat(row[11]) if len(row) > 11 and row[11] else None,
    )


def snapshot(followup_id: int) -> FollowUpState:
    row = db.execute_sql(f"{STATE_SQL} WHERE id = ?", (followup_id,)).fetchone()
    if row is None:
        raise FollowUpGoneError()
    return state_from_row(row)


def snapshots(followup_ids: list[int]) -> list[FollowUpState]:
    """Many snapshots at once (catch-up), in the order of ``followup_ids``."""
    found: dict[int, FollowUpState] = {}
    for start in range(0, len(followup_ids), 500):
        chunk = followup_ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for row in db.execute_sql(f"{STATE_SQL} WHERE id IN ({marks})", chunk).fetchall():
            found[row[0]] = state_from_row(row)
    return [found[i] for i in followup_ids if i in found]


def restore(states: list[FollowUpState], *, refresh: bool = True) -> None:
    """Put follow-ups back as captured (undo). The revision still moves forward,
    so a calendar that saw the change sees the change back."""
    now = datetime.now().isoformat(sep=" ")
    rows = [
        (
            s.due_date.isoformat(), s.due_time.isoformat() if s.due_time else None, s.whose,
            s.status, s.status_at.isoformat(sep=" ") if s.status_at else None, s.status_reason,
            s.reschedule_count, s.original_due_date.isoformat() if s.original_due_date else None,
            s.completed_by_id, s.fallback_date.isoformat() if s.fallback_date else None, now,
            s.followup_id,
        )
        for s in states
    ]  # fmt: skip
    with db.atomic():
        db.connection().executemany(
            "UPDATE followup SET due_date = ?, due_time = ?, whose = ?, status = ?,"
            " status_at = ?, status_reason = ?, reschedule_count = ?, original_due_date = ?,"
            " completed_by_id = ?, fallback_date = coalesce(?, fallback_date),"
            " revision = revision + 1, updated_at = ? WHERE id = ?",
            rows,
        )
        if refresh:
            for contact_id in {s.contact_id for s in states}:
                refresh_contact_summary(contact_id)


def open_followup(followup_id: int) -> FollowUp:
    """The follow-up, refusing one that is no longer open (done or cancelled elsewhere)."""
    fu = FollowUp.get_or_none(FollowUp.id == followup_id)
    if fu is None:
        raise FollowUpGoneError()
    if fu.status != "open":
        raise InvalidInputError(
            _('The follow-up "{reason}" is already {status}; nothing was changed.').format(
                reason=fu.reason, status=status_label(fu.status)
            )
        )
    return fu


def no_next_step_reason(contact_id: int) -> str:
    """Why the contact has no next step ("" when none was given); refuses a missing contact."""
    row = (
        Contact.select(Contact.no_next_step_reason).where(Contact.id == contact_id).tuples().first()
    )
    if row is None:
        raise InvalidInputError(_("That contact no longer exists."))
    return row[0]
