"""The command line: demo data, and bad data directories / databases in one line."""

import os
import sqlite3
import subprocess
import sys

import pytest

from followup_desktop.app import main
from followup_desktop.store import database
from followup_desktop.store.contact_list import ContactQuery, contact_ids


def test_demo_fills_every_category_deterministically(data_dir, capsys):
    assert main(["demo", "--contacts", "300", "--seed", "7"]) == 0
    assert "300 contacts" in capsys.readouterr().out
    rows = database.db.execute_sql(
        "SELECT first_name, last_name, company, email, phone, category_id, referred_by_id"
        " FROM contact ORDER BY id"
    ).fetchall()
    assert len(rows) == 300
    assert {r[5] for r in rows} == {1, 2, 3, 4, 5}
    assert any(r[6] for r in rows)
    assert any(not r[0] and not r[1] and r[2] for r in rows)  # company-only contacts
    assert any(ord(ch) > 0x2E80 for r in rows for ch in r[0] + r[1])  # CJK
    assert any("\u0590" <= ch <= "\u06ff" for r in rows for ch in r[0] + r[1])  # RTL
    # Search works over the demo data straight away (the index was filled too).
    assert contact_ids(ContactQuery(search=rows[0][3][:5]))
    database.close_database()
    other = data_dir.parent / "other"
    assert main(["--data-dir", str(other), "demo", "--contacts", "300", "--seed", "7"]) == 0
    again = database.db.execute_sql(
        "SELECT first_name, last_name, company, email, phone, category_id, referred_by_id"
        " FROM contact ORDER BY id"
    ).fetchall()
    assert again == rows


def test_demo_refuses_a_database_with_contacts_unless_forced(data_dir, capsys):
    assert main(["demo", "--contacts", "5"]) == 0
    capsys.readouterr()
    assert main(["demo", "--contacts", "5"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--force" in err
    assert database.db.execute_sql("SELECT count(*) FROM contact").fetchone()[0] == 5
    assert main(["demo", "--contacts", "5", "--force"]) == 0
    assert database.db.execute_sql("SELECT count(*) FROM contact").fetchone()[0] == 10


def _cli(*args, env_dir):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FOLLOWUP_DATA_DIR": str(env_dir)}
    return subprocess.run(
        [sys.executable, "-m", "followup_desktop", *args],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip


def test_not_a_database_is_one_line_and_untouched(tmp_path):
    d = tmp_path / "d"
    d.mkdir()
    (d / database.DB_FILENAME).write_bytes(b"hello, not sqlite\n")
    result = _cli("demo", "--contacts", "3", env_dir=d)
    assert result.returncode != 0
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "not a SQLite file" in result.stderr
    assert (d / database.DB_FILENAME).read_bytes() == b"hello, not sqlite\n"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_unwritable_data_dir_is_one_line(tmp_path):
    d = tmp_path / "ro"
    d.mkdir(mode=0o500)
    result = _cli("demo", "--contacts", "3", env_dir=d)
    assert result.returncode != 0 and "cannot be written" in result.stderr


def test_data_dir_that_is_a_file_is_one_line(tmp_path):
    f = tmp_path / "file"
    f.write_text("x")
    result = _cli("--data-dir", str(f / "sub"), "demo", "--contacts", "3", env_dir=tmp_path)
    assert result.returncode != 0
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_locked_database_is_one_line_and_nothing_is_lost(tmp_path):
    d = tmp_path / "d"
    database.open_database(d / database.DB_FILENAME)
    database.close_database()
    holder = sqlite3.connect(d / database.DB_FILENAME)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = _cli("demo", "--contacts", "3", env_dir=d)
    finally:
        holder.rollback()
        holder.close()
    assert result.returncode != 0
    assert "locked" in result.stderr and "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1
