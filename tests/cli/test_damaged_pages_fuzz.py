"""Issue 17: random pages of a ~5 MB database corrupted; every read command stays calm.

A fixed-seed loop (the same pages every run, so a failure can be replayed): each
round damages a few random pages of a fresh copy and runs every command that only
reads the database. None may print a traceback, and none may change the file.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from tests.cli.test_one_line_errors import DB, cli

ROUNDS = 10
PAGE = 4096


@pytest.fixture(scope="module")
def five_mb(tmp_path_factory):
    data = tmp_path_factory.mktemp("five") / "data"
    assert cli(data, "demo", "--contacts", "1000").returncode == 0
    size = (data / DB).stat().st_size
    assert 4_500_000 < size < 7_000_000, size
    return data


def _corrupt(path: Path, rng: random.Random) -> list[int]:
    pages = path.stat().st_size // PAGE
    chosen = sorted(rng.sample(range(pages), rng.randint(1, 4)))
    with open(path, "r+b") as fh:
        for page in chosen:
            start = rng.randrange(0 if page else 100, PAGE - 64)  # keep the 100-byte header
            length = rng.randint(16, PAGE - start)
            fh.seek(page * PAGE + start)
            fh.write(bytes(rng.getrandbits(8) for _ in range(length)))
    return chosen


def _read_commands(out: Path) -> list[list[str]]:
    return [
        ["export-contacts", "--out", str(out / "c.csv")],
        ["export-contacts", "--format", "vcf", "--out", str(out / "c.vcf")],
        ["export-ics", "--out", str(out / "f.ics")],
        ["jogger", "--week", "2026-W10", "--pdf", str(out / "list.pdf")],
        ["backup", "--out", str(out / "copy.sqlite3")],
    ]


@pytest.mark.parametrize("round_", range(ROUNDS))
def test_read_commands_on_corrupted_pages(five_mb, tmp_path, round_):
    rng = random.Random(1700 + round_)
    data = tmp_path / "data"
    shutil.copytree(five_mb, data)
    pages = _corrupt(data / DB, rng)
    damaged = (data / DB).read_bytes()
    out = tmp_path / "out"
    out.mkdir()
    for args in _read_commands(out):
        proc = cli(data, *args)
        said = f"pages {pages}, {args[0]}: {proc.stderr}"
        assert "Traceback" not in proc.stderr, said
        if proc.returncode != 0:
            assert proc.stderr.count("\n") == 1, said
            assert proc.stderr.startswith("followup-desktop: "), said
        assert (data / DB).read_bytes() == damaged, said
        assert not (data / f"{DB}-wal").exists() or (data / f"{DB}-wal").stat().st_size == 0
