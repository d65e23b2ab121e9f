"""Row decoding, once: SQL rows read by column name, and SQLite's text as dates and times.

``named(cursor)`` turns a cursor's rows into named tuples whose fields are the SELECT's
column names (or ``AS`` aliases), so adding a column never shifts what the code reads.
SQLite hands dates and times back as ISO text (or, through peewee, already as objects);
``to_date`` / ``to_time`` / ``to_datetime`` accept both, and None or "" is None.
"""

from __future__ import annotations

from collections import namedtuple
from datetime import date, datetime, time
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=256)
def _row_type(names: tuple[str, ...]) -> Any:
    return namedtuple("Row", names)  # the fields come from the SELECT


def named(cursor: Any) -> list[Any]:
    """Every row of ``cursor`` as a named tuple (field = column name or alias)."""
    names = tuple(d[0] for d in cursor.description)
    make = _row_type(names)._make
    return list(map(make, cursor.fetchall()))


def to_date(value: Any) -> date | None:
    if value.__class__ is str and len(value) == 10:  # the common case, first
        return date.fromisoformat(value)
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def to_time(value: Any) -> time | None:
    if value.__class__ is str and 0 < len(value) <= 8:  # the common case, first
        return time.fromisoformat(value)
    if value is None or value == "":
        return None
    if isinstance(value, time):
        return value
    return time.fromisoformat(str(value)[:8])


def to_datetime(value: Any) -> datetime | None:
    if value.__class__ is str and value:  # the common case, first
        return datetime.fromisoformat(value)
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def inserted_id(cursor: Any) -> int:
    """The id of the row an INSERT just made."""
    rowid = cursor.lastrowid
    if rowid is None:
        raise ValueError("the statement inserted no row")
    return int(rowid)


def required_date(value: Any) -> date:
    """A date column that is never empty (a due date)."""
    day = to_date(value)
    if day is None:
        raise ValueError("a required date column is empty")
    return day
