"""Many contacts at once: the search index kept by one statement instead of per row."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from .database import db

BULK = 500
_FTS_TRIGGER = "contact_fts_{}"


@contextlib.contextmanager
def search_index_in_bulk(rows: int, what: str) -> Iterator[bool]:
    """Many rows at once: keep the contact search index in one statement, not per row.

    The per-row trigger that keeps ``contact_fts`` in step costs about four times
    more than one bulk statement. Inside the caller's transaction the trigger is
    dropped, the caller writes and (when given True) calls ``fts_bulk``, and the trigger is
    re-created from its own SQL; a failure rolls all of it back. Small batches
    and databases without the index keep the trigger.
    """
    row = None
    if rows >= BULK:
        row = db.execute_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
            (_FTS_TRIGGER.format(what),),
        ).fetchone()
    if row is None:
        yield False
        return
    db.execute_sql(f"DROP TRIGGER {_FTS_TRIGGER.format(what)}")
    yield True
    db.execute_sql(row[0])


def fts_bulk(command: str, where: str, params: tuple) -> None:
    """The rows ``where`` selects go into (or, with 'delete', out of) the search index."""
    columns = (
        "(contact_fts, rowid, search_text, phone_digits)"
        if command
        else "(rowid, search_text, phone_digits)"
    )
    db.execute_sql(
        f"INSERT INTO contact_fts {columns} SELECT {command}id, search_text, phone_digits"
        f" FROM contact WHERE {where}",
        params,
    )
