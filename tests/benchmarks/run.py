"""``make bench``: speed and memory figures, each against a baseline measured in the same run.

Every module ``tests/benchmarks/bench_*.py`` exposes ``run(ctx) -> None`` and reports
figures with ``ctx.figure(...)``. One line per figure:

    <figure>: <value> (target <target>) ok|MISS

The run always exits 0: the figures are for reading, not for gating.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import subprocess
import sys
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / "bench-data"


class Context:
    def __init__(self, contacts: int, seed: int) -> None:
        self.contacts = contacts
        self.seed = seed
        self.lines: list[str] = []

    def figure(self, name: str, value: str, target: str, ok: bool) -> None:
        line = f"{name}: {value} (target {target}) {'ok' if ok else 'MISS'}"
        self.lines.append(line)
        print(line, flush=True)

    def cli(self, *args: str, data_dir: Path, check: bool = True) -> subprocess.CompletedProcess:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        return subprocess.run(
            [sys.executable, "-m", "followup_desktop", "--data-dir", str(data_dir), *args],
            env=env,
            check=check,
            capture_output=True,
            text=True,
        )

    def demo_dir(self) -> Path:
        """The data dir of the demo database (built once, reused by every benchmark)."""
        data_dir = CACHE / f"demo-{self.contacts}-{self.seed}"
        marker = data_dir / ".complete"
        # Rebuilt whenever the generator or the schema changed (a stale cache would
        # measure data the app no longer makes, e.g. contacts without any history).
        stamp = _demo_stamp()
        if not marker.exists() or marker.read_text() != stamp:
            import shutil

            shutil.rmtree(data_dir, ignore_errors=True)
            data_dir.mkdir(parents=True)
            self.cli(
                "demo",
                "--contacts",
                str(self.contacts),
                "--seed",
                str(self.seed),
                data_dir=data_dir,
            )
            marker.write_text(stamp)
        return data_dir


def _demo_stamp() -> str:
    import hashlib

    from followup_desktop.store.migrations import SCHEMA_VERSION

    store = ROOT / "followup_desktop" / "store"
    digest = hashlib.sha256(str(SCHEMA_VERSION).encode())
    for path in sorted(store.glob("demo*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make bench")
    parser.add_argument("--contacts", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--only", help="run only benchmark modules whose name contains this")
    args = parser.parse_args(argv)
    ctx = Context(args.contacts, args.seed)
    here = Path(__file__).parent
    for info in sorted(pkgutil.iter_modules([str(here)]), key=lambda m: m.name):
        if not info.name.startswith("bench_") or (args.only and args.only not in info.name):
            continue
        module = importlib.import_module(f"tests.benchmarks.{info.name}")
        try:
            module.run(ctx)
        except Exception:  # a broken benchmark reports itself and the others still run
            print(f"{info.name}: failed", file=sys.stderr)
            traceback.print_exc()
    return 0


if __name__ == "__main__":
    sys.exit(main())
