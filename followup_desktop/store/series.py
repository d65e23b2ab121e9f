"""Follow-up series: templates (built-in and the user's), applying one to a contact,
stopping it, and shifting the rest when a step is done early.

A run's steps are ordinary follow-ups (``followup.series_run_id``), so the agenda,
calendar and export show them like any other; ``runs_for_contact`` lists them together.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from ..domain import series as rules
from ..i18n import translator
from . import personal
from .database import db
from .errors import InvalidInputError
from .followups import FollowUpState, new_uid, refresh_contact_summary, restore, snapshot
from .models import CHANNELS, Contact, FollowUp, SeriesRun, SeriesStep, SeriesTemplate

_ = translator(__name__)

STOPPED_REASON = _.mark("Series stopped")
#: The built-in "After the sale" template (seeded by migration V8): applying it
#: records the contact's "customer since" date.
AFTER_THE_SALE = 1


@dataclass(frozen=True)
class Template:
    id: int
    name: str
    builtin: bool
    shift_on_early: bool
    steps: list[rules.Step]


def templates() -> list[Template]:
    rows = list(SeriesTemplate.select().order_by(SeriesTemplate.position, SeriesTemplate.id))
    return [template(t.id) for t in rows]


def template(template_id: int) -> Template:
    t = SeriesTemplate.get_or_none(SeriesTemplate.id == template_id)
    if t is None:
        raise InvalidInputError(_("That series no longer exists."))
    # A built-in series reads in the chosen language (stored in English until edited).
    shown = rules.reason_label if t.builtin else str
    steps = [
        rules.Step(shown(s.reason), s.offset_days, s.offset_months, s.channel, s.target)
        for s in t.steps.order_by(SeriesStep.position)
    ]
    name = rules.series_label(t.name) if t.builtin else t.name
    return Template(t.id, name, t.builtin, t.shift_on_early, steps)


def save_template(
    template_id: int | None, name: str, steps: list[rules.Step], shift_on_early: bool = False
) -> int:
    """Create (``template_id`` None) or replace a template's name, option and steps."""
    problem = rules.check_steps(name, steps)
    if problem:
        raise InvalidInputError(problem)
    for n, step in enumerate(steps, 1):
        if step.channel not in CHANNELS:
            raise InvalidInputError(
                _('Step {n}: "{channel}" is not a channel.').format(n=n, channel=step.channel)
            )
    name = name.strip()
    with db.atomic():
        existing = SeriesTemplate.get_or_none(SeriesTemplate.id == template_id)
        if existing is not None and existing.builtin:
            name, steps = _as_stored(existing, name, steps)
        clash = SeriesTemplate.get_or_none(SeriesTemplate.name == name)
        if clash is not None and clash.id != template_id:
            raise InvalidInputError(
                _('There is already a series called "{name}".').format(name=clash.name)
            )
        if template_id is None:
            last = SeriesTemplate.select(SeriesTemplate.position).order_by(
                SeriesTemplate.position.desc()
            )
            position = (last.scalar() or 0) + 1
            template_id = SeriesTemplate.insert(
                name=name, position=position, shift_on_early=shift_on_early
            ).execute()
        else:
            updated = (
                SeriesTemplate.update(name=name, shift_on_early=shift_on_early)
                .where(SeriesTemplate.id == template_id)
                .execute()
            )
            if not updated:
                raise InvalidInputError(_("That series no longer exists."))
            SeriesStep.delete().where(SeriesStep.template == template_id).execute()
        for position, step in enumerate(steps):
            SeriesStep.insert(
                template=template_id,
                position=position,
                offset_days=step.offset_days,
                offset_months=step.offset_months,
                reason=step.reason.strip(),
                channel=step.channel,
                target=step.target,
            ).execute()
    return template_id


