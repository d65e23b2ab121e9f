"""Start-up's work counted in instructions: the app against the no-app-code floor.

    python -m tests.benchmarks.startup_instructions [--data-dir DIR] [PATH ...]

``make bench`` times start-up by the wall clock, which a shared machine makes noisy:
two runs a minute apart differ by several percent, more than most single changes are
worth. Counted under valgrind (``cachegrind``, no cache simulation), the instructions a
start executes in user space vary by less than 0.01 % from run to run, so a change of
0.1 % shows. The count leaves out what the kernel does (page faults, reads) and how fast
the processor gets through the instructions, so it is a guide to compare two versions of
the code, not the issue's figure: the wall-clock ratio is usually a tenth higher.

Each PATH is a checkout (or an exported tree) of the app to count besides this one; the
database is the 50,000-contact demo ``make bench`` builds (run it once first). It takes
about 20 s per program. Needs ``valgrind`` (Debian: ``apt-get install valgrind``).
"""

from __future__ import annotations

import argparse
import compileall
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .bench_startup import FLOOR
from .run import CACHE, ROOT
from .screen import offscreen_laptop


def instructions(argv: list[str], env: dict[str, str], cwd: Path) -> int:
    """The instructions one run of ``argv`` executes in user space."""
    out = subprocess.run(
        ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null"]
        + argv,
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        check=True,
    )
    found = re.search(r"I\s+refs:\s+([\d,]+)", out.stderr)
    if found is None:
        raise RuntimeError(f"valgrind said no instruction count: {out.stderr[-300:]}")
    return int(found.group(1).replace(",", ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, help="other checkouts to count")
    parser.add_argument("--data-dir", type=Path, default=CACHE / "demo-50000-1")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (Debian: apt-get install valgrind)", file=sys.stderr)
        return 2
    if not (args.data_dir / "followup.sqlite3").exists():
        print(f"no demo database in {args.data_dir}: run make bench once", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        floor = folder / "floor.py"
        floor.write_text(FLOOR, encoding="utf-8")
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": offscreen_laptop(folder),
            "XDG_CONFIG_HOME": str(folder / "config"),  # a new user's settings
            "XDG_CACHE_HOME": str(folder / "cache"),  # the tinted icons, written once
        }
        # Run from the temporary folder: "python -m" puts the working folder first on
        # sys.path, which would import this checkout's package for every PATH.
        base = instructions([sys.executable, str(floor), str(folder / "floor.png")], env, folder)
        print(f"floor (the first screen's widgets, no app code): {base / 1e6:,.1f} M")
        for checkout in [ROOT, *args.paths]:
            package = checkout / "followup_desktop"
            compileall.compile_dir(package, quiet=1)  # as installed: bytecode compiled
            start = [sys.executable, "-m", "followup_desktop", "--data-dir", str(args.data_dir)]
            start += ["--screenshot", str(folder / "app.png")]
            app_env = {**env, "PYTHONPATH": str(checkout)}
            # Not a first start (that one writes the tinted icons to the cache folder).
            subprocess.run(start, env=app_env, cwd=folder, capture_output=True, check=True)
            count = instructions(start, app_env, folder)
            print(f"{checkout}: {count / 1e6:,.1f} M, {count / base:.3f}x the floor")
    return 0


if __name__ == "__main__":
    sys.exit(main())
