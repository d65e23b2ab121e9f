"""WCAG contrast, and the muted text colour that keeps it on light and dark palettes."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from followup_desktop.ui.kit.contrast import AA_TEXT, contrast_ratio, muted_text


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
