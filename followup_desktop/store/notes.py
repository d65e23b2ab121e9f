"""Logging an interaction: what happened, and the next step (or why there is none).

``save_note`` is one transaction: the interaction, the next follow-up (or the
reason there is deliberately none), the completion of the follow-up the note was
written for, and the contact's summary columns. ``undo_note`` takes all of it back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from ..domain.dates import check_year
from ..domain.followup_rules import they_got_back
from ..domain.politeness import Touch
from .database import db
from .errors import InvalidInputError
from .followups import FollowUpState, new_uid, open_followup, refresh_contact_summary, restore
from .followups import snapshot as followup_snapshot
from .models import CHANNELS, OUTCOMES, WHOSE, Contact, FollowUp, Interaction


@dataclass(frozen=True)
class NextStep:
    reason: str
    due_date: date
    due_time: time | None = None
    channel: str = "call"
    whose: str = "mine"
    agreed: bool = False


@dataclass(frozen=True)
class NoteInput:
    """Everything the note dialog collected (a plain value; the dialog's result)."""

    contact_id: int
    channel: str
    outcome: str
    notes: str = ""
    next_step: NextStep | None = None
    no_next_step_reason: str = ""
    from_followup_id: int | None = None
    occurred_at: datetime | None = None  # None: now


@dataclass(frozen=True)
class SavedNote:
    """What ``save_note`` wrote, enough for ``undo_note`` to take it back."""

    note: NoteInput
    interaction_id: int
    followup_id: int | None
    completed: list[FollowUpState] = field(default_factory=list)
    previous_no_next_step_reason: str = ""


def validate(note: NoteInput) -> None:
    """Refuse what cannot be saved, with a sentence saying what to change."""
    if note.channel not in CHANNELS:
        raise InvalidInputError(f'"{note.channel}" is not a channel ({", ".join(CHANNELS)}).')
    if note.outcome not in OUTCOMES:
        raise InvalidInputError(f'"{note.outcome}" is not an outcome ({", ".join(OUTCOMES)}).')
    step = note.next_step
    if step is None:
        if not note.no_next_step_reason.strip():
            raise InvalidInputError(
                "Plan a next step, or say why there is none (for example "
                '"bought elsewhere, confirmed by phone").'
            )
        return
    if note.no_next_step_reason.strip():
        raise InvalidInputError("Either plan a next step or give a reason for none, not both.")
    if not step.reason.strip():
        raise InvalidInputError("The next step needs a reason: what will they hear about?")
    if step.channel not in CHANNELS:
        raise InvalidInputError(f'"{step.channel}" is not a channel.')
    if step.whose not in WHOSE:
        raise InvalidInputError('Whose move it is must be "mine" or "theirs".')
    problem = check_year(step.due_date.year)
    if problem:
        raise InvalidInputError(problem)


def save_note(note: NoteInput) -> SavedNote:
    validate(note)
    now = datetime.now()
    occurred = note.occurred_at or now
    step = note.next_step
    with db.atomic():
        contact = Contact.get_or_none(Contact.id == note.contact_id)
        if contact is None:
            raise InvalidInputError("That contact no longer exists; the note was not saved.")
        completed: list[FollowUpState] = []
        if note.from_followup_id is not None:
            source = open_followup(note.from_followup_id)
            if source.contact_id != note.contact_id:
                raise InvalidInputError("That follow-up belongs to another contact.")
            completed.append(followup_snapshot(source.id))
        interaction_id = Interaction.insert(
            contact=note.contact_id,
            occurred_at=occurred,
            channel=note.channel,
            outcome=note.outcome,
            notes=note.notes,
            no_next_step_reason="" if step else note.no_next_step_reason.strip(),
            created_at=now,
        ).execute()
        if note.from_followup_id is not None:
            _complete(note.from_followup_id, interaction_id, now, "")
        if they_got_back(note.outcome):
            # Their promises are kept: they got back, so no fallback is needed.
            promises = FollowUp.select(FollowUp.id).where(
                (FollowUp.contact == note.contact_id)
                & (FollowUp.status == "open")
                & (FollowUp.whose == "theirs")
                & (FollowUp.id != (note.from_followup_id or 0))
            )
            for (fid,) in promises.tuples():
                completed.append(followup_snapshot(fid))
                _complete(fid, interaction_id, now, "They got back.")
        followup_id = None
        if step is not None:
            followup_id = FollowUp.insert(
                uid=new_uid(),
                contact=note.contact_id,
                due_date=step.due_date,
                due_time=step.due_time,
                reason=step.reason.strip(),
                channel=step.channel,
                whose=step.whose,
                agreed=step.agreed,
                from_interaction=interaction_id,
                created_at=now,
                updated_at=now,
            ).execute()
        Contact.update(no_next_step_reason="" if step else note.no_next_step_reason.strip()).where(
            Contact.id == note.contact_id
        ).execute()
        refresh_contact_summary(note.contact_id)
    return SavedNote(
        note=note,
        interaction_id=interaction_id,
        followup_id=followup_id,
        completed=completed,
        previous_no_next_step_reason=contact.no_next_step_reason,
    )


def _complete(followup_id: int, interaction_id: int, now: datetime, why: str) -> None:
    FollowUp.update(
        status="done",
        status_at=now,
        status_reason=why,
        completed_by=interaction_id,
        revision=FollowUp.revision + 1,
        updated_at=now,
    ).where(FollowUp.id == followup_id).execute()


def undo_note(saved: SavedNote) -> None:
    """Take a saved note back: the interaction, its follow-up, the completions."""
    with db.atomic():
        if saved.followup_id is not None:
            FollowUp.delete().where(FollowUp.id == saved.followup_id).execute()
        restore(saved.completed, refresh=False)
        Interaction.delete().where(Interaction.id == saved.interaction_id).execute()
        Contact.update(no_next_step_reason=saved.previous_no_next_step_reason).where(
            Contact.id == saved.note.contact_id
        ).execute()
        refresh_contact_summary(saved.note.contact_id)


# -- what the dialog shows ---------------------------------------------------------------
@dataclass(frozen=True)
class PastInteraction:
    id: int
    occurred_at: datetime
    channel: str
    outcome: str
    notes: str


def recent_interactions(contact_id: int, limit: int = 3) -> list[PastInteraction]:
    query = (
        Interaction.select(
            Interaction.id,
            Interaction.occurred_at,
            Interaction.channel,
            Interaction.outcome,
            Interaction.notes,
        )
        .where(Interaction.contact == contact_id)
        .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
        .limit(limit)
    )
    return [PastInteraction(*row) for row in query.tuples()]


def touches_since(contact_id: int, since: date) -> list[Touch]:
    """Interactions for the politeness check: the last 14 days and back to the last reply."""
    rows = (
        Interaction.select(Interaction.occurred_at, Interaction.outcome)
        .where(Interaction.contact == contact_id)
        .order_by(Interaction.occurred_at.desc())
        .limit(50)
        .tuples()
    )
    touches: list[Touch] = []
    for occurred_at, outcome in rows:
        touches.append(Touch(occurred_at, outcome))
        if occurred_at.date() < since and they_got_back(outcome):
            break
    return touches
