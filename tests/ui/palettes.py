"""Light and dark palettes for colour tests (tests import it like hosts.py).

``light()`` is Fusion's own; ``dark()`` the usual Fusion dark scheme (window #353535,
base #2a2a2a, alternate rows #424242, white text) that users on battery pick;
``app_palette`` sets the application's palette for one test (models and the views
without a palette of their own follow it) and puts the old one back.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

#: The usual Fusion dark scheme; docs/make_dark_pngs.py shows the app in the same one.
DARK = {
    "Window": "#353535",
    "WindowText": "#ffffff",
    "Base": "#2a2a2a",
    "AlternateBase": "#424242",
    "Text": "#ffffff",
    "Button": "#353535",
    "ButtonText": "#ffffff",
    "Link": "#8ab4f8",
    "Highlight": "#2a82da",
    "HighlightedText": "#000000",
    "Mid": "#242424",
    "Dark": "#1e1e1e",
    "Light": "#505050",
    "ToolTipBase": "#ffffff",
    "ToolTipText": "#000000",
    "PlaceholderText": "#a0a0a0",
}
DISABLED_TEXT = "#7f7f7f"


def light() -> QPalette:
    return QStyleFactory.create("Fusion").standardPalette()


def dark() -> QPalette:
    p = light()
    for role, colour in DARK.items():
        p.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    for role in ("WindowText", "Text", "ButtonText"):
        p.setColor(
            QPalette.ColorGroup.Disabled, getattr(QPalette.ColorRole, role), QColor(DISABLED_TEXT)
        )
    return p


SCHEMES = [light, dark]
SCHEME_IDS = ["light", "dark"]


@contextmanager
def app_palette(palette: QPalette) -> Iterator[None]:
    """``with app_palette(dark()):`` the application's palette, then the old one again."""
    before = QPalette(QApplication.palette())
    QApplication.setPalette(palette)
    try:
        yield
    finally:
        QApplication.setPalette(before)


def faint_labels(top) -> list[tuple[str, float]]:
    """The visible labels under ``top`` whose text falls short of WCAG AA against the
    window colour they sit on: (text, ratio) each."""
    from PySide6.QtWidgets import QLabel

    from followup_desktop.ui.kit.contrast import AA_TEXT, contrast_ratio

    found = []
    for label in top.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        group = QPalette.ColorGroup.Active if label.isEnabled() else QPalette.ColorGroup.Disabled
        palette = label.palette()
        shown = palette.color(group, label.foregroundRole())
        ratio = contrast_ratio(shown, palette.color(group, QPalette.ColorRole.Window))
        if ratio < AA_TEXT:
            found.append((label.text(), round(ratio, 2)))
    return found
