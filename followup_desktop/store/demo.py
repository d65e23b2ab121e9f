"""Realistic, deterministic sample data for trying the app and for the benchmarks.

``generate(contacts, seed)`` fills the open database: first ``generate_contacts``
(people and company-only contacts across every category, names with accents, CJK
and right-to-left scripts, phones in several formats, referrals between contacts),
then whatever later parts add (interactions, follow-ups). Every part draws from the
same seeded ``random.Random``, so one seed always gives the same data, and each part
writes in one transaction with ``executemany`` (50,000 contacts in a few seconds).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from ..domain.book_counts import book_counts
from ..i18n import translator
from .contacts import derived_fields
from .database import db, translated_errors
from .demo_phones import draw_phone
from .demo_words import (
    CATEGORY_WEIGHTS,
    FIRST_NAMES,
    LAST_NAMES,
    NATIVE_NAMES,
    NOTES,
    TITLES,
    draw_company,
)
from .errors import StoreError

_ = translator(__name__)


class DemoRefusedError(StoreError):
    """The database already holds contacts and --force was not given."""


@dataclass
class DemoSummary:
    contacts: int = 0
    interactions: int = 0
    followups: int = 0

    def __str__(self) -> str:
        items = book_counts(self.contacts, self.interactions, self.followups)
        added = _("Added {items}.", "Added 200 contacts, 2,000 interactions, 1,000 follow-ups.")
        return added.format(items=items)


def contact_count() -> int:
    return db.execute_sql("SELECT count(*) FROM contact").fetchone()[0]


def ensure_empty() -> None:
    n = contact_count()
    if n:
        raise DemoRefusedError(
            _.n(
                "The database already holds %n contact; demo data is only added to an empty "
                "database. Use --force to add it anyway, or choose another --data-dir.",
                "The database already holds %n contacts; demo data is only added to an empty "
                "database. Use --force to add it anyway, or choose another --data-dir.",
                n,
            )
        )


#: What one demo contact and its history take in the database, with some room to spare.
DEMO_KIB_PER_CONTACT = 8


def generate(contacts: int, seed: int = 1, *, force: bool = False) -> DemoSummary:
    """Fill the open database with sample data; refuses a non-empty one unless forced."""
    if contacts < 0:
        raise ValueError(_("The number of contacts cannot be negative."))
    if not force:
        ensure_empty()
    rng = random.Random(seed)
    from .demo_activity import generate_activity

    # One transaction: a full disk leaves none of it, not contacts without their activity.
    # It must fit in the page cache: once its dirty pages spill to the WAL, every index
    # page touched again is written again, and 5,000 contacts took 12x as long (34 s
    # instead of 2.9 s; 50,000 ran for over half an hour). The demo writes about 5.5 KiB
    # per contact, so the cache grows to that for this transaction and shrinks after it.
    (cache,) = db.execute_sql("PRAGMA cache_size").fetchone()
    needed_kib = max(-cache if cache < 0 else 0, contacts * DEMO_KIB_PER_CONTACT)
    db.execute_sql(f"PRAGMA cache_size = -{needed_kib}")
    try:
        with translated_errors(), db.atomic():
            ids = generate_contacts(contacts, rng)
            activity = generate_activity(ids, rng)
            from .demo_personal import generate_personal  # birthdays, addresses, remembered

            generate_personal(ids, random.Random(seed * 1000 + 23))  # own draws: rest stays
            return DemoSummary(
                contacts=len(ids),
                interactions=activity["interactions"],
                followups=activity["follow-ups"],
            )
    finally:
        db.execute_sql(f"PRAGMA cache_size = {cache}")


def _category_ids() -> tuple[list[int], list[int]]:
    rows = db.execute_sql("SELECT id, name FROM category ORDER BY position, id").fetchall()
    return [r[0] for r in rows], [CATEGORY_WEIGHTS.get(r[1], 4) for r in rows]


def generate_contacts(n: int, rng: random.Random) -> list[int]:
    """Insert ``n`` sample contacts in one transaction; returns their ids in order."""
    if n <= 0:
        return []
    cat_ids, weights = _category_ids()
    # Written in the language chosen when the book is made: a German salesperson's sample
    # book reads German (the draws, and so the data's shape, are the same in every language).
    titles = [_(t) if t else "" for t in TITLES]
    notes = [_(t) for t in NOTES]
    first_id = (db.execute_sql("SELECT max(id) FROM contact").fetchone()[0] or 0) + 1
    today = datetime.combine(date.today(), time(9, 0))
    rows = []
    for i in range(n):
        cid = first_id + i
        company, domain = draw_company(rng) if rng.random() < 0.85 else ("", "")
        roll = rng.random()
        if roll < 0.03 and company:
            first = last = ""  # a company-only contact
            local = "info"
        elif roll < 0.08:
            first, last, local = rng.choice(NATIVE_NAMES)
        else:
            (first, f_ascii), (last, l_ascii) = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
            local = rng.choice([f"{f_ascii}.{l_ascii}", f"{f_ascii[0]}{l_ascii}", f_ascii])
        local = local.replace("'", "")
        email = ""
        if rng.random() < 0.9:
            email = f"{local}@{domain or rng.choice(['mail.example', 'post.example'])}"
        phone = draw_phone(rng) if rng.random() < 0.9 else ""
        mobile = draw_phone(rng) if rng.random() < 0.35 else ""
        referred_by = (
            rng.randint(first_id, cid - 1) if cid > first_id and rng.random() < 0.15 else None
        )
        created = today - timedelta(days=rng.randint(0, 3 * 365), minutes=rng.randint(0, 600))
        values = {
            "first_name": first,
            "last_name": last,
            "company": company,
            "email": email,
            "phone": phone,
            "mobile": mobile,
        }
        derived = derived_fields(values)
        stamp = created.isoformat(sep=" ")
        rows.append(
            (
                cid, first, last, company, rng.choice(titles) if company and first else "", email,
                phone, mobile, rng.choices(cat_ids, weights)[0], referred_by,
                rng.choice(notes) if rng.random() < 0.4 else "", stamp, stamp,
                derived["sort_name"], derived["search_text"], derived["phone_digits"],
            )
        )  # fmt: skip
    with db.atomic():
        db.connection().executemany(
            "INSERT INTO contact (id, first_name, last_name, company, job_title, email, phone,"
            " mobile, category_id, referred_by_id, notes, created_at, updated_at, sort_name,"
            " search_text, phone_digits) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
    return [r[0] for r in rows]
