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
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from ..i18n import translator
from .contacts import derived_fields
from .database import db, translated_errors
from .errors import StoreError

_ = translator(__name__)

# (as written, as in an e-mail address)
FIRST_NAMES = [
    ("James", "james"),
    ("Mary", "mary"),
    ("Robert", "robert"),
    ("Patricia", "patricia"),
    ("Michael", "michael"),
    ("Jennifer", "jennifer"),
    ("David", "david"),
    ("Linda", "linda"),
    ("William", "william"),
    ("Elizabeth", "elizabeth"),
    ("Richard", "richard"),
    ("Susan", "susan"),
    ("Joseph", "joseph"),
    ("Jessica", "jessica"),
    ("Thomas", "thomas"),
    ("Sarah", "sarah"),
    ("Daniel", "daniel"),
    ("Karen", "karen"),
    ("Matthew", "matthew"),
    ("Nancy", "nancy"),
    ("Anthony", "anthony"),
    ("Lisa", "lisa"),
    ("Mark", "mark"),
    ("Emily", "emily"),
    ("Steven", "steven"),
    ("Michelle", "michelle"),
    ("Kevin", "kevin"),
    ("Laura", "laura"),
    ("Brian", "brian"),
    ("Rebecca", "rebecca"),
    ("Priya", "priya"),
    ("Rahul", "rahul"),
    ("Aisha", "aisha"),
    ("Omar", "omar"),
    ("Chloé", "chloe"),
    ("François", "francois"),
    ("Zoë", "zoe"),
    ("José", "jose"),
    ("Sofía", "sofia"),
    ("Mónica", "monica"),
    ("Søren", "soren"),
    ("Åsa", "asa"),
    ("Jürgen", "jurgen"),
    ("Björn", "bjorn"),
    ("Małgorzata", "malgorzata"),
    ("Łukasz", "lukasz"),
    ("Dóra", "dora"),
    ("Ana", "ana"),
    ("João", "joao"),
    ("Noémie", "noemie"),
    ("Hélène", "helene"),
    ("Kenji", "kenji"),
    ("Yuki", "yuki"),
    ("Mei", "mei"),
    ("Wei", "wei"),
    ("Olumide", "olumide"),
    ("Chiamaka", "chiamaka"),
    ("Siobhán", "siobhan"),
    ("Seán", "sean"),
    ("Nikos", "nikos"),
]
LAST_NAMES = [
    ("Smith", "smith"),
    ("Johnson", "johnson"),
    ("Williams", "williams"),
    ("Brown", "brown"),
    ("Jones", "jones"),
    ("Garcia", "garcia"),
    ("Miller", "miller"),
    ("Davis", "davis"),
    ("Rodriguez", "rodriguez"),
    ("Martinez", "martinez"),
    ("Hernández", "hernandez"),
    ("Lopez", "lopez"),
    ("Wilson", "wilson"),
    ("Anderson", "anderson"),
    ("Thomas", "thomas"),
    ("Taylor", "taylor"),
    ("Moore", "moore"),
    ("Jackson", "jackson"),
    ("Martin", "martin"),
    ("Lee", "lee"),
    ("Thompson", "thompson"),
    ("White", "white"),
    ("Harris", "harris"),
    ("Clark", "clark"),
    ("Lewis", "lewis"),
    ("Robinson", "robinson"),
    ("Walker", "walker"),
    ("Young", "young"),
    ("Allen", "allen"),
    ("King", "king"),
    ("Wright", "wright"),
    ("Müller", "muller"),
    ("Schröder", "schroder"),
    ("Ångström", "angstrom"),
    ("Nørgaard", "norgaard"),
    ("Lefèvre", "lefevre"),
    ("Dubois", "dubois"),
    ("Côté", "cote"),
    ("Peña", "pena"),
    ("Gonçalves", "goncalves"),
    ("Kowalczyk", "kowalczyk"),
    ("Wiśniewska", "wisniewska"),
    ("Nowak", "nowak"),
    ("Papadopoulos", "papadopoulos"),
    ("O'Brien", "obrien"),
    ("Ó Súilleabháin", "osuilleabhain"),
    ("Nguyen", "nguyen"),
    ("Tanaka", "tanaka"),
    ("Sato", "sato"),
    ("Patel", "patel"),
    ("Sharma", "sharma"),
    ("Okafor", "okafor"),
    ("Adeyemi", "adeyemi"),
    ("Kim", "kim"),
    ("Park", "park"),
]
# Whole names in their own scripts: (first, last, for an e-mail address).
NATIVE_NAMES = [
    ("伟", "王", "wang.wei"),
    ("娜", "李", "li.na"),
    ("秀英", "张", "zhang.xiuying"),
    ("太郎", "山田", "yamada.taro"),
    ("花子", "佐藤", "sato.hanako"),
    ("민준", "김", "kim.minjun"),
    ("محمد", "العلي", "m.alali"),
    ("فاطمة", "حسن", "f.hassan"),
    ("יוסי", "כהן", "yossi.cohen"),
    ("נועה", "לוי", "noa.levi"),
    ("Дмитрий", "Иванов", "d.ivanov"),
    ("Ελένη", "Παππά", "e.pappa"),
]
COMPANY_WORDS = [
    "Acme",
    "Northwind",
    "Blue Harbor",
    "Summit",
    "Cedar",
    "Brightline",
    "Keystone",
    "Evergreen",
    "Pinnacle",
    "Riverside",
    "Ironwood",
    "Silver Oak",
    "Harborview",
    "Lakeshore",
    "Redwood",
    "Granite",
    "Meridian",
    "Horizon",
    "Beacon",
    "Sterling",
    "Crescent",
    "Falcon",
    "Atlas",
    "Nordlys",
    "Café Lumière",
    "Bäckerei Sonnenschein",
    "Østfold",
    "São Jorge",
    "東京精機",
    "Maple & Finch",
    "Copperfield",
    "Westbrook",
    "Oakridge",
    "Bluestone",
    "Clearwater",
]
COMPANY_KINDS = [
    "Logistics",
    "Dental Group",
    "Insurance",
    "Realty",
    "Construction",
    "Software",
    "Foods",
    "Consulting",
    "Manufacturing",
    "Health",
    "Legal",
    "Design Studio",
    "Print & Sign",
    "Motors",
    "Energy",
    "Hospitality",
    "Accounting",
    "Marketing",
    "Supply",
    "Medical",
]
COMPANY_SUFFIXES = ["Inc.", "LLC", "Ltd", "GmbH", "S.A.", "Co.", "", "", "", ""]
TITLES = [
    _.mark("Owner"),
    _.mark("Office Manager"),
    _.mark("Purchasing Manager"),
    _.mark("Operations Director"),
    _.mark("CEO"),
    _.mark("CFO"),
    _.mark("Head of Procurement"),
    _.mark("Facilities Manager"),
    _.mark("Marketing Lead"),
    _.mark("Practice Manager"),
    _.mark("Sales Director"),
    _.mark("IT Manager"),
    _.mark("Founder"),
    _.mark("Partner"),
    _.mark("Buyer"),
    "",
    "",
    "",
]
NOTES = [
    _.mark("Met at the regional trade show; interested in the spring offer."),
    _.mark("Prefers e-mail in the morning. Two kids, coaches junior football on Saturdays."),
    _.mark("Budget decisions in Q4. Ask about the warehouse expansion."),
    _.mark("Referred several colleagues already; send a thank-you card at year end."),
    _.mark("Switched suppliers last year after delivery problems. Price-sensitive."),
    _.mark("Loves sailing; mention the harbour festival. Call after 10 am."),
    _.mark("Decision maker is the partner; this contact prepares the shortlist."),
    _.mark("Wants a demo on site, not a video call. Parking behind the building."),
    _.mark("Former colleague from the Denver office. Birthday in June."),
    _.mark("Asked to be contacted again after the merger closes."),
]
# Category weights by built-in name (other categories the user added get a small share).
CATEGORY_WEIGHTS = {
    "Personal Contacts": 10,
    "Clients": 22,
    "Prospects": 38,
    "Industry Colleagues": 12,
    "Referrals": 18,
}


