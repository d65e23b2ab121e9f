from datetime import date, datetime, time

from followup_desktop.domain import reminders as r

DAY = date(2026, 11, 26)


def _item(fid, at, day=DAY):
    return r.TimedItem(fid, 10 + fid, f"Name {fid}", f"Reason {fid}", day, at)


def test_timed_follow_up_notifies_once_from_its_time():
    items = [
        _item(1, time(10, 0)),
        _item(2, time(14, 30)),
        _item(3, time(9, 0), date(2026, 11, 27)),
    ]
    at_959 = r.what_to_notify(datetime(2026, 11, 26, 9, 59), items, set(), last_summary=DAY)
    assert at_959 == []
    found = r.what_to_notify(datetime(2026, 11, 26, 10, 0), items, set(), last_summary=DAY)
    assert [(n.kind, n.followup_id, n.title, n.message) for n in found] == [
        ("due", 1, "10:00 Name 1", "Reason 1")
    ]
    assert r.what_to_notify(datetime(2026, 11, 26, 11, 0), items, {(1, time(10, 0))},
                            last_summary=DAY) == []  # fmt: skip
    # Snoozed to 11:15: a new time, so it notifies again then.
    snoozed = [_item(1, time(11, 15))]
    later = r.what_to_notify(datetime(2026, 11, 26, 11, 15), snoozed, {(1, time(10, 0))},
                             last_summary=DAY)  # fmt: skip
    assert [n.followup_id for n in later] == [1]


def test_morning_summary_once_a_day_from_the_chosen_time_and_never_empty():
    kw = {"summary_at": time(8, 30), "due_today": 5, "overdue": 2}
    assert r.what_to_notify(datetime(2026, 11, 26, 8, 29), [], set(), **kw) == []
    (note,) = r.what_to_notify(datetime(2026, 11, 26, 8, 30), [], set(), **kw)
    assert (note.kind, note.message) == ("summary", "5 due today, 2 overdue")
    # Switched on at noon: still gets it; already had it today: not again.
    assert r.what_to_notify(datetime(2026, 11, 26, 12, 0), [], set(), **kw)
    assert r.what_to_notify(datetime(2026, 11, 26, 12, 0), [], set(), last_summary=DAY, **kw) == []
    empty = {"summary_at": time(8, 30), "due_today": 0, "overdue": 0}
    assert r.what_to_notify(datetime(2026, 11, 26, 9, 0), [], set(), **empty) == []
    assert r.summary_text(1, 0) == "1 due today" and r.summary_text(0, 3) == "3 overdue"


def test_next_check_and_snooze_and_parse():
    now = datetime(2026, 11, 26, 10, 0, 20)
    soon = [_item(1, time(10, 0, 40))]
    assert r.next_check(now, soon, time(8, 30)) == datetime(2026, 11, 26, 10, 0, 40)
    assert r.next_check(now, [], time(8, 30)) == datetime(2026, 11, 26, 10, 1, 20)
    assert r.snooze_until(datetime(2026, 11, 26, 14, 50, 31), 15) == datetime(2026, 11, 26, 15, 5)
    assert r.parse_time("8:30") == time(8, 30) and r.parse_time("25:00") is None
    assert r.parse_time("soon") is None


def test_a_snooze_past_midnight_waits_for_the_next_working_morning():
    """Not a reminder at 00:05 or on a Saturday: the next working day's morning."""
    from followup_desktop.domain import dates

    thursday_night = datetime(2026, 11, 26, 23, 50, 31)
    assert r.snooze_until(thursday_night, 15) == datetime(2026, 11, 27, 9, 0)
    friday_night = datetime(2026, 11, 27, 22, 0)
    assert r.snooze_until(friday_night, 180) == datetime(2026, 11, 30, 9, 0)  # Monday
    assert r.snooze_until(friday_night, 60) == datetime(2026, 11, 27, 23, 0)  # still today
    before = dates.working_week()
    dates.set_working_week(dates.WorkingWeek(region="GB", morning=time(8, 15)))
    try:  # Christmas Eve's late snooze skips Christmas Day, the weekend and Boxing Day's Monday
        assert r.snooze_until(datetime(2026, 12, 24, 23, 30), 60) == datetime(2026, 12, 29, 8, 15)
    finally:
        dates.set_working_week(before)