def _as_stored(
    built_in: SeriesTemplate, name: str, steps: list[rules.Step]
) -> tuple[str, list[rules.Step]]:
    """A built-in series saved from the editor: the words it showed in the user's language
    and left unchanged are kept as stored (English), so the series still reads in every
    language; what the user reworded is saved as typed."""
    if name == rules.series_label(built_in.name):
        name = built_in.name
    stored = {rules.reason_label(s.reason): s.reason for s in built_in.steps}
    steps = [replace(s, reason=stored.get(s.reason.strip(), s.reason)) for s in steps]
    return name, steps


def delete_template(template_id: int) -> None:
    """Delete one of the user's templates (runs already applied stay as they are)."""
    t = SeriesTemplate.get_or_none(SeriesTemplate.id == template_id)
    if t is None:
        return
    if t.builtin:
        raise InvalidInputError(
            _('"{name}" is built in: edit its steps instead.').format(name=t.name)
        )
    t.delete_instance()


# -- runs -------------------------------------------------------------------------------
def _stored_name(tpl: Template) -> str:
    """The name a series is stored under (a built-in one's English name)."""
    if not tpl.builtin:
        return tpl.name
    return SeriesTemplate.get_by_id(tpl.id).name


def apply(
    template_id: int, contact_id: int, start: date, *, shift_on_early: bool | None = None
) -> tuple[int, list[int]]:
    """Create the run and its follow-ups in one transaction: (run id, follow-up ids)."""
    tpl = template(template_id)
    contact = Contact.get_or_none(Contact.id == contact_id)
    if contact is None:
        raise InvalidInputError(_("That contact no longer exists."))
    needs_referrer = any(s.target == "referrer" for s in tpl.steps)
    referrer = contact.referred_by if needs_referrer and contact.referred_by_id else None
    if needs_referrer and referrer is None:
        raise InvalidInputError(
            _(
                '"{name}" thanks whoever referred {display_name}, but no referrer is set: edit '
                "the contact and fill in Referred by."
            ).format(name=tpl.name, display_name=contact.display_name)
        )
    now = datetime.now()
    shift = tpl.shift_on_early if shift_on_early is None else shift_on_early
    ids: list[int] = []
    with db.atomic():
        run_id = SeriesRun.insert(
            template=tpl.id,
            contact=contact_id,
            name=_stored_name(tpl),  # shown through rules.series_label
            start_date=start,
            shift_on_early=shift,
            created_at=now,
        ).execute()
        touched = {contact_id}
        for position, (step, due) in enumerate(
            zip(tpl.steps, rules.plan(start, tpl.steps), strict=True)
        ):
            who = contact_id
            reason = step.reason
            if step.target == "referrer":
                assert referrer is not None
                who = referrer.id
                reason = _("{reason}: {name}", "Thank them for the referral: Ann Lee").format(
                    reason=step.reason, name=contact.display_name
                )
                touched.add(who)
            ids.append(
                FollowUp.insert(
                    uid=new_uid(),
                    contact=who,
                    due_date=due,
                    reason=reason,
                    channel=step.channel,
                    series_run_id=run_id,
                    series_position=position,
                    created_at=now,
                    updated_at=now,
                ).execute()
            )
        Contact.update(no_next_step_reason="").where(Contact.id.in_(list(touched))).execute()
        for cid in touched:
            refresh_contact_summary(cid)
        if tpl.id == AFTER_THE_SALE:  # they are a customer from the day of the sale
            personal.set_customer_since(contact_id, start)
    return run_id, ids


def undo_apply(run_id: int) -> None:
    with db.atomic():
        touched = {
            cid for (cid,) in FollowUp.select(FollowUp.contact).where(
                FollowUp.series_run_id == run_id
            ).tuples()
        }  # fmt: skip
        FollowUp.delete().where(FollowUp.series_run_id == run_id).execute()
        run = SeriesRun.get_or_none(SeriesRun.id == run_id)
        if run is not None and run.template_id == AFTER_THE_SALE:
            personal.unset_customer_since(run.contact_id, run.start_date)
        SeriesRun.delete().where(SeriesRun.id == run_id).execute()
        for cid in touched:
            refresh_contact_summary(cid)


