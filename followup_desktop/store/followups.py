"""Follow-ups: the writes that move them, each in one transaction.

Every change bumps ``revision`` (the calendar export's SEQUENCE) and refreshes
the contact's denormalised ``next_due`` / ``last_interaction_at``.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time

from .database import db
from .models import Contact, FollowUp, Interaction


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
            created_at=now,
            updated_at=now,
        )
        Contact.update(no_next_step_reason="").where(Contact.id == contact_id).execute()
        refresh_contact_summary(contact_id)
    return fu


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
