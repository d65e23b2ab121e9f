"""Find bundled resources (SVG icons) in an installed package, a PyInstaller bundle or a
source checkout.

Line icons are drawn with ``stroke="currentColor"``; ``icon(name)`` paints them in the
palette's text colour (and the disabled text colour for the disabled state), so they
read well in the light and the dark scheme alike. Multi-colour icons (the app icon)
are used as drawn.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

#: Sizes rendered for each icon (logical pixels; drawn at the screen's device ratio).
_SIZES = (16, 20, 24, 32, 48)


@cache
def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:  # packaging/followup-desktop.spec puts them here
        return Path(bundle) / "followup_desktop" / "resources"
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


@cache
def _svg_text(name: str) -> str:
    return icon_path(name).read_text(encoding="utf-8")


_icons: dict[tuple[str, str, str], object] = {}


def icon(name: str):
    """The named icon, tinted for the current palette (cached per palette colour)."""
    from PySide6.QtGui import QGuiApplication, QIcon, QPalette

    svg = _svg_text(name)
    if "currentColor" not in svg:
        return QIcon(str(icon_path(name)))
    palette = QGuiApplication.palette()
    normal = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText).name()
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()
    key = (name, normal, disabled)
    cached = _icons.get(key)
    if cached is None:
        cached = _tinted(svg, normal, disabled)
        _icons[key] = cached
    return QIcon(cached)


def _tinted(svg: str, normal: str, disabled: str):
    from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
    from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPixmap
    from PySide6.QtSvg import QSvgRenderer

    ratio = max(1.0, QGuiApplication.primaryScreen().devicePixelRatio())
    result = QIcon()
    for colour, mode in ((normal, QIcon.Mode.Normal), (disabled, QIcon.Mode.Disabled)):
        renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", colour).encode()))
        for size in _SIZES:
            pixmap = QPixmap(QSize(size, size) * ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            renderer.render(painter, QRectF(0, 0, pixmap.width(), pixmap.height()))
            painter.end()
            pixmap.setDevicePixelRatio(ratio)
            result.addPixmap(pixmap, mode)
    return result


_themed: dict[int, tuple[object, str]] = {}


def themed_icon(target, name: str) -> None:
    """Give an action/button the icon and re-tint it when the colour scheme changes."""
    import weakref

    target.setIcon(icon(name))
    _themed[id(target)] = (weakref.ref(target), name)


def retint_icons() -> None:
    """Called on a palette change (light <-> dark): repaint every themed icon."""
    from shiboken6 import isValid

    for key, (ref, name) in list(_themed.items()):
        target = ref()
        if target is not None and isValid(target):
            target.setIcon(icon(name))
        else:
            del _themed[key]
