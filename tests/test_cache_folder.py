"""The app's cache folder, found without Qt: the catalogues and the tinted icons share it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from followup_desktop.cache_folder import app_cache_dir
from followup_desktop.i18n import catalogue


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the XDG rule")
def test_the_cache_folder_follows_xdg_cache_home_else_the_home_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert app_cache_dir() == tmp_path / "cache" / "followup-desktop"
    assert catalogue.cache_dir() == tmp_path / "cache" / "followup-desktop" / "i18n"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert app_cache_dir() == tmp_path / "home" / ".cache" / "followup-desktop"


def test_without_a_home_folder_there_is_no_cache_folder(monkeypatch):
    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.delenv("LOCALAPPDATA", raising=False)
    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    assert app_cache_dir() is None
    assert catalogue.cache_dir() is None
