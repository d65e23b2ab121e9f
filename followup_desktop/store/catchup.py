"""Catch up on a backlog: apply a ``domain.catchup`` plan in one transaction, and undo it.

Each moved follow-up keeps its first due date in ``original_due_date`` (shown in
the agenda), so nothing looks newer than it is. A lapsed "theirs" promise becomes
my follow-up on its new date. Catch-up is not counted as a reschedule.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from ..domain import catchup
from . import review
from .agenda import _NOT_ARCHIVED
from .database import db
from .followups import FollowUpState, restore, snapshots


def overdue(today: date) -> list[catchup.Overdue]:
    sql = (
        "SELECT f.id, f.action_date FROM followup f INDEXED BY followup_open_action "
        f"WHERE f.status = 'open' AND f.action_date < ? AND {_NOT_ARCHIVED}"
    )
    return [
        catchup.Overdue(fid, date.fromisoformat(act_on))
        for fid, act_on in db.execute_sql(sql, (today.isoformat(),)).fetchall()
    ]


def make_plan(today: date, *, days: int, cap: int) -> catchup.CatchUpPlan:
    """The cap limits how many *moved* follow-ups land on one day; what was already
    planned for that day stays where it is and does not count against it (a busy
    schedule would otherwise push the whole backlog months away)."""
    return catchup.plan(overdue(today), today, days=days, cap=cap)


def apply(moves: Iterable[tuple[int, date]]) -> list[FollowUpState]:
    """Move each follow-up to its new date; return the states ``undo`` restores."""
    moves = list(moves)
    now = datetime.now()
    with db.atomic():
        states = snapshots([fid for fid, _ in moves])
        db.execute_sql("CREATE TEMP TABLE IF NOT EXISTS catchup_move (id INTEGER, day TEXT)")
        db.execute_sql("DELETE FROM catchup_move")
        db.connection().executemany(
            "INSERT INTO catchup_move (id, day) VALUES (?, ?)",
            [(fid, day.isoformat()) for fid, day in moves],
        )
        db.execute_sql(
            """UPDATE followup SET
                 original_due_date = coalesce(original_due_date, due_date),
                 due_date = (SELECT day FROM catchup_move m WHERE m.id = followup.id),
                 whose = 'mine',
                 revision = revision + 1,
                 updated_at = ?
               WHERE id IN (SELECT id FROM catchup_move)""",
            (now.isoformat(sep=" "),),
        )
        _refresh_next_due({s.contact_id for s in states})
        db.execute_sql("DELETE FROM catchup_move")
        review.log_catchup(len(states), now)  # the weekly review counts catch-ups used
    return states


def undo(states: list[FollowUpState]) -> None:
    with db.atomic():
        restore(states, refresh=False)
        _refresh_next_due({s.contact_id for s in states})
        review.unlog_catchup(len(states))


def _refresh_next_due(contact_ids: set[int]) -> None:
    ids = list(contact_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        db.execute_sql(
            f"""UPDATE contact SET next_due = (
                    SELECT min(f.due_date) FROM followup f
                    WHERE f.contact_id = contact.id AND f.status = 'open')
                WHERE id IN ({marks})""",
            chunk,
        )
