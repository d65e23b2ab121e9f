"""The issue's own start, for real: Qt's xcb plugin with libxcb-cursor, -icccm and
-keysyms missing from the system (hidden in a private mount namespace by
packaging/without_libs.sh). The app says what to install and exits 2; before the
preflight, Qt aborted (exit status 134)."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from followup_desktop import preflight

ROOT = Path(__file__).resolve().parent.parent
HIDE = "libxcb-cursor.so* libxcb-icccm.so* libxcb-keysyms.so*"


def _libdir():
    for folder in preflight.system_library_dirs():
        if (Path(folder) / "libxcb-cursor.so.0").exists():
            return str(Path(folder, "libxcb-cursor.so.0").resolve().parent)
    return None


def _can_unshare():
    if not sys.platform.startswith("linux") or shutil.which("unshare") is None:
        return False
    done = subprocess.run(["unshare", "-m", "true"], capture_output=True)
    return done.returncode == 0


@pytest.mark.skipif(not _can_unshare(), reason="needs Linux and root for unshare -m")
def test_a_desktop_without_the_xcb_helpers_gets_the_message_not_an_abort(tmp_path):
    libdir = _libdir()
    if libdir is None:
        pytest.skip("libxcb-cursor is not installed here, so there is nothing to hide")
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "DISPLAY": ":1",  # never reached: the preflight stops before Qt loads
        "QT_QPA_PLATFORM": "",
        "TMPDIR": str(tmp_path),  # the script's folder of links goes here
    }
    env.pop("LD_LIBRARY_PATH", None)
    done = subprocess.run(
        ["sh", str(ROOT / "packaging" / "without_libs.sh"), libdir, HIDE, "--",
         sys.executable, "-m", "followup_desktop", "--data-dir", str(tmp_path / "data")],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert "libxcb-cursor.so.0, libxcb-icccm.so.4, libxcb-keysyms.so.1" in done.stderr
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" in done.stderr
    assert "Aborted" not in done.stderr and "qt.qpa.plugin" not in done.stderr