class DemoRefusedError(StoreError):
    """The database already holds contacts and --force was not given."""


@dataclass
class DemoSummary:
    contacts: int = 0
    extra: dict[str, int] = field(default_factory=dict)

    def __str__(self) -> str:
        parts = [_.n("%n contact", "%n contacts", self.contacts)]
        for key, count in self.extra.items():
            if key == "interactions":
                parts.append(_.n("%n interaction", "%n interactions", count))
            elif key == "follow-ups":
                parts.append(_.n("%n follow-up", "%n follow-ups", count))
            else:
                parts.append(f"{count:,} {key}")
        added = _("Added {items}.", "Added 200 contacts, 2,000 interactions, 1,000 follow-ups.")
        return added.format(items=", ".join(parts))


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
            extra = generate_activity(ids, rng)
            from .demo_personal import generate_personal  # birthdays, addresses, remembered

            generate_personal(ids, random.Random(seed * 1000 + 23))  # own draws: rest stays
            return DemoSummary(contacts=len(ids), extra=extra)
    finally:
        db.execute_sql(f"PRAGMA cache_size = {cache}")


def _phone(rng: random.Random) -> str:
    area, mid, end = rng.randint(201, 989), rng.randint(200, 999), rng.randint(0, 9999)
    style = rng.random()
    if style < 0.45:
        return f"({area}) {mid}-{end:04d}"
    if style < 0.7:
        return f"+1 {area} {mid} {end:04d}"
    if style < 0.85:
        return f"{area}.{mid}.{end:04d}"
    if style < 0.93:
        return f"+44 20 {rng.randint(7000, 8999)} {end:04d}"
    return f"+49 30 {rng.randint(1000000, 9999999)}"


def _company(rng: random.Random) -> tuple[str, str]:
    word = rng.choice(COMPANY_WORDS)
    kind = rng.choice(COMPANY_KINDS)
    suffix = rng.choice(COMPANY_SUFFIXES)
    name = " ".join(p for p in (word, kind, suffix) if p)
    ascii_word = "".join(ch for ch in word.lower() if ch.isascii() and ch.isalnum()) or "mail"
    domain = f"{ascii_word}{kind.split()[0].lower()}.example"
    return name, domain


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
        company, domain = _company(rng) if rng.random() < 0.85 else ("", "")
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
        phone = _phone(rng) if rng.random() < 0.9 else ""
        mobile = _phone(rng) if rng.random() < 0.35 else ""
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
