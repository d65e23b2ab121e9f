"""Find bundled resources (SVG icons) in an installed package, a PyInstaller bundle or a
source checkout.

Line icons are drawn with ``stroke="currentColor"``; ``icon(name)`` paints them in the
palette's text colour (and the disabled text colour for the disabled state), so they
read well in the light and the dark scheme alike. Multi-colour icons (the app icon)
are used as drawn.

A tinted icon is a small SVG file in the user's cache folder (``icons/``, one per icon
and colour, written once), drawn by Qt's own SVG icon engine like the app icon: a Python
icon engine cost ~4 ms of every start (its class, the painter and SVG renderer types,
and a Python call for every size painted). Where the cache cannot be written, the
Python engine draws them as before.
"""

from __future__ import annotations

import os
import sys
import weakref
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Qt is imported late, where it is used (start-up time)
    from PySide6.QtGui import QAction, QIcon, QIconEngine
    from PySide6.QtWidgets import QAbstractButton


@cache
def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:  # packaging/followup-desktop.spec puts them here
        return Path(bundle) / "followup_desktop" / "resources"
    # Installed, they are the package followup_desktop.resources beside this module; in a
    # source checkout, the top-level resources/ folder. Both are looked for directly:
    # importing importlib.resources costs more at start-up than everything else here.
    here = Path(__file__).resolve()
    for candidate in (here.parents[2] / "resources", here.parents[3] / "resources"):
        if (candidate / "icons").is_dir():
            return candidate
    try:
        from importlib.resources import files

        path = Path(str(files("followup_desktop.resources")))
        if (path / "icons").is_dir():
            return path
    except (ModuleNotFoundError, TypeError):
        pass
    # A source checkout run without installing: the top-level resources/ folder.
    return Path(__file__).resolve().parents[3] / "resources"


def icon_path(name: str) -> Path:
    return resources_dir() / "icons" / f"{name}.svg"


@cache
def _svg_text(name: str) -> str:
    return icon_path(name).read_text(encoding="utf-8")


_icons: dict[tuple[str, str, str], QIcon] = {}


def file_icon(path: Path) -> QIcon:
    """The icon in an image file: ``QIcon()`` then ``addFile``, which is what
    ``QIcon(path)`` does in C++. From Python, choosing among QIcon's constructors
    builds QIconEngine's type and enums (~1 M instructions of every start) to rule out
    the one taking an engine."""
    from PySide6.QtGui import QIcon

    made = QIcon()
    made.addFile(str(path))
    return made


def icon(name: str) -> QIcon:
    """The named icon, tinted for the current palette (cached per palette colour)."""
    from PySide6.QtGui import QGuiApplication, QPalette

    svg = _svg_text(name)
    if "currentColor" not in svg:
        return file_icon(icon_path(name))
    palette = QGuiApplication.palette()
    normal = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText).name()
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()
    key = (name, normal, disabled)
    cached = _icons.get(key)
    if cached is None:
        cached = _tinted_from_files(name, svg, normal, disabled) or _tinted(svg, normal, disabled)
        _icons[key] = cached
    return cached.__copy__()  # QIcon(cached) would build QIconEngine's type to choose


def _tinted_from_files(name: str, svg: str, normal: str, disabled: str) -> QIcon | None:
    """The icon drawn by Qt's SVG icon engine from tinted copies in the cache folder
    (written the first time this icon is wanted in this colour); None if they cannot be
    written. Normal and selected use the text colour (without a file of its own, the
    selected icon would be blended with the highlight), disabled its own; active is
    normal's, as the style leaves it. Each file given is read and checked here."""
    from PySide6.QtGui import QIcon

    try:
        shown = _tinted_file(name, svg.replace("currentColor", normal))
        greyed = _tinted_file(name, svg.replace("currentColor", disabled))
    except OSError:
        return None
    tinted = QIcon()
    for mode, path in (
        (QIcon.Mode.Normal, shown),
        (QIcon.Mode.Selected, shown),
        (QIcon.Mode.Disabled, greyed),
    ):
        tinted.addFile(path, mode=mode)
    return tinted


def _tinted_file(name: str, text: str) -> str:
    """The path of a cached file holding ``text`` (named by its content, so a changed
    icon or colour is a new file and a file is never rewritten while in use)."""
    import zlib

    data = text.encode()
    folder = _icon_cache_dir()
    path = os.path.join(folder, f"{name}-{zlib.crc32(data):08x}-{len(data)}.svg")
    if not os.path.exists(path):
        os.makedirs(folder, exist_ok=True)
        partial = f"{path}.{os.getpid()}.part"
        with open(partial, "wb") as fh:
            fh.write(data)
        os.replace(partial, path)  # whole or absent, also for a second instance
    return path


def _icon_cache_dir() -> str:
    from ...cache_folder import app_cache_dir

    base = app_cache_dir()
    if base is None:
        raise OSError("no cache folder")
    return str(base / "icons")


def _tinted(svg: str, normal: str, disabled: str) -> QIcon:
    """A QIcon whose pixmaps are rendered from the tinted SVG only when first painted.

    Rendering every size up front cost ~5 ms an icon at start-up; most sizes are never
    shown. The engine (kept alive in ``_engines``) renders and caches on demand.
    """
    from PySide6.QtGui import QIcon

    engine = _tint_engine_class()(
        svg.replace("currentColor", normal).encode(),
        svg.replace("currentColor", disabled).encode(),
    )
    _engines.append(engine)
    return QIcon(engine)


_engines: list[QIconEngine] = []


@cache
def _tint_engine_class():
    from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
    from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPixmap
    from PySide6.QtSvg import QSvgRenderer

    class TintedSvgEngine(QIconEngine):
        def __init__(self, normal: bytes, disabled: bytes) -> None:
            super().__init__()
            self._svg = {False: normal, True: disabled}
            self._renderers: dict[bool, QSvgRenderer] = {}
            self._pixmaps: dict[tuple[int, int, bool], QPixmap] = {}

        def _renderer(self, disabled: bool) -> QSvgRenderer:
            renderer = self._renderers.get(disabled)
            if renderer is None:
                renderer = QSvgRenderer(QByteArray(self._svg[disabled]))
                self._renderers[disabled] = renderer
            return renderer

        def paint(self, painter, rect, mode, state) -> None:
            self._renderer(mode == QIcon.Mode.Disabled).render(painter, QRectF(rect))

        def pixmap(self, size, mode, state):
            disabled = mode == QIcon.Mode.Disabled
            key = (size.width(), size.height(), disabled)
            cached = self._pixmaps.get(key)
            if cached is None:
                cached = QPixmap(size)
                cached.fill(Qt.GlobalColor.transparent)
                painter = QPainter(cached)
                self._renderer(disabled).render(painter, QRectF(0, 0, size.width(), size.height()))
                painter.end()
                self._pixmaps[key] = cached
            return cached

        def actualSize(self, size, mode, state):
            return QSize(size)

        def clone(self):
            twin = TintedSvgEngine(self._svg[False], self._svg[True])
            _engines.append(twin)
            return twin

    return TintedSvgEngine


_themed: dict[int, tuple[weakref.ref[QAction | QAbstractButton], str]] = {}


def themed_icon(target: QAction | QAbstractButton, name: str) -> None:
    """Give an action/button the icon and re-tint it when the colour scheme changes."""
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
