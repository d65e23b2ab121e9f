"""Start-up loads what the first screen needs and no more (issue 18: start-up speed).

Each library or module named here costs milliseconds at every start; they are loaded
by the first action that needs them instead. The start is the real one (``main`` with
``--screenshot``: the window is built, painted and saved) in a fresh interpreter.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]  # this checkout's package, not an installed one

NOT_AT_START_UP = (
    "peewee",  # the ORM: the first screen reads through plain SQL
    "followup_desktop.store.models",
    "xml.etree.ElementTree",  # translations are read only when the window is translated
    "followup_desktop.ui.shell.working_days",  # the dialog; start-up needs locale_week
)


@pytest.fixture(scope="module")
def first_start(tmp_path_factory):
    """A real start on a small demo book: main's status, then one word per check."""
    tmp_path = tmp_path_factory.mktemp("start")
    data = tmp_path / "data"
    shot = tmp_path / "first.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    demo = [sys.executable, "-m", "followup_desktop", "--data-dir", str(data), "demo"]
    subprocess.run([*demo, "--contacts", "60"], env=env, check=True, capture_output=True)
    code = (
        "import gc, sys\n"
        "from followup_desktop.app import main\n"
        f"argv = ['--lang', 'en', '--data-dir', {str(data)!r}, '--screenshot', {str(shot)!r}]\n"
        "status = main(argv)\n"
        f"print(status, *[name in sys.modules for name in {NOT_AT_START_UP!r}])\n"
        "print(gc.isenabled(), gc.get_freeze_count())\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert shot.stat().st_size > 0  # the first screen was shown and saved
    return out.stdout.splitlines()


def test_the_first_screen_loads_no_more_than_it_needs(first_start):
    status, *loaded = first_start[0].split()
    assert status == "0"
    assert dict(zip(NOT_AT_START_UP, loaded, strict=True)) == dict.fromkeys(
        NOT_AT_START_UP, "False"
    )


def test_start_up_objects_are_kept_out_of_later_collections(first_start):
    # Once the first screen is up the collector is back on, and what start-up made is
    # frozen: no full collection during the day (nor the one at exit) walks it again.
    enabled, frozen = first_start[1].split()
    assert enabled == "True"
    assert int(frozen) > 10_000  # the modules, classes and widgets of the first screen
