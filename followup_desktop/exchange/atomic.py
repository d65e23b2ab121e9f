"""Write a file completely or not at all: a temp file beside it, then an atomic rename."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from .errors import ExportError
from .output import check_target


@contextlib.contextmanager
def atomic_write(
    path: Path,
    *,
    encoding: str = "utf-8",
    newline: str | None = None,
    replace_read_only: bool = False,
) -> Iterator[IO[str]]:
    path = Path(path)
    if path.is_dir():
        raise ExportError(f"{path} is a folder; choose a file name to export to.")
    check_target(path, replace_read_only=replace_read_only)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise ExportError(
            f"Cannot write to the folder {folder} ({exc.strerror or exc}); nothing was exported."
        ) from exc
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline=newline) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise ExportError(
            f"Cannot write {path} ({exc.strerror or exc}); the file was left as it was."
        ) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
