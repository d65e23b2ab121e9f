"""Rows read by column name, and SQLite's text read back as dates and times, once."""

import sqlite3
from datetime import date, datetime, time

from followup_desktop.store.rows import named, required_date, to_date, to_datetime, to_time


def test_rows_are_read_by_name_whatever_the_column_order():
    con = sqlite3.connect(":memory:")
    first = named(con.execute("SELECT 1 AS id, 'Ada' AS name"))
    wider = named(con.execute("SELECT 'x' AS extra, 'Ada' AS name, 1 AS id"))
    assert (first[0].id, first[0].name) == (wider[0].id, wider[0].name) == (1, "Ada")


def test_dates_and_times_from_text_or_objects_and_empty_is_none():
    assert to_date("2026-12-07") == to_date("2026-12-07 00:00:00") == date(2026, 12, 7)
    assert to_date(datetime(2026, 12, 7, 9)) == date(2026, 12, 7)
    assert to_time("09:30") == to_time("09:30:00") == time(9, 30)
    assert to_datetime("2026-12-07 09:30:00") == datetime(2026, 12, 7, 9, 30)
    assert to_date(None) is to_time("") is to_datetime(None) is None
    assert required_date("2026-12-07") == date(2026, 12, 7)
