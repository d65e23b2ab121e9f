"""The review's store figures equal the domain's definitions; the triggers keep attempt
numbers and the reply tally right through inserts, edits and deletes."""

import random
from datetime import date, datetime, timedelta

import pytest

from followup_desktop.domain import review, review_week
from followup_desktop.store import catchup, followups
from followup_desktop.store import review as store_review
from followup_desktop.store.database import db
from followup_desktop.store.models import CHANNELS, OUTCOMES

TODAY = date(2026, 12, 6)
T0 = datetime(2026, 9, 1, 9, 0)


def category_id(name):
    return db.execute_sql("SELECT id FROM category WHERE name = ?", (name,)).fetchone()[0]


def add_contact(first="Ada", category="Prospects", created=T0, no_next_step=""):
    stamp = created.isoformat(sep=" ")
    cur = db.execute_sql(
        "INSERT INTO contact (first_name, last_name, category_id, created_at, updated_at,"
        " no_next_step_reason) VALUES (?, 'Test', ?, ?, ?, ?)",
        (first, category_id(category), stamp, stamp, no_next_step),
    )
    return cur.lastrowid


def log(cid, when, channel, outcome, reason=""):
    cur = db.execute_sql(
        "INSERT INTO interaction (contact_id, occurred_at, channel, outcome, notes,"
        " no_next_step_reason, created_at) VALUES (?, ?, ?, ?, '', ?, ?)",
        (cid, when.isoformat(sep=" "), channel, outcome, reason, when.isoformat(sep=" ")),
    )
    db.execute_sql(
        "UPDATE contact SET last_interaction_at = (SELECT max(occurred_at) FROM interaction"
        " WHERE contact_id = ?) WHERE id = ?",
        (cid, cid),
    )
    return cur.lastrowid


def attempts_of(cid):
    return [
        r[0]
        for r in db.execute_sql(
            "SELECT attempt FROM interaction WHERE contact_id = ? ORDER BY occurred_at, id",
            (cid,),
        )
    ]


def histories():
    out = {}
    for cid, when, channel, outcome, iid in db.execute_sql(
        "SELECT contact_id, occurred_at, channel, outcome, id FROM interaction"
    ):
        out.setdefault(cid, []).append(
            review.Touch(datetime.fromisoformat(when), channel, outcome, iid)
        )
    return list(out.values())


def stored_tally():
    return sorted(
        r
        for r in db.execute_sql(
            "SELECT day, attempt, channel, attempts, replies FROM reply_tally WHERE attempts != 0"
        )
    )


def recomputed_tally():
    tally = {}
    for history in histories():
        for touch, n in review.attempt_numbers(history):
            key = (touch.occurred_at.date().isoformat(), min(n, 6), touch.channel)
            row = tally.setdefault(key, [0, 0])
            row[0] += 1
            row[1] += review.is_reply(touch.outcome)
    return sorted((*k, *v) for k, v in tally.items())


def test_reply_on_the_fourth_attempt_is_numbered_4_and_counted_once(store):
    cid = add_contact()
    log(cid, T0, "call", "no answer")
    log(cid, T0 + timedelta(days=2), "call", "no answer")
    log(cid, T0 + timedelta(days=4), "call", "left message")
    log(cid, T0 + timedelta(days=6), "email", "replied")
    assert attempts_of(cid) == [1, 2, 3, 4]
    figures = store_review.replies_by_attempt(None, TODAY)
    assert figures.counts == (0, 0, 0, 1, 0, 0)


def test_backdated_edit_and_delete_renumber_the_contact(store):
    cid = add_contact()
    a = log(cid, T0, "call", "no answer")
    log(cid, T0 + timedelta(days=2), "email", "replied")
    log(cid, T0 + timedelta(days=3), "call", "no answer")
    # an interaction logged afterwards but dated before the reply
    log(cid, T0 + timedelta(days=1), "call", "left message")
    assert attempts_of(cid) == [1, 2, 3, 1]
    # the first attempt was in fact an answer
    db.execute_sql("UPDATE interaction SET outcome = 'reached' WHERE id = ?", (a,))
    assert attempts_of(cid) == [1, 1, 2, 1]
    db.execute_sql("DELETE FROM interaction WHERE id = ?", (a,))
    assert attempts_of(cid) == [1, 2, 1]
    assert stored_tally() == recomputed_tally()


