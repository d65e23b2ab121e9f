"""Issue 17, item 1: a restore while another process imports never loses the import.

Two real processes, the command line's import and restore, started together, 20
times. Whatever order they end up in, a reported import is in the live database
or in the backup the restore took of what it replaced; a refused restore says why
on one line and changes nothing.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from followup_desktop.paths import database_path
from followup_desktop.store import database
from tests.store.safety_data import fill

ROUNDS = 20
ROWS = 20_000


def _cli(data_dir: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "followup_desktop", "--data-dir", str(data_dir), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _emails_like(path: Path, pattern: str) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(
            "SELECT count(*) FROM contact WHERE email LIKE ?", (pattern,)
        ).fetchone()[0]
    finally:
        conn.close()


def test_restore_during_an_import_never_loses_the_import(store, data_dir, tmp_path):
    fill(3)
    older = tmp_path / "older.sqlite3"
    from followup_desktop.store.backup import copy_database

    db_path = database_path(data_dir)
    copy_database(db_path, older)
    database.close_database()
    for round_ in range(ROUNDS):
        csv = tmp_path / f"rows{round_}.csv"
        lines = ["First Name,Last Name,E-mail Address"]
        lines += [f"Pat{i},Quill{i},r{round_}-{i}@x.org" for i in range(ROWS)]
        csv.write_text("\n".join(lines) + "\n")
        before = set((data_dir / "backups").glob("*pre-restore*"))
        importing = _cli(data_dir, "import", str(csv))
        restoring = _cli(data_dir, "restore", str(older))
        imp_out, imp_err = importing.communicate(timeout=120)
        res_out, res_err = restoring.communicate(timeout=120)
        assert "Traceback" not in imp_err + res_err
        mine = f"r{round_}-%"
        in_live = _emails_like(db_path, mine)
        taken = set((data_dir / "backups").glob("*pre-restore*")) - before
        if importing.returncode == 0:
            assert f"Imported: {ROWS}" in imp_out
            in_backup = max((_emails_like(p, mine) for p in taken), default=0)
            # Committed and reported: the rows are in the live file, or the restore that
            # came after kept them in the backup of what it replaced.
            assert ROWS in (in_live, in_backup), (round_, in_live, in_backup, res_out, res_err)
        else:  # waited for a restore too long: refused in words, nothing written
            assert imp_err.count("\n") == 1 and "restored" in imp_err
            assert in_live == 0
        if restoring.returncode == 0:
            assert "Restored" in res_out and len(taken) == 1
        else:
            assert res_err.count("\n") == 1 and "in use" in res_err, res_err
            assert not taken and in_live == ROWS
