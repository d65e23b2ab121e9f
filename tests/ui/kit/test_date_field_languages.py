"""The due-date field in German, French and Spanish: its quick picks take about the room
they take in English (the note dialog must still fit a 1366-pixel screen), and what it
understood is said in the language."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale

from followup_desktop import i18n
from followup_desktop.domain import dates
from followup_desktop.ui.kit import locale_dates
from followup_desktop.ui.kit.date_field import DueDateField

MONDAY = date(2026, 11, 30)


@pytest.fixture
def speak(qapp):
    before = QLocale()

    def use(code: str) -> None:
        locale = QLocale(code)
        QLocale.setDefault(locale)
        i18n.set_language(code)
        locale_dates.install(locale)

    yield use
    i18n.set_language("en")
    QLocale.setDefault(before)
    dates.use_style(dates.ENGLISH)


def _width(qtbot) -> int:
    field = DueDateField(MONDAY)
    qtbot.addWidget(field)
    return field.minimumSizeHint().width()


@pytest.mark.parametrize("code", ["de", "fr", "es"])
def test_the_quick_picks_take_about_the_english_width(qtbot, speak, code):
    english = _width(qtbot)
    speak(code)
    assert _width(qtbot) <= english * 1.15


@pytest.mark.parametrize(
    ("code", "typed", "said"),
    [
        # typed without accents (as many do; QTest types ASCII only): still understood
        ("fr", "mardi prochain a 14h", "\u2192 Compris\u00a0: mar. 1 d\u00e9c. 2026 \u00e0 14:00"),
        ("es", "el viernes por la manana", "\u2192 Entendido: vie, 4 dic 2026, a las 9:00"),
    ],
)
def test_the_echo_speaks_the_language(qtbot, speak, code, typed, said):
    speak(code)
    field = DueDateField(MONDAY)
    qtbot.addWidget(field)
    qtbot.keyClicks(field.text, typed)
    assert field.understood.text() == said
    assert field.value() == {"fr": date(2026, 12, 1), "es": date(2026, 12, 4)}[code]
