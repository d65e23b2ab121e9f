"""Issue 20: the free-text date field in German, French and Spanish.

Each language's phrase table (the same fixed days as the English table of
test_dateparse_table: a month end, a year end, both EU daylight-saving eves, a short
February, a quarter end), its refusals and its messages; English keeps working in every
language (people mix), and the hints' own examples are understood.
"""

from __future__ import annotations

import re
from datetime import date, time

import pytest

from followup_desktop import i18n
from followup_desktop.domain import dates
from followup_desktop.domain.dateparse import HINT, VAGUE_HINT, parse_when

from .test_dateparse_table import (
    FRI_30_JAN,
    MON_30_NOV,
    NINE,
    SAT_24_OCT,
    SAT_28_MAR,
    THU_31_DEC,
    TWO,
    WED_30_SEP,
)
from .test_dateparse_table import TABLE as ENGLISH_TABLE

SIX_PM, NOON = time(18, 0), time(12, 0)
D = date

GERMAN = [
    (MON_30_NOV, "heute", MON_30_NOV, None),
    (MON_30_NOV, "morgen", D(2026, 12, 1), None),
    (MON_30_NOV, "übermorgen", D(2026, 12, 2), None),
    (MON_30_NOV, "uebermorgen", D(2026, 12, 2), None),
    (MON_30_NOV, "gestern", D(2026, 11, 29), None),
    (MON_30_NOV, "in 10 Tagen", D(2026, 12, 10), None),
    (MON_30_NOV, "in zwei Wochen", D(2026, 12, 14), None),
    (MON_30_NOV, "in 3 Monaten", D(2027, 3, 1), None),  # Sun 28 Feb -> Monday
    (MON_30_NOV, "in einem Monat", D(2026, 12, 30), None),
    (MON_30_NOV, "nächste Woche", D(2026, 12, 7), None),
    (MON_30_NOV, "nächsten Monat", D(2026, 12, 30), None),
    (MON_30_NOV, "nächstes Jahr", D(2027, 11, 30), None),
    (MON_30_NOV, "Ende des Monats", MON_30_NOV, None),
    (MON_30_NOV, "Monatsende", MON_30_NOV, None),
    (MON_30_NOV, "Ende nächsten Monats", D(2026, 12, 31), None),
    (MON_30_NOV, "Ende der Woche", D(2026, 12, 4), None),
    (MON_30_NOV, "Ende nächster Woche", D(2026, 12, 11), None),
    (MON_30_NOV, "Ende des Quartals", D(2026, 12, 31), None),
    (MON_30_NOV, "Anfang nächsten Monats", D(2026, 12, 1), None),
    (MON_30_NOV, "Ende Januar", D(2027, 1, 29), None),  # Sun 31 Jan -> Friday
    (MON_30_NOV, "Anfang März", D(2027, 3, 1), None),
    (MON_30_NOV, "in 5 Tagen ab heute", D(2026, 12, 7), None),  # Sat 5 Dec -> Monday
    (MON_30_NOV, "nächstes Quartal", D(2027, 1, 1), None),
    (MON_30_NOV, "nächsten Dienstag", D(2026, 12, 1), None),
    (MON_30_NOV, "Dienstag", D(2026, 12, 1), None),
    (MON_30_NOV, "am Freitag", D(2026, 12, 4), None),
    (MON_30_NOV, "diesen Freitag", D(2026, 12, 4), None),
    (MON_30_NOV, "Montag", D(2026, 12, 7), None),  # today is a Monday: the next one
    (MON_30_NOV, "Freitag in einer Woche", D(2026, 12, 11), None),
    (MON_30_NOV, "Dienstag nächster Woche", D(2026, 12, 8), None),
    (MON_30_NOV, "nächste Woche Freitag", D(2026, 12, 11), None),
    (THU_31_DEC, "am Dienstag nächster Woche", D(2027, 1, 5), None),
    (MON_30_NOV, "in vierzehn Tagen", D(2026, 12, 14), None),
    (MON_30_NOV, "3. Dezember", D(2026, 12, 3), None),
    (MON_30_NOV, "am 24. Dezember", D(2026, 12, 24), None),
    (MON_30_NOV, "am 15.", D(2026, 12, 15), None),
    (MON_30_NOV, "am 15. um 10 Uhr", D(2026, 12, 15), time(10, 0)),
    (WED_30_SEP, "am 31.", D(2026, 10, 31), None),  # September has no 31st
    (MON_30_NOV, "3. Dez.", D(2026, 12, 3), None),
    (MON_30_NOV, "5. März 2027", D(2027, 3, 5), None),
    (MON_30_NOV, "5 mär", D(2027, 3, 5), None),
    (MON_30_NOV, "5 maerz", D(2027, 3, 5), None),
    (MON_30_NOV, "15.1.2027", D(2027, 1, 15), None),
    (MON_30_NOV, "morgen 14 Uhr", D(2026, 12, 1), time(14, 0)),
    (MON_30_NOV, "morgen um 9", D(2026, 12, 1), NINE),
    (MON_30_NOV, "morgen früh", D(2026, 12, 1), NINE),
    (MON_30_NOV, "Montagmorgen", D(2026, 12, 7), NINE),
    (MON_30_NOV, "Mittwochnachmittag", D(2026, 12, 2), TWO),
    (MON_30_NOV, "heute Abend", MON_30_NOV, SIX_PM),
    (MON_30_NOV, "morgen Nachmittag", D(2026, 12, 1), TWO),
    (MON_30_NOV, "Fr., 4. Dez. 2026", D(2026, 12, 4), None),
    (MON_30_NOV, "Do 3.12. 15:30", D(2026, 12, 3), time(15, 30)),
    (MON_30_NOV, "14.30 Uhr", MON_30_NOV, time(14, 30)),
    (THU_31_DEC, "morgen", D(2027, 1, 1), None),
    (THU_31_DEC, "Ende nächsten Monats", D(2027, 1, 29), None),  # Sun 31 Jan -> Friday
    (THU_31_DEC, "Montagmorgen", D(2027, 1, 4), NINE),
    (THU_31_DEC, "nächsten Monat", D(2027, 2, 1), None),  # Sun 31 Jan -> Monday
    (THU_31_DEC, "Anfang nächsten Monats", D(2027, 1, 1), None),
    (SAT_28_MAR, "morgen früh", D(2026, 3, 29), NINE),  # the DST Sunday, kept
    (SAT_28_MAR, "in einer Woche", D(2026, 4, 6), None),  # Sat 4 Apr -> Monday
    (SAT_28_MAR, "Ende des Monats", D(2026, 3, 31), None),
    (SAT_24_OCT, "Ende des Monats", D(2026, 10, 30), None),  # Sat 31 Oct -> Friday
    (SAT_24_OCT, "Anfang nächsten Monats", D(2026, 11, 2), None),  # Sun 1 Nov -> Monday
    (FRI_30_JAN, "nächsten Monat", D(2026, 3, 2), None),  # Sat 28 Feb -> Monday
    (FRI_30_JAN, "Ende nächsten Monats", D(2026, 2, 27), None),
    (WED_30_SEP, "Ende des Quartals", WED_30_SEP, None),
]

