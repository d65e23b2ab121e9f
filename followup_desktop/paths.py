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
    return pid if process_alive(pid) else None


def process_alive(pid: int, kernel32=None) -> bool:
    """Is process ``pid`` running? Never signals it.

    On Windows ``os.kill(pid, 0)`` is not a probe: it calls TerminateProcess and would
    close the running window. There the process is opened for a query and its exit
    code read instead (``kernel32`` is a seam for tests on other systems).
    """
    if os.name == "nt" or kernel32 is not None:
        return _alive_windows(pid, kernel32)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process, alive
    return True


_QUERY_LIMITED_INFORMATION = 0x1000
_STILL_ACTIVE = 259
_ACCESS_DENIED = 5


def _alive_windows(pid: int, kernel32=None) -> bool:
    import ctypes

    if kernel32 is None:  # pragma: no cover - Windows only
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
        last_error = ctypes.get_last_error  # type: ignore[attr-defined]
    else:
        last_error = kernel32.GetLastError
    handle = kernel32.OpenProcess(_QUERY_LIMITED_INFORMATION, False, pid)
    if not handle:
        # No such process, or one we may not query (another user's): only the first
        # means "not running"; ERROR_ACCESS_DENIED means it is there.
        return last_error() == _ACCESS_DENIED
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == _STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


# -- the throw-away sample book ---------------------------------------------------------
SAMPLE_MARKER = "SAMPLE-DATA.txt"
SAMPLE_NOTE = (
    "This folder holds sample data for trying Follow-up Desktop (the 'Try it with sample\n"
    "data' button). Nothing in it is yours; delete the folder whenever you like.\n"
)


def sample_data_dir(data_dir: Path) -> Path:
    """Where the sample book for the user's data folder lives: a folder of its own,
    never the user's database."""
    return data_dir / "sample-data"


def is_sample(data_dir: Path) -> bool:
    return (data_dir / SAMPLE_MARKER).is_file()


def discard_sample(data_dir: Path) -> bool:
    """Delete a sample book's folder (only a folder marked as one); True if it went."""
    import shutil

    if not is_sample(data_dir):
        return False
    shutil.rmtree(data_dir, ignore_errors=True)
    return not data_dir.exists()