def test_random_writes_keep_the_tally_equal_to_the_definitions(store):
    rng = random.Random(7)
    contacts = [add_contact(f"C{i}") for i in range(12)]
    ids = []
    for _ in range(150):
        roll = rng.random()
        if roll < 0.7 or not ids:
            when = T0 + timedelta(hours=rng.randint(0, 24 * 90))
            ids.append(log(rng.choice(contacts), when, rng.choice(CHANNELS), rng.choice(OUTCOMES)))
        elif roll < 0.85:
            column, value = rng.choice(
                [
                    ("outcome", rng.choice(OUTCOMES)),
                    ("channel", rng.choice(CHANNELS)),
                    ("occurred_at", (T0 + timedelta(hours=rng.randint(0, 2000))).isoformat(" ")),
                    ("contact_id", rng.choice(contacts)),
                ]
            )
            db.execute_sql(
                f"UPDATE interaction SET {column} = ? WHERE id = ?", (value, rng.choice(ids))
            )
        else:
            victim = ids.pop(rng.randrange(len(ids)))
            db.execute_sql("DELETE FROM interaction WHERE id = ?", (victim,))
    for cid in contacts:
        hist = [h for h in histories() if h and h[0].id in set(_ids_of(cid))]
        expected = [n for _, n in review.attempt_numbers(hist[0])] if hist else []
        assert attempts_of(cid) == expected
    assert stored_tally() == recomputed_tally()
    for period in review.PERIODS:
        since = review.period_start(period, TODAY)
        assert store_review.replies_by_attempt(since, TODAY) == review.replies_by_attempt(
            histories(), since, TODAY
        )
        assert store_review.channel_figures(since, TODAY) == review.channel_figures(
            histories(), since, TODAY
        )
    # deleting a contact takes its interactions out of the tally
    db.execute_sql("DELETE FROM contact WHERE id = ?", (contacts[0],))
    assert stored_tally() == recomputed_tally()


def _ids_of(cid):
    return [r[0] for r in db.execute_sql("SELECT id FROM interaction WHERE contact_id = ?", (cid,))]


def test_migration_numbers_an_existing_history(data_dir):
    """A database of the version before the review's with interactions: the upgrade numbers
    them and fills the tally."""
    import sqlite3

    from followup_desktop.store import database
    from followup_desktop.store.migrations import STEPS, V11

    REVIEW_VERSION = STEPS.index(V11) + 1

    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / "old.sqlite3"
    conn = sqlite3.connect(path)
    before = REVIEW_VERSION - 1
    for step in STEPS[:before]:
        for statement in step:
            conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {before}")
    conn.execute(
        "INSERT INTO contact (id, first_name, category_id, created_at, updated_at)"
        " VALUES (1, 'Ada', 3, '2026-01-01', '2026-01-01')"
    )
    for k, outcome in enumerate(["no answer", "left message", "replied", "no answer", "met"]):
        conn.execute(
            "INSERT INTO interaction (contact_id, occurred_at, channel, outcome, created_at)"
            " VALUES (1, ?, 'call', ?, '2026-01-01')",
            (f"2026-02-0{k + 1} 10:00:00", outcome),
        )
    conn.commit()
    conn.close()
    database.open_database(path)
    assert attempts_of(1) == [1, 2, 3, 1, 2]
    assert stored_tally() == recomputed_tally()
    assert store_review.replies_by_attempt(None, TODAY).counts == (0, 1, 1, 0, 0, 0)


def test_given_up_too_early_equals_the_domain_rule(store):
    when = T0
    silent = add_contact("Silent")  # 2 unanswered: listed
    log(silent, when, "call", "no answer")
    log(silent, when + timedelta(days=3), "call", "left message")
    referral = add_contact("Referral", category="Referrals")  # 1 unanswered after a reply
    log(referral, when, "email", "replied")
    log(referral, when + timedelta(days=1), "email", "no answer")
    client = add_contact("Client", category="Clients")
    log(client, when, "call", "no answer")
    persistent = add_contact("Persistent")  # already tried as often as usually needed
    for k in range(3):
        log(persistent, when + timedelta(days=k), "call", "no answer")
    answered = add_contact("Answered")
    log(answered, when, "call", "replied")
    said_no = add_contact("SaidNo", no_next_step="bought elsewhere")
    log(said_no, when, "call", "no answer")
    told_once = add_contact("ToldOnce")  # the reason is on an interaction
    log(told_once, when, "call", "no answer", reason="not a fit")
    cancelled = add_contact("Cancelled")
    log(cancelled, when, "call", "no answer")
    fu = followups.create_followup(cancelled, TODAY, "Call again")
    followups.cancel(fu.id, "they asked us to stop calling")
    cancelled_quietly = add_contact("CancelledQuietly")  # cancelled without a reason
    log(cancelled_quietly, when, "call", "no answer")
    fu = followups.create_followup(cancelled_quietly, TODAY, "Call again")
    followups.cancel(fu.id, "")
    planned = add_contact("Planned")
    log(planned, when, "call", "no answer")
    followups.create_followup(planned, TODAY + timedelta(days=3), "Call again")
    archived = add_contact("Archived")
    log(archived, when, "call", "no answer")
    db.execute_sql("UPDATE contact SET archived = 1 WHERE id = ?", (archived,))
    add_contact("NeverTried")

    rows = store_review.given_up_too_early(usual=3)
    listed = {r.name.split()[0] for r in rows}
    assert listed == {"Silent", "Referral", "CancelledQuietly"}
    by_name = {r.name.split()[0]: r for r in rows}
    assert by_name["Silent"].attempts == 2
    assert by_name["Silent"].last_channel == "call"
    assert by_name["Silent"].suggested_channel == "email"
    assert by_name["Silent"].last_at == when + timedelta(days=3)
    assert by_name["Referral"].attempts == 1
    assert by_name["Referral"].category == "Referrals"
    # the same contacts as the domain's rule on what each contact looks like
    assert listed == {
        name
        for name, contact in _silent_contacts().items()
        if review.given_up_too_early(contact, 3)
    }
    # with a higher usual number the persistent one is early too
    assert "Persistent" in {r.name.split()[0] for r in store_review.given_up_too_early(usual=4)}


