"""Start-up loads what the first screen needs and no more (issue 18: start-up speed).

Each library or module named here costs milliseconds at every start; they are loaded
by the first action that needs them instead. The start is the real one (``main`` with
``--screenshot``: the window is built, painted and saved) in a fresh interpreter.
"""

from __future__ import annotations

import json
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
    "followup_desktop.store.cards",  # a follow-up's card: read when an action runs
    "followup_desktop.domain.labels",  # holiday cards' label sheets
    # The personal rules and store: the agenda counts its key dates without them
    # (domain.key_date_window, store.key_date_count); the Key dates section loads them.
    "followup_desktop.domain.personal",
    "followup_desktop.store.personal",
    # The settings table holds plain defaults: the calendar's and catch-up's rules load
    # with the calendar and the Catch up dialog.
    "followup_desktop.domain.calendar_grid",
    "followup_desktop.domain.catchup",
    "html",  # with its entity table; kit.rich escapes without it
    "calendar",  # with locale: domain.dates counts a month's days itself
    # Phone numbers: the agenda's first paint shows them as stored and loads the library
    # on the next turn to show them formatted (~20 ms with the home country's plan and
    # the first page's numbers).
    "phonenumbers",
    # Line icons are drawn by Qt's SVG icon engine from tinted copies in the cache
    # folder; the Python engine (QtSvg's renderer, a painter per pixmap) is the fallback.
    "PySide6.QtSvg",
    # An empty book's ways to begin: built when the book is empty (a first start).
    "followup_desktop.ui.agenda.welcome",
    # The ELF reader checks an X11 or Wayland plugin's libraries; this start is offscreen,
    # as on Windows and macOS nothing is checked.
    "followup_desktop.elf",
    # Worker threads' tasks: the daily backup (on the event loop's first turn) loads them.
    "followup_desktop.ui.kit.background",
)
# Qt classes whose Python types (and every enum of theirs) PySide builds on first import:
# the message box, the URLs and the desktop services of the follow-up actions.
QT_CLASSES_NOT_AT_START_UP = (
    ("PySide6.QtWidgets", "QMessageBox"),
    ("PySide6.QtCore", "QUrl"),
    ("PySide6.QtGui", "QDesktopServices"),
    ("PySide6.QtGui", "QPainter"),
    # Qt's own translations: an English start loads none.
    ("PySide6.QtCore", "QTranslator"),
    ("PySide6.QtCore", "QLibraryInfo"),
    # Background tasks' threads: the first task (the daily backup, after the first paint).
    ("PySide6.QtCore", "QThread"),
    # Icons from files are made by QIcon() and addFile: QIcon(path) and QIcon(icon) make
    # PySide build QIconEngine to choose among the constructors.
    ("PySide6.QtGui", "QIconEngine"),
    # The icon cache folder is found in plain Python (followup_desktop.cache_folder).
    ("PySide6.QtCore", "QStandardPaths"),
)
# The dataclasses a start may make: none (~0.4 ms each: dataclasses compiles six methods
# from source; and without one a start does not load the dataclasses module, ~10 M
# instructions with the working week's class). Read-only rows and specs are NamedTuples
# (~0.07 ms): the agenda's and the sidebar's rows, the sidebar's filter, the action specs,
# the date styles and quick picks, the losing-touch rows, the table columns' specs, the
# working week; the settings table is a plain class.
DATACLASSES_AT_START_UP: set[str] = set()
# Modules whose regular expressions are compiled when first used, not on import.
NO_PATTERNS_AT_START_UP = (
    "followup_desktop.domain.personal",
    "followup_desktop.domain.text",  # the search fold's vowel pairs
)

