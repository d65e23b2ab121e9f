"""Secondary text that stays readable: WCAG 2 contrast, and a muted colour that meets it.

Qt's ``palette(mid)`` is a frame colour, not a text colour: on the light Fusion palette
it is #b8b8b8 on #efefef, 1.7:1, where WCAG AA asks 4.5:1 for body text. ``muted_text``
gives the faintest mix of the palette's text colour and its backgrounds that still
reaches AA against every background given (the window and the base colour: a label
may sit on either), on a light or a dark palette alike.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QColor, QPalette

#: WCAG 2.1 success criterion 1.4.3 (AA) for text under 18 pt.
AA_TEXT = 4.5
#: Where a label's text may sit: the window's colour, or a view's base colour.
GROUNDS = (QPalette.ColorRole.Window, QPalette.ColorRole.Base)


def relative_luminance(colour: QColor) -> float:
    """WCAG 2's relative luminance of an sRGB colour (0 black … 1 white)."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2's contrast ratio of two colours, 1 (none) … 21 (black on white)."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _mix(fg: QColor, bg: QColor, share_of_bg: float) -> QColor:
    keep = 1.0 - share_of_bg
    return QColor.fromRgbF(
        fg.redF() * keep + bg.redF() * share_of_bg,
        fg.greenF() * keep + bg.greenF() * share_of_bg,
        fg.blueF() * keep + bg.blueF() * share_of_bg,
    )


def muted_text(
    palette: QPalette,
    backgrounds: Iterable[QPalette.ColorRole] = GROUNDS,
    minimum: float = AA_TEXT,
) -> QColor:
    """The palette's text colour faded toward its background as far as ``minimum``
    contrast allows against each of ``backgrounds`` (never fainter than 60 % of the
    way, where ``palette(mid)`` sits); the text colour itself if nothing fainter passes."""
    text = palette.color(QPalette.ColorRole.WindowText)
    grounds = [palette.color(role) for role in backgrounds]
    towards = grounds[0]
    for step in range(12, 0, -1):  # 60 %, 55 %, … 5 % of the way to the background
        colour = _mix(text, towards, step / 20)
        if all(contrast_ratio(colour, ground) >= minimum for ground in grounds):
            return colour
    return QColor(text)
