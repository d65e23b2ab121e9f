"""Secondary text that stays readable: WCAG 2 contrast, and a muted colour that meets it.

Qt's ``palette(mid)`` is a frame colour, not a text colour: on the light Fusion palette
it is #b8b8b8 on #efefef, 1.7:1, where WCAG AA asks 4.5:1 for body text. ``muted_text``
gives the faintest mix of the palette's text colour and its backgrounds that still
reaches AA against every background given (the window and the base colour: a label
may sit on either), on a light or a dark palette alike.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

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


# -- the semantic colours --------------------------------------------------------------
# Overdue and errors are red, warnings that need not stop anyone amber, what went well
# green: each as designed for a light and for a dark palette (the light ones are the reds
# and ambers the app always had; the dark ones Material's 200-300 shades, the calendar's
# #ff8a80 among them). ``tone`` takes the one for the palette in use and, if it still
# falls short of AA there (another desktop's greys), moves its lightness away from the
# backgrounds until it passes: #b3261e on Fusion's dark window #353535 was 1.9:1.
WARNING = "warning"
CAUTION = "caution"
SUCCESS = "success"
#: Secondary text (``muted_text``): empty-state hints, dates beside an entry.
MUTED = "muted"
_INKS = {
    WARNING: ("#b3261e", "#ff8a80"),
    CAUTION: ("#8a5300", "#ffb74d"),
    SUCCESS: ("#2e7d32", "#81c784"),
}
#: Where a coloured text may sit: a label on the window, a cell on a view's base or on
#: its alternate rows.
TONE_GROUNDS = (*GROUNDS, QPalette.ColorRole.AlternateBase)
_tones: dict[tuple, QColor] = {}


def is_dark(palette: QPalette) -> bool:
    """A dark scheme: the window's colour is darker than mid-grey."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def tone(
    palette: QPalette, kind: str, backgrounds: tuple[QPalette.ColorRole, ...] = TONE_GROUNDS
) -> QColor:
    """The colour of ``kind`` (WARNING, CAUTION, SUCCESS or MUTED) for this palette:
    at least AA (4.5:1) against each of ``backgrounds`` (by default its window, base and
    alternate-base colours: a view's rows alternate)."""
    grounds = [palette.color(role) for role in backgrounds]
    text = palette.color(QPalette.ColorRole.WindowText)
    key = (kind, backgrounds, text.rgba(), *(g.rgba() for g in grounds))
    found = _tones.get(key)
    if found is None:
        if len(_tones) > 64:
            _tones.clear()
        found = _tones[key] = _make_tone(palette, kind, backgrounds, grounds, text)
    return QColor(found)


def _make_tone(
    palette: QPalette,
    kind: str,
    backgrounds: tuple[QPalette.ColorRole, ...],
    grounds: list[QColor],
    text: QColor,
) -> QColor:
    if kind == MUTED:
        return muted_text(palette, backgrounds)
    dark = is_dark(palette)
    ink = QColor(_INKS[kind][1 if dark else 0])
    hue, saturation, lightness = ink.hslHueF(), ink.hslSaturationF(), ink.lightnessF()
    for step in range(21):  # lighter on a dark palette, darker on a light one
        if dark:
            shade = lightness + (1.0 - lightness) * step / 20
        else:
            shade = lightness * (1 - step / 20)
        colour = QColor.fromHslF(hue, saturation, shade)
        if all(contrast_ratio(colour, ground) >= AA_TEXT for ground in grounds):
            return colour
    return QColor(text)  # backgrounds no hue can clear: the text colour, with its cues


def tone_css(palette: QPalette, kind: str) -> str:
    """``kind``'s colour as a style for a rich-text span: "color: #ff8a80;"."""
    return f"color: {tone(palette, kind).name()};"


def app_tone(kind: str) -> QColor:
    """``kind``'s colour for the application's palette (item models, which have no
    widget of their own: their views use it); follows a change of scheme."""
    palette = QGuiApplication.palette()
    key = (kind, palette.cacheKey())
    found = _tones.get(key)
    if found is None:
        if len(_tones) > 64:
            _tones.clear()
        found = _tones[key] = tone(palette, kind)
    return found


def set_tone(widget: QWidget, kind: str | None) -> None:
    """Show ``widget``'s text in ``kind``'s colour for its palette, and again for the
    new one when the palette changes (the system going dark, a parent's palette): a
    style sheet's colour would stay as set, and a widget with a style sheet no longer
    follows its parent's palette at all. None: the palette's own text colour again."""
    widget.setProperty(_PROPERTY, kind)
    widget.installEventFilter(_follower())
    _apply(widget)


def _inherited(widget: QWidget) -> QPalette:
    """The palette ``widget`` would have without a tone of its own."""
    parent = widget.parentWidget()
    return parent.palette() if parent is not None else QApplication.palette(widget)


def _apply(widget: QWidget) -> None:
    kind = widget.property(_PROPERTY)
    if not kind:
        if widget.testAttribute(Qt.WidgetAttribute.WA_SetPalette):
            widget.setPalette(QPalette())  # inherit every colour again
        return
    colour = tone(_inherited(widget), kind, GROUNDS)  # a label sits on either
    current = widget.palette()
    if current.color(QPalette.ColorRole.WindowText) == colour and (
        current.color(QPalette.ColorRole.Text) == colour
    ):
        return  # the PaletteChange our own setPalette causes ends here
    own = QPalette()
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        own.setColor(role, colour)
    widget.setPalette(own)


_PROPERTY = "tone"
_filter: list[QObject] = []


def _follower() -> QObject:
    """The one event filter that re-applies a toned widget's colour when its palette
    changes (made with the first toned widget: a start with none makes no class)."""
    if not _filter:
        changes = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)

        class Follower(QObject):
            def eventFilter(self, watched, event) -> bool:
                if event.type() in changes and watched.property(_PROPERTY) is not None:
                    _apply(watched)
                return False

        _filter.append(Follower())
    return _filter[0]
