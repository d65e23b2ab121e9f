"""One rule for a promise: the stored fallback, and the agenda, calendar, printed list,
reminders and .ics agreeing on what is overdue (issue 15's Saturday example)."""

from datetime import date, timedelta

from followup_desktop.domain.jogger import week_of
from followup_desktop.exchange.ics_event import description_for
from followup_desktop.store import agenda, calendar, followups, ics_state, jogger, notes, reminders
from followup_desktop.store.contacts import categories, create_contact
from followup_desktop.store.errors import InvalidInputError
from followup_desktop.store.models import FollowUp
from tests.lookups import select_rows

SUNDAY = date(2026, 12, 6)
SATURDAY = date(2026, 12, 5)
MONDAY = date(2026, 12, 7)


def _contact(first: str):
    return create_contact(first_name=first, last_name="Test", category=categories()[1].id)


def _counts_everywhere(today: date) -> dict[str, int]:
    month = calendar.load_range(date(2026, 11, 30), date(2027, 1, 3), today=today)
    sheet = jogger.load_sheet(week_of(today), today)
    return {
        "agenda": agenda.counts(today)["overdue"],
        "calendar": month.overdue_count(today),
        "printed": sheet.overdue_count,
        "reminders": reminders.summary_counts(today)[1],
    }


def test_a_promise_for_saturday_is_nowhere_overdue_on_sunday_and_everywhere_on_tuesday(store):
    maria = _contact("Maria")
    bob = _contact("Bob")
    followups.create_followup(maria.id, SATURDAY, "decision on pricing", whose="theirs")
    followups.create_followup(bob.id, date(2026, 12, 2), "send the brochure")  # mine, late

    assert _counts_everywhere(SUNDAY) == dict(agenda=1, calendar=1, printed=1, reminders=1)
    month = calendar.load_range(date(2026, 11, 30), date(2027, 1, 3), today=SUNDAY)
    assert month.counts[SATURDAY].waiting == 1
    (item,) = month.day_items(SATURDAY)
    assert not item.is_overdue(SUNDAY)
    assert item.promise(SUNDAY).state_text() == "No word since Sat 5 Dec; you call Mon 7 Dec"

    # Monday: the fallback call is today, still not overdue; Tuesday it is, everywhere.
    assert _counts_everywhere(MONDAY) == dict(agenda=1, calendar=1, printed=1, reminders=1)
    tuesday = MONDAY + timedelta(days=1)
    assert _counts_everywhere(tuesday) == dict(agenda=2, calendar=2, printed=2, reminders=2)


def test_the_fallback_the_user_chose_is_stored_and_used_by_every_view(store):
    maria = _contact("Maria")
    step = notes.NextStep(
        "decision on pricing", date(2026, 12, 11), whose="theirs", fallback_date=date(2026, 12, 16)
    )
    saved = notes.save_note(
        notes.NoteInput(maria.id, "call", "reached", next_step=step, no_next_step_reason="")
    )
    fu = FollowUp.get_by_id(saved.followup_id)
    assert fu.fallback_date == date(2026, 12, 16)
    (row,) = agenda.rows("theirs", SUNDAY)
    assert row.act_on == date(2026, 12, 16)
    # Monday 14 and Tuesday 15 are not overdue: the call is on Wednesday 16.
    assert _counts_everywhere(date(2026, 12, 16)) == dict(
        agenda=0, calendar=0, printed=0, reminders=0
    )
    assert _counts_everywhere(date(2026, 12, 17))["agenda"] == 1
    assert _counts_everywhere(date(2026, 12, 17)) == dict(
        agenda=1, calendar=1, printed=1, reminders=1
    )
    (ics_row,) = select_rows(ics_state.Scope())
    assert "They get back by Fri 11 Dec; you call Wed 16 Dec if not" in description_for(ics_row)


def test_a_fallback_before_the_promise_is_refused(store):
    maria = _contact("Maria")
    step = notes.NextStep(
        "decision on pricing", date(2026, 12, 11), whose="theirs", fallback_date=date(2026, 12, 10)
    )
    try:
        notes.save_note(notes.NoteInput(maria.id, "call", "reached", next_step=step))
    except InvalidInputError as exc:
        assert "Thu 10 Dec" in str(exc) and "Fri 11 Dec" in str(exc)
    else:
        raise AssertionError("a fallback before the promise was saved")
    assert FollowUp.select().count() == 0


def test_moving_a_promise_moves_its_fallback_and_undo_puts_both_back(store):
    maria = _contact("Maria")
    fu = followups.create_followup(
        maria.id, date(2026, 12, 11), "decision", whose="theirs", fallback_date=date(2026, 12, 15)
    )
    before = followups.snapshot(fu.id)
    followups.reschedule(fu.id, date(2026, 12, 18))  # a week later: Tue 15 -> Tue 22
    assert FollowUp.get_by_id(fu.id).fallback_date == date(2026, 12, 22)
    followups.restore([before])
    again = FollowUp.get_by_id(fu.id)
    assert (again.due_date, again.fallback_date) == (date(2026, 12, 11), date(2026, 12, 15))


def test_a_writer_that_gives_no_fallback_gets_the_next_working_day(store):
    maria = _contact("Maria")
    store.execute_sql(
        "INSERT INTO followup (uid, contact_id, due_date, reason, channel, whose, created_at,"
        " updated_at) VALUES ('x@y', ?, '2026-12-11', 'decision', 'call', 'theirs', '2026-12-01',"
        " '2026-12-01')",
        (maria.id,),
    )
    assert FollowUp.get(FollowUp.uid == "x@y").fallback_date == date(2026, 12, 14)
    # Moved past its fallback by plain SQL: the fallback follows.
    store.execute_sql("UPDATE followup SET due_date = '2026-12-18' WHERE uid = 'x@y'")
    assert FollowUp.get(FollowUp.uid == "x@y").fallback_date == date(2026, 12, 21)
