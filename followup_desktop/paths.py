"""Where the data lives. Qt-free, so the CLI and the GUI agree without Qt."""

from __future__ import annotations

import os
from pathlib import Path

from . import APP_ID

ENV_DATA_DIR = "FOLLOWUP_DATA_DIR"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_ID, appauthor=False, roaming=True))


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` wins, then $FOLLOWUP_DATA_DIR, then the platform's data dir."""
    if cli_value:
        return Path(cli_value).expanduser().absolute()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().absolute()
    return default_data_dir()


def database_path(data_dir: Path) -> Path:
    from .store.database import DB_FILENAME

    return data_dir / DB_FILENAME


LOCK_FILENAME = "followup-desktop.lock"


def instance_lock_path(data_dir: Path) -> Path:
    """The lock the running window holds on its data folder (a Qt QLockFile)."""
    return data_dir / LOCK_FILENAME


def running_window_pid(data_dir: Path) -> int | None:
    """The process id of a live window using ``data_dir``, read without Qt; None if none.

    QLockFile writes ``pid``, the application name and the host name on separate
    lines. A lock left by a crashed run (dead pid) does not count.
    """
    import socket

    try:
        lines = instance_lock_path(data_dir).read_text(errors="replace").splitlines()
        pid = int(lines[0])
    except (OSError, ValueError, IndexError):
        return None
    host = lines[2] if len(lines) > 2 else ""
    if host and host != socket.gethostname():
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        return pid
    return pid
