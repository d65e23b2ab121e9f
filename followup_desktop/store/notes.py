"""Logging an interaction: what happened, and the next step (or why there is none).

``save_note`` is one transaction: the interaction, the next follow-up (or the
reason there is deliberately none), the completion of the follow-up the note was
written for, and the contact's summary columns. ``undo_note`` takes all of it back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from ..domain.dates import check_year
from ..domain.followup_rules import NO_REASON, check_fallback, fallback_date, they_got_back
from ..domain.politeness import Touch
from ..domain.vocabulary import status_label
from ..i18n import translator
from .database import db
from .errors import FollowUpGoneError, InvalidInputError
from .followups import (
    STATE_SQL,
    FollowUpState,
    new_uid,
    refresh_contact_summary,
    restore,
    state_from_row,
)
from .models import CHANNELS, OUTCOMES, WHOSE, Contact, FollowUp, Interaction
from .rows import inserted_id

_ = translator(__name__)


@dataclass(frozen=True)
class NextStep:
    reason: str
    due_date: date
    due_time: time | None = None
    channel: str = "call"
    whose: str = "mine"
    agreed: bool = False
    #: Their move: the day I call if they have not got back by ``due_date``
    #: (None: the next working day after it).
    fallback_date: date | None = None


#: What a note does to one of the contact's open follow-ups.
STEP_ACTIONS = ("done", "keep", "replace")


@dataclass(frozen=True)
class StepChoice:
    """The user's choice for one open follow-up: done by this interaction, kept open,
    or replaced by the next step planned in the same note (it is then cancelled)."""

    followup_id: int
    action: str  # one of STEP_ACTIONS


@dataclass(frozen=True)
class NoteInput:
    """Everything the note dialog collected (a plain value; the dialog's result).

    Only what the user chose is closed: the follow-up the note was written for
    (``from_followup_id``) is done unless ``open_steps`` says otherwise, and each
    ``open_steps`` choice is applied. Nothing else changes, whatever the outcome.
    """

    contact_id: int
    channel: str
    outcome: str
    notes: str = ""
    next_step: NextStep | None = None
    no_next_step_reason: str = ""
    from_followup_id: int | None = None
    occurred_at: datetime | None = None  # None: now
    open_steps: tuple[StepChoice, ...] = ()

    def choices(self) -> dict[int, str]:
        """Follow-up id -> action: the source done by default, then what the user chose."""
        found = {self.from_followup_id: "done"} if self.from_followup_id is not None else {}
        found.update({c.followup_id: c.action for c in self.open_steps})
        return found


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
        raise InvalidInputError(
            _('"{channel}" is not a channel ({detail}).').format(
                channel=note.channel, detail=", ".join(CHANNELS)
            )
        )
    if note.outcome not in OUTCOMES:
        raise InvalidInputError(
            _('"{outcome}" is not an outcome ({detail}).').format(
                outcome=note.outcome, detail=", ".join(OUTCOMES)
            )
        )
    for choice in note.open_steps:
        if choice.action not in STEP_ACTIONS:
            raise InvalidInputError(
                _('"{action}" is not one of {detail}.').format(
                    action=choice.action, detail=", ".join(STEP_ACTIONS)
                )
            )
    step = note.next_step
    if step is None and "replace" in note.choices().values():
        raise InvalidInputError(
            _(
                "A follow-up can only be replaced by a next step planned here: plan one, "
                'or choose "Done" or "Keep open" for it.'
            )
        )
    if step is None:
        if "keep" in note.choices().values() and not note.no_next_step_reason.strip():
            return  # an open step kept is the next step
        if not note.no_next_step_reason.strip():
            raise InvalidInputError(
                _(
                    "Plan a next step, or say why there is none (for example "
                    '"bought elsewhere, confirmed by phone").'
                )
            )
        return
    if note.no_next_step_reason.strip():
        raise InvalidInputError(_("Either plan a next step or give a reason for none, not both."))
    if not step.reason.strip():
        raise InvalidInputError(_(NO_REASON))
    if step.channel not in CHANNELS:
        raise InvalidInputError(_('"{channel}" is not a channel.').format(channel=step.channel))
    if step.whose not in WHOSE:
        raise InvalidInputError(_('Whose move it is must be "mine" or "theirs".'))
    problem = check_year(step.due_date.year)
    if problem:
        raise InvalidInputError(problem)
    if step.whose == "theirs" and step.fallback_date is not None:
        problem = check_fallback(step.due_date, step.fallback_date)
        if problem:
            raise InvalidInputError(problem)


# save_note is the hot path of the app (every call, every email): plain SQL with cached
# statements, one transaction, so the database work stays within a few milliseconds.
_COMPLETE_SQL = (
    "UPDATE followup SET status = 'done', status_at = ?, status_reason = ?,"
    " completed_by_id = ?, revision = revision + 1, updated_at = ? WHERE id = ?"
)
_CANCEL_SQL = (
    "UPDATE followup SET status = 'cancelled', status_at = ?, status_reason = ?,"
    " revision = revision + 1, updated_at = ? WHERE id = ?"
)
_SUMMARY_SQL = """UPDATE contact SET no_next_step_reason = ?2,
    next_due = (SELECT min(f.due_date) FROM followup f
                WHERE f.contact_id = ?1 AND f.status = 'open'),
    last_interaction_at = (SELECT max(i.occurred_at) FROM interaction i
                           WHERE i.contact_id = ?1)
    WHERE id = ?1"""


def _stamp(value: datetime) -> str:
    return value.isoformat(sep=" ")


def save_note(note: NoteInput) -> SavedNote:
    validate(note)
    now = _stamp(datetime.now())
    occurred = _stamp(note.occurred_at) if note.occurred_at else now
    step = note.next_step
    no_reason = "" if step else note.no_next_step_reason.strip()
    with db.atomic():
        found = db.execute_sql(
            "SELECT no_next_step_reason FROM contact WHERE id = ?", (note.contact_id,)
        ).fetchone()
        if found is None:
            raise InvalidInputError(_("That contact no longer exists; the note was not saved."))
        completed: list[FollowUpState] = []
        choices = note.choices()
        for fid, action in choices.items():
            row = db.execute_sql(STATE_SQL + " WHERE id = ?", (fid,)).fetchone()
            if row is None:
                raise FollowUpGoneError()
            source = state_from_row(row)
            if source.contact_id != note.contact_id:
                raise InvalidInputError(_("That follow-up belongs to another contact."))
            if source.status != "open" and action != "keep":
                raise InvalidInputError(
                    _("The follow-up is already {status}; nothing was changed.").format(
                        status=status_label(source.status)
                    )
                )
            if action != "keep":
                completed.append(source)
        interaction_id = inserted_id(
            db.execute_sql(
                "INSERT INTO interaction (contact_id, occurred_at, channel, outcome, notes,"
                " no_next_step_reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (note.contact_id, occurred, note.channel, note.outcome, note.notes, no_reason, now),
            )
        )
        for fid, action in choices.items():
            if action == "done":
                db.execute_sql(_COMPLETE_SQL, (now, "", interaction_id, now, fid))
                # A step of a series done early may move the steps after it.
                from .series import shift_after_done  # (imported when first needed)

                done_on = (note.occurred_at or datetime.now()).date()
                completed += shift_after_done(fid, done_on)
            elif action == "replace" and step is not None:
                db.execute_sql(_CANCEL_SQL, (now, f"Replaced by: {step.reason.strip()}", now, fid))
        followup_id = None
        if step is not None:
            followup_id = db.execute_sql(
                "INSERT INTO followup (uid, contact_id, due_date, due_time, reason, channel,"
                " whose, agreed, from_interaction_id, created_at, updated_at, fallback_date)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    new_uid(), note.contact_id, step.due_date.isoformat(),
                    step.due_time.isoformat() if step.due_time else None, step.reason.strip(),
                    step.channel, step.whose, int(step.agreed), interaction_id, now, now,
                    fallback_date(step.due_date, step.fallback_date).isoformat()
                    if step.whose == "theirs" else None,
                ),
            ).lastrowid  # fmt: skip
        db.execute_sql(_SUMMARY_SQL, (note.contact_id, no_reason))
    return SavedNote(
        note=note,
        interaction_id=interaction_id,
        followup_id=followup_id,
        completed=completed,
        previous_no_next_step_reason=found[0],
    )


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


# -- the contact's open follow-ups, for the note dialog's "Open steps" -------------------
@dataclass(frozen=True)
class OpenStep:
    id: int
    reason: str
    due_date: date
    due_time: time | None
    channel: str
    whose: str
    act_on: date  # my day to act (their promise: its fallback)


def open_steps(contact_id: int) -> list[OpenStep]:
    """The contact's open follow-ups, the soonest to act on first."""
    rows = db.execute_sql(
        "SELECT id, reason, due_date, due_time, channel, whose, action_date FROM followup"
        " WHERE contact_id = ? AND status = 'open' ORDER BY action_date, id",
        (contact_id,),
    ).fetchall()
    return [
        OpenStep(
            r[0], r[1], date.fromisoformat(r[2]), time.fromisoformat(r[3]) if r[3] else None,
            r[4], r[5], date.fromisoformat(r[6]),
        )
        for r in rows
    ]  # fmt: skip
