"""Write an export completely or not at all, as a file object: the contacts CSV and
vCard exports and the .ics export. The temp file, fsync, rename and folder fsync are
``atomic_file.replacing``'s; this adds the export's checks and its words.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from ..atomic_file import NoTempFileError, replacing
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
    try:
        with replacing(path, private=private) as partial:
            opened = (
                open(partial, "wb")
                if binary
                else open(partial, "w", encoding=encoding, newline=newline)
            )
            with opened as fh:
                yield fh
    except NoTempFileError as exc:
        raise ExportError(
            explain(exc, path)
            if explain
            else _("Cannot write to the folder {folder} ({problem}); nothing was exported.").format(
                folder=exc.filename, problem=exc.strerror or exc
            )
        ) from exc
    except OSError as exc:
        raise ExportError((explain or _default_explain)(exc, path)) from exc
