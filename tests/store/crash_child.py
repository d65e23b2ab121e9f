"""Child process for the crash-safety test: saves notes forever, acknowledging each.

Usage: python crash_child.py DB_PATH ROUND. Prints ``ready`` once the database is
open, then ``ack <interaction id> <follow-up id> <completed follow-up id or 0>``
after each save has committed (the moment the app would tell the user "saved").
The parent kills it with SIGKILL at a random moment.
"""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta


def _save_note(contact_id: int, from_followup_id: int | None, tag: str):
    from followup_desktop.store.notes import NextStep, NoteInput, save_note

    saved = save_note(
        NoteInput(
            contact_id=contact_id,
            channel="call",
            outcome="reached",
            notes=tag,
            next_step=NextStep(reason=f"next {tag}", due_date=date.today() + timedelta(days=7)),
            from_followup_id=from_followup_id,
        )
    )
    return saved.interaction_id, saved.followup_id


def main() -> None:
    from followup_desktop.store.database import open_database
    from followup_desktop.store.models import Contact, FollowUp

    db_path, round_no = sys.argv[1], int(sys.argv[2])
    import followup_desktop.store.notes  # noqa: F401  (imported before "ready": saves only)

    save = _save_note
    open_database(db_path)
    rng = random.Random(round_no)
    contact_ids = [c.id for c in Contact.select(Contact.id)]
    print("ready", flush=True)
    i = 0
    while True:
        cid = rng.choice(contact_ids)
        open_fu = (
            FollowUp.select(FollowUp.id)
            .where((FollowUp.contact == cid) & (FollowUp.status == "open"))
            .limit(1)
            .scalar()
        )
        tag = f"crash-{round_no}-{i}"
        interaction_id, followup_id = save(cid, open_fu, tag)
        print(f"ack {interaction_id} {followup_id} {open_fu or 0} {tag}", flush=True)
        i += 1


if __name__ == "__main__":
    main()