def stop(run_id: int) -> list[FollowUpState]:
    """Stop a run: its open steps are cancelled. Returns them as they were (for undo)."""
    now = datetime.now()
    with db.atomic():
        run = SeriesRun.get_or_none(SeriesRun.id == run_id)
        if run is None:
            raise InvalidInputError(_("That series no longer exists."))
        open_ids = [
            fid for (fid,) in FollowUp.select(FollowUp.id).where(
                (FollowUp.series_run_id == run_id) & (FollowUp.status == "open")
            ).tuples()
        ]  # fmt: skip
        states = [snapshot(fid) for fid in open_ids]
        FollowUp.update(
            status="cancelled",
            status_at=now,
            status_reason=_(STOPPED_REASON),
            revision=FollowUp.revision + 1,
            updated_at=now,
        ).where(FollowUp.id.in_(open_ids)).execute()
        SeriesRun.update(status="stopped", stopped_at=now).where(SeriesRun.id == run_id).execute()
        for cid in {s.contact_id for s in states}:
            refresh_contact_summary(cid)
    return states


def undo_stop(run_id: int, states: list[FollowUpState]) -> None:
    with db.atomic():
        restore(states)
        SeriesRun.update(status="active", stopped_at=None).where(SeriesRun.id == run_id).execute()


def shift_after_done(followup_id: int, done: date) -> list[FollowUpState]:
    """When a step of a shifting series is done early, move its later open steps by as
    many days. Call inside the transaction that completes it; returns the moved steps
    as they were (so undoing the note puts them back)."""
    fu = FollowUp.get_or_none(FollowUp.id == followup_id)
    if fu is None or fu.series_run_id is None:
        return []
    run = SeriesRun.get_or_none(SeriesRun.id == fu.series_run_id)
    if run is None or not run.shift_on_early or run.status != "active":
        return []
    later = (
        FollowUp.select(FollowUp.id, FollowUp.due_date)
        .where(
            (FollowUp.series_run_id == run.id)
            & (FollowUp.status == "open")
            & (FollowUp.series_position > fu.series_position)
        )
        .tuples()
    )
    moves = rules.shifted(list(later), fu.due_date, done)
    states = [snapshot(fid) for fid, _due in moves]
    now = datetime.now()
    for fid, due in moves:
        FollowUp.update(due_date=due, revision=FollowUp.revision + 1, updated_at=now).where(
            FollowUp.id == fid
        ).execute()
    for cid in {s.contact_id for s in states}:
        refresh_contact_summary(cid)
    return states


# -- shown together ---------------------------------------------------------------------------
@dataclass(frozen=True)
class RunStep:
    followup_id: int
    position: int
    reason: str
    channel: str
    due_date: date
    status: str
    with_name: str


@dataclass(frozen=True)
class Run:
    id: int
    name: str
    start_date: date
    status: str
    shift_on_early: bool
    steps: list[RunStep]

    @property
    def open_steps(self) -> int:
        return sum(1 for s in self.steps if s.status == "open")


def runs_for_contact(contact_id: int) -> list[Run]:
    """The contact's series, newest first, each with its steps in order."""
    result = []
    runs = SeriesRun.select().where(SeriesRun.contact == contact_id).order_by(SeriesRun.id.desc())
    for run in runs:
        steps = [
            RunStep(f.id, f.series_position or 0, f.reason, f.channel, f.due_date, f.status,
                    f.contact.display_name)
            for f in FollowUp.select().where(FollowUp.series_run_id == run.id)
            .order_by(FollowUp.series_position)
        ]  # fmt: skip
        name = rules.series_label(run.name)
        result.append(Run(run.id, name, run.start_date, run.status, run.shift_on_early, steps))
    return result
