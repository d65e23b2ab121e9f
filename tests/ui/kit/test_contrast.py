"""WCAG contrast, and the muted text colour that keeps it on light and dark palettes."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from followup_desktop.ui.kit.contrast import (
    AA_TEXT,
    CAUTION,
    GROUNDS,
    MUTED,
    SUCCESS,
    TONE_GROUNDS,
    WARNING,
    contrast_ratio,
    muted_text,
    set_tone,
    tone,
)


def test_contrast_ratio_matches_the_wcag_reference_values(qapp):
    assert contrast_ratio(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("white"), QColor("white")) == pytest.approx(1.0)
    # WebAIM's checker: #767676 on white is 4.54:1 (the lightest grey passing AA),
    # and Fusion's light palette(mid) on its window colour, #b8b8b8 on #efefef, 1.7:1
    assert contrast_ratio(QColor("#767676"), QColor("white")) == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio(QColor("#b8b8b8"), QColor("#efefef")) == pytest.approx(1.73, abs=0.01)


def palette(text: str, window: str, base: str) -> QPalette:
    p = QPalette()
    p.setColor(QPalette.ColorRole.WindowText, QColor(text))
    p.setColor(QPalette.ColorRole.Window, QColor(window))
    p.setColor(QPalette.ColorRole.Base, QColor(base))
    return p


@pytest.mark.parametrize(
    "text,window,base",
    [("#000000", "#efefef", "#ffffff"), ("#ffffff", "#2d2d2d", "#1e1e1e"),
     ("#202020", "#f6f5f4", "#ffffff"), ("#eeeeec", "#353535", "#2a2a2a")],
)  # fmt: skip
def test_muted_text_is_fainter_than_the_text_yet_meets_aa_on_both_backgrounds(
    qapp, text, window, base
):
    p = palette(text, window, base)
    muted = muted_text(p)
    for ground in (p.color(QPalette.ColorRole.Window), p.color(QPalette.ColorRole.Base)):
        assert contrast_ratio(muted, ground) >= AA_TEXT
        # still secondary: less contrast than the text itself
        assert contrast_ratio(muted, ground) < contrast_ratio(QColor(text), ground)


# -- the semantic colours: one rule for overdue red, warning amber, success green --------

GREYS = {  # window, base, alternate base, text: schemes seen on users' desktops
    "fusion-light": ("#efefef", "#ffffff", "#f7f7f7", "#000000"),
    "fusion-dark": ("#353535", "#2a2a2a", "#424242", "#ffffff"),
    "adwaita-dark": ("#242424", "#1e1e1e", "#2a2a2a", "#ffffff"),
    "windows-dark": ("#202020", "#191919", "#2b2b2b", "#ffffff"),
    "breeze-light": ("#eff0f1", "#fcfcfc", "#eff0f1", "#232629"),
    "mid-grey": ("#808080", "#8a8a8a", "#7a7a7a", "#000000"),
}


def scheme(window: str, base: str, alternate: str, text: str) -> QPalette:
    p = palette(text, window, base)
    p.setColor(QPalette.ColorRole.AlternateBase, QColor(alternate))
    return p


@pytest.mark.parametrize("kind", [WARNING, CAUTION, SUCCESS, MUTED])
@pytest.mark.parametrize("colours", GREYS.values(), ids=GREYS.keys())
def test_every_tone_meets_aa_on_the_window_and_both_row_colours(qapp, kind, colours):
    p = scheme(*colours)
    colour = tone(p, kind)
    for role in TONE_GROUNDS:
        assert contrast_ratio(colour, p.color(role)) >= AA_TEXT, (colour.name(), role)


def test_the_light_scheme_keeps_the_designed_colours_and_the_dark_one_its_own(qapp):
    light, dark = scheme(*GREYS["fusion-light"]), scheme(*GREYS["fusion-dark"])
    assert tone(light, WARNING).name() == "#b3261e"  # what the app always showed
    assert tone(light, CAUTION).name() == "#8a5300"
    # the old red and amber on the dark window: about 1.9:1, unreadable
    for old in ("#b3261e", "#8a5300"):
        assert contrast_ratio(QColor(old), dark.color(QPalette.ColorRole.Window)) < 2
    red = tone(dark, WARNING)
    assert red.name() != "#b3261e"
    # still a red, and still told apart from the plain text
    assert red.hslHue() < 15 or red.hslHue() > 345
    assert red != dark.color(QPalette.ColorRole.WindowText)
    assert tone(dark, SUCCESS).hslHue() in range(90, 150)  # green


def test_a_toned_label_follows_its_palette_and_gives_the_colour_back(qtbot):
    dark = scheme(*GREYS["fusion-dark"])
    host = QWidget()
    qtbot.addWidget(host)
    label = QLabel("\u2716 Tick at least one working day.", host)
    host.show()
    set_tone(label, WARNING)
    shown = label.palette().color(label.foregroundRole())
    assert shown.name() == "#b3261e"
    host.setPalette(dark)  # the desktop went dark
    shown = label.palette().color(label.foregroundRole())
    assert contrast_ratio(shown, label.palette().color(QPalette.ColorRole.Window)) >= AA_TEXT
    assert shown == tone(dark, WARNING, GROUNDS)
    set_tone(label, None)
    assert label.palette().color(label.foregroundRole()).name() == "#ffffff"
