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
