"""Start-up in German vs start-up in English, over the same 50,000-contact demo database,
in the same rounds (issue 20: within 5%).

The same program is started alternately with ``--lang de`` and ``--lang en`` (shown
offscreen, saved as PNG, as ``bench_startup`` does); German pays for reading its
translation files, Qt's own German texts and the German locale. The medians of the
rounds are compared: the processor time each start used (user + system, what the start
itself costs: on a busy machine the wall clock also counts the other programs' turns)
against the target, the wall clock beside it.
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

RUNS = 15

# Runs the program and prints its processor seconds (user + system) as its parent sees them.
LAUNCHER = (
    "import resource, subprocess, sys\n"
    "code = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL)\n"
    "use = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "print(use.ru_utime + use.ru_stime)\n"
    "sys.exit(code)\n"
)


def _run(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and processor seconds of one start."""
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", LAUNCHER, *argv], env=env, capture_output=True, text=True
    )
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{argv[-4:]} failed ({proc.returncode}): {proc.stderr[-300:]}")
    return wall, float(proc.stdout.strip().splitlines()[-1])


def run(ctx) -> None:
    data_dir = ctx.demo_dir()
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": offscreen_laptop(tmp_path),  # every window 1200×760
            "XDG_CONFIG_HOME": str(tmp_path / "config"),  # a new user's window
        }
        import compileall

        import followup_desktop

        compileall.compile_dir(Path(followup_desktop.__file__).parent, quiet=1)

        def argv(code: str) -> list[str]:
            shot = str(tmp_path / f"{code}.png")
            return [sys.executable, "-m", "followup_desktop", "--data-dir", str(data_dir),
                    "--lang", code, "--screenshot", shot]  # fmt: skip

        _run(argv("de"), env)  # warm the OS file cache for both before timing
        _run(argv("en"), env)
        wall: dict[str, list[float]] = {"en": [], "de": []}
        cpu: dict[str, list[float]] = {"en": [], "de": []}
        for i in range(RUNS):
            order = ("en", "de") if i % 2 == 0 else ("de", "en")  # neither always goes first
            for code in order:
                seconds, used = _run(argv(code), env)
                wall[code].append(seconds)
                cpu[code].append(used)
    en, de = statistics.median(cpu["en"]), statistics.median(cpu["de"])
    en_wall, de_wall = statistics.median(wall["en"]), statistics.median(wall["de"])
    ratio = de / en
    ctx.figure(
        f"start-up in German vs in English ({ctx.contacts:,} contacts, same rounds)",
        f"{ratio:.3f}x processor time ({de * 1000:.0f} ms vs {en * 1000:.0f} ms, median of "
        f"{RUNS}; wall clock {de_wall / en_wall:.3f}x, {de_wall * 1000:.0f} ms vs "
        f"{en_wall * 1000:.0f} ms)",
        "<= 1.05x",
        ratio <= 1.05,
    )
