"""packaging/linux/install.sh, run on a stand-in bundle: it installs the app for the user
with a working menu entry and icon, and --uninstall removes exactly that (never the data)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from followup_desktop import DESKTOP_ID

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("sh") is None,
    reason="install.sh is for Linux",
)


@pytest.fixture
def bundle(tmp_path) -> Path:
    """The layout the spec makes in dist/followup-desktop/, with tiny executables."""
    root = tmp_path / "unpacked" / "followup-desktop"
    (root / "_internal").mkdir(parents=True)
    for name in ("followup-desktop", "followup-desktop-cli"):
        exe = root / name
        exe.write_text(f'#!/bin/sh\necho {name} "$@"\n')
        exe.chmod(0o755)
    share = root / "share"
    (share / "applications").mkdir(parents=True)
    (share / "metainfo").mkdir()
    shutil.copy2(LINUX / f"{DESKTOP_ID}.desktop", share / "applications")
    shutil.copy2(LINUX / f"{DESKTOP_ID}.metainfo.xml", share / "metainfo")
    for size in ("16x16", "256x256"):
        icon = share / "icons" / "hicolor" / size / "apps" / f"{DESKTOP_ID}.png"
        icon.parent.mkdir(parents=True)
        icon.write_bytes(b"\x89PNG\r\n\x1a\n")
    shutil.copy2(LINUX / "install.sh", root / "install.sh")
    return root


def _sh(bundle: Path, home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "PREFIX"}
    env["HOME"] = str(home)
    return subprocess.run(
        ["sh", str(bundle / "install.sh"), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=home,
        timeout=60,
    )


def test_install_then_uninstall_for_the_user(bundle, tmp_path):
    home = tmp_path / "home"
    data = home / ".local" / "share" / "followup-desktop" / "followup.sqlite3"
    data.parent.mkdir(parents=True)
    data.write_bytes(b"my contacts")

    result = _sh(bundle, home)
    assert result.returncode == 0, result.stderr
    local = home / ".local"
    app = local / "opt" / "followup-desktop"
    assert (app / "followup-desktop").is_file()
    assert (app / "_internal").is_dir()
    launcher = local / "bin" / "followup-desktop"
    assert launcher.resolve() == (app / "followup-desktop").resolve()
    ran = subprocess.run([str(launcher), "--version"], capture_output=True, text=True)
    assert ran.stdout.strip() == "followup-desktop --version"

    desktop = local / "share" / "applications" / f"{DESKTOP_ID}.desktop"
    exec_line = next(ln for ln in desktop.read_text().splitlines() if ln.startswith("Exec="))
    assert exec_line == f'Exec="{app}/followup-desktop"'
    assert (local / "share" / "metainfo" / f"{DESKTOP_ID}.metainfo.xml").is_file()
    assert (local / "share/icons/hicolor/256x256/apps" / f"{DESKTOP_ID}.png").is_file()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True)
        assert check.returncode == 0, check.stdout

    result = _sh(bundle, home, "--uninstall")
    assert result.returncode == 0, result.stderr
    assert not app.exists()
    assert not launcher.exists() and not launcher.is_symlink()
    assert not desktop.exists()
    assert not list((local / "share" / "icons").rglob(f"{DESKTOP_ID}.*"))
    assert data.read_bytes() == b"my contacts", "uninstall must never touch the data"
    assert "data folder" in result.stdout


def test_install_outside_a_bundle_explains(tmp_path):
    lonely = tmp_path / "lonely"
    lonely.mkdir()
    shutil.copy2(LINUX / "install.sh", lonely / "install.sh")
    result = _sh(lonely, tmp_path)
    assert result.returncode == 1
    assert "unpacked followup-desktop folder" in result.stderr
