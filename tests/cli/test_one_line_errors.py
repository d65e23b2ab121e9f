"""Issue 17, item 9: every failure of the real command line is one plain line and a non-zero exit.

Each case is a way the command line printed a traceback (or hung, or wrote into a
damaged file); each runs ``python -m followup_desktop`` as a person would.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from followup_desktop.store.health import QUICK_CHECK_AT_OPEN_MAX_BYTES
from followup_desktop.store.migrations import SCHEMA_VERSION

DB = "followup.sqlite3"


def cli(data_dir: Path, *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "followup_desktop", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


@pytest.fixture(scope="module")
def demo_dirs(tmp_path_factory):
    """A 200-contact data folder and one over 4 MB (made once, copied per case)."""
    root = tmp_path_factory.mktemp("demo")
    small, big = root / "small", root / "big"
    assert cli(small, "demo", "--contacts", "200").returncode == 0
    assert cli(big, "demo", "--contacts", "1000").returncode == 0
    assert (big / DB).stat().st_size > QUICK_CHECK_AT_OPEN_MAX_BYTES
    return small, big


def _sql(path: Path, statement: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute(statement)
    conn.commit()
    conn.close()


def _garbage_in_a_page(path: Path) -> None:
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        fh.seek((size // 4096 // 2) * 4096 + 8)  # a page in the middle of the file
        fh.write(b"\xa5" * 3000)


def _foreign_wal(data: Path, tmp: Path) -> None:
    """A -wal written by another database, put beside ours."""
    other = tmp / "other.sqlite3"
    conn = sqlite3.connect(other, isolation_level=None)
    conn.execute("PRAGMA journal_mode = wal")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (randomblob(100000))")
    shutil.copy(other.with_name(other.name + "-wal"), data / f"{DB}-wal")
    conn.close()


Case = Callable[[Path, Path], list[str]]


def jogger_year_9999(data: Path, tmp: Path) -> list[str]:
    return ["jogger", "--week", "9999-W52", "--pdf", str(tmp / "list.pdf")]


def undo_import_huge_number(data: Path, tmp: Path) -> list[str]:
    return ["undo-import", "1180591620717411303424"]


def undo_import_unknown(data: Path, tmp: Path) -> list[str]:
    return ["undo-import", "77"]


def export_ics_due_in_9999(data: Path, tmp: Path) -> list[str]:
    _sql(
        data / DB,
        "UPDATE followup SET due_date = '9999-12-31'"
        " WHERE id = (SELECT min(id) FROM followup WHERE status = 'open')",
    )
    return ["export-ics", "--out", str(tmp / "f.ics")]


def import_dev_zero(data: Path, tmp: Path) -> list[str]:
    return ["import", "/dev/zero"]


def import_a_fifo(data: Path, tmp: Path) -> list[str]:
    fifo = tmp / "contacts.csv"
    os.mkfifo(fifo)
    return ["import", str(fifo)]


def import_too_big(data: Path, tmp: Path) -> list[str]:
    big = tmp / "huge.csv"
    with open(big, "wb") as fh:
        fh.truncate(101 * 1024 * 1024)  # sparse: costs no disk
    return ["import", str(big)]


def _damaged_big(data: Path) -> None:
    _garbage_in_a_page(data / DB)


def export_contacts_damaged_big(data: Path, tmp: Path) -> list[str]:
    _damaged_big(data)
    return ["export-contacts", "--out", str(tmp / "c.csv")]


def import_into_damaged_big(data: Path, tmp: Path) -> list[str]:
    _damaged_big(data)
    (tmp / "in.csv").write_text("First Name,Last Name,E-mail Address\nAna,Ort,ana@x.org\n")
    return ["import", str(tmp / "in.csv")]


def demo_force_into_damaged_big(data: Path, tmp: Path) -> list[str]:
    _damaged_big(data)
    return ["demo", "--contacts", "5", "--force"]


def foreign_file_at_current_version(data: Path, tmp: Path) -> list[str]:
    (data / DB).unlink()
    _sql(data / DB, "CREATE TABLE t (x)")
    _sql(data / DB, f"PRAGMA user_version = {SCHEMA_VERSION}")
    return ["export-contacts", "--out", str(tmp / "c.csv")]


def foreign_wal_beside_a_big_file(data: Path, tmp: Path) -> list[str]:
    _foreign_wal(data, tmp)
    return ["export-contacts", "--out", str(tmp / "c.csv")]


def zero_length_file_beside_backups(data: Path, tmp: Path) -> list[str]:
    assert cli(data, "backup").returncode == 0
    (data / DB).write_bytes(b"")
    return ["export-contacts", "--out", str(tmp / "c.csv")]


def data_dir_is_a_file(data: Path, tmp: Path) -> list[str]:
    return ["--data-dir", str(data / DB), "export-contacts", "--out", str(tmp / "c.csv")]


CASES: list[tuple[Case, bool, str]] = [
    # (case, on the >4 MB database, a word the line must hold)
    (jogger_year_9999, False, "9999-W52"),
    (undo_import_huge_number, False, "no import number"),
    (undo_import_unknown, False, "not recorded"),
    (export_ics_due_in_9999, False, "9999-12-31"),
    (import_dev_zero, False, "not a regular file"),
    (import_a_fifo, False, "not a regular file"),
    (import_too_big, False, "100 MB"),
    (export_contacts_damaged_big, True, "damaged"),
    (import_into_damaged_big, True, "damaged"),
    (demo_force_into_damaged_big, True, "damaged"),
    (foreign_file_at_current_version, False, "not a Follow-up Desktop database"),
    (foreign_wal_beside_a_big_file, True, "another database"),
    (zero_length_file_beside_backups, False, "backup"),
    (data_dir_is_a_file, False, "is a file"),
]


@pytest.mark.parametrize(("case", "big", "word"), CASES, ids=[c[0].__name__ for c in CASES])
def test_one_plain_line_and_a_non_zero_exit(demo_dirs, tmp_path, case, big, word):
    data = tmp_path / "data"
    shutil.copytree(demo_dirs[1] if big else demo_dirs[0], data)
    args = case(data, tmp_path)
    before = (data / DB).read_bytes()
    if args[0] == "--data-dir":
        proc = subprocess.run(
            [sys.executable, "-m", "followup_desktop", *args],
            capture_output=True,
            text=True,
            timeout=60,
        )
    else:
        proc = cli(data, *args)
    assert proc.returncode != 0, proc.stdout
    assert "Traceback" not in proc.stderr
    assert proc.stderr.count("\n") == 1 and proc.stderr.startswith("followup-desktop: ")
    assert word in proc.stderr, proc.stderr
    # What the command refused it did not touch: the database is byte for byte the same.
    assert (data / DB).read_bytes() == before


def test_demo_on_a_full_disk_is_one_line_and_leaves_nothing_half_written(tmp_path):
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    mnt = tmp_path / "tiny"
    mnt.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mnt)], capture_output=True
    )
    if mounted.returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        assert cli(mnt, "demo", "--contacts", "20").returncode == 0
        before = sqlite3.connect(mnt / DB)
        counts = [
            before.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("contact", "interaction")
        ]
        before.close()
        proc = cli(mnt, "demo", "--contacts", "2000", "--force")
        assert proc.returncode != 0
        assert proc.stderr.count("\n") == 1 and "disk is full" in proc.stderr
        after = sqlite3.connect(mnt / DB)
        assert [
            after.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("contact", "interaction")
        ] == counts
        assert after.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        after.close()
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)