FRENCH = [
    (MON_30_NOV, "aujourd'hui", MON_30_NOV, None),
    (MON_30_NOV, "aujourd\u2019hui", MON_30_NOV, None),
    (MON_30_NOV, "demain", D(2026, 12, 1), None),
    (MON_30_NOV, "après-demain", D(2026, 12, 2), None),
    (MON_30_NOV, "apres demain", D(2026, 12, 2), None),
    (MON_30_NOV, "hier", D(2026, 11, 29), None),
    (MON_30_NOV, "dans 10 jours", D(2026, 12, 10), None),
    (MON_30_NOV, "dans deux semaines", D(2026, 12, 14), None),
    (MON_30_NOV, "dans 3 mois", D(2027, 3, 1), None),
    (MON_30_NOV, "dans un mois", D(2026, 12, 30), None),
    (MON_30_NOV, "la semaine prochaine", D(2026, 12, 7), None),
    (MON_30_NOV, "le mois prochain", D(2026, 12, 30), None),
    (MON_30_NOV, "l'année prochaine", D(2027, 11, 30), None),
    (MON_30_NOV, "fin du mois", MON_30_NOV, None),
    (MON_30_NOV, "fin du mois prochain", D(2026, 12, 31), None),
    (MON_30_NOV, "fin de la semaine", D(2026, 12, 4), None),
    (MON_30_NOV, "fin de la semaine prochaine", D(2026, 12, 11), None),
    (MON_30_NOV, "fin du trimestre", D(2026, 12, 31), None),
    (MON_30_NOV, "début du mois prochain", D(2026, 12, 1), None),
    (MON_30_NOV, "fin janvier", D(2027, 1, 29), None),
    (MON_30_NOV, "début de mars", D(2027, 3, 1), None),
    (MON_30_NOV, "le trimestre prochain", D(2027, 1, 1), None),
    (MON_30_NOV, "mardi prochain", D(2026, 12, 1), None),
    (MON_30_NOV, "mardi", D(2026, 12, 1), None),
    (MON_30_NOV, "mar", D(2026, 12, 1), None),  # "mar." is Tuesday in French
    (MON_30_NOV, "vendredi", D(2026, 12, 4), None),
    (MON_30_NOV, "ce vendredi", D(2026, 12, 4), None),
    (MON_30_NOV, "lundi", D(2026, 12, 7), None),
    (MON_30_NOV, "vendredi en huit", D(2026, 12, 11), None),
    (MON_30_NOV, "mardi de la semaine prochaine", D(2026, 12, 8), None),
    (MON_30_NOV, "dans quinze jours", D(2026, 12, 14), None),
    (MON_30_NOV, "3 décembre", D(2026, 12, 3), None),
    (MON_30_NOV, "le 24 décembre", D(2026, 12, 24), None),
    (MON_30_NOV, "le 15", D(2026, 12, 15), None),
    (MON_30_NOV, "le 15 à 10h", D(2026, 12, 15), time(10, 0)),
    (MON_30_NOV, "3 déc.", D(2026, 12, 3), None),
    (MON_30_NOV, "1er janvier", D(2027, 1, 1), None),
    (MON_30_NOV, "5 mars 2027", D(2027, 3, 5), None),
    (MON_30_NOV, "3 fevrier", D(2027, 2, 3), None),
    (MON_30_NOV, "3 févr", D(2027, 2, 3), None),
    (MON_30_NOV, "15/1/2027", D(2027, 1, 15), None),
    (MON_30_NOV, "demain 14h30", D(2026, 12, 1), time(14, 30)),
    (MON_30_NOV, "demain à 9h", D(2026, 12, 1), NINE),
    (MON_30_NOV, "lundi matin", D(2026, 12, 7), NINE),
    (MON_30_NOV, "mercredi après-midi", D(2026, 12, 2), TWO),
    (MON_30_NOV, "ce soir", MON_30_NOV, SIX_PM),
    (MON_30_NOV, "demain après-midi", D(2026, 12, 1), TWO),
    (MON_30_NOV, "ven. 4 déc. 2026", D(2026, 12, 4), None),
    (MON_30_NOV, "à midi", MON_30_NOV, NOON),
    (THU_31_DEC, "demain", D(2027, 1, 1), None),
    (THU_31_DEC, "fin du mois prochain", D(2027, 1, 29), None),
    (THU_31_DEC, "lundi matin", D(2027, 1, 4), NINE),
    (THU_31_DEC, "le mois prochain", D(2027, 2, 1), None),
    (SAT_28_MAR, "demain matin", D(2026, 3, 29), NINE),
    (SAT_28_MAR, "dans une semaine", D(2026, 4, 6), None),
    (SAT_28_MAR, "fin du mois", D(2026, 3, 31), None),
    (SAT_24_OCT, "fin du mois", D(2026, 10, 30), None),
    (SAT_24_OCT, "début du mois prochain", D(2026, 11, 2), None),
    (FRI_30_JAN, "le mois prochain", D(2026, 3, 2), None),
    (FRI_30_JAN, "fin du mois prochain", D(2026, 2, 27), None),
    (WED_30_SEP, "fin du trimestre", WED_30_SEP, None),
]

