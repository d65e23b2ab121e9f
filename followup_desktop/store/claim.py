"""Every process's claim on the database: shared to use it, exclusive to replace it.

Beside the database lies ``followup.sqlite3.lock``. Every process that opens the
database (the window, every command) holds a *shared* claim on it for as long as
its connection is open; a restore (and anything else that swaps the whole file)
needs the *exclusive* claim, which it gets only when no other process holds a
claim. So a restore never renames a file under another process's open
connection, and a command started while a restore runs waits for it to end (or
is refused in words when it takes too long).

POSIX: ``fcntl`` record locks on byte 0 (a shared lock turns into an exclusive
one in place, atomically, and back). Windows: ``msvcrt`` byte locks (a shared
claim locks one byte of a range chosen by the process id, the exclusive claim
locks the whole range). One lock file descriptor per process: closing any other
descriptor of the file would drop a POSIX lock, so only this module opens it.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from threading import RLock

from ..i18n import translator
from .errors import DatabaseLockedError, ReadOnlyDatabaseError

_ = translator(__name__)

LOCK_SUFFIX = ".lock"
#: How long a command waits for another process's restore to end before giving up.
WAIT_SHARED_SECONDS = 30.0
#: How long a restore waits for other processes to let go (a running export ends soon).
WAIT_EXCLUSIVE_SECONDS = 2.0
_POLL = 0.05
_WIN_SLOTS = 4096  # Windows: shared claims lock one byte of 1.._WIN_SLOTS

SHARED, EXCLUSIVE = "shared", "exclusive"


def lock_path(db_path: Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + LOCK_SUFFIX)


class _Claim:
    """This process's one lock file and what it holds on it."""

    def __init__(self) -> None:
        self.guard = RLock()
        self.path: Path | None = None
        self.fd: int | None = None
        self.mode: str | None = None
        self.exclusive_depth = 0
        #: A connection of this process uses the database (between hold_shared and release).
        self.in_use = False

    # -- the platform part -----------------------------------------------------------------
    def _try(self, mode: str | None) -> bool:
        """Set this process's lock to ``mode`` (None: unlock) without waiting."""
        assert self.fd is not None
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
            return self._try_windows(mode)
        import fcntl

        op = {None: fcntl.LOCK_UN, SHARED: fcntl.LOCK_SH, EXCLUSIVE: fcntl.LOCK_EX}[mode]
        try:
            # lockf is a POSIX record lock: converting shared <-> exclusive is atomic,
            # and a refused conversion keeps the lock that was held.
            fcntl.lockf(self.fd, op | (fcntl.LOCK_NB if mode else 0), 1, 0)
        except OSError:
            return False
        return True

    def _try_windows(self, mode: str | None) -> bool:  # pragma: no cover - Windows only
        if sys.platform != "win32":  # (so mypy checks the rest for Windows only)
            raise RuntimeError("the Windows lock is for Windows")
        import msvcrt

        slot = 1 + os.getpid() % _WIN_SLOTS

        def region(start: int, length: int, how: int) -> bool:
            assert self.fd is not None
            os.lseek(self.fd, start, 0)
            try:
                msvcrt.locking(self.fd, how, length)
            except OSError:
                return False
            return True

        # Release what is held, then take what is asked (not atomic on Windows).
        if self.mode == SHARED:
            region(slot, 1, msvcrt.LK_UNLCK)
        elif self.mode == EXCLUSIVE:
            region(1, _WIN_SLOTS, msvcrt.LK_UNLCK)
        if mode is None:
            return True
        if mode == SHARED:
            ok = region(slot, 1, msvcrt.LK_NBLCK)
        else:
            ok = region(1, _WIN_SLOTS, msvcrt.LK_NBLCK)
        if not ok and self.mode == SHARED:
            region(slot, 1, msvcrt.LK_NBLCK)  # keep what was held
        return ok

    # -- the state ---------------------------------------------------------------------------
    def _open(self, db_path: Path) -> None:
        path = lock_path(db_path)
        if self.fd is not None and self.path == path:
            return
        self._close()
        try:
            try:
                fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError:
                if not path.exists():
                    raise
                fd = os.open(path, os.O_RDONLY)  # a read-only folder: shared claims only
        except OSError as exc:
            raise ReadOnlyDatabaseError(
                _(
                    "The lock file {path} beside the database cannot be written ({detail}), so the "
                    "database cannot be used safely. Check that the data folder is writable "
                    "and the "
                    "disk is not full."
                ).format(path=path, detail=exc.strerror or exc)
            ) from exc
        self.fd, self.path, self.mode = fd, path, None

    def _close(self) -> None:
        if self.fd is not None:
            os.close(self.fd)  # drops any lock it held
        self.fd, self.path, self.mode, self.exclusive_depth = None, None, None, 0

    def _take(self, mode: str, wait: float) -> bool:
        deadline = time.monotonic() + wait
        while not self._try(mode):
            if time.monotonic() >= deadline:
                return False
            time.sleep(_POLL)  # another process's lock: nothing in this one to wait on
        self.mode = mode
        return True


