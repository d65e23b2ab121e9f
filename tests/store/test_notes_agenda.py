from datetime import date, datetime, time, timedelta

import pytest

from followup_desktop.domain import followup_rules
from followup_desktop.store import agenda, catchup, followups, notes
from followup_desktop.store.contacts import categories, create_contact
from followup_desktop.store.errors import InvalidInputError
from followup_desktop.store.models import Contact, FollowUp, Interaction

TODAY = date(2026, 11, 25)  # Wednesday


def _contact(store, first="Ada", last="Lovelace", **kw):
    return create_contact(first_name=first, last_name=last, category=categories()[2].id, **kw)


def _note(contact_id, **kw):
    base = dict(contact_id=contact_id, channel="call", outcome="reached", notes="Talked.\nMore")
    base.update(kw)
    return notes.NoteInput(**base)


def test_save_note_with_next_step_is_one_consistent_write(store):
    c = _contact(store)
    step = notes.NextStep("send revised pricing", TODAY + timedelta(days=2), time(14, 0), "email")
    saved = notes.save_note(_note(c.id, next_step=step))
    inter = Interaction.get_by_id(saved.interaction_id)
    fu = FollowUp.get_by_id(saved.followup_id)
    assert inter.notes == "Talked.\nMore" and inter.outcome == "reached"
    assert fu.reason == "send revised pricing" and fu.from_interaction_id == inter.id
    assert fu.due_time == time(14, 0) and fu.status == "open" and fu.uid
    contact = Contact.get_by_id(c.id)
    assert contact.next_due == step.due_date
    assert contact.last_interaction_at == inter.occurred_at


def test_done_from_a_followup_completes_it_and_undo_takes_everything_back(store):
    c = _contact(store)
    first = followups.create_followup(c.id, TODAY, "call about the demo")
    saved = notes.save_note(
        _note(c.id, from_followup_id=first.id, no_next_step_reason="bought elsewhere")
    )
    done = FollowUp.get_by_id(first.id)
    assert (done.status, done.completed_by_id) == ("done", saved.interaction_id)
    contact = Contact.get_by_id(c.id)
    assert contact.no_next_step_reason == "bought elsewhere" and contact.next_due is None
    assert Interaction.get_by_id(saved.interaction_id).no_next_step_reason == "bought elsewhere"
    with pytest.raises(InvalidInputError, match="already done"):
        notes.save_note(_note(c.id, from_followup_id=first.id, no_next_step_reason="x"))

    notes.undo_note(saved)
    back = FollowUp.get_by_id(first.id)
    assert (back.status, back.completed_by_id, back.revision) == ("open", None, 2)
    assert Interaction.select().count() == 0
    contact = Contact.get_by_id(c.id)
    assert contact.next_due == TODAY and contact.no_next_step_reason == ""
    assert contact.last_interaction_at is None


def test_a_reply_does_not_close_their_promise_behind_the_users_back(store):
    c = _contact(store)
    promise = followups.create_followup(c.id, TODAY, "they send the contract", whose="theirs")
    step = notes.NextStep("countersign", TODAY + timedelta(days=1))
    notes.save_note(_note(c.id, channel="email", outcome="replied", next_step=step))
    assert FollowUp.get_by_id(promise.id).status == "open"


def test_open_steps_are_done_kept_or_replaced_as_chosen_and_undo_restores_them(store):
    c = _contact(store)
    promise = followups.create_followup(c.id, TODAY, "they send the contract", whose="theirs")
    mine = followups.create_followup(c.id, TODAY, "call about the demo")
    other = followups.create_followup(c.id, TODAY + timedelta(days=9), "send the brochure")
    step = notes.NextStep("countersign", TODAY + timedelta(days=1))
    choices = (
        notes.StepChoice(promise.id, "done"),
        notes.StepChoice(mine.id, "replace"),
        notes.StepChoice(other.id, "keep"),
    )
    saved = notes.save_note(_note(c.id, outcome="replied", next_step=step, open_steps=choices))
    assert FollowUp.get_by_id(promise.id).status == "done"
    replaced = FollowUp.get_by_id(mine.id)
    assert replaced.status == "cancelled" and replaced.status_reason == "Replaced by: countersign"
    assert FollowUp.get_by_id(other.id).status == "open"
    assert [s.reason for s in notes.open_steps(c.id)] == ["countersign", "send the brochure"]
    notes.undo_note(saved)
    # The soonest to act on first: their promise's fallback is the next working day.
    assert [s.reason for s in notes.open_steps(c.id)] == [
        "call about the demo", "they send the contract", "send the brochure",
    ]  # fmt: skip


def test_replacing_needs_a_next_step(store):
    c = _contact(store)
    mine = followups.create_followup(c.id, TODAY, "call about the demo")
    note = _note(
        c.id, no_next_step_reason="lost", open_steps=(notes.StepChoice(mine.id, "replace"),)
    )
    with pytest.raises(InvalidInputError, match="replaced by a next step"):
        notes.save_note(note)
    assert FollowUp.get_by_id(mine.id).status == "open"