SPANISH = [
    (MON_30_NOV, "hoy", MON_30_NOV, None),
    (MON_30_NOV, "mañana", D(2026, 12, 1), None),
    (MON_30_NOV, "manana", D(2026, 12, 1), None),
    (MON_30_NOV, "pasado mañana", D(2026, 12, 2), None),
    (MON_30_NOV, "ayer", D(2026, 11, 29), None),
    (MON_30_NOV, "en 10 días", D(2026, 12, 10), None),
    (MON_30_NOV, "dentro de dos semanas", D(2026, 12, 14), None),
    (MON_30_NOV, "en 3 meses", D(2027, 3, 1), None),
    (MON_30_NOV, "en un mes", D(2026, 12, 30), None),
    (MON_30_NOV, "la próxima semana", D(2026, 12, 7), None),
    (MON_30_NOV, "la semana que viene", D(2026, 12, 7), None),
    (MON_30_NOV, "el mes que viene", D(2026, 12, 30), None),
    (MON_30_NOV, "el año que viene", D(2027, 11, 30), None),
    (MON_30_NOV, "fin de mes", MON_30_NOV, None),
    (MON_30_NOV, "a finales de mes", MON_30_NOV, None),
    (MON_30_NOV, "fin del mes que viene", D(2026, 12, 31), None),
    (MON_30_NOV, "final de la semana", D(2026, 12, 4), None),
    (MON_30_NOV, "fin de la próxima semana", D(2026, 12, 11), None),
    (MON_30_NOV, "fin de trimestre", D(2026, 12, 31), None),
    (MON_30_NOV, "principios del próximo mes", D(2026, 12, 1), None),
    (MON_30_NOV, "finales de enero", D(2027, 1, 29), None),
    (MON_30_NOV, "a principios de marzo", D(2027, 3, 1), None),
    (MON_30_NOV, "el próximo trimestre", D(2027, 1, 1), None),
    (MON_30_NOV, "el próximo martes", D(2026, 12, 1), None),
    (MON_30_NOV, "el martes que viene", D(2026, 12, 1), None),
    (MON_30_NOV, "el viernes", D(2026, 12, 4), None),
    (MON_30_NOV, "este viernes", D(2026, 12, 4), None),
    (MON_30_NOV, "el lunes", D(2026, 12, 7), None),
    (MON_30_NOV, "dentro de quince días", D(2026, 12, 14), None),
    (MON_30_NOV, "el martes de la semana que viene", D(2026, 12, 8), None),
    (MON_30_NOV, "3 de diciembre", D(2026, 12, 3), None),
    (MON_30_NOV, "el 24 de diciembre", D(2026, 12, 24), None),
    (MON_30_NOV, "el 15", D(2026, 12, 15), None),
    (MON_30_NOV, "el día 15 a las 10", D(2026, 12, 15), time(10, 0)),
    (MON_30_NOV, "3 dic", D(2026, 12, 3), None),
    (MON_30_NOV, "1 de enero", D(2027, 1, 1), None),
    (MON_30_NOV, "5 de marzo de 2027", D(2027, 3, 5), None),
    (MON_30_NOV, "mañana a las 3 de la tarde", D(2026, 12, 1), time(15, 0)),
    (MON_30_NOV, "mañana a las 15:30", D(2026, 12, 1), time(15, 30)),
    (MON_30_NOV, "a las 10", MON_30_NOV, time(10, 0)),
    (MON_30_NOV, "el lunes por la mañana", D(2026, 12, 7), NINE),
    (MON_30_NOV, "el miércoles por la tarde", D(2026, 12, 2), TWO),
    (MON_30_NOV, "esta noche", MON_30_NOV, SIX_PM),
    (MON_30_NOV, "mañana por la tarde", D(2026, 12, 1), TWO),
    (MON_30_NOV, "vie, 4 dic 2026", D(2026, 12, 4), None),
    (MON_30_NOV, "sáb", D(2026, 12, 5), None),  # a named day is kept, weekend or not
    (MON_30_NOV, "sab", D(2026, 12, 5), None),
    (MON_30_NOV, "a mediodía", MON_30_NOV, NOON),
    (THU_31_DEC, "mañana", D(2027, 1, 1), None),
    (THU_31_DEC, "fin del mes que viene", D(2027, 1, 29), None),
    (THU_31_DEC, "el lunes por la mañana", D(2027, 1, 4), NINE),
    (THU_31_DEC, "el mes que viene", D(2027, 2, 1), None),
    (SAT_28_MAR, "mañana por la mañana", D(2026, 3, 29), NINE),
    (SAT_28_MAR, "en una semana", D(2026, 4, 6), None),
    (SAT_28_MAR, "fin de mes", D(2026, 3, 31), None),
    (SAT_24_OCT, "fin de mes", D(2026, 10, 30), None),
    (SAT_24_OCT, "principios del próximo mes", D(2026, 11, 2), None),
    (FRI_30_JAN, "el mes que viene", D(2026, 3, 2), None),
    (FRI_30_JAN, "fin del mes que viene", D(2026, 2, 27), None),
    (WED_30_SEP, "fin de trimestre", WED_30_SEP, None),
]

