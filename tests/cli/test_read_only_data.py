"""Issue 17, items 10-11: a database or folder that cannot be written still reads, and says why."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from followup_desktop.paths import database_path
from followup_desktop.store import database
from tests.cli.test_one_line_errors import DB, cli
from tests.store.damage import make_read_only, undo_read_only
from tests.store.safety_data import fill


@pytest.fixture
def filled(store, data_dir):
    fill(3)
    database.close_database()
    return data_dir


def test_a_read_only_database_still_exports_but_refuses_to_write(filled, tmp_path):
    path = database_path(filled)
    if not make_read_only(path):
        pytest.skip("cannot make a file read-only here")
    try:
        before = path.read_bytes()
        done = cli(filled, "export-contacts", "--out", str(tmp_path / "c.csv"))
        assert done.returncode == 0, done.stderr
        assert "Exported 3 contacts" in done.stdout
        refused = cli(filled, "demo", "--contacts", "2", "--force")
        assert refused.returncode != 0 and refused.stderr.count("\n") == 1
        assert "read-only" in refused.stderr
        assert path.read_bytes() == before
    finally:
        undo_read_only(path)


def test_a_read_only_folder_still_exports(filled, tmp_path):
    if os.geteuid() != 0:
        pytest.skip("a read-only mount needs root")
    mnt = tmp_path / "ro"
    mnt.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "tmpfs", str(mnt)]).returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        data = mnt / "data"
        data.mkdir()
        (data / DB).write_bytes(database_path(filled).read_bytes())
        subprocess.run(["mount", "-o", "remount,ro", str(mnt)], check=True)
        done = cli(data, "export-contacts", "--out", str(tmp_path / "c.csv"))
        assert done.returncode == 0, done.stderr
        assert (tmp_path / "c.csv").read_text().count("Smith") == 3
        refused = cli(data, "import", str(tmp_path / "c.csv"))
        assert refused.returncode != 0 and refused.stderr.count("\n") == 1
        assert "cannot be written" in refused.stderr
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def test_a_shm_left_read_only_by_a_read_only_open_is_made_writable_again(filled):
    path = database_path(filled)
    shm = path.with_name(path.name + "-shm")
    shm.write_bytes(b"\0" * 32768)
    shm.chmod(0o400)
    database.open_database(path)
    assert shm.stat().st_mode & 0o777 == 0o600
    fill(1)  # and it saves


def test_screenshot_on_an_unusable_database_explains_and_exits(data_dir, tmp_path):
    data_dir.mkdir()
    (data_dir / DB).write_text("Meeting notes")
    proc = subprocess.run(
        [sys.executable, "-m", "followup_desktop", "--data-dir", str(data_dir)]
        + ["--screenshot", str(tmp_path / "shot.png")],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "not a Follow-up Desktop database" in proc.stderr
    assert not (tmp_path / "shot.png").exists()
    assert (data_dir / DB).read_text() == "Meeting notes"


def test_the_window_on_a_read_only_folder_says_so_instead_of_already_open(
    qapp, filled, tmp_path, monkeypatch
):
    if os.geteuid() != 0:
        pytest.skip("a read-only mount needs root")
    from followup_desktop.ui.shell import single_instance
    from followup_desktop.ui.shell.recovery_dialog import Recovery
    from followup_desktop.ui.shell.startup import open_store_or_explain

    mnt = tmp_path / "ro"
    mnt.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "tmpfs", str(mnt)]).returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        data = mnt / "data"
        data.mkdir()
        (data / DB).write_bytes(database_path(filled).read_bytes())
        subprocess.run(["mount", "-o", "remount,ro", str(mnt)], check=True)
        said = []
        monkeypatch.setattr(
            "PySide6.QtWidgets.QMessageBox.information", lambda *a: said.append(a[2])
        )
        assert single_instance.claim(data) is not None  # not "already open … does not answer"
        assert said == []
        shown = []
        assert not open_store_or_explain(
            data, data / DB, ask=lambda parent, problem: shown.append(problem) or Recovery.QUIT
        )
        assert "cannot be written" in str(shown[0].error)
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def test_a_full_disk_is_named_and_reading_still_works(filled, tmp_path):
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    mnt = tmp_path / "full"
    mnt.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mnt)]).returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        data = mnt / "data"
        data.mkdir()
        (data / DB).write_bytes(database_path(filled).read_bytes())
        fd = os.open(mnt / "filler", os.O_WRONLY | os.O_CREAT)
        try:  # every last byte of the disk
            while os.write(fd, b"\0" * 4096):
                pass
        except OSError:
            pass
        finally:
            os.close(fd)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
        env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
        window = subprocess.run(
            [sys.executable, "-m", "followup_desktop", "--data-dir", str(data)]
            + ["--screenshot", str(tmp_path / "shot.png")],
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
        )
        assert window.returncode == 2 and window.stderr.count("\n") == 1
        assert "disk is full" in window.stderr and "does not answer" not in window.stderr
        done = cli(data, "export-contacts", "--out", str(tmp_path / "c.csv"))
        assert done.returncode == 0, done.stderr
        assert "Exported 3 contacts" in done.stdout
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)
