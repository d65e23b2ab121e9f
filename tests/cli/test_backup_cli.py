import subprocess
import sys

from followup_desktop.app import main
from followup_desktop.paths import database_path
from followup_desktop.store import database
from followup_desktop.store.models import Contact
from tests.store.safety_data import counts, fill


def test_backup_to_a_file_then_restore_it(store, data_dir, tmp_path, capsys):
    fill(2)
    out = tmp_path / "mine.sqlite3"
    assert main(["--data-dir", str(data_dir), "backup", "--out", str(out)]) == 0
    assert "2 contacts, 2 interactions, 2 follow-ups" in capsys.readouterr().out
    assert counts(out) == (2, 2, 2)
    assert out.stat().st_mode & 0o777 == 0o600
    fill(3)
    database.close_database()
    assert main(["--data-dir", str(data_dir), "restore", str(out)]) == 0
    said = capsys.readouterr().out
    assert "Restored" in said and "backed up to" in said
    assert Contact.select().count() == 2
    assert counts(database_path(data_dir)) == (2, 2, 2)


def test_backup_without_out_goes_to_the_backups_folder(store, data_dir, capsys):
    fill(1)
    assert main(["--data-dir", str(data_dir), "backup"]) == 0
    [made] = (data_dir / "backups").iterdir()
    assert made.name.endswith("-manual.sqlite3")


def test_backup_refuses_to_overwrite(store, data_dir, tmp_path, capsys):
    out = tmp_path / "exists.sqlite3"
    out.write_text("keep me")
    assert main(["--data-dir", str(data_dir), "backup", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "already exists" in err
    assert out.read_text() == "keep me"


def test_restore_of_a_bad_file_is_one_line_without_traceback(data_dir, tmp_path):
    fill_dir = data_dir
    fill_dir.mkdir()
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("hello")
    proc = subprocess.run(
        [sys.executable, "-m", "followup_desktop", "--data-dir", str(data_dir)]
        + ["restore", str(bad)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode != 0
    assert proc.stderr.count("\n") == 1 and "not a Follow-up Desktop database" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert bad.read_text() == "hello"


def test_restore_refuses_while_the_window_is_open(store, data_dir, tmp_path, capsys):
    import os
    import socket

    (data_dir / "followup-desktop.lock").write_text(
        f"{os.getpid()}\nfollowup-desktop\n{socket.gethostname()}\n"
    )
    assert main(["--data-dir", str(data_dir), "restore", str(tmp_path / "x")]) == 1
    assert "close it first" in capsys.readouterr().err
