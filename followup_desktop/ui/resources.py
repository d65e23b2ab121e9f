"""Find bundled resources (SVG icons) in an installed package or a source checkout."""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    try:
        from importlib.resources import files

        path = Path(str(files("followup_desktop.resources")))
        if (path / "icons").is_dir():
            return path
    except (ModuleNotFoundError, TypeError):
        pass
    # A source checkout run without installing: the top-level resources/ folder.
    return Path(__file__).resolve().parents[2] / "resources"


def icon_path(name: str) -> Path:
    return resources_dir() / "icons" / f"{name}.svg"


def icon(name: str):
    from PySide6.QtGui import QIcon

    return QIcon(str(icon_path(name)))
