"""Write a file completely or not at all: a temp file beside it, fsync, then an atomic
rename (and, on POSIX, an fsync of the folder so the rename itself survives a crash).

The one way files are written out: the contacts CSV and vCard exports, the .ics export.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from ..i18n import translator
from .errors import ExportError
from .output import check_target

_ = translator(__name__)


def _default_explain(exc: OSError, path: Path) -> str:
    return _("Cannot write {path} ({problem}); the file was left as it was.").format(
        path=path, problem=exc.strerror or exc
    )


@contextlib.contextmanager
def atomic_write(
    path: Path,
    *,
    encoding: str = "utf-8",
    newline: str | None = None,
    replace_read_only: bool = False,
    binary: bool = False,
    private: bool = False,
    explain: Callable[[OSError, Path], str] | None = None,
) -> Iterator[IO[Any]]:
    """Yield a file to write; it replaces ``path`` only when the block ends without error.

    ``binary`` writes bytes; ``private`` makes the file the user's only (0600);
    ``explain`` turns an OSError into the sentence the ExportError carries.
    """
    path = Path(path)
    if path.is_dir():
        raise ExportError(
            _("{path} is a folder; choose a file name to export to.").format(path=path)
        )
    check_target(path, replace_read_only=replace_read_only)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise ExportError(
            explain(exc, path)
            if explain
            else _("Cannot write to the folder {folder} ({problem}); nothing was exported.").format(
                folder=folder, problem=exc.strerror or exc
            )
        ) from exc
    try:
        opened = (
            os.fdopen(fd, "wb")
            if binary
            else os.fdopen(fd, "w", encoding=encoding, newline=newline)
        )
        with opened as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        if private:
            from .output import PRIVATE_FILE_MODE

            os.chmod(tmp, PRIVATE_FILE_MODE)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise ExportError((explain or _default_explain)(exc, path)) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _sync_folder(folder)


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError:
        pass  # the file is complete; only the rename's durability is best effort
