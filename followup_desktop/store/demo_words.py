"""What the sample contacts are made of: first and last names (with accents, CJK and
right-to-left scripts), company words, job titles and notes (translated when the book is
made), how the categories are weighted, and phone numbers and companies drawn from them."""

from __future__ import annotations

import random

from ..i18n import translator

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


def draw_phone(rng: random.Random) -> str:
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


def draw_company(rng: random.Random) -> tuple[str, str]:
    word = rng.choice(COMPANY_WORDS)
    kind = rng.choice(COMPANY_KINDS)
    suffix = rng.choice(COMPANY_SUFFIXES)
    name = " ".join(p for p in (word, kind, suffix) if p)
    ascii_word = "".join(ch for ch in word.lower() if ch.isascii() and ch.isalnum()) or "mail"
    domain = f"{ascii_word}{kind.split()[0].lower()}.example"
    return name, domain
