"""Schema versions, one upgrade step per version (kept in ``PRAGMA user_version``).

Each step is plain SQL so that it never depends on the current models: a
version-1 database from years ago must upgrade with exactly these statements.
``database.migrate`` runs every step in one transaction together with the
new ``user_version``; a failure rolls all of it back.

One module per subject holds its versions' statements (``core``, ``fast_reads``,
``search``, ``series``, ``personal``, ``review``, ``promises``, ``calendar_copy``);
``STEPS`` below puts them in order.

Rules for adding a version: write it in its subject's module (or a new one), append it
to ``STEPS``; never edit a step that has shipped; give new NOT NULL columns a DEFAULT.
"""

from __future__ import annotations

from .calendar_copy import V14, V15
from .core import V1, V2, V13
from .fast_reads import V3, V4, V6, V7, V9, V17
from .personal import V10
from .promises import V12
from .review import V11
from .search import V5, V16
from .series import V8

#: STEPS[n] upgrades a database at version n to version n + 1.
STEPS: list[list[str]] = [
    V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17,
]  # fmt: skip

SCHEMA_VERSION = len(STEPS)