def _silent_contacts():
    out = {}
    for cid, first, cat, archived, next_due, reason in db.execute_sql(
        "SELECT c.id, c.first_name, k.name, c.archived, c.next_due, c.no_next_step_reason"
        " FROM contact c JOIN category k ON k.id = c.category_id"
    ).fetchall():
        last = db.execute_sql(
            "SELECT attempt, outcome, channel, occurred_at FROM interaction WHERE contact_id = ?"
            " ORDER BY occurred_at DESC, id DESC LIMIT 1",
            (cid,),
        ).fetchone() or (0, "", "", None)
        said_no = bool(reason) or bool(
            db.execute_sql(
                "SELECT 1 FROM interaction WHERE contact_id = ? AND no_next_step_reason != ''"
                " UNION SELECT 1 FROM followup WHERE contact_id = ? AND status = 'cancelled'"
                " AND status_reason != ''",
                (cid, cid),
            ).fetchone()
        )
        out[first] = review.SilentContact(
            cid, first, cat, last[0], last[1], last[2], last[3], next_due is not None,
            bool(archived), said_no,
        )  # fmt: skip
    return out


MONDAY = date(2026, 11, 30)


def test_week_numbers_equal_the_domain(store):
    rng = random.Random(3)
    cid = add_contact(created=datetime(2026, 11, 30, 8))
    add_contact("New", created=datetime(2026, 12, 2, 8))
    add_contact("Older", created=datetime(2026, 11, 24, 8))
    rows = []
    for _ in range(80):
        due = MONDAY - timedelta(days=rng.randint(-6, 70))
        whose = rng.choice(["mine", "mine", "theirs"])
        status = rng.choice(["open", "done", "done", "cancelled"])
        done_on = due + timedelta(days=rng.randint(-2, 6)) if status == "done" else None
        fu = followups.create_followup(cid, due, "Check in", whose=whose)
        db.execute_sql(
            "UPDATE followup SET status = ?, status_at = ? WHERE id = ?",
            (status, f"{done_on.isoformat()} 15:30:00" if done_on else None, fu.id),
        )
        rows.append(review_week.PlannedRow(due, whose, status, done_on))
    today = MONDAY + timedelta(days=3)
    first = MONDAY - timedelta(weeks=8)
    numbers = store_review.week_numbers(first, 9, today)
    assert len(numbers) == 9
    for k, n in enumerate(numbers):
        start = first + timedelta(weeks=k)
        expected = review_week.week_numbers(
            start, rows, today, new_contacts=n.new_contacts, catchups=n.catchups,
            catchup_moved=n.catchup_moved,
        )  # fmt: skip
        assert n == expected
    assert numbers[-1].new_contacts == 2  # Ada on Monday and New on Wednesday
    assert numbers[-2].new_contacts == 1
    assert sum(n.planned + n.promises for n in numbers) > 0


def test_catch_ups_are_counted_and_an_undone_one_is_not(store):
    cid = add_contact()
    for k in range(3):
        followups.create_followup(cid, TODAY - timedelta(days=10 + k), "Overdue call")
    plan = catchup.make_plan(TODAY, days=3, cap=5)
    states = catchup.apply(plan.moves)
    start = date.today() - timedelta(days=date.today().weekday())  # catch-ups are logged now
    numbers = store_review.week_numbers(start, 1, date.today())[0]
    assert (numbers.catchups, numbers.catchup_moved) == (1, 3)
    catchup.undo(states)
    numbers = store_review.week_numbers(start, 1, date.today())[0]
    assert (numbers.catchups, numbers.catchup_moved) == (0, 0)


def test_losing_touch_by_category(store):
    old = datetime(2026, 1, 1, 9)
    add_contact("P1", "Prospects", created=old)
    add_contact("P2", "Prospects", created=old)
    add_contact("R1", "Referrals", created=old)
    add_contact("Fresh", "Prospects", created=datetime(2026, 12, 5, 9))
    rows = store_review.losing_touch_by_category(TODAY)
    assert rows == [
        review_week.LosingTouch("Prospects", 2),
        review_week.LosingTouch("Referrals", 1),
    ]


def test_load_puts_it_together(store):
    cid = add_contact()
    log(cid, datetime(2026, 11, 2, 9), "call", "no answer")
    log(cid, datetime(2026, 11, 3, 9), "email", "replied")
    result = store_review.load(MONDAY, TODAY, "90d")
    assert result.replies.counts == (0, 1, 0, 0, 0, 0)
    assert result.usual == review.USUAL_DEFAULT
    assert result.week.start == MONDAY
    assert len(result.weeks) == 9
    with pytest.raises(ValueError):
        store_review.load(MONDAY, TODAY, "decade")
