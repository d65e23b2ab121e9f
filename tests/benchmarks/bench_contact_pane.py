"""The contact pane on the 50,000-contact demo database: showing one contact.

Two figures, both against a baseline timed in the same run, in alternate rounds over
the same 300 contacts (half of them referred by someone, so the referrer's name is read):

* the pane's read of the contact (``store.cards.contact_details``: the contact, its
  category and its referrer's name in one query) against the reads it replaced (the
  peewee ``Contact`` row, then its category and its referrer's display name, each a
  query of its own, as ``store.contacts.get_contact`` handed them to the pane);
* the whole ``ContactPane.show_contact`` (the read above, the referrals, the personal
  side, every label set), for scale: the read's share of it.
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time

ROUNDS = 5


def _per_contact_ms(fn, ids: list[int]) -> float:
    start = time.perf_counter()
    for cid in ids:
        fn(cid)
    return (time.perf_counter() - start) * 1000 / len(ids)


def run(ctx) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from followup_desktop.app import make_application
    from followup_desktop.paths import database_path
    from followup_desktop.store import contacts
    from followup_desktop.store.cards import contact_details
    from followup_desktop.store.database import close_database, db, open_database
    from followup_desktop.store.models import Contact

    data_dir = ctx.demo_dir()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_CONFIG_HOME"] = tmp
        make_application()
        open_database(database_path(data_dir))
        from followup_desktop.ui.contacts.pane import ContactPane

        rng = random.Random(ctx.seed)
        referred = [
            r[0] for r in db.execute_sql("SELECT id FROM contact WHERE referred_by_id IS NOT NULL")
        ]
        alone = [
            r[0] for r in db.execute_sql("SELECT id FROM contact WHERE referred_by_id IS NULL")
        ]
        ids = rng.sample(referred, min(150, len(referred))) + rng.sample(alone, 150)
        rng.shuffle(ids)

        def old_read(cid: int) -> None:
            c = Contact.get_or_none(Contact.id == cid)
            c.category.name, c.category.cadence_days, c.display_name  # noqa: B018 (lazy reads)
            if c.referred_by_id is not None:
                contacts.display_names([c.referred_by_id])

        pane = ContactPane()
        pane.resize(480, 700)
        contact_details(ids[0]), old_read(ids[0])  # peewee imported, pages cached
        reads_new, reads_old, shows = [], [], []
        for _ in range(ROUNDS):
            reads_old.append(_per_contact_ms(old_read, ids))
            reads_new.append(_per_contact_ms(contact_details, ids))
            shows.append(_per_contact_ms(pane.show_contact, ids))
        new, old, show = (statistics.median(x) for x in (reads_new, reads_old, shows))
        ctx.figure(
            "contact pane: read one contact (contact_details / the peewee reads it replaced)",
            f"{new:.3f} ms / {old:.3f} ms = {new / old:.2f}x",
            "<= 1.00x",
            new <= old,
        )
        ctx.figure(
            "contact pane: show_contact, whole (the read's share)",
            f"{show:.2f} ms ({new / show:.0%})",
            "<= 16 ms",
            show <= 16,
        )
        pane.deleteLater()
        close_database()
