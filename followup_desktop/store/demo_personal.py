"""The demo book's personal side: birthdays (some without a year, a few on 29 February),
anniversaries, "customer since" for clients, work and home addresses in several
countries, and things to remember (some dated in the coming weeks, so the agenda's Key
dates and the card reminders have something to show).

It draws from its own ``random.Random`` so the rest of the demo stays as it was.
"""

from __future__ import annotations

import calendar
import random
from datetime import date, timedelta

from ..domain.personal import Address, KeyDate, PersonalInfo, ThingToRemember
from ..i18n import translator
from .database import db
from .personal_bulk import insert_personal_many

_ = translator(__name__)

#: (country, cities with (region, postal code pattern)), street pattern
PLACES = (
    ("USA", (("Springfield", "IL", "627##"), ("Austin", "TX", "787##"),
             ("Portland", "OR", "972##"), ("Boston", "MA", "021##")), "{n} {s} St"),
    ("Canada", (("Toronto", "ON", "M5V #A#"), ("Vancouver", "BC", "V6B #C#")), "{n} {s} Ave"),
    ("United Kingdom", (("London", "", "SW1A #AA"), ("Leeds", "", "LS1 #BB")), "{n} {s} Road"),
    ("Germany", (("Berlin", "", "101##"), ("München", "", "803##")), "{s}straße {n}"),
    ("France", (("Paris", "", "750##"), ("Lyon", "", "690##")), "{n} rue {s}"),
    ("Japan", (("Chiyoda-ku", "Tokyo", "100-00##"),), "{n}-{n} {s}"),
    ("Australia", (("Sydney", "NSW", "20##"), ("Melbourne", "VIC", "30##")), "{n} {s} Rd"),
)  # fmt: skip
STREETS = ("Main", "Oak", "Lake", "Hill", "Park", "Mill", "Church", "Station", "Garden", "Bridge")
THINGS = (
    _.mark("Trip to Japan"),
    _.mark("Daughter's wedding"),
    _.mark("Running the city marathon"),
    _.mark("Moving house"),
    _.mark("Back from parental leave"),
    _.mark("Son starts university"),
    _.mark("Sailing holiday in Greece"),
    _.mark("Knee surgery, wish a quick recovery"),
)
UNDATED = (
    _.mark("Plays golf on Saturdays"),
    _.mark("Two kids, Emma and Noah"),
    _.mark("Vegetarian: no steakhouse"),
    _.mark("Supports the local football club"),
    _.mark("Collects vinyl records"),
    _.mark("Prefers calls after 10"),
)


def _code(pattern: str, rng: random.Random) -> str:
    return "".join(str(rng.randint(0, 9)) if ch == "#" else ch for ch in pattern)


def _address(kind: str, rng: random.Random) -> Address:
    country, cities, street = rng.choice(PLACES)
    city, region, code = rng.choice(cities)
    line = street.format(n=rng.randint(1, 250), s=rng.choice(STREETS))
    if kind == "work" and rng.random() < 0.3:
        line += f"\nSuite {rng.randint(100, 900)}"
    return Address(kind, line, city, region, _code(code, rng), country)


def _day(rng: random.Random) -> tuple[int, int]:
    if rng.random() < 0.004:
        return 2, 29
    month = rng.randint(1, 12)
    return month, rng.randint(1, calendar.monthrange(2001, month)[1])


def personal_for(created: date, client: bool, today: date, rng: random.Random) -> PersonalInfo:
    addresses = []
    if rng.random() < 0.6:
        addresses.append(_address("work", rng))
    if rng.random() < 0.25:
        addresses.append(_address("home", rng))
    dates = []
    if rng.random() < 0.6:
        month, day = _day(rng)
        year = rng.randint(1950, 2000) if rng.random() < 0.7 else None
        if year is not None and month == 2 and day == 29:
            year = rng.choice((1956, 1964, 1972, 1980, 1988, 1996))
        dates.append(KeyDate("birthday", month, day, year))
    if rng.random() < 0.2:
        month, day = _day(rng)
        year = rng.randint(1980, 2020) if rng.random() < 0.8 else None
        if year is not None and month == 2 and day == 29:
            year = 2000
        dates.append(KeyDate("anniversary", month, day, year))
    if client and rng.random() < 0.7:
        dates.append(
            KeyDate("customer_since", created.month, created.day, created.year, action="none")
        )
    things = []
    if rng.random() < 0.08:
        things.append(
            ThingToRemember(
                _(THINGS[rng.randrange(len(THINGS))]), today + timedelta(days=rng.randint(-20, 60))
            )
        )
    if rng.random() < 0.15:
        things.append(ThingToRemember(_(UNDATED[rng.randrange(len(UNDATED))])))
    return PersonalInfo(tuple(addresses), tuple(dates), tuple(things))


def generate_personal(ids: list[int], rng: random.Random, today: date | None = None) -> int:
    """Personal data for the demo's contacts (inside the caller's transaction); how many got any."""
    today = today or date.today()
    if not ids:
        return 0
    rows = db.execute_sql(
        "SELECT c.id, c.created_at, cat.name FROM contact c"
        " JOIN category cat ON cat.id = c.category_id"
    ).fetchall()
    wanted = set(ids)
    out = []
    for cid, created, category in rows:
        if cid not in wanted:
            continue
        made = date.fromisoformat(str(created)[:10])
        info = personal_for(made, category == "Clients", today, rng)
        if info != PersonalInfo():
            out.append((cid, info))
    insert_personal_many(out)
    return len(out)
