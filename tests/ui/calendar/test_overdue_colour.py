"""The calendar's overdue red and its secondary text come from the app's one rule
(kit.contrast.tone): readable (WCAG AA) on the day cells, the other month's cells and
the window, light or dark; the calendar's own switch to #ff8a80 on a dark palette was
the same idea, kept in one place."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette

from followup_desktop.ui.calendar.style import CalendarStyle
from followup_desktop.ui.kit.contrast import AA_TEXT, WARNING, app_tone, contrast_ratio
from tests.ui.palettes import SCHEME_IDS, SCHEMES, app_palette


@pytest.mark.parametrize("make", SCHEMES, ids=SCHEME_IDS)
def test_the_calendars_overdue_red_meets_aa_and_matches_the_agenda(qapp, make):
    palette = make()
    style = CalendarStyle(palette, {1: "Clients"})
    for role in (
        QPalette.ColorRole.Base,
        QPalette.ColorRole.AlternateBase,
        QPalette.ColorRole.Window,
    ):
        assert contrast_ratio(style.overdue, palette.color(role)) >= AA_TEXT
    with app_palette(palette):
        assert style.overdue == app_tone(WARNING)  # the agenda's overdue rows: the same red


@pytest.mark.parametrize("make", SCHEMES, ids=SCHEME_IDS)
def test_the_calendars_secondary_text_meets_aa_yet_stays_secondary(qapp, make):
    """Week numbers, hours, the other month's days, closed items and day counts."""
    palette = make()
    style = CalendarStyle(palette, {1: "Clients"})
    for role in (
        QPalette.ColorRole.Base,
        QPalette.ColorRole.AlternateBase,
        QPalette.ColorRole.Window,
    ):
        ground = palette.color(role)
        assert contrast_ratio(style.dimmed, ground) >= AA_TEXT
        assert contrast_ratio(style.dimmed, ground) < contrast_ratio(style.text, ground)
