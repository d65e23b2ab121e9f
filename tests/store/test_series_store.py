from datetime import date, datetime

import pytest

from followup_desktop.domain import series as rules
from followup_desktop.store import contacts, followups, notes, series
from followup_desktop.store.errors import InvalidInputError
from followup_desktop.store.models import Contact, FollowUp
from tests.lookups import category_by_name


def _contact(name="Anna", **extra):
    cat = category_by_name("Clients").id
    return contacts.create_contact(first_name=name, category=cat, **extra).id


def _tpl(name):
    return next(t for t in series.templates() if t.name == name)


def test_builtin_templates(store):
    names = [t.name for t in series.templates()]
    assert names == ["After the sale", "New prospect", "Referral received"]
    after = _tpl("After the sale")
    assert [rules.describe_offset(s) for s in after.steps] == [
        "next day", "30 days after", "3 months after", "6 months after", "1 year after"
    ]  # fmt: skip
    assert [rules.describe_offset(s) for s in _tpl("New prospect").steps] == [
        "next day", "1 week after", "2 weeks after", "1 month after"
    ]  # fmt: skip
    assert _tpl("Referral received").steps[0].target == "referrer"


def test_apply_creates_the_steps_across_month_ends(store):
    cid = _contact()
    run_id, ids = series.apply(_tpl("After the sale").id, cid, date(2026, 8, 31))
    dues = [FollowUp.get_by_id(i).due_date for i in ids]
    # 6 months after 31 Aug is Sun 28 Feb 2027: the nearest working day, Mon 1 Mar.
    assert dues == [
        date(2026, 9, 1), date(2026, 9, 30), date(2026, 11, 30), date(2027, 3, 1),
        date(2027, 8, 31),
    ]  # fmt: skip
    assert Contact.get_by_id(cid).next_due == date(2026, 9, 1)
    (run,) = series.runs_for_contact(cid)
    assert run.name == "After the sale" and run.open_steps == 5
    assert [s.followup_id for s in run.steps] == ids


def test_stop_cancels_open_steps_and_undo_brings_them_back(store):
    cid = _contact()
    run_id, ids = series.apply(_tpl("New prospect").id, cid, date(2026, 11, 2))
    notes.save_note(
        notes.NoteInput(cid, "email", "replied", no_next_step_reason="x", from_followup_id=ids[0])
    )
    states = series.stop(run_id)
    assert len(states) == 3
    statuses = [FollowUp.get_by_id(i).status for i in ids]
    assert statuses == ["done", "cancelled", "cancelled", "cancelled"]
    assert FollowUp.get_by_id(ids[1]).status_reason == series.STOPPED_REASON
    assert Contact.get_by_id(cid).next_due is None
    series.undo_stop(run_id, states)
    assert [FollowUp.get_by_id(i).status for i in ids][1:] == ["open"] * 3
    assert series.runs_for_contact(cid)[0].status == "active"


def test_done_early_shifts_the_rest_when_the_series_says_so(store):
    cid = _contact()
    # New prospect shifts by default: start Mon 1 Feb, steps 2 Feb, 8 Feb, 15 Feb, 1 Mar.
    run_id, ids = series.apply(_tpl("New prospect").id, cid, date(2027, 2, 1))
    assert FollowUp.get_by_id(ids[3]).due_date == date(2027, 3, 1)
    saved = notes.save_note(
        notes.NoteInput(
            cid,
            "call",
            "reached",
            next_step=None,
            no_next_step_reason="ok",
            from_followup_id=ids[1],
            occurred_at=datetime(2027, 2, 4, 10),
        )
    )  # fmt: skip  (4 days early)
    assert [FollowUp.get_by_id(i).due_date for i in ids[2:]] == [
        date(2027, 2, 11), date(2027, 2, 25)
    ]  # fmt: skip
    notes.undo_note(saved)
    assert [FollowUp.get_by_id(i).due_date for i in ids[1:]] == [
        date(2027, 2, 8), date(2027, 2, 15), date(2027, 3, 1)
    ]  # fmt: skip


def test_series_keep_their_rhythm_on_working_days(store):
    # The case: "After the sale" applied on Sun 6 Dec 2026 planned Sat 6 Mar and
    # Sun 6 Jun 2027; they move to the nearest working day (Fri 5 Mar, Mon 7 Jun).
    cid = _contact()
    run_id, ids = series.apply(_tpl("After the sale").id, cid, date(2026, 12, 6))
    dues = [FollowUp.get_by_id(i).due_date for i in ids]
    assert all(d.weekday() < 5 for d in dues), dues
    assert dues == [
        date(2026, 12, 7), date(2027, 1, 5), date(2027, 3, 5), date(2027, 6, 7),
        date(2027, 12, 6),
    ]  # fmt: skip


def test_no_shift_when_the_option_is_off(store):
    cid = _contact()
    run_id, ids = series.apply(_tpl("After the sale").id, cid, date(2026, 11, 2))
    followups.reschedule  # noqa: B018 (the store API stays as it was)
    notes.save_note(
        notes.NoteInput(
            cid, "letter or card", "reached", no_next_step_reason="sent",
            from_followup_id=ids[1], occurred_at=datetime(2026, 11, 20),
        )
    )  # fmt: skip
    assert FollowUp.get_by_id(ids[2]).due_date == date(2027, 2, 2)


def test_referral_received_thanks_the_referrer(store):
    grace = _contact("Grace")
    anna = _contact("Anna", referred_by=grace)
    run_id, (fid,) = series.apply(_tpl("Referral received").id, anna, date(2026, 11, 26))
    fu = FollowUp.get_by_id(fid)
    assert fu.contact_id == grace and fu.due_date == date(2026, 11, 26)
    assert fu.reason == "Thank them for the referral: Anna"
    with pytest.raises(InvalidInputError, match="no referrer is set"):
        series.apply(_tpl("Referral received").id, grace, date(2026, 11, 26))
    series.undo_apply(run_id)
    assert FollowUp.select().count() == 0 and series.runs_for_contact(anna) == []


def test_user_templates_are_checked_saved_and_deleted(store):
    steps = [rules.Step("Intro call", 0), rules.Step("Send case study", 3, 0, "email")]
    tid = series.save_template(None, "Webinar lead", steps, shift_on_early=True)
    assert series.template(tid).steps == steps and series.template(tid).shift_on_early
    with pytest.raises(InvalidInputError, match="already a series"):
        series.save_template(None, "webinar LEAD", steps)
    with pytest.raises(InvalidInputError, match="Step 2 needs a reason"):
        series.save_template(tid, "Webinar lead", [steps[0], rules.Step(" ", 2)])
    series.save_template(tid, "Webinar leads", steps[:1])
    assert series.template(tid).name == "Webinar leads" and len(series.template(tid).steps) == 1
    with pytest.raises(InvalidInputError, match="built in"):
        series.delete_template(_tpl("After the sale").id)
    series.delete_template(tid)
    assert len(series.templates()) == 3
