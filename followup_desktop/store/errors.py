"""Errors the store raises, each with a sentence a person understands.

The GUI shows ``str(error)`` in a dialog; the CLI prints it on one line and
exits non-zero. Neither ever shows a traceback for these.
"""

from __future__ import annotations

from ..i18n import translator

_ = translator(__name__)


class StoreError(Exception):
    """Base class: ``str(error)`` is a complete, plain-words sentence."""


class DataDirError(StoreError):
    """The data directory is missing and cannot be made, or is not writable."""


class NotADatabaseError(StoreError):
    """The file exists but is not a SQLite database (or is damaged beyond opening)."""


class DatabaseTooNewError(StoreError):
    """The database was written by a newer version of the app; it is left untouched."""


class DatabaseLockedError(StoreError):
    """Another program holds a lock on the database."""


class ReadOnlyDatabaseError(StoreError):
    """The database file or its folder cannot be written."""


class DiskFullError(StoreError):
    """The disk is full; nothing was saved."""


class MigrationError(StoreError):
    """A schema upgrade failed; the database was left as it was."""


class InvalidInputError(StoreError):
    """What was asked for cannot be saved as it is (the message says what to change)."""


class BackupError(StoreError):
    """A backup or restore could not be made; the database was left as it was."""


class FollowUpGoneError(InvalidInputError):
    """The follow-up is not in the database any more (an undo took it back, or it was
    deleted in another window) while something still showed or named it."""

    def __init__(self) -> None:
        super().__init__(_("That follow-up no longer exists; it may have been undone."))
