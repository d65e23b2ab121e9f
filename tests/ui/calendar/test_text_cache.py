"""The grids cut item text to its cell without shaping it first: what is drawn is never
wider than the room, is whole when it fits, and reads as Qt's own elision would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from followup_desktop.ui.calendar.text_cache import ELLIPSIS, FontInfo

LINES = [
    "Cl  \u2713 \u21a9 09:30 Ann Lee \u00b7 send revised pricing",
    "Pr  \u26a0 Søren Ångström \u00b7 ask how the pilot went with the whole team",
    "Re  Дмитрий Иванов \u00b7 check they received the samples",
    "In  Ελένη Παπαδοπούλου \u00b7 invite to the customer event",
    "Cl  AV Wavy Type \u00b7 To Yvonne: coffee?",  # kerning pairs
    "Pe  秀英 张 \u00b7 catch up",
    "x",
    "",
]
#: Shaped scripts go to Qt whole: Arabic joins its letters, Hebrew runs right to left,
#: a combining accent sits on the letter before it.
SHAPED = [
    "In  محمد العلي \u00b7 ask for a referral",
    "Pe  יוסי כהן \u00b7 catch up",
    "Zoe\u0308 Lee",
]


@pytest.fixture(params=[False, True], ids=["normal", "bold"])
def font(qapp, request):
    f = QFont(qapp.font())
    f.setBold(request.param)
    return FontInfo(f)


@pytest.mark.parametrize("width", [0, 12, 40, 90, 150, 230, 600])
def test_cut_text_never_overflows_its_room_and_says_it_was_cut(font, width):
    for text in LINES + SHAPED:
        shown = font.elide(text, width)
        assert font.metrics.horizontalAdvance(shown) <= width, (text, width, shown)
        if shown != text:
            assert shown.endswith(ELLIPSIS) or shown == ""
    for text in LINES:
        assert text.startswith(font.elide(text, width).removesuffix(ELLIPSIS))


def test_text_that_fits_is_shown_whole(font):
    for text in LINES:
        assert font.elide(text, font.metrics.horizontalAdvance(text) + 1) == text


def test_the_cut_falls_where_qt_would_put_it_or_a_character_or_two_earlier(font):
    for text in LINES + SHAPED:
        for width in range(20, 400, 7):
            ours = font.elide(text, width)
            qts = font.metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            assert 0 <= len(qts) - len(ours) <= 2, (text, width, ours, qts)


def test_shaped_scripts_are_cut_by_qt(font):
    for text in SHAPED:
        for width in (30, 80, 200):
            assert font.elide(text, width) == font.metrics.elidedText(
                text, Qt.TextElideMode.ElideRight, width
            )
