"""Ways a database file goes bad, applied to a real file (shared by store and UI tests)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from followup_desktop.store import database

DAMAGE_KINDS = ("not-a-database", "truncated", "garbage-in-pages", "zeroed-header")


def damage(path: Path, kind: str) -> None:
    """Damage the (closed) database at ``path`` the way ``kind`` says."""
    database.close_database()
    size = path.stat().st_size
    if kind == "not-a-database":
        path.write_bytes(b"Meeting notes, Tuesday\n" * 200)
    elif kind == "truncated":
        with open(path, "r+b") as fh:
            fh.truncate(size // 2)
    elif kind == "garbage-in-pages":
        page = 4096
        with open(path, "r+b") as fh:
            for n in range(2, size // page, 3):  # every third page after the schema
                fh.seek(n * page + 8)
                fh.write(os.urandom(page // 2))
    elif kind == "zeroed-header":
        with open(path, "r+b") as fh:
            fh.seek(16)
            fh.write(b"\0" * 84)
    else:
        raise ValueError(kind)


def make_read_only(path: Path) -> bool:
    """Make ``path`` unwritable even for root (chattr +i) or by mode; False if impossible."""
    if os.geteuid() != 0:
        path.chmod(0o400)
        return True
    if shutil.which("chattr") is None:
        return False
    return subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode == 0


def undo_read_only(path: Path) -> None:
    if os.geteuid() == 0 and shutil.which("chattr"):
        subprocess.run(["chattr", "-i", str(path)], capture_output=True)
    if path.exists():
        path.chmod(0o600)
