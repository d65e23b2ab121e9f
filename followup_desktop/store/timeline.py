"""A contact's history for the contact pane: interactions and follow-ups, newest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ..domain import links
from ..domain.followup_rules import no_next_step_words
from ..domain.vocabulary import channel_label, outcome_label
from ..i18n import translator
from .database import db

_ = translator(__name__)


@dataclass(frozen=True)
class TimelineEntry:
    when: datetime
    kind: str  # "interaction" | "open" | "done" | "cancelled" | "connected"
    title: str  # reason (follow-up) or channel and outcome (interaction)
    detail: str = ""  # notes, why cancelled, why no next step
    followup_id: int | None = None
    due_date: date | None = None
    whose: str = "mine"


@dataclass(frozen=True)
class NextStep:
    followup_id: int
    reason: str
    due_date: date
    due_time: str | None
    channel: str
    whose: str
    agreed: bool
    action_date: date


def open_followups(contact_id: int) -> list[NextStep]:
    rows = db.execute_sql(
        "SELECT id, reason, due_date, due_time, channel, whose, agreed, action_date "
        "FROM followup WHERE contact_id = ? AND status = 'open' ORDER BY action_date, id",
        (contact_id,),
    ).fetchall()
    return [
        NextStep(
            r[0], r[1], date.fromisoformat(r[2]), r[3], r[4], r[5], bool(r[6]),
            date.fromisoformat(r[7]),
        )
        for r in rows
    ]  # fmt: skip


def no_next_step_reason(contact_id: int) -> str:
    row = db.execute_sql(
        "SELECT no_next_step_reason FROM contact WHERE id = ?", (contact_id,)
    ).fetchone()
    return row[0] if row else ""


def entries(contact_id: int, limit: int = 25) -> list[TimelineEntry]:
    """The newest ``limit`` entries (open follow-ups first, by their date)."""
    found: list[TimelineEntry] = []
    for when, channel, outcome, notes, why_none in db.execute_sql(
        "SELECT occurred_at, channel, outcome, notes, no_next_step_reason FROM interaction "
        "WHERE contact_id = ? ORDER BY occurred_at DESC, id DESC LIMIT ?",
        (contact_id, limit),
    ).fetchall():
        detail = notes
        if why_none:
            none = no_next_step_words(why_none)
            detail = (detail + "\n" if detail else "") + none
        found.append(
            TimelineEntry(
                datetime.fromisoformat(when),
                "interaction",
                _("{channel}, {outcome}", "call, reached").format(
                    channel=channel_label(channel), outcome=outcome_label(outcome)
                ),
                detail,
            )
        )
    for fid, reason, due, status, status_at, why, whose in db.execute_sql(
        "SELECT id, reason, due_date, status, status_at, status_reason, whose FROM followup "
        "WHERE contact_id = ? ORDER BY coalesce(status_at, due_date) DESC, id DESC LIMIT ?",
        (contact_id, limit),
    ).fetchall():
        due_date = date.fromisoformat(due)
        when = (
            datetime.fromisoformat(status_at)
            if status_at
            else datetime.combine(due_date, datetime.min.time())
        )
        found.append(TimelineEntry(when, status, reason, why, fid, due_date, whose))
    joined = db.execute_sql(
        "SELECT connected_on, profile_url FROM contact WHERE id = ? AND connected_on IS NOT NULL",
        (contact_id,),
    ).fetchone()
    if joined is not None:  # the day they joined the network: an entry, not an interaction
        day = date.fromisoformat(str(joined[0])[:10])
        found.append(
            TimelineEntry(
                datetime.combine(day, datetime.min.time()),
                "connected",
                links.network_label(joined[1]),
                due_date=day,
            )
        )
    found.sort(key=lambda e: (e.kind != "open", -e.when.timestamp()))
    return found[:limit]
