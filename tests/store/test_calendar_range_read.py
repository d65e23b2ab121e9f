"""The month's first items come from one range statement; a user must see exactly what the
per-day queries it replaced showed (kept below as the reference)."""

import random
from dataclasses import astuple
from datetime import date, datetime, timedelta

import pytest

from followup_desktop.store import calendar as cal
from followup_desktop.store import contacts
from followup_desktop.store.calendar import CalendarFilter
from followup_desktop.store.database import db

START, END = date(2026, 2, 23), date(2026, 4, 5)  # a month grid's six weeks
BUSY = date(2026, 3, 10)


def per_day_reference(start, end, flt, per_day):
    """The per-day algorithm the range read replaced: per day and status, one query that
    walks ``followup_calendar`` and stops after ``per_day`` rows; closed ones merged."""
    data = cal.RangeData(start, end, counts=cal.day_counts(start, end, flt))
    extra, extra_params = cal._filters(flt, "f", "c")
    base = f"""SELECT {cal._COLUMNS} FROM followup f JOIN contact c ON c.id = f.contact_id
               WHERE c.archived = 0 {extra}"""
    by_status = f"{base} AND f.status = ? AND f.due_date = ? ORDER BY f.due_time LIMIT ?"
    conn = db.connection()
    for day, count in sorted(data.counts.items()):
        iso = day.isoformat()
        rows = []
        if count.open:
            rows = conn.execute(by_status, [*extra_params, "open", iso, per_day]).fetchall()
        room = per_day - len(rows)
        if count.total > count.open and room > 0:
            closed = []
            for status in ("done", "cancelled"):
                closed += conn.execute(by_status, [*extra_params, status, iso, room]).fetchall()
            closed.sort(key=lambda r: (r[3] is not None, r[3] or "", r[0]))
            rows += closed[:room]
        data.items[day] = [cal._item(r, day) for r in rows]
    return data


@pytest.fixture
def varied(store):
    """Two categories, an archived contact, and ~900 follow-ups over the grid and beyond:
    open/done/cancelled, mine/theirs, timed/untimed (many sharing a time), one very busy
    day, overdue ones before a fixed 'today'."""
    rng = random.Random(7)
    cats = [c.id for c in contacts.categories()][:3]
    people = [
        contacts.create_contact(first_name=f"P{i}", last_name="Lee", category=cats[i % 3]).id
        for i in range(24)
    ]
    people.append(contacts.create_contact(company="Bikes Ltd", category=cats[0]).id)
    archived = contacts.create_contact(first_name="Gone", category=cats[1]).id
    now = datetime(2026, 3, 1, 9, 0).isoformat(sep=" ")
    rows = []

    def add(contact, day, n):
        for _ in range(n):
            timed = rng.random() < 0.5
            t = f"{rng.choice((9, 10, 14)):02d}:{rng.choice((0, 30)):02d}:00" if timed else None
            status = rng.choices(("open", "done", "cancelled"), (5, 4, 1))[0]
            whose = "theirs" if rng.random() < 0.3 else "mine"
            rows.append(
                (
                    f"u{len(rows)}@t",
                    contact,
                    day.isoformat(),
                    t,
                    f"r{len(rows)}",
                    whose,
                    status,
                    now,
                    now,
                )
            )

    day = START - timedelta(days=3)
    while day <= END + timedelta(days=3):
        for contact in rng.sample(people, rng.randint(0, 6)):
            add(contact, day, rng.randint(1, 3))
        day += timedelta(days=1)
    for contact in people:  # the busy day: ~250 follow-ups
        add(contact, BUSY, 10)
    add(archived, BUSY, 20)
    add(archived, START + timedelta(days=5), 4)
    with db.atomic():
        db.connection().executemany(
            "INSERT INTO followup (uid, contact_id, due_date, due_time, reason, channel, whose,"
            " status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'call', ?, ?, ?, ?)",
            rows,
        )
    contacts.set_archived([archived], True)
    return cats


def _shown(data):
    return (
        {d: astuple(c) for d, c in data.counts.items()},
        {d: [astuple(i) for i in items] for d, items in data.items.items()},
    )


@pytest.mark.parametrize("per_day", [1, 3, 5, 12])
@pytest.mark.parametrize("include_closed", [False, True])
@pytest.mark.parametrize("whose", [None, "mine", "theirs"])
def test_range_read_shows_what_the_per_day_queries_showed(varied, per_day, include_closed, whose):
    for category in (None, *varied):
        flt = CalendarFilter(category_id=category, whose=whose, include_closed=include_closed)
        new = cal.load_range(START, END, flt, per_day=per_day)
        assert new.items, "the dataset should put items in the grid"
        assert _shown(new) == _shown(per_day_reference(START, END, flt, per_day))


def test_busy_day_and_archived_contacts(varied):
    flt = CalendarFilter(include_closed=True)
    data = cal.load_range(START, END, flt, per_day=4)
    assert data.count(BUSY) >= 250 and len(data.day_items(BUSY)) == 4
    assert all(i.contact_name != "Gone" for items in data.items.values() for i in items)
    # Open first, date-only before timed within each group, as the day view lists them.
    items = data.day_items(BUSY)
    assert [i.status for i in items] == ["open"] * 4
    assert [i.due_time is not None for i in items] == sorted(i.due_time is not None for i in items)
    overdue = data.overdue_count(date(2026, 3, 20))
    assert overdue == sum(c.open for d, c in data.counts.items() if d < date(2026, 3, 20))
