"""Replace a file completely or not at all: the one way the app puts a file in place.

``replacing(target)`` yields a fresh temp path in the target's folder for the body to
write (a Python file, SQLite's backup, QPdfWriter: anything that takes a path). When
the body ends without an error the temp file is flushed to disk, made the user's only
if asked, renamed onto ``target`` and the folder is flushed so the rename survives a
crash. An error in the body (a full disk, a failed check) or in the rename removes the
temp file and passes the error on: ``target`` is as it was and nothing is left behind.

Used by the exports (exchange.atomic), the PDFs (ui.jogger.printing) and the database
copies of backups and restores (store.safe_copy). No Qt, no texts: callers say what
went wrong in their own words.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

PRIVATE_FILE_MODE = 0o600


class NoTempFileError(OSError):
    """The temp file could not be made: the folder is missing or cannot be written.
    Nothing was written; callers often say "choose another folder"."""


@contextlib.contextmanager
def replacing(
    target: Path, *, partial: Path | None = None, private: bool = False
) -> Iterator[Path]:
    """Yield an empty temp path beside ``target`` that replaces it after the body.

    ``partial`` names the temp file (in the same folder; made anew, 0600); by default
    it is a hidden ``.NAME.XXXXXXXX.tmp``. ``private`` makes the result 0600 (POSIX).
    """
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        if partial is None:
            fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
            partial = Path(name)
        else:
            partial.unlink(missing_ok=True)
            fd = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_EXCL, PRIVATE_FILE_MODE)
        os.close(fd)
    except OSError as exc:
        raise NoTempFileError(exc.errno, exc.strerror, str(folder)) from exc
    try:
        yield partial
        _flush_to_disk(partial)
        if private and os.name == "posix":
            os.chmod(partial, PRIVATE_FILE_MODE)
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    sync_folder(folder)


def _flush_to_disk(path: Path) -> None:
    """The written bytes on the disk, not in a cache (where a full disk shows at last)."""
    with open(path, "rb+") as written:
        os.fsync(written.fileno())


def sync_folder(folder: Path) -> None:
    """Flush a folder's entries (a rename) to disk; best effort, POSIX only: the file
    itself is complete either way."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:
        pass
