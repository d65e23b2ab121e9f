from datetime import date, time, timedelta

import pytest

from followup_desktop.store import calendar as cal
from followup_desktop.store import contacts, followups, personal
from followup_desktop.store.calendar import CalendarFilter
from followup_desktop.store.calendar_ranges import RangeCache
from followup_desktop.store.models import FollowUp, FollowUpDayCount


@pytest.fixture
def people(store):
    cats = {c.name: c.id for c in contacts.categories()}
    ann = contacts.create_contact(first_name="Ann", last_name="Lee", category=cats["Clients"])
    bob = contacts.create_contact(company="Bob's Bikes", category=cats["Prospects"])
    return ann, bob, cats


def test_counts_and_first_items_per_day_in_display_order(people):
    ann, bob, _ = people
    d = date(2026, 3, 10)
    followups.create_followup(ann.id, d, "timed late", due_time=time(15, 0))
    followups.create_followup(bob.id, d, "date only")
    followups.create_followup(ann.id, d, "timed early", due_time=time(9, 30))
    followups.create_followup(ann.id, date(2026, 5, 1), "outside the range")
    data = cal.load_range(date(2026, 3, 1), date(2026, 3, 31), per_day=2)
    assert data.count(d) == 3 and data.open_count(d) == 3
    assert [i.reason for i in data.day_items(d)] == ["date only", "timed early"]
    assert data.day_items(d)[0].contact_name == "Bob's Bikes"
    assert date(2026, 5, 1) not in data.counts
    full = cal.load_range(d, d)
    assert [i.reason for i in full.day_items(d)] == ["date only", "timed early", "timed late"]


def test_filters_by_whose_category_and_closed(people):
    ann, bob, cats = people
    d = date(2026, 3, 10)
    mine = followups.create_followup(ann.id, d, "mine")
    followups.create_followup(bob.id, d, "theirs", whose="theirs")
    followups.cancel(mine.id, "no longer needed")
    assert cal.load_range(d, d).count(d) == 1
    closed = cal.load_range(d, d, CalendarFilter(include_closed=True), per_day=5)
    assert closed.count(d) == 2 and closed.open_count(d) == 1
    assert [i.status for i in closed.day_items(d)] == ["open", "cancelled"]
    assert cal.load_range(d, d, CalendarFilter(whose="mine")).count(d) == 0
    by_cat = CalendarFilter(category_id=cats["Prospects"], include_closed=True)
    assert [i.reason for i in cal.load_range(d, d, by_cat, per_day=3).day_items(d)] == ["theirs"]
    with pytest.raises(ValueError):
        CalendarFilter(whose="nobody")


def test_day_counts_follow_every_kind_of_write(people):
    ann, bob, cats = people
    d1, d2 = date(2026, 3, 10), date(2026, 3, 12)
    fu = followups.create_followup(ann.id, d1, "call")
    followups.reschedule(fu.id, d2)
    counts = cal.day_counts(d1, d2)
    assert d1 not in counts and counts[d2].total == 1
    # The contact moves category: the per-category counts move with it.
    contacts.update_contact(ann.id, category=cats["Referrals"])
    assert cal.day_counts(d1, d2, CalendarFilter(category_id=cats["Clients"])) == {}
    assert cal.day_counts(d1, d2, CalendarFilter(category_id=cats["Referrals"]))[d2].total == 1
    # Archived contacts drop out of the calendar, and come back when restored.
    contacts.set_archived([ann.id], True)
    assert cal.day_counts(d1, d2) == {}
    contacts.set_archived([ann.id], False)
    assert cal.day_counts(d1, d2)[d2].total == 1
    # Deleting the contact removes its follow-ups and their counts.
    ann.delete_instance()
    assert FollowUp.select().count() == 0
    assert sum(r.n for r in FollowUpDayCount.select()) == 0


def test_item_and_bad_range(people):
    ann, _, _ = people
    fu = followups.create_followup(ann.id, date(2026, 3, 10), "call", due_time=time(8, 15))
    got = cal.item(fu.id)
    assert got.contact_name == "Ann Lee" and got.due_time == time(8, 15)
    assert got.is_overdue(date(2026, 3, 11)) and not got.is_overdue(date(2026, 3, 10))
    assert cal.item(999) is None
    with pytest.raises(ValueError):
        cal.load_range(date(2026, 3, 2), date(2026, 3, 1))


def test_range_cache_reuses_a_range_until_any_write(people, data_dir):
    import sqlite3

    from followup_desktop.store.database import db

    ann, _, _ = people
    d = date(2026, 3, 10)
    followups.create_followup(ann.id, d, "call")
    ranges = RangeCache()
    first = ranges.load(d, d, per_day=3)
    assert ranges.load(d, d, per_day=3) is first
    assert ranges.load(d, d, per_day=4) is not first  # another shape is another entry
    # Our own write: read afresh.
    followups.create_followup(ann.id, d, "email")
    second = ranges.load(d, d, per_day=3)
    assert second is not first and second.count(d) == 2
    # Another process's write (e.g. the CLI): read afresh too.
    path = db.database
    with sqlite3.connect(path) as other:
        other.execute("UPDATE followup SET reason = 'changed elsewhere' WHERE reason = 'call'")
    third = ranges.load(d, d, per_day=3)
    assert third is not second
    assert "changed elsewhere" in [i.reason for i in third.day_items(d)]


def test_a_month_next_to_one_read_before_reads_only_its_new_days(people, monkeypatch):
    """A month grid shares up to two weeks with the month before and after: those days
    are taken over, the rest read, and the month is the same as read whole."""
    from followup_desktop.domain import calendar_grid as grid

    ann, bob, _ = people
    first = date(2026, 1, 1)
    for n in range(150):
        day = first + timedelta(days=(n * 7) % 120)
        fu = followups.create_followup(ann.id if n % 3 else bob.id, day, f"step {n}")
        if n % 5 == 0:
            followups.cancel(fu.id, "not needed")
    personal.set_customer_since(ann.id, date(2020, 3, 2))  # a key date in the shared weeks
    read: list[tuple[date, date]] = []
    real = cal.load_range

    def counting(start, end, *args, **kwargs):
        read.append((start, end))
        return real(start, end, *args, **kwargs)

    monkeypatch.setattr(cal, "load_range", counting)
    flt = CalendarFilter(include_closed=True)
    ranges = RangeCache()
    months = [(2026, m) for m in (4, 3, 2, 1)] + [(2026, m) for m in (2, 3, 4)]
    ranges.load(*_span(grid.month_range(2026, 5)), flt, per_day=3, today=date(2026, 2, 10))
    partial = 0
    for year, month in months:
        rng = grid.month_range(year, month)
        read.clear()
        got = ranges.load(rng.start, rng.end, flt, per_day=3, today=date(2026, 2, 10))
        whole = real(rng.start, rng.end, flt, per_day=3, today=date(2026, 2, 10))
        assert got.counts == whole.counts
        assert {d: [i.id for i in v] for d, v in got.items.items()} == {
            d: [i.id for i in v] for d, v in whole.items.items()
        }
        assert got.key_dates == whole.key_dates
        if read:  # only the days not shared with a month read before
            ((start, end),) = read
            assert (end - start).days + 1 < rng.days
            partial += 1
    assert partial == len(months) - 3  # back to April, March, February: read before
    assert sum(1 for _ in ranges._entries) <= ranges.size


def _span(rng):
    return rng.start, rng.end