# Run in the child before main: which of our modules compile a pattern.
_WATCH_PATTERNS = """
import re, sys
compiled_by = set()
_compile = re._compile
def _watch(*args, **kwargs):
    caller = sys._getframe(1)
    while caller and caller.f_globals.get("__name__") in ("re", __name__):
        caller = caller.f_back
    compiled_by.add(caller.f_globals.get("__name__") if caller else None)
    return _compile(*args, **kwargs)
re._compile = _watch
# ... and which dataclasses are made, and which without a docstring: dataclasses then
# writes one from the class's signature (inspect.signature), about half of its cost.
import dataclasses
made, undocumented = [], []
_process_class = dataclasses._process_class
def _watch_dataclass(cls, *args, **kwargs):
    made.append(f"{cls.__module__}.{cls.__qualname__}")
    if not cls.__dict__.get("__doc__"):
        undocumented.append(made[-1])
    return _process_class(cls, *args, **kwargs)
dataclasses._process_class = _watch_dataclass
# ... and which modules were loaded when PySide6 came (its import hook reads the source of
# every module imported after it).
before_qt = set()
class _SpyQt:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6.QtCore" and not before_qt:
            before_qt.update(sys.modules)
sys.meta_path.insert(0, _SpyQt())
def _plain_after_qt():
    found = []
    for name, module in list(sys.modules.items()):
        path = getattr(module, "__file__", None)
        if name.startswith("followup_desktop") and name not in before_qt and path:
            with open(path, encoding="utf-8") as fh:
                if "PySide6" not in fh.read():
                    found.append(name)
    return sorted(found)
"""


@pytest.fixture(scope="module")
def first_start(tmp_path_factory):
    """A real start on a small demo book: what it loaded, built and compiled."""
    tmp_path = tmp_path_factory.mktemp("start")
    data = tmp_path / "data"
    shot = tmp_path / "first.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    demo = [sys.executable, "-m", "followup_desktop", "--data-dir", str(data), "demo"]
    subprocess.run([*demo, "--contacts", "60"], env=env, check=True, capture_output=True)
    code = (
        _WATCH_PATTERNS + "import gc, json\n"
        "from followup_desktop.app import main\n"
        f"argv = ['--lang', 'en', '--data-dir', {str(data)!r}, '--screenshot', {str(shot)!r}]\n"
        "status = main(argv)\n"
        "print(json.dumps({'status': status,\n"
        f"  'loaded': [m for m in {NOT_AT_START_UP!r} if m in sys.modules],\n"
        f"  'qt_classes': [c for m, c in {QT_CLASSES_NOT_AT_START_UP!r}\n"
        "                 if c in vars(sys.modules[m])],\n"
        f"  'patterns': [m for m in {NO_PATTERNS_AT_START_UP!r} if m in compiled_by],\n"
        "  'undocumented': [c for c in undocumented if c.startswith('followup_desktop.')],\n"
        "  'dataclasses': [c for c in made if c.startswith('followup_desktop.')],\n"
        "  'plain_after_qt': _plain_after_qt(),\n"
        "  'gc': [gc.isenabled(), gc.get_freeze_count()]}))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert shot.stat().st_size > 0  # the first screen was shown and saved
    result = json.loads(out.stdout.splitlines()[-1])
    assert result["status"] == 0
    return result


def test_the_first_screen_loads_no_more_than_it_needs(first_start):
    assert first_start["loaded"] == []


def test_the_first_screen_builds_no_qt_class_it_does_not_use(first_start):
    assert first_start["qt_classes"] == []


def test_the_first_screen_compiles_no_pattern_it_does_not_use(first_start):
    assert first_start["patterns"] == []


# What --screenshot itself imports to check and write its file (a user's start does not).
SCREENSHOT_ONLY = {
    "followup_desktop.atomic_file",
    "followup_desktop.exchange",
    "followup_desktop.exchange.errors",
    "followup_desktop.exchange.output",
}


def test_plain_python_modules_load_before_pyside(first_start):
    # PySide6's __feature__ hook reads the source of every module imported after it
    # (~50-75 us each); app._preload_before_qt imports the first screen's first.
    late = set(first_start["plain_after_qt"]) - SCREENSHOT_ONLY
    assert late == set(), f"import these in app._preload_before_qt: {sorted(late)}"


def test_the_first_screen_makes_no_dataclass_beyond_its_own(first_start):
    assert set(first_start["dataclasses"]) <= DATACLASSES_AT_START_UP


def test_the_dataclasses_of_the_first_screen_have_docstrings(first_start):
    # Each one made without a docstring costs ~0.3 ms more at every start.
    assert first_start["undocumented"] == []


def test_start_up_objects_are_kept_out_of_later_collections(first_start):
    # Once the first screen is up the collector is back on, and what start-up made is
    # frozen: no full collection during the day (nor the one at exit) walks it again.
    enabled, frozen = first_start["gc"]
    assert enabled
    assert frozen > 10_000  # the modules, classes and widgets of the first screen
