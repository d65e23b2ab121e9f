"""Issue 17, items 8 and 13: what an export may replace, and who may read what it writes."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.test_one_line_errors import cli

WRITERS = {
    "csv": lambda out: ["export-contacts", "--out", str(out)],
    "vcf": lambda out: ["export-contacts", "--format", "vcf", "--out", str(out)],
    "ics": lambda out: ["export-ics", "--out", str(out)],
    "pdf": lambda out: ["jogger", "--week", "2026-W10", "--pdf", str(out)],
    "review.pdf": lambda out: ["review", "--week", "2026-W10", "--pdf", str(out)],
}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    data = tmp_path_factory.mktemp("out") / "data"
    assert cli(data, "demo", "--contacts", "30").returncode == 0
    return data


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _symlink(path: Path) -> None:
    real = path.with_name("real-file")
    real.write_text("the real file")
    path.symlink_to(real)


def _device(path: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("making a device node needs root")
    os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # like /dev/null


def _what(path: Path) -> tuple:
    info = os.lstat(path)
    target = os.readlink(path) if stat.S_ISLNK(info.st_mode) else None
    return stat.S_IFMT(info.st_mode), target


@pytest.mark.parametrize("kind", ["fifo", "symlink", "device"])
@pytest.mark.parametrize("fmt", list(WRITERS))
def test_a_non_regular_target_is_refused_and_left_as_it_was(demo, tmp_path, fmt, kind):
    out = tmp_path / f"target.{fmt}"
    {"fifo": _fifo, "symlink": _symlink, "device": _device}[kind](out)
    before = _what(out)
    proc = cli(demo, *WRITERS[fmt](out), timeout=60)
    assert proc.returncode != 0
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    assert ("symbolic link" if kind == "symlink" else "not a regular file") in proc.stderr
    assert _what(out) == before
    if kind == "symlink":
        assert (tmp_path / "real-file").read_text() == "the real file"


@pytest.mark.parametrize("fmt", list(WRITERS))
def test_a_read_only_target_needs_force(demo, tmp_path, fmt):
    out = tmp_path / f"kept.{fmt}"
    out.write_text("keep me")
    out.chmod(0o444)
    proc = cli(demo, *WRITERS[fmt](out))
    assert proc.returncode != 0 and proc.stderr.count("\n") == 1
    assert "read-only" in proc.stderr and "--force" in proc.stderr
    assert out.read_text() == "keep me"
    forced = cli(demo, *WRITERS[fmt](out), "--force")
    assert forced.returncode == 0, forced.stderr
    assert out.read_bytes() != b"keep me"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


@pytest.mark.parametrize("fmt", list(WRITERS))
def test_every_export_is_private(demo, tmp_path, fmt):
    out = tmp_path / f"new.{fmt}"
    assert cli(demo, *WRITERS[fmt](out)).returncode == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    # Replacing a file someone made readable by everyone makes it private too.
    out.chmod(0o644)
    assert cli(demo, *WRITERS[fmt](out)).returncode == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_the_data_folder_is_private(tmp_path):
    data = tmp_path / "fresh"
    assert cli(data, "demo", "--contacts", "1").returncode == 0
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    data.chmod(0o755)
    assert cli(data, "export-ics", "--out", str(tmp_path / "x.ics")).returncode == 0
    assert stat.S_IMODE(data.stat().st_mode) == 0o700


def test_stale_partial_files_go_at_the_next_backup(demo, tmp_path):
    import shutil

    data = tmp_path / "data"
    shutil.copytree(demo, data)
    dead = 2**22 + 12345  # above Linux's largest pid: no such process
    (data / "backups").mkdir(exist_ok=True)
    stale = [
        data / "backups" / f".followup-20260101-090000-daily.sqlite3.{dead}.partial",
        data / f".followup.sqlite3.{dead}.restoring",
    ]
    for path in stale:
        path.write_bytes(b"\0" * 4096)
    running = data / "backups" / f".other.sqlite3.{os.getpid()}.partial"  # a live process's
    running.write_bytes(b"x")
    assert cli(data, "backup").returncode == 0
    assert not any(p.exists() for p in stale)
    assert running.exists()


def test_a_screenshot_is_private_and_never_replaces_a_fifo(demo, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    shot = tmp_path / "shot.png"
    base = [sys.executable, "-m", "followup_desktop", "--data-dir", str(demo)]
    done = subprocess.run([*base, "--screenshot", str(shot)], env=env, timeout=120)
    assert done.returncode == 0 and shot.read_bytes()[:4] == b"\x89PNG"
    assert stat.S_IMODE(shot.stat().st_mode) == 0o600
    settings = tmp_path / "config" / "Follow-up Desktop" / "Follow-up Desktop.ini"
    assert stat.S_IMODE(settings.stat().st_mode) == 0o600
    fifo = tmp_path / "shot-fifo.png"
    os.mkfifo(fifo)
    refused = subprocess.run(
        [*base, "--screenshot", str(fifo)], env=env, capture_output=True, text=True, timeout=120
    )
    assert refused.returncode == 2 and "not a regular file" in refused.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