TABLES = {"de": GERMAN, "fr": FRENCH, "es": SPANISH}
ROWS = [(lang, *row) for lang, table in TABLES.items() for row in table]


@pytest.fixture
def speak():
    """Speak a language (texts and the Qt-free date style) for one test."""

    def use(code: str) -> None:
        i18n.set_language(code)
        dates.use_style(dates.style_for_language(code))

    yield use
    i18n.set_language("en")
    dates.use_style(dates.ENGLISH)


@pytest.mark.parametrize("language", TABLES)
def test_each_table_is_long_enough(language):
    assert len(TABLES[language]) >= 40


@pytest.mark.parametrize(("language", "today", "text", "day", "at"), ROWS)
def test_phrase(language, today, text, day, at, speak):
    speak(language)
    result = parse_when(text, today)  # the app's language when none is given
    assert result.ok, result.message
    assert (result.day, result.at) == (day, at)
    assert dates.format_day(day) in result.understood


@pytest.mark.parametrize("language", TABLES)
@pytest.mark.parametrize(("today", "text", "day", "at"), ENGLISH_TABLE)
def test_english_keeps_working_in_every_language(language, today, text, day, at):
    result = parse_when(text, today, language=language)
    assert result.ok, result.message
    assert (result.day, result.at) == (day, at)


