"""atomic_file.replacing: the file is replaced whole or not at all, and no temp file
is ever left behind: what the exports, the PDFs and the backups rely on."""

from __future__ import annotations

import os

import pytest

from followup_desktop import atomic_file
from followup_desktop.atomic_file import NoTempFileError, replacing


def _leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_the_body_writes_a_path_that_becomes_the_target(tmp_path):
    target = tmp_path / "list.pdf"
    target.write_bytes(b"old")
    with replacing(target) as partial:
        assert partial.parent == tmp_path and partial != target
        assert partial.read_bytes() == b""  # fresh, empty
        partial.write_bytes(b"new")
        assert target.read_bytes() == b"old"  # nothing changes before the body ends
    assert target.read_bytes() == b"new"
    assert _leftovers(tmp_path) == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_private_makes_the_file_the_users_only_whatever_the_old_one_was(tmp_path):
    target = tmp_path / "book.csv"
    target.write_text("old")
    target.chmod(0o644)
    with replacing(target, private=True) as partial:
        partial.write_text("names and reasons")
    assert target.stat().st_mode & 0o777 == 0o600


def test_a_failing_body_leaves_the_old_file_and_no_temp_file(tmp_path):
    target = tmp_path / "backup.sqlite3"
    target.write_bytes(b"the good backup")
    with pytest.raises(ValueError, match="check failed"):
        with replacing(target) as partial:
            partial.write_bytes(b"half a copy")
            raise ValueError("check failed")
    assert target.read_bytes() == b"the good backup"
    assert _leftovers(tmp_path) == []


def test_a_full_disk_at_the_flush_leaves_the_old_file_and_no_temp_file(tmp_path, monkeypatch):
    def full(path):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic_file, "_flush_to_disk", full)
    target = tmp_path / "contacts.vcf"
    target.write_text("old")
    with pytest.raises(OSError, match="No space left"):
        with replacing(target) as partial:
            partial.write_text("new")
    assert target.read_text() == "old"
    assert _leftovers(tmp_path) == []


def test_a_named_partial_is_made_anew_and_cleared_on_failure(tmp_path):
    target = tmp_path / "daily.sqlite3"
    partial = tmp_path / f".daily.sqlite3.{os.getpid()}.partial"
    partial.write_bytes(b"a killed copy's leftovers")
    with pytest.raises(RuntimeError):
        with replacing(target, partial=partial) as tmp:
            assert tmp == partial and tmp.read_bytes() == b""
            raise RuntimeError
    assert not target.exists() and not partial.exists()


def test_a_folder_that_cannot_hold_a_temp_file_is_said_apart(tmp_path):
    missing = tmp_path / "no-such-folder" / "week.pdf"
    with pytest.raises(NoTempFileError) as caught:
        with replacing(missing):
            pytest.fail("the body must not run")
    assert caught.value.filename == str(missing.parent)
