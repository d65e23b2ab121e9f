"""Child processes for the crash-safety test: save notes forever, acknowledging each.

``python crash_child.py DB_PATH`` starts a *zygote*: it imports the app once, then
for every ``fork ROUND`` line on stdin forks a *writer* and prints ``pid <pid>``.
The writer opens the database, prints ``ready``, then saves notes through
``store.notes.save_note`` and prints ``ack <interaction id> <follow-up id>
<completed follow-up id or 0> <tag>`` after each commit (the moment the app tells
the user "saved"). The test kills the writer with SIGKILL at a random moment; the
zygote reaps it and prints ``reaped <pid>``, which comes after everything the
writer printed. Forking saves a Python start-up per kill on a busy machine.
"""

from __future__ import annotations

import os
import random
import sys
from datetime import date, timedelta

from followup_desktop.store.database import open_database
from followup_desktop.store.models import Contact, FollowUp
from followup_desktop.store.notes import NextStep, NoteInput, save_note


def say(line: str) -> None:
    """One line in ONE write(2): a pipe write under PIPE_BUF is atomic, so a SIGKILL can
    never leave half a line. (print() with PYTHONUNBUFFERED=1 writes the text and the
    newline separately; a kill between the two glued the ack to the next line.)"""
    os.write(sys.stdout.fileno(), (line + "\n").encode())


def writer(db_path: str, round_no: int) -> None:
    open_database(db_path)
    rng = random.Random(round_no)
    contact_ids = [c.id for c in Contact.select(Contact.id)]
    say("ready")
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
        saved = save_note(
            NoteInput(
                contact_id=cid,
                channel="call",
                outcome="reached",
                notes=tag,
                next_step=NextStep(reason=f"next {tag}", due_date=date.today() + timedelta(days=7)),
                from_followup_id=open_fu,
            )
        )
        say(f"ack {saved.interaction_id} {saved.followup_id} {open_fu or 0} {tag}")
        i += 1


def zygote(db_path: str) -> None:
    for line in sys.stdin:
        command, _, arg = line.strip().partition(" ")
        if command != "fork":
            break
        pid = os.fork()
        if pid == 0:  # the writer: never returns
            try:
                writer(db_path, int(arg))
            finally:
                os._exit(1)
        say(f"pid {pid}")
        _, status = os.waitpid(pid, 0)
        say(f"reaped {pid} {os.waitstatus_to_exitcode(status)}")


if __name__ == "__main__":
    zygote(sys.argv[1])
