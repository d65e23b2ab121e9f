"""The window's language: --lang, Settings, the system; Qt's own buttons and the dates too."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialogButtonBox

from followup_desktop import i18n
from followup_desktop.domain.dates import format_day
from followup_desktop.ui.kit import language, locale_dates, settings


@pytest.fixture
def restore(qapp):
    before = QLocale()
    yield
    language.install(qapp, "en")
    QLocale.setDefault(before)
    locale_dates.install(before)
    i18n.set_language("en")
    settings.LANGUAGE.set("auto")


def _cancel_text() -> str:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    return box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")


def test_lang_german_speaks_german_in_texts_qt_buttons_and_dates(qapp, restore):
    assert language.install(qapp, "de") == "de"
    assert i18n.language() == "de"
    assert QLocale().language() == QLocale.Language.German
    assert _cancel_text() == "Abbrechen"
    assert format_day(date(2026, 12, 8)) == "Di., 8. Dez. 2026"  # German: day with a dot


def test_the_settings_choice_applies_when_no_lang_is_given(qapp, restore):
    settings.LANGUAGE.set("fr")
    assert language.install(qapp) == "fr"
    assert _cancel_text() == "Annuler"
    assert QLocale().firstDayOfWeek().name == "Monday"


def test_back_to_english_removes_qts_translations(qapp, restore):
    language.install(qapp, "es")
    assert _cancel_text() == "Cancelar"
    language.install(qapp, "en")
    assert _cancel_text() == "Cancel"


def test_the_system_locale_is_kept_when_it_speaks_the_language():
    austria = QLocale(QLocale.Language.German, QLocale.Country.Austria)
    assert language.locale_for("de", austria).name() == "de_AT"
    assert language.locale_for("fr", austria).name() == "fr_FR"
    sweden = QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)
    assert language.locale_for("en", sweden).name() == "sv_SE"  # English words, Swedish dates