@pytest.mark.parametrize(
    ("kw", "message"),
    [
        ({}, "say why there is none"),
        ({"next_step": notes.NextStep("  ", TODAY)}, "needs a reason"),
        ({"next_step": notes.NextStep("x", date(2101, 1, 1))}, "out of range"),
        ({"channel": "pigeon", "no_next_step_reason": "x"}, "not a channel"),
    ],
)
def test_bad_notes_are_refused_and_nothing_is_written(store, kw, message):
    c = _contact(store)
    with pytest.raises(InvalidInputError, match=message):
        notes.save_note(_note(c.id, **kw))
    assert Interaction.select().count() == 0 and FollowUp.select().count() == 0


def test_action_date_column_agrees_with_the_domain_rule(store):
    c = _contact(store)
    for offset in range(21):
        followups.create_followup(c.id, TODAY + timedelta(days=offset), "r", whose="theirs")
    rows = store.execute_sql("SELECT due_date, action_date FROM followup").fetchall()
    for due, act in rows:
        assert date.fromisoformat(act) == followup_rules.fallback_date(date.fromisoformat(due))


def _make_agenda(store):
    a, b, z = _contact(store, "Ann"), _contact(store, "Bob"), _contact(store, "Zed", "Idle")
    followups.create_followup(a.id, TODAY - timedelta(days=9), "old overdue")
    followups.create_followup(b.id, TODAY - timedelta(days=2), "newer overdue")
    followups.create_followup(a.id, TODAY, "call at nine", due_time=time(9, 0))
    followups.create_followup(b.id, TODAY + timedelta(days=3), "in three days", channel="email")
    followups.create_followup(b.id, TODAY + timedelta(days=30), "later")
    followups.create_followup(a.id, TODAY + timedelta(days=2), "they decide", whose="theirs")
    followups.create_followup(b.id, TODAY - timedelta(days=1), "lapsed yesterday", whose="theirs")
    notes.save_note(_note(z.id, no_next_step_reason="retired"))
    return a, b, z


def test_agenda_sections_and_counts(store):
    _make_agenda(store)
    assert agenda.counts(TODAY) == {
        "overdue": 2, "today": 2, "week": 1, "theirs": 1, "none": 1, "losing": 0,
        "keydates": 0,
    }  # fmt: skip
    overdue = agenda.rows("overdue", TODAY)
    assert [r.reason for r in overdue] == ["old overdue", "newer overdue"]
    today = agenda.rows("today", TODAY)
    assert [r.reason for r in today] == ["call at nine", "lapsed yesterday"]
    theirs = agenda.rows("theirs", TODAY)[0]
    assert theirs.act_on == date(2026, 11, 30) and theirs.due_date == TODAY + timedelta(2)
    none = agenda.rows("none", TODAY)
    assert [(r.name, r.no_next_step_reason, r.last_line) for r in none] == [
        ("Zed Idle", "retired", "Talked.")
    ]
    assert none[0].category == "Prospects"


def test_catch_up_spreads_and_undo_restores(store):
    c = _contact(store)
    ids = [
        followups.create_followup(c.id, TODAY - timedelta(days=20 - i), f"r{i}").id
        for i in range(5)
    ]
    plan = catchup.make_plan(TODAY, days=2, cap=2)
    # Today already has nothing due: 2 today, 2 tomorrow, 1 on Friday
    states = catchup.apply(plan.moves)
    moved = {f.id: f for f in FollowUp.select()}
    assert [moved[i].due_date for i in ids] == [
        TODAY,
        TODAY,
        TODAY + timedelta(1),
        TODAY + timedelta(1),
        TODAY + timedelta(2),
    ]
    assert moved[ids[0]].original_due_date == TODAY - timedelta(days=20)
    assert moved[ids[0]].reschedule_count == 0
    assert Contact.get_by_id(c.id).next_due == TODAY
    catchup.undo(states)
    back = {f.id: f for f in FollowUp.select()}
    assert back[ids[0]].due_date == TODAY - timedelta(days=20)
    assert back[ids[0]].original_due_date is None
    assert Contact.get_by_id(c.id).next_due == TODAY - timedelta(days=20)


def test_reschedule_and_cancel_undo_via_snapshots(store):
    c = _contact(store)
    fu = followups.create_followup(c.id, TODAY, "r")
    before = followups.snapshot(fu.id)
    followups.reschedule(fu.id, TODAY + timedelta(days=7))
    assert FollowUp.get_by_id(fu.id).reschedule_count == 1
    followups.restore([before])
    back = FollowUp.get_by_id(fu.id)
    assert (back.due_date, back.reschedule_count) == (TODAY, 0)
    before = followups.snapshot(fu.id)
    followups.cancel(fu.id, "not interested")
    assert Contact.get_by_id(c.id).next_due is None
    followups.restore([before])
    assert FollowUp.get_by_id(fu.id).status == "open"
    assert Contact.get_by_id(c.id).next_due == TODAY


def test_recent_interactions_and_touches(store):
    c = _contact(store)
    for day in range(5):
        notes.save_note(
            _note(
                c.id,
                outcome="no answer",
                no_next_step_reason="x",
                occurred_at=datetime(2026, 11, 20 + day, 10),
            )
        )
    recent = notes.recent_interactions(c.id, 3)
    assert [r.occurred_at.day for r in recent] == [24, 23, 22]
    assert len(notes.touches_since(c.id, TODAY - timedelta(days=13))) == 5
