"""Where an export may be written, and with which permissions (one rule for every writer).

A target is a new name or an existing regular file. A device (``/dev/full``), a
FIFO, a socket or a symbolic link is refused: writing "into" it by renaming a
temp file over it would replace it with a regular file and report success. An
existing read-only file is replaced only when the user said so (``--force`` on
the command line, a question in the window). Every file written holds names and
reasons, so it is readable by the user only (0600), like the database.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ..atomic_file import PRIVATE_FILE_MODE
from ..i18n import translator
from .errors import ExportError

_ = translator(__name__)


class OutputPathError(ExportError):
    """The target is not something an export may replace; nothing was written."""


class ReadOnlyTargetError(OutputPathError):
    """The target exists and is read-only; it is replaced only when asked to."""


def is_read_only_target(path: Path | str) -> bool:
    """An existing regular file nobody may write (mode without w, or no write access)."""
    try:
        info = os.lstat(path)
    except OSError:
        return False
    if not stat.S_ISREG(info.st_mode):
        return False
    return not info.st_mode & 0o222 or not os.access(path, os.W_OK)


def check_target(path: Path | str, *, replace_read_only: bool = False) -> None:
    """Raise OutputPathError (in words) unless ``path`` may be written as a new file."""
    path = Path(path)
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise OutputPathError(
            _("{path} cannot be checked ({problem}).").format(
                path=path, problem=exc.strerror or exc
            )
        ) from exc
    if stat.S_ISLNK(info.st_mode):
        raise OutputPathError(
            _(
                "{path} is a symbolic link (to {target}); it was left as it was. "
                "Choose the file itself or another name."
            ).format(path=path, target=os.readlink(path))
        )
    if stat.S_ISDIR(info.st_mode):
        raise OutputPathError(
            _("{path} is a folder; choose a file name to write to.").format(path=path)
        )
    if not stat.S_ISREG(info.st_mode):
        raise OutputPathError(
            _(
                "{path} is not a regular file (it is a device, pipe or socket); nothing was "
                "written to it. Choose a file name."
            ).format(path=path)
        )
    if is_read_only_target(path) and not replace_read_only:
        raise ReadOnlyTargetError(
            _(
                "{path} is read-only, so it was left as it was. Choose another name, or "
                "replace it anyway (on the command line: add --force)."
            ).format(path=path)
        )


def make_private(path: Path | str) -> None:
    """Readable and writable by the user only (POSIX; elsewhere the folder's rules hold)."""
    if os.name == "posix":
        os.chmod(path, PRIVATE_FILE_MODE)
