"""Demo activity: about 10 interactions and 5 follow-ups per demo contact.

Each contact gets a believable history: interactions spread from its creation to
now, follow-ups that were done (completed by the next interaction) or now and then
cancelled, and usually one open follow-up: mostly upcoming, some overdue, some due
today, some "theirs" (a promise from the contact), and some contacts with no next
step at all (often with the reason why). Written with ``executemany`` in one
transaction; the contacts' ``last_interaction_at`` / ``next_due`` are set in bulk SQL
at the end, the same values ``followups.refresh_contact_summary`` would give.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from ..i18n import translator
from .database import db
from .models import CHANNELS

_ = translator(__name__)

NOTES = [
    _.mark("Called, walked through the proposal."),
    _.mark("Sent the brochure and the price list."),
    _.mark("Left a voicemail asking for a good time to talk."),
    _.mark("Met for coffee; they are reviewing suppliers next quarter."),
    _.mark(
        "Quick email: asked whether the pilot results arrived.\nThey will forward to their manager."
    ),
    _.mark("Demo went well. Questions about integration and support hours."),
    _.mark("Thank-you card after the trade fair."),
    _.mark("They asked for references from similar companies."),
    _.mark("Budget frozen until the new year; keep in touch."),
    _.mark("Connected on LinkedIn, commented on their post."),
    _.mark("Renewal discussed: wants a multi-year discount.\nSend a comparison."),
    _.mark("No answer, no voicemail."),
]
REASONS = [
    _.mark("send revised pricing"),
    _.mark("follow up on the proposal"),
    _.mark("check they received the samples"),
    _.mark("ask for a referral"),
    _.mark("confirm the meeting agenda"),
    _.mark("share the case study"),
    _.mark("discuss the renewal"),
    _.mark("invite to the customer event"),
    _.mark("check in after the installation"),
    _.mark("ask how the pilot went"),
    _.mark("send the contract for signature"),
    _.mark("catch up: keep in touch"),
]
THEIR_REASONS = [
    _.mark("they send the signed contract"),
    _.mark("they confirm the budget"),
    _.mark("they reply with feedback on the proposal"),
    _.mark("they introduce me to their purchasing manager"),
]
NO_NEXT_STEP = [
    _.mark("bought elsewhere, confirmed by phone"),
    _.mark("retired"),
    _.mark("not a fit for us"),
    _.mark("moved to another company"),
    "",
]
OUTCOME_WEIGHTS = {"reached": 30, "left message": 20, "no answer": 15, "replied": 25, "met": 10}
CHANNEL_WEIGHTS = [30, 30, 12, 8, 4, 8, 8]
# The weekly review's "persistence pays" (domain.review): how many attempts it takes until
# they answer (1..10), a long tail as salespeople report it: some answer the first time,
# most after two to four attempts, some only after five or six or more.
STREAK_WEIGHTS = [14, 24, 21, 15, 9, 6, 4, 3, 2, 2]
# After silence the answer often comes on another channel (CHANNELS order): e-mail and text
# messages get answered more than yet another call.
AFTER_SILENCE_WEIGHTS = [16, 34, 6, 20, 9, 10, 5]
# Channels that went unanswered (CHANNELS order): mostly calls and e-mails.
SILENT_WEIGHTS = [46, 30, 0, 6, 2, 10, 6]


def _uid(rng: random.Random, fid: int) -> str:
    """Unique in the database even when the same seed is added twice (--force)."""
    return f"{rng.getrandbits(96):024x}-{fid}@followup-desktop"


def generate_activity(contact_ids: list[int], rng: random.Random) -> dict[str, int]:
    """Insert the history of every contact in ``contact_ids``; returns counts by kind."""
    if not contact_ids:
        return {"interactions": 0, "follow-ups": 0}
    # In the chosen language, translated once (the draws are the same in every language).
    notes, reasons, their_reasons = ([_(t) for t in ts] for ts in (NOTES, REASONS, THEIR_REASONS))
    no_next_step = [_(t) if t else "" for t in NO_NEXT_STEP]
    no_longer_needed = _("no longer needed")
    now = datetime.combine(date.today(), time(8, 0))
    today = now.date()
    first_iid = (db.execute_sql("SELECT max(id) FROM interaction").fetchone()[0] or 0) + 1
    first_fid = (db.execute_sql("SELECT max(id) FROM followup").fetchone()[0] or 0) + 1
    marks = ",".join("?" * len(contact_ids)) if len(contact_ids) < 900 else None
    created = dict(
        db.execute_sql(
            "SELECT id, created_at FROM contact" + (f" WHERE id IN ({marks})" if marks else ""),
            contact_ids if marks else (),
        ).fetchall()
    )
    outcomes, o_weights = list(OUTCOME_WEIGHTS), list(OUTCOME_WEIGHTS.values())
    # Outcomes follow the chase model below, drawn from their own generator so that the
    # rest of the data (dates, follow-ups) stays what the seed always gave.
    review_rng = random.Random(f"chase-{contact_ids[0]}-{len(contact_ids)}")
    interactions: list[tuple] = []
    followups: list[tuple] = []
    no_step: list[tuple[str, int]] = []
    iid, fid = first_iid, first_fid
    for cid in contact_ids:
        start = datetime.fromisoformat(str(created.get(cid) or now - timedelta(days=400)))
        # Decided first: an overdue contact's history stops before the missed date.
        roll = rng.random()
        overdue_by = rng.randint(1, 40) if 0.14 <= roll < 0.17 else 0
        end = now - timedelta(days=overdue_by + (rng.randint(1, 10) if overdue_by else 0))
        span = max((end - start).total_seconds(), 86400.0 * 30)
        count = rng.randint(6, 14)
        stamps = sorted(
            end - timedelta(seconds=rng.random() * span, minutes=rng.randint(30, 600))
            for _draw in range(count)
        )
        ids = []
        first_row = len(interactions)
        for when in stamps:
            when = when.replace(second=0, microsecond=0)
            interactions.append(
                (
                    iid, cid, when.isoformat(sep=" "),
                    rng.choices(CHANNELS, CHANNEL_WEIGHTS)[0],
                    rng.choices(outcomes, o_weights)[0], rng.choice(notes), "",
                    when.isoformat(sep=" "),
                )
            )  # fmt: skip
            ids.append((iid, when))
            iid += 1
        # Past follow-ups: planned at one interaction, completed by a later one.
        done = min(rng.randint(3, 5), len(ids) - 1)
        picks = sorted(rng.sample(range(len(ids) - 1), done))
        for k in picks:
            planned_id, planned_at = ids[k]
            closer_id, closer_at = ids[k + 1]
            cancelled = rng.random() < 0.06
            due = closer_at.date() - timedelta(days=rng.choice((0, 0, 0, 1, 2)))
            stamp = closer_at.isoformat(sep=" ")
            start_row = len(followups)
            followups.append(
                (
                    fid, _uid(rng, fid), cid, due.isoformat(), None, rng.choice(reasons),
                    rng.choices(CHANNELS, CHANNEL_WEIGHTS)[0], "mine", int(rng.random() < 0.3),
                    "cancelled" if cancelled else "done", stamp,
                    no_longer_needed if cancelled else "", rng.choice((0, 0, 0, 1, 2)),
                    planned_id, None if cancelled else closer_id,
                    planned_at.isoformat(sep=" "), stamp,
                )
            )  # fmt: skip
            if review_rng.random() < 0.15:  # their promise, kept (on time or not) by the reply
                row = followups[start_row]
                theirs = review_rng.choice(their_reasons)
                followups[start_row] = (*row[:5], theirs, row[6], "theirs", *row[8:])
            fid += 1
        # Today's open follow-up (or none).
        last_id, last_at = ids[-1]
        whose, due_time = "mine", None
        if roll < 0.14:
            reason = rng.choice(no_next_step)
            if reason:
                no_step.append((reason, cid))
            # Without a reason: the habit of giving up after one or two unanswered tries.
            _chase(interactions, first_row, review_rng, give_up=not reason)
            continue
        _chase(interactions, first_row, review_rng, give_up=False)
        if roll < 0.17:
            due = today - timedelta(days=overdue_by)
        elif roll < 0.175:
            due = today
            due_time = time(rng.randint(8, 17), rng.choice((0, 30))).isoformat()
        elif roll < 0.21:
            due = today + timedelta(days=rng.randint(1, 6))
        elif roll < 0.29:
            whose = "theirs"
            due = today + timedelta(days=rng.randint(-1, 20))
        else:
            due = today + timedelta(days=rng.randint(7, 180))
        reason = rng.choice(their_reasons if whose == "theirs" else reasons)
        stamp = last_at.isoformat(sep=" ")
        followups.append(
            (
                fid, _uid(rng, fid), cid, due.isoformat(), due_time, reason,
                rng.choices(CHANNELS, CHANNEL_WEIGHTS)[0], whose, int(rng.random() < 0.4),
                "open", None, "", rng.choice((0, 0, 0, 0, 1)), last_id, None, stamp, stamp,
            )
        )  # fmt: skip
        fid += 1

    with db.atomic():
        conn = db.connection()
        conn.executemany(
            "INSERT INTO interaction (id, contact_id, occurred_at, channel, outcome, notes,"
            " no_next_step_reason, created_at, attempt) VALUES (?,?,?,?,?,?,?,?,?)",
            interactions,
        )
        conn.executemany(
            "INSERT INTO followup (id, uid, contact_id, due_date, due_time, reason, channel,"
            " whose, agreed, status, status_at, status_reason, reschedule_count,"
            " from_interaction_id, completed_by_id, created_at, updated_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            followups,
        )
        low, high = min(contact_ids), max(contact_ids)
        db.execute_sql(
            """UPDATE contact SET
                 last_interaction_at = (SELECT max(i.occurred_at) FROM interaction i
                                        WHERE i.contact_id = contact.id),
                 next_due = (SELECT min(f.due_date) FROM followup f
                             WHERE f.contact_id = contact.id AND f.status = 'open')
               WHERE id BETWEEN ? AND ?""",
            (low, high),
        )
        conn.executemany("UPDATE contact SET no_next_step_reason = ? WHERE id = ?", no_step)
        # The reason is also on the interaction that decided it.
        db.execute_sql(
            """UPDATE interaction SET no_next_step_reason = (
                   SELECT c.no_next_step_reason FROM contact c WHERE c.id = interaction.contact_id)
               WHERE id IN (SELECT max(i.id) FROM interaction i JOIN contact c
                            ON c.id = i.contact_id
                            WHERE c.no_next_step_reason != '' AND c.id BETWEEN ? AND ?
                            GROUP BY i.contact_id)""",
            (low, high),
        )
    return {"interactions": len(interactions), "follow-ups": len(followups)}


def _streaks(rng: random.Random, n: int) -> list[int]:
    """Attempt numbers of ``n`` interactions: complete chases (each ends in an answer)
    while they fit; the last one may be cut short (still being chased)."""
    numbers: list[int] = []
    lengths = range(1, len(STREAK_WEIGHTS) + 1)
    while len(numbers) < n:
        length = rng.choices(lengths, STREAK_WEIGHTS)[0]
        numbers.extend(range(1, length + 1))
    return numbers[:n]


def _chase(rows: list[tuple], first: int, rng: random.Random, *, give_up: bool) -> None:
    """Give one contact's interactions (``rows[first:]``, in time order) their outcomes,
    channels and attempt numbers. ``give_up``: the last one or two went unanswered and
    nobody tried again."""
    n = len(rows) - first
    tail = min(rng.choice((1, 2, 2)), n) if give_up else 0
    numbers = _streaks(rng, n - tail)
    answered = [
        k + 1 == len(numbers) or numbers[k + 1] == 1 for k in range(len(numbers))
    ]  # each chase ends in an answer...
    if numbers and not give_up and numbers[-1] != 1 and rng.random() < 0.5:
        answered[-1] = False  # ...except, now and then, the one still going on
    numbers += list(range(1, tail + 1))
    answered += [False] * tail
    for k, (attempt, got_back) in enumerate(zip(numbers, answered, strict=True)):
        row = rows[first + k]
        channel = row[3]
        if got_back:
            if attempt > 1:
                channel = rng.choices(CHANNELS, AFTER_SILENCE_WEIGHTS)[0]
            if channel == "meeting":
                outcome = "met"
            elif channel == "call":
                outcome = "reached" if rng.random() < 0.7 else "replied"
            else:
                outcome = "replied"
        else:
            if channel == "meeting":
                channel = rng.choices(CHANNELS, SILENT_WEIGHTS)[0]
            outcome = (
                rng.choice(("no answer", "left message")) if channel == "call" else "no answer"
            )
        rows[first + k] = (*row[:3], channel, outcome, *row[5:], attempt)
