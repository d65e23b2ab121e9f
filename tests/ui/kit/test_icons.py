"""Line icons take the palette's text colour (and its disabled colour), drawn by Qt's SVG
icon engine from tinted copies in the cache folder, or by the app's own engine where
that folder cannot be written."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette

from followup_desktop.ui.kit import resources


def _inked(icon: QIcon, mode: QIcon.Mode) -> set[str]:
    """The opaque colours of the icon's 32 px pixmap in ``mode``."""
    image = icon.pixmap(QSize(32, 32), mode).toImage()
    assert not image.isNull()
    return {
        image.pixelColor(x, y).name()
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() == 255
    }


@pytest.fixture
def palette(qapp):
    """A dark-scheme text colour and a disabled one, restored afterwards."""
    before = QGuiApplication.palette()
    dark = QPalette(before)
    dark.setColor(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText, QColor("#e6e6e6"))
    dark.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#7a7a7a"))
    QGuiApplication.setPalette(dark)
    resources._icons.clear()
    yield
    QGuiApplication.setPalette(before)
    resources._icons.clear()


def _cached(tmp_path: Path) -> list[Path]:
    return sorted(tmp_path.rglob("icons/*.svg"))


def test_line_icons_are_drawn_in_the_text_colours_from_cached_copies(
    palette, tmp_path, monkeypatch
):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    icon = resources.icon("category")
    assert _inked(icon, QIcon.Mode.Normal) == {"#e6e6e6"}
    assert _inked(icon, QIcon.Mode.Selected) == {"#e6e6e6"}
    assert _inked(icon, QIcon.Mode.Disabled) == {"#7a7a7a"}
    written = _cached(tmp_path)
    assert len(written) == 2  # the text colour's copy and the disabled one
    assert all("currentColor" not in p.read_text() for p in written)
    # A second start finds them: nothing is written again.
    stamps = [p.stat().st_mtime_ns for p in written]
    resources._icons.clear()
    assert _inked(resources.icon("category"), QIcon.Mode.Normal) == {"#e6e6e6"}
    assert [p.stat().st_mtime_ns for p in _cached(tmp_path)] == stamps


def test_without_a_writable_cache_folder_the_icons_are_still_tinted(palette, tmp_path, monkeypatch):
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the cache folder would be")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    icon = resources.icon("category")
    assert _inked(icon, QIcon.Mode.Normal) == {"#e6e6e6"}
    assert _inked(icon, QIcon.Mode.Disabled) == {"#7a7a7a"}
    assert _cached(tmp_path) == []  # drawn by the app's own engine


def test_multi_colour_icons_are_used_as_drawn(qapp):
    assert not resources.icon("app").isNull()