def test_a_weekday_of_next_week_in_english_too():
    # the Tuesday of next calendar week, not the coming one ("next tuesday")
    assert parse_when("tuesday next week", MON_30_NOV).day == D(2026, 12, 8)
    assert parse_when("next tuesday", MON_30_NOV).day == D(2026, 12, 1)
    assert parse_when("next week friday", MON_30_NOV).day == D(2026, 12, 11)
    assert parse_when("monday next week", D(2026, 12, 6)).day == D(2026, 12, 7)  # a Sunday


def test_a_day_of_the_month_alone_is_the_next_one():
    assert parse_when("the 15th", MON_30_NOV).day == D(2026, 12, 15)
    assert parse_when("on the 30th", FRI_30_JAN).day == FRI_30_JAN  # today counts
    assert parse_when("the 29th", FRI_30_JAN).day == D(2026, 3, 29)  # not in February
    assert parse_when("31st", WED_30_SEP).day == D(2026, 10, 31)
    assert not parse_when("the 32nd", MON_30_NOV).ok
    assert not parse_when("15", MON_30_NOV).ok  # a bare number says nothing


def test_the_end_or_start_of_a_named_month_is_its_last_or_first_working_day():
    assert parse_when("end of january", MON_30_NOV).day == D(2027, 1, 29)
    assert parse_when("end of november", MON_30_NOV).day == MON_30_NOV  # today counts
    assert parse_when("start of december", MON_30_NOV).day == D(2026, 12, 1)
    assert parse_when("start of november", MON_30_NOV).day == D(2027, 11, 1)  # has passed
    assert parse_when("beginning of march 2028", MON_30_NOV).day == D(2028, 3, 1)


def test_a_language_is_only_understood_when_chosen():
    assert not parse_when("nächsten Dienstag", MON_30_NOV, language="en").ok
    assert not parse_when("mardi prochain", MON_30_NOV, language="es").ok
    # "mar" is March in English, Tuesday in French and Spanish
    assert parse_when("mar 3", MON_30_NOV, language="en").day == D(2027, 3, 3)
    assert parse_when("mar", MON_30_NOV, language="es").day == D(2026, 12, 1)


VAGUE = {
    "de": (["nach den Feiertagen", "Nach Weihnachten", "irgendwann", "bald"], "den Tag ein"),
    "fr": (["après les fêtes", "Après Noël", "plus tard", "bientôt"], "tapez plutôt le jour"),
    "es": (["después de las fiestas", "Después de Navidad", "más tarde", "pronto"],
           "escriba el día"),
}  # fmt: skip


@pytest.mark.parametrize("language", VAGUE)
def test_vague_phrases_are_refused_in_the_language(language, speak):
    speak(language)
    phrases, advice = VAGUE[language]
    for text in phrases:
        result = parse_when(text, MON_30_NOV)
        assert not result.ok and result.day is None, text
        assert text in result.message and advice in result.message


def test_the_weekend_is_not_the_end_of_the_week():
    # Spanish "fin de semana" is the weekend: which day is not said, so it is not guessed
    assert not parse_when("fin de semana", MON_30_NOV, language="es").ok
    assert parse_when("fin de la semana", MON_30_NOV, language="es").day == D(2026, 12, 4)


