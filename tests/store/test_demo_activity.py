from datetime import date

from followup_desktop.store import agenda, demo
from followup_desktop.store.followups import refresh_contact_summary


def _summaries(db):
    return db.execute_sql(
        "SELECT id, last_interaction_at, next_due FROM contact ORDER BY id"
    ).fetchall()


def test_demo_adds_a_consistent_history(store):
    summary = demo.generate(400, seed=3)
    assert summary.contacts == 400
    inter = store.execute_sql("SELECT count(*) FROM interaction").fetchone()[0]
    fus = store.execute_sql("SELECT count(*) FROM followup").fetchone()[0]
    assert 8 * 400 <= inter <= 12 * 400
    assert 4 * 400 <= fus <= 6 * 400
    assert "interactions" in str(summary) and "follow-ups" in str(summary)
    statuses = dict(store.execute_sql("SELECT status, count(*) FROM followup GROUP BY status"))
    assert set(statuses) == {"open", "done", "cancelled"}
    # Every done follow-up was completed by a later interaction of the same contact.
    bad = store.execute_sql(
        """SELECT count(*) FROM followup f JOIN interaction i ON i.id = f.completed_by_id
           WHERE f.status = 'done' AND i.contact_id != f.contact_id"""
    ).fetchone()[0]
    assert bad == 0
    # An overdue follow-up was missed: nothing was logged for that contact since its date.
    late = store.execute_sql(
        """SELECT count(*) FROM followup f JOIN contact c ON c.id = f.contact_id
           WHERE f.status = 'open' AND f.whose = 'mine' AND f.due_date < ?
             AND c.last_interaction_at >= f.due_date""",
        (date.today().isoformat(),),
    ).fetchone()[0]
    assert late == 0
    counts = agenda.counts(date.today())
    assert all(counts[k] > 0 for k in ("overdue", "week", "theirs", "none"))
    # The bulk summaries equal what the per-contact refresh computes.
    before = _summaries(store)
    for cid, *_ in before[:60]:
        refresh_contact_summary(cid)
    assert _summaries(store)[:60] == before[:60]


def test_demo_is_deterministic(store):
    demo.generate(30, seed=5)
    first = store.execute_sql("SELECT contact_id, due_date, reason FROM followup").fetchall()
    store.execute_sql("DELETE FROM followup")
    store.execute_sql("DELETE FROM interaction")
    store.execute_sql("DELETE FROM contact")
    demo.generate(30, seed=5)
    again = store.execute_sql("SELECT contact_id, due_date, reason FROM followup").fetchall()
    assert [r[1:] for r in again] == [r[1:] for r in first]


def test_demo_history_makes_the_review_realistic(store):
    """Replies spread over attempts with a long tail, channels that differ, and some
    prospects given up after one or two tries; the demo's own attempt numbers are the
    ones the definitions give."""
    from datetime import datetime

    from followup_desktop.domain import review
    from followup_desktop.store import review as store_review

    demo.generate(600, seed=11)
    by_contact = {}
    for cid, when, channel, outcome, iid, attempt in store.execute_sql(
        "SELECT contact_id, occurred_at, channel, outcome, id, attempt FROM interaction"
    ):
        touch = review.Touch(datetime.fromisoformat(when), channel, outcome, iid)
        by_contact.setdefault(cid, []).append((touch, attempt))
    for rows in by_contact.values():
        expected = review.attempt_numbers(t for t, _ in rows)
        assert sorted((t.id, n) for t, n in expected) == sorted((t.id, a) for t, a in rows)
    figures = store_review.replies_by_attempt(None, date.today())
    assert figures == review.replies_by_attempt(
        [[t for t, _ in rows] for rows in by_contact.values()], None, date.today()
    )
    shares = [figures.share(i) for i in range(6)]
    assert all(s > 0.03 for s in shares)  # some at every attempt number, 6+ included
    assert 0.08 < shares[0] < 0.3  # some at the first
    assert sum(shares[1:4]) > 0.5  # many at the second to fourth
    channels = {f.channel: f for f in store_review.channel_figures(None, date.today())}
    rates = sorted(f.reply_rate for f in channels.values() if f.attempts > 100)
    assert rates[-1] - rates[0] > 0.2  # channels differ
    usual = review.usual_reply_attempt(figures)
    assert 3 <= usual <= 6
    given_up = store_review.given_up_too_early(usual)
    assert given_up and all(1 <= r.attempts <= 2 for r in given_up[:5])
