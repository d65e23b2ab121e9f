"""Is this SQLite file a Follow-up Desktop database? Its tables and columns say so.

``PRAGMA user_version`` alone proves nothing: any SQLite file can carry a 3 or a
9. The schema a version must have is built by running ``migrations.STEPS`` up to
it on an empty in-memory database (so it can never drift from the migrations);
a file is ours when it has every table and every column of that schema.
"""

from __future__ import annotations

import sqlite3
from functools import cache
from pathlib import Path

from ..i18n import translator
from .errors import NotADatabaseError
from .migrations import STEPS
from .migrations.search import register_functions

_ = translator(__name__)

Schema = dict[str, frozenset[str]]


def read_schema(conn: sqlite3.Connection) -> Schema:
    """The ordinary tables of ``conn`` (not SQLite's own) and their columns."""
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    schema: Schema = {}
    for name in names:
        quoted = name.replace('"', '""')
        columns = conn.execute(f'PRAGMA table_info("{quoted}")').fetchall()
        schema[name] = frozenset(col[1] for col in columns)
    return schema


@cache
def expected_schema(version: int) -> Schema:
    """The tables and columns a database at ``version`` has (built from the migrations)."""
    conn = sqlite3.connect(":memory:")
    register_functions(conn)  # steps that call the app's rules (V16)
    try:
        for step in STEPS[:version]:
            for statement in step:
                conn.execute(statement)
        return read_schema(conn)
    finally:
        conn.close()


def missing(conn: sqlite3.Connection, version: int) -> list[str]:
    """What a database at ``version`` should have and ``conn`` lacks (empty: it is ours)."""
    have = read_schema(conn)
    lacking: list[str] = []
    for table, columns in sorted(expected_schema(version).items()):
        if table not in have:
            lacking.append(f"table {table}")
            continue
        lacking.extend(f"column {table}.{c}" for c in sorted(columns - have[table]))
    return lacking


def check_ours(conn: sqlite3.Connection, version: int, path: Path | str) -> None:
    """Raise NotADatabaseError (in words) unless ``conn`` holds our schema at ``version``."""
    lacking = missing(conn, version)
    if lacking:
        shown = ", ".join(lacking[:3])
        if len(lacking) > 3:
            shown = _.n("{shown} and %n more", "{shown} and %n more", len(lacking) - 3).format(
                shown=shown
            )
        raise NotADatabaseError(
            _(
                "{path} is not a Follow-up Desktop database: it is a SQLite file, but it lacks "
                "what Follow-up Desktop keeps its data in ({shown}). It was left untouched."
            ).format(path=path, shown=shown)
        )
