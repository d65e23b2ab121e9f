"""Issue 17, items 5-7 at the store: what open_database refuses before it writes anything."""

from __future__ import annotations

import pytest

from followup_desktop.paths import database_path
from followup_desktop.store import database
from followup_desktop.store.errors import NotADatabaseError
from tests.cli.test_one_line_errors import _foreign_wal
from tests.store.damage import damage
from tests.store.safety_data import fill


def test_a_foreign_wal_is_refused_even_when_the_window_skips_the_page_check(
    store, data_dir, tmp_path, monkeypatch
):
    fill(3)
    path = database_path(data_dir)
    database.close_database()
    monkeypatch.setattr(database.health, "QUICK_CHECK_AT_OPEN_MAX_BYTES", 0)  # "a big file"
    _foreign_wal(data_dir, tmp_path)
    before = path.read_bytes()
    with pytest.raises(NotADatabaseError, match="another database"):
        database.open_database(path)
    assert path.read_bytes() == before


def test_check_all_finds_a_damaged_page_in_a_big_file_before_writing(store, data_dir, monkeypatch):
    fill(40, note="x" * 3000)
    path = database_path(data_dir)
    database.close_database()
    monkeypatch.setattr(database.health, "QUICK_CHECK_AT_OPEN_MAX_BYTES", 0)
    damage(path, "garbage-in-pages")
    before = path.read_bytes()
    with pytest.raises(NotADatabaseError, match="damaged"):
        database.open_database(path, check_all=True)
    assert path.read_bytes() == before


def test_a_new_database_is_still_made_in_an_empty_folder(data_dir):
    database.open_database(database_path(data_dir), check_all=True)
    assert database_path(data_dir).stat().st_size > 0