def _examples(text: str) -> list[str]:
    return [
        m.strip("\u00a0 ")
        for m in re.findall(
            r"[\u201e\"\u00ab\u201c]([^\"\u201c\u201d\u00bb]+)[\"\u201c\u201d\u00bb]", text
        )
    ]


@pytest.mark.parametrize("language", TABLES)
def test_the_hints_examples_are_understood_in_their_language(language, speak):
    speak(language)
    hints = [
        i18n.translate("domain.dateparse", HINT),
        i18n.translate("domain.dateparse", VAGUE_HINT),
    ]
    hints.append(
        i18n.translate(
            "ui.kit.date_field", 'Type a date: "next tue", "in 10 days", "dec 3 2pm", "friday"'
        )
    )
    examples = [e for hint in hints for e in _examples(hint) if e != "{text}"]
    assert len(examples) >= 9 and not any(e in ("friday", "in 10 days") for e in examples)
    for example in examples:
        assert parse_when(example, MON_30_NOV).ok, example


def test_messages_are_in_the_language_with_its_names(speak):
    speak("de")
    assert parse_when("31. Februar 2027", MON_30_NOV).message == "Februar 2027 hat keinen 31. Tag."
    said = parse_when("Fr., 3. Dez. 2026", MON_30_NOV)
    assert said.message == "Do., 3. Dez. 2026 ist ein Donnerstag, kein Freitag."
    moved = parse_when("in zwei Wochen", SAT_28_MAR)
    assert (
        moved.understood == "Mo., 13. Apr. 2026 (von Samstag auf den nächsten Werktag verschoben)"
    )
    assert parse_when("morgen 14 Uhr", MON_30_NOV).understood == "Di., 1. Dez. 2026, 14:00 Uhr"
    speak("fr")
    assert parse_when("25h", MON_30_NOV).message.endswith("n\u2019est pas une heure.")
    assert parse_when("demain à 9h", MON_30_NOV).understood == "mar. 1 déc. 2026 à 09:00"
    speak("es")
    assert parse_when("3/13/2026", MON_30_NOV).message == "No existe el mes 13."
    assert parse_when("mañana a las 15:30", MON_30_NOV).understood == "mar, 1 dic 2026, a las 15:30"


def test_the_data_does_not_change_with_the_language(speak):
    for code in TABLES:
        speak(code)
        assert parse_when("2026-12-03 14:00", MON_30_NOV).day == D(2026, 12, 3)
    assert {
        parse_when(text, MON_30_NOV, language=code).day
        for code, text in [("de", "Ende des Monats"), ("fr", "fin du mois"), ("es", "fin de mes"),
                           ("en", "end of month")]
    } == {MON_30_NOV}  # fmt: skip


def test_working_days_and_holidays_are_named_in_the_language(speak):
    before = dates.working_week()
    try:
        speak("de")
        dates.set_working_week(dates.WorkingWeek(region="DE"))
        assert dates.non_working_note(D(2026, 12, 25)) == (
            "Fr., 25. Dez. 2026 ist ein gesetzlicher Feiertag (Erster Weihnachtstag)."
        )
        assert dates.non_working_note(D(2026, 12, 5)) == "Sa., 5. Dez. 2026 ist kein Werktag."
        assert dates.working_week().describe() == (
            "Mo., Di., Mi., Do., Fr.; gesetzliche Feiertage: DE"
        )
        assert dates.relative(D(2026, 12, 3), MON_30_NOV) == "in 3 Tagen"
        assert dates.relative(D(2026, 11, 29), MON_30_NOV) == "gestern"
        speak("fr")
        dates.set_working_week(dates.WorkingWeek(region="FR"))
        assert dates.non_working_note(D(2026, 12, 25)) == (
            "ven. 25 d\u00e9c. 2026 est un jour f\u00e9ri\u00e9 (No\u00ebl)."
        )
        assert dates.relative(D(2026, 11, 29), D(2026, 11, 30)) == "hier"
        assert dates.relative(D(2026, 11, 29), D(2026, 12, 1)) == "il y a 2 jours"
        speak("es")
        assert dates.check_year(2200) == (
            "El a\u00f1o 2200 est\u00e1 fuera de rango: use un a\u00f1o entre 1900 y 2100."
        )
    finally:
        dates.set_working_week(before)
