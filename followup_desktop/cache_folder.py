"""The app's folder in the platform's cache folder: read translation catalogues, tinted
icons. Plain Python (no Qt, nothing of the app's), so i18n can use it and a start does not
build QStandardPaths' Python type and enums to ask Qt (~2.4 M instructions)."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def app_cache_dir() -> Path | None:
    """``<cache>/followup-desktop``; None without a home folder."""
    try:
        if sys.platform == "win32":
            base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
            return base / "followup-desktop" / "cache"
        if sys.platform == "darwin":
            return Path.home() / "Library" / "Caches" / "followup-desktop"
        return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "followup-desktop"
    except RuntimeError:  # no home folder to be found
        return None