_claim = _Claim()


def _unwritable_folder(db_path: Path) -> bool:
    folder = Path(db_path).parent
    return folder.is_dir() and not os.access(folder, os.W_OK)


def hold_shared(db_path: Path, wait: float | None = None) -> None:
    """Take (or keep) this process's shared claim on ``db_path``; wait for a restore to end.

    In a folder nobody here can write (a read-only copy) there is no lock file to
    take, and nothing can be swapped either: the database is used unclaimed.
    """
    with _claim.guard:
        _claim.in_use = True
        try:
            _claim._open(Path(db_path))
        except ReadOnlyDatabaseError:
            if _unwritable_folder(db_path) and not lock_path(db_path).exists():
                return
            raise
        if _claim.mode is not None:
            return  # already shared, or exclusive inside a restore: either covers use
        if not _claim._take(SHARED, WAIT_SHARED_SECONDS if wait is None else wait):
            raise DatabaseLockedError(
                _(
                    "The database {db_path} is being restored or replaced by another Follow-up "
                    "Desktop process. Try again when it has finished; nothing was changed."
                ).format(db_path=db_path)
            )


def release() -> None:
    """Let go of the shared claim (the connection was closed); kept while exclusive."""
    with _claim.guard:
        _claim.in_use = False
        if _claim.exclusive_depth == 0:
            _claim._close()


def held() -> str | None:
    """What this process holds: ``"shared"``, ``"exclusive"`` or None."""
    return _claim.mode


def acquire_exclusive(db_path: Path, wait: float | None = None) -> None:
    """Take the exclusive claim (a shared one this process holds turns exclusive).

    Raises DatabaseLockedError, in words, when another process holds any claim.
    Every ``acquire_exclusive`` is paired with one ``release_exclusive``.
    """
    with _claim.guard:
        _claim._open(Path(db_path))
        if _claim.mode != EXCLUSIVE:
            if not _claim._take(EXCLUSIVE, WAIT_EXCLUSIVE_SECONDS if wait is None else wait):
                raise DatabaseLockedError(
                    _(
                        "The database {db_path} is in use by another Follow-up Desktop process (a"
                        " window,"
                        " an import, an export or a backup). Let it finish or close it, then try "
                        "again; "
                        "nothing was changed."
                    ).format(db_path=db_path)
                )
        _claim.exclusive_depth += 1


def release_exclusive() -> None:
    """End the exclusive claim: back to shared when the database is open, else none."""
    with _claim.guard:
        if _claim.exclusive_depth == 0:
            return
        _claim.exclusive_depth -= 1
        if _claim.exclusive_depth:
            return
        if _claim.in_use and _claim.fd is not None:
            _claim._try(SHARED)  # exclusive -> shared never waits
            _claim.mode = SHARED
        else:
            _claim._close()


@contextmanager
def exclusive(db_path: Path, wait: float | None = None) -> Iterator[None]:
    """Hold the exclusive claim on ``db_path`` for the block, or raise DatabaseLockedError."""
    acquire_exclusive(db_path, wait)
    try:
        yield
    finally:
        release_exclusive()
