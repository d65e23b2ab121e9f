"""Start-up over the 50,000-contact demo database vs a bare PySide6 window.

Both runs show a window offscreen and save it as PNG; each is started several times,
alternately, and the medians are compared. Peak memory is each child's own maximum
resident set size, compared the same way.

A third program, the *floor*, is timed in the same rounds: the first screen's widgets
(menu bar, a dock with a category tree, three tabs, a section list, buttons and a
7-column table on a Python item model) with 25 rows of made-up text, and no app code
at all: no database, no store, no settings. Its ratio is what PySide6 itself charges
for such a window (the Qt namespace's enums, the widget classes, fonts, painting a
full window and encoding it), so the app's ratio can be read against it.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .screen import offscreen_laptop

RUNS = 11  # this machine (and a laptop on battery) is noisy; medians of 11 settle

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow()
w.resize(1200, 760)
w.show()
app.processEvents()
sys.exit(0 if w.grab().save(sys.argv[1], "PNG") else 1)
"""

FLOOR = """
import sys
from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtWidgets import (QApplication, QDockWidget, QHBoxLayout, QLabel, QListWidget,
    QMainWindow, QPushButton, QSplitter, QTableView, QTabWidget, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

COLUMNS = ("Contact", "Company", "Reason", "Channel", "Due", "Last interaction", "Phone")
ROW = ("Siobh\u00e1n Wi\u015bniewska", "Keystone Legal Group", "confirm the meeting agenda",
       "email", "40 days overdue \u00b7 Sat 17 Oct", "called, left a message", "+44 20 7946 0000")

class Model(QAbstractTableModel):
    def rowCount(self, parent=None):
        return 0 if parent is not None and parent.isValid() else 25
    def columnCount(self, parent=None):
        return len(COLUMNS)
    def data(self, index, role=0):
        return ROW[index.column()] if role == 0 else None
    def headerData(self, section, orientation, role=0):
        if orientation == Qt.Orientation.Horizontal and role == 0:
            return COLUMNS[section]
        return None

app = QApplication(sys.argv)
w = QMainWindow()
w.resize(1200, 760)
for title in ("&File", "&Edit", "&View", "&Help"):
    w.menuBar().addMenu(title)
tree = QTreeWidget()
tree.setHeaderHidden(True)
tree.setColumnCount(2)
for i in range(8):
    QTreeWidgetItem(tree, [f"Category {i}", f"{i * 1234:,}"])
dock = QDockWidget("Categories")
dock.setWidget(tree)
w.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
tabs = QTabWidget()
w.setCentralWidget(tabs)
sections = QListWidget()
sections.addItems([f"Section {i}  ({i * 321:,})" for i in range(6)])
right = QWidget()
column = QVBoxLayout(right)
bar = QHBoxLayout()
bar.addWidget(QLabel("<b>Overdue \u2014 1,440</b>"))
for text in ("Done\u2026", "+1 day", "Cancel\u2026", "Catch up\u2026", "Work the list\u2026"):
    bar.addWidget(QPushButton(text))
column.addLayout(bar)
table = QTableView()
model = Model()
table.setModel(model)
column.addWidget(table)
split = QSplitter()
split.addWidget(sections)
split.addWidget(right)
tabs.addTab(split, "&Agenda")
tabs.addTab(QWidget(), "C&ontacts")
tabs.addTab(QWidget(), "Ca&lendar")
w.show()
app.processEvents()
sys.exit(0 if w.grab().save(sys.argv[1], "PNG", 80) else 1)
"""


# A small launcher reports the peak RSS of the program it runs: measuring the child of
# this (large, Qt-loaded) benchmark process directly would count the memory a forked
# child shares with its parent before exec.
LAUNCHER = (
    "import resource, subprocess, sys\n"
    "code = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL)\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    "sys.exit(code)\n"
)


def _run(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one run of ``argv``."""
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", LAUNCHER, *argv], env=env, capture_output=True, text=True
    )
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{argv[:3]} failed ({proc.returncode}): {proc.stderr.strip()[-300:]}")
    return wall, int(proc.stdout.strip().splitlines()[-1]) / 1024  # Linux reports KiB


def run(ctx) -> None:
    data_dir = ctx.demo_dir()
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        bare = tmp_path / "bare.py"
        bare.write_text(BARE)
        floor = tmp_path / "floor.py"
        floor.write_text(FLOOR)
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": offscreen_laptop(tmp_path),  # every window 1200×760
            # Fresh settings: the window opens as a new user's would.
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
        }
        app_argv = [sys.executable, "-m", "followup_desktop", "--data-dir", str(data_dir)]
        app_argv += ["--screenshot", str(tmp_path / "app.png")]
        bare_argv = [sys.executable, str(bare), str(tmp_path / "bare.png")]
        floor_argv = [sys.executable, str(floor), str(tmp_path / "floor.png")]
        # An installed app has its bytecode compiled at install time; a checkout run with
        # PYTHONDONTWRITEBYTECODE (as on this machine) would otherwise recompile every
        # module on every start and measure the compiler, not the app.
        import compileall

        import followup_desktop

        compileall.compile_dir(Path(followup_desktop.__file__).parent, quiet=1)
        _run(app_argv, env)  # warm the OS file cache for both before timing
        _run(bare_argv, env)
        _run(floor_argv, env)
        app_times, bare_times, floor_times, app_mem, bare_mem = [], [], [], [], []
        for _ in range(RUNS):
            wall, mem = _run(bare_argv, env)
            bare_times.append(wall)
            bare_mem.append(mem)
            wall, mem = _run(app_argv, env)
            app_times.append(wall)
            app_mem.append(mem)
            floor_times.append(_run(floor_argv, env)[0])
    app_t, bare_t = statistics.median(app_times), statistics.median(bare_times)
    floor_t = statistics.median(floor_times)
    ratio = app_t / bare_t
    ctx.figure(
        f"start-up ({ctx.contacts:,} contacts) vs bare PySide6 window",
        f"{ratio:.2f}x ({app_t * 1000:.0f} ms vs {bare_t * 1000:.0f} ms, median of {RUNS})",
        "<= 1.3x",
        ratio <= 1.3,
    )
    ctx.figure(
        "start-up floor (the first screen's widgets, no app code) vs bare PySide6 window",
        f"{floor_t / bare_t:.2f}x ({floor_t * 1000:.0f} ms vs {bare_t * 1000:.0f} ms, "
        f"median of {RUNS}; the app is {app_t / floor_t:.2f}x the floor)",
        "<= 1.3x",
        floor_t / bare_t <= 1.3,
    )
    # Issue 18's figure: what our own code adds to the first screen, measured against the
    # no-app-code floor in the same rounds.
    ctx.figure(
        "start-up vs the no-app-code floor (same rounds)",
        f"{app_t / floor_t:.2f}x ({app_t * 1000:.0f} ms vs {floor_t * 1000:.0f} ms)",
        "<= 1.15x",
        app_t / floor_t <= 1.15,
    )
    extra = statistics.median(app_mem) - statistics.median(bare_mem)
    ctx.figure(
        "start-up peak memory vs bare PySide6 window",
        f"+{extra:.0f} MB ({statistics.median(app_mem):.0f} MB vs "
        f"{statistics.median(bare_mem):.0f} MB)",
        "<= +80 MB",
        extra <= 80,
    )
