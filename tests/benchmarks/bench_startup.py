"""Start-up over the 50,000-contact demo database vs a bare PySide6 window.

Both runs show a window offscreen and save it as PNG; each is started several times,
alternately, and the medians are compared. Peak memory is each child's own maximum
resident set size (``os.wait4``), compared the same way.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5

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
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            # Fresh settings: the window opens as a new user's would.
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
        }
        app_argv = [sys.executable, "-m", "followup_desktop", "--data-dir", str(data_dir)]
        app_argv += ["--screenshot", str(tmp_path / "app.png")]
        bare_argv = [sys.executable, str(bare), str(tmp_path / "bare.png")]
        # An installed app has its bytecode compiled at install time; a checkout run with
        # PYTHONDONTWRITEBYTECODE (as on this machine) would otherwise recompile every
        # module on every start and measure the compiler, not the app.
        import compileall

        import followup_desktop

        compileall.compile_dir(Path(followup_desktop.__file__).parent, quiet=1)
        _run(app_argv, env)  # warm the OS file cache for both before timing
        _run(bare_argv, env)
        app_times, bare_times, app_mem, bare_mem = [], [], [], []
        for _ in range(RUNS):
            wall, mem = _run(bare_argv, env)
            bare_times.append(wall)
            bare_mem.append(mem)
            wall, mem = _run(app_argv, env)
            app_times.append(wall)
            app_mem.append(mem)
    app_t, bare_t = statistics.median(app_times), statistics.median(bare_times)
    ratio = app_t / bare_t
    ctx.figure(
        f"start-up ({ctx.contacts:,} contacts) vs bare PySide6 window",
        f"{ratio:.2f}x ({app_t * 1000:.0f} ms vs {bare_t * 1000:.0f} ms, median of {RUNS})",
        "<= 1.3x",
        ratio <= 1.3,
    )
    extra = statistics.median(app_mem) - statistics.median(bare_mem)
    ctx.figure(
        "start-up peak memory vs bare PySide6 window",
        f"+{extra:.0f} MB ({statistics.median(app_mem):.0f} MB vs "
        f"{statistics.median(bare_mem):.0f} MB)",
        "<= +80 MB",
        extra <= 80,
    )
