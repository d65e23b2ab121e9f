"""Typed dates in German, French and Spanish: each language's words, rewritten into the
phrases the English parser (``domain.dateparse``) understands, so one set of rules
decides every language ("nächsten Dienstag" → "next tuesday", "dans 10 jours" →
"in 10 days", "el lunes por la mañana" → "monday morning").

Why word tables and not a library such as dateparser: docs/ARCHITECTURE.md, "Languages"
(measured in one run: dateparser's import and first parse take ~160 ms, 7x the tables',
and it gets fewer than half of the phrase tables' days right: "nächsten Dienstag", "Ende
des Monats", "mardi prochain", "el viernes" are not understood, and it knows nothing of
the user's working days).

The text is first made plain: lower case, accents and umlauts dropped ("mär", "maerz"
and "märz" are all March; "févr" and "fevrier" February; "sáb" Saturday), hyphens
between words become spaces ("après-demain"), typographic apostrophes straight ones.
Then the language's phrase rules run in order, then its single words are replaced
(weekdays, months, units, "heute", "demain", "hoy"...). Words the language does not know
are left alone, so English keeps working in every language (people mix); where a word
means something else in the language ("mar" is Tuesday in French and Spanish, March in
English), the chosen language wins.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

Rule = tuple[str, "str | Callable[[re.Match[str]], str]"]


def plain(text: str) -> str:
    """Lower case, no accents, straight apostrophes, hyphens between words as spaces."""
    text = text.lower().replace("ß", "ss")
    text = re.sub(r"[\u2019\u2018\u00b4`]", "'", text)
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", text)
    return " ".join(text.replace(",", " ").split())


_STRIP = str.maketrans({**dict(zip("äöüéèêëàâçñíóúáûîôïù", "aoueeeeaacniouauioiu", strict=True)),
                        "ß": "ss"})  # fmt: skip
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _variants(word: str) -> set[str]:
    """A table word as people type it: "märz" → "marz", "maerz" (as :func:`plain` makes
    it: the tables' words are lower case, with the accents of the three languages)."""
    return {word.translate(_STRIP), word.translate(_UMLAUTS).translate(_STRIP)}


def _table(entries: dict[str, str]) -> dict[str, str]:
    table: dict[str, str] = {}
    for words, english in entries.items():
        for word in words.split():
            for form in _variants(word):
                table[form] = english
    return table


def _any(words: dict[str, str]) -> str:
    """A regex alternation of the table's words, longest first."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


@dataclass(frozen=True)
class Words:
    """One language's typed dates: phrase rules (in order), then single words.

    The rules are compiled on the language's first use (not at import: start-up does not
    pay for the languages it does not speak)."""

    rules: tuple[Rule, ...]
    words: dict[str, str]  # a word → its English ("" drops it)
    numbers: dict[str, str]  # number words, read as digits before a unit
    units: dict[str, str]
    vague: str  # refused like "after the holidays"

    @cached_property
    def _compiled(self) -> tuple[tuple[tuple[re.Pattern[str], object], ...], re.Pattern[str]]:
        rules = tuple((re.compile(pattern), replacement) for pattern, replacement in self.rules)
        return rules, re.compile(self.vague)

    def prepare(self) -> None:
        """Compile the rules now (e.g. when a date field opens, not at the first key)."""
        self._compiled  # noqa: B018 (the cached property is the point)

    def is_vague(self, text: str) -> bool:
        return self._compiled[1].fullmatch(text) is not None

    def to_english(self, text: str) -> str:
        for pattern, replacement in self._compiled[0]:
            text = pattern.sub(replacement, text)  # type: ignore[call-overload]
        tokens = text.split()
        out: list[str] = []
        for i, token in enumerate(tokens):
            bare = token.rstrip(".")
            following = tokens[i + 1].rstrip(".") if i + 1 < len(tokens) else ""
            if bare in self.numbers and (following in self.units or following in _ENGLISH_UNITS):
                out.append(self.numbers[bare])
            elif bare in self.units:
                out.append(self.units[bare])
            elif bare in self.words:
                if self.words[bare]:
                    out.append(self.words[bare])
            else:
                out.append(token)
        return " ".join(out)


_ENGLISH_UNITS = {"day", "days", "week", "weeks", "month", "months", "year", "years"}
ENGLISH_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _rule(pattern: str, replacement: str | Callable[[re.Match[str]], str]) -> Rule:
    return pattern, replacement


def _time(hour: str, minute: str | None, part: str | None = None) -> str:
    """ "14", "30" → "14:30"; with an afternoon/evening word the hour is after noon."""
    value = int(hour)
    if part in ("pm",) and value < 12:
        value += 12
    if part == "am" and value == 12:
        value = 0
    return f"{value}:{minute or '00'}"


# -- German ---------------------------------------------------------------------------
_DE_DAYS = _table({
    "montag mo": "monday", "dienstag di": "tuesday", "mittwoch mi": "wednesday",
    "donnerstag do": "thursday", "freitag fr": "friday", "samstag sonnabend sa": "saturday",
    "sonntag so": "sunday",
})  # fmt: skip
_DE_MONTHS = _table({
    "januar jänner jan jän": "january", "februar feber feb": "february",
    "märz mär mrz": "march", "april apr": "april", "mai": "may", "juni jun": "june",
    "juli jul": "july", "august aug": "august", "september sept sep": "september",
    "oktober okt": "october", "november nov": "november", "dezember dez": "december",
})  # fmt: skip
_DE_UNITS = _table({
    "tag": "day", "tage tagen": "days", "woche": "week", "wochen": "weeks",
    "monat": "month", "monate monaten": "months", "jahr": "year", "jahre jahren": "years",
})  # fmt: skip
_DE_NUMBERS = _table({
    "ein eine einer einem einen": "a", "zwei": "2", "drei": "3", "vier": "4", "fünf": "5",
    "sechs": "6", "sieben": "7", "acht": "8", "neun": "9", "zehn": "10", "elf": "11",
    "zwölf": "12", "vierzehn": "14", "zwanzig": "20", "dreißig": "30",
})  # fmt: skip
_DE_WORDS = {
    **_DE_DAYS, **_DE_MONTHS,
    **_table({
        "heute": "today", "jetzt": "now", "morgen": "tomorrow", "gestern": "yesterday",
        "nächste nächsten nächster nächstes": "next", "kommende kommenden": "coming",
        "diese diesen dieser dieses": "this",
        "früh vormittag vormittags": "morning", "nachmittag nachmittags": "afternoon",
        "abend abends": "evening", "mittag mittags": "noon", "mitternacht": "midnight",
        "bis zum den dem der des um": "",
    }),
}  # fmt: skip
_DE_DAY = _any({w: "" for w in _DE_DAYS if len(w) > 2})
_DE_MONTH = _any(_DE_MONTHS)
_DE_PART = {"morgen": "morning", "fruh": "morning", "vormittag": "morning",
            "nachmittag": "afternoon", "abend": "evening", "mittag": "noon"}  # fmt: skip


def _de_period(m: re.Match[str]) -> str:
    edge = "end" if m.group("edge") == "ende" else "start"
    unit = {"monat": "month", "woch": "week", "quartal": "quarter"}[m.group("unit")]
    which = "next" if m.group("next") else "the"
    return f"{edge} of {which} {unit}"


GERMAN = Words(
    rules=(
        # "Montagmorgen", "Freitagnachmittag": the weekday and the part of the day
        _rule(rf"\b({_DE_DAY})(morgen|vormittag|nachmittag|abend|mittag)s?\b", r"\1 \2"),
        # after a weekday or "heute", "morgen" is the morning, not tomorrow
        _rule(rf"\b({_DE_DAY}|heute|morgen|ubermorgen|uebermorgen) morgen\b", r"\1 morning"),
        _rule(r"\b(?:am|in der) (?:morgen|fruh)\b|\bmorgens\b", "in the morning"),
        _rule(r"\b(?:am )?(vormittag|nachmittag|abend|mittag)s?\b", lambda m: _DE_PART[m.group(1)]),
        _rule(r"\b(?:u|ue)bermorgen\b", "day after tomorrow"),
        # times: "14 Uhr", "um 14:30", "14.30 Uhr", "um 9"
        _rule(r"\b(?:um )?(\d{1,2})(?:[:.](\d{2}))? ?uhr\b", lambda m: _time(m[1], m[2])),
        _rule(r"\bum (\d{1,2}(?::\d{2})?)\b", r"at \1"),
        # "Ende des Monats", "Ende nächster Woche", "Anfang nächsten Monats"
        _rule(
            r"\b(?:bis )?(?:zum |am )?(?P<edge>ende|anfang) (?:des |der |dieses |dieser )?"
            r"(?P<next>(?:nachsten|naechsten|nachster|naechster|kommenden) )?"
            r"(?P<unit>monat|woch|quartal)(?:s|e|es)?\b",
            _de_period,
        ),
        # "Ende Januar", "Anfang März"
        _rule(
            rf"\b(?:bis )?(?:zum |am )?(ende|anfang) (?=(?:{_DE_MONTH})\b)",
            lambda m: "end of " if m[1] == "ende" else "start of ",
        ),
        _rule(r"\b(?:ab|von) (?:heute|jetzt)\b", "from now"),
        _rule(r"\b(?:bis )?(?:zum )?monatsende\b", "end of month"),
        _rule(r"\b(?:bis )?(?:zum )?quartalsende\b", "end of quarter"),
        _rule(r"\b(?:zum )?monatsanfang\b", "start of the month"),
        _rule(
            r"\b(?:im )?(?:nachsten|naechsten|nachstes|naechstes|kommenden|kommendes) quartal\b",
            "next quarter",
        ),
        # "Freitag in einer Woche" / "heute in acht Tagen": a week after
        _rule(rf"\b({_DE_DAY}) in (?:einer woche|acht tagen)\b", r"\1 week"),
        _rule(r"\bheute in (?:einer woche|acht tagen)\b", "next week"),
        _rule(r"\b(?:in )?vierzehn tagen\b", "in a fortnight"),
        # "am Freitag", "am 3. Dezember" (not "9 am")
        _rule(r"(?<![0-9] )\bam (?=[a-z0-9])", "on "),
        # "am 15.": a day of the month alone (not "3.12.", a date)
        _rule(r"(?<![\d.])(\d{1,2})\.(?= \d{1,2}:\d{2}| at |$)", r"the \1"),
        # "3. Dezember": the day's dot
        _rule(r"\b(\d{1,2})\. ?(?=[a-z])", r"\1 "),
    ),
    words=_DE_WORDS,
    numbers=_DE_NUMBERS,
    units=_DE_UNITS,
    vague=(
        r"(?:(?:nach|vor|uber|ueber|wahrend|waehrend|zwischen) (?:den |dem |der |die )?"
        r"(?:feiertagen?|weihnachten|ostern|neujahr|silvester|urlaub|ferien|sommerpause|"
        r"sommer|pause|jahren|messe)|irgendwann|bald|spater|spaeter|demnachst|demnaechst|"
        r"baldmoglichst|baldmoeglichst|so bald wie moglich|zeitnah|gelegentlich|asap)"
    ),
)

# -- French ---------------------------------------------------------------------------
_FR_DAYS = _table({
    "lundi lun": "monday", "mardi mar": "tuesday", "mercredi mer": "wednesday",
    "jeudi jeu": "thursday", "vendredi ven": "friday", "samedi sam": "saturday",
    "dimanche dim": "sunday",
})  # fmt: skip
_FR_MONTHS = _table({
    "janvier janv jan": "january", "février févr fév": "february", "mars": "march",
    "avril avr": "april", "mai": "may", "juin": "june", "juillet juil": "july",
    "août aout": "august", "septembre sept sep": "september", "octobre oct": "october",
    "novembre nov": "november", "décembre déc": "december",
})  # fmt: skip
_FR_UNITS = _table({
    "jour": "day", "jours": "days", "semaine": "week", "semaines": "weeks", "mois": "month",
    "an année": "year", "ans années": "years",
})  # fmt: skip
_FR_NUMBERS = _table({
    "un une": "a", "deux": "2", "trois": "3", "quatre": "4", "cinq": "5", "six": "6",
    "sept": "7", "huit": "8", "neuf": "9", "dix": "10", "onze": "11", "douze": "12",
    "vingt": "20", "trente": "30",
})  # fmt: skip
_FR_WORDS = {
    **_FR_DAYS, **_FR_MONTHS,
    **_table({
        "aujourd'hui aujourdhui": "today", "maintenant": "now", "demain": "tomorrow",
        "hier": "yesterday", "dans": "in", "ce cet cette": "this",
        "matin matinée": "morning", "soir soirée": "evening", "midi": "noon",
        "minuit": "midnight", "prochain prochaine": "next",
        "le la les l' au pour d'ici jusqu'à": "",
    }),
}  # fmt: skip
_FR_DAY = _any({w: "" for w in _FR_DAYS if len(w) > 3})
_FR_MONTH = _any(_FR_MONTHS)


def _fr_period(m: re.Match[str]) -> str:
    edge = "end" if m.group("edge") == "fin" else "start"
    unit = {"mois": "month", "semaine": "week", "trimestre": "quarter"}[m.group("unit")]
    return f"{edge} of {'next' if m.group('next') else 'the'} {unit}"


FRENCH = Words(
    rules=(
        _rule(r"\baujourd ?' ?hui\b", "today"),
        _rule(r"\b(?:l')?apres midi\b", "afternoon"),
        _rule(r"\b(?:dans la matinee|le matin|au matin)\b", "in the morning"),
        _rule(r"\bapres demain\b", "day after tomorrow"),
        # times: "14h30", "à 14h", "9 h", "à 15:30", "à midi"
        _rule(r"\b(?:a )?(\d{1,2}) ?h ?(\d{2})?\b", lambda m: _time(m[1], m[2])),
        _rule(
            r"\ba (\d{1,2}(?::\d{2})?)\b(?! ?(?:jours?|semaines?|mois|ans?|annees?)\b)", r"at \1"
        ),
        _rule(r"\ba (midi|minuit)\b", r"\1"),
        # "fin du mois", "fin de la semaine prochaine", "début du mois prochain"
        _rule(
            r"\b(?:a la |en |au |d'ici (?:la )?)?(?P<edge>fin|debut) (?:du |de la |de |d'|"
            r"de ce |de cette )?(?P<unit>mois|semaine|trimestre)"
            r"(?P<next> prochaine?)?\b",
            _fr_period,
        ),
        # "fin janvier", "début de mars", "fin d'avril"
        _rule(
            rf"\b(?:a la |en |au |d'ici (?:la )?)?(fin|debut) (?:de |d')?(?=(?:{_FR_MONTH})\b)",
            lambda m: "end of " if m[1] == "fin" else "start of ",
        ),
        # "dans quinze jours", "une quinzaine": two weeks
        _rule(
            r"\b(?:dans |d'ici )?(?:quinze jours|une quinzaine(?: de jours)?)\b", "in a fortnight"
        ),
        # "mardi en huit": a week after the coming Tuesday
        _rule(rf"\b({_FR_DAY}) en huit\b", r"\1 week"),
        # "mardi de la semaine prochaine": the Tuesday of next week
        _rule(rf"\b({_FR_DAY}) de la semaine prochaine\b", r"\1 next week"),
        # "mardi prochain", "la semaine prochaine", "le mois prochain"
        _rule(r"\b(\S+) prochaine?\b", r"next \1"),
        _rule(r"\b(?:l')?(?:an|annee) (?=next)|\bnext (?:l')?(?:an|annee)\b", "next year "),
        _rule(r"\bnext trimestre\b", "next quarter"),
        # "le 15", "le 1er": a day of the month alone
        _rule(r"\ble (\d{1,2})(?:er)?(?= \d{1,2}:\d{2}| at |$)", r"the \1"),
        # "1er décembre"
        _rule(r"\b1er\b", "1"),
        _rule(r"\bl'", ""),
    ),
    words=_FR_WORDS,
    numbers=_FR_NUMBERS,
    units=_FR_UNITS,
    vague=(
        r"(?:(?:apres|avant|pendant) (?:les |le |la |l')?(?:fetes|vacances|noel|paques|"
        r"nouvel an|jour de l'an|conges|ete|rentree|salon)|un jour|un de ces jours|"
        r"plus tard|bientot|prochainement|des que possible|au plus vite|asap|"
        r"a un moment|un peu plus tard)"
    ),
)

# -- Spanish --------------------------------------------------------------------------
_ES_DAYS = _table({
    "lunes lun lu": "monday", "martes mar ma": "tuesday", "miércoles mié mi": "wednesday",
    "jueves jue ju": "thursday", "viernes vie vi": "friday", "sábado sáb sa": "saturday",
    "domingo dom do": "sunday",
})  # fmt: skip
_ES_MONTHS = _table({
    "enero ene": "january", "febrero feb": "february", "marzo": "march", "abril abr": "april",
    "mayo may": "may", "junio jun": "june", "julio jul": "july", "agosto ago": "august",
    "septiembre setiembre sept sep set": "september", "octubre oct": "october",
    "noviembre nov": "november", "diciembre dic": "december",
})  # fmt: skip
_ES_UNITS = _table({
    "día": "day", "días": "days", "semana": "week", "semanas": "weeks", "mes": "month",
    "meses": "months", "año": "year", "años": "years",
})  # fmt: skip
_ES_NUMBERS = _table({
    "un uno una": "a", "dos": "2", "tres": "3", "cuatro": "4", "cinco": "5", "seis": "6",
    "siete": "7", "ocho": "8", "nueve": "9", "diez": "10", "once": "11", "doce": "12",
    "veinte": "20", "treinta": "30",
})  # fmt: skip
_ES_WORDS = {
    **_ES_DAYS, **_ES_MONTHS,
    **_table({
        "hoy": "today", "ahora": "now", "mañana": "tomorrow", "ayer": "yesterday",
        "en": "in", "este esta": "this", "próximo próxima proximo": "next",
        "tarde": "afternoon", "noche": "evening", "mediodía": "noon",
        "medianoche": "midnight", "el la los las para hasta": "",
    }),
}  # fmt: skip
_ES_DAY = _any({w: "" for w in _ES_DAYS if len(w) > 3})
_ES_MONTH = _any({w: "" for w in _ES_MONTHS})


def _es_time(m: re.Match[str]) -> str:
    part = {"manana": "am", "madrugada": "am", "tarde": "pm", "noche": "pm"}.get(m[3] or "")
    return "at " + _time(m[1], m[2], part)


def _es_period(m: re.Match[str]) -> str:
    if m.group("edge") == "fin" and m.group("unit") == "semana" and m.group("of") == "de ":
        return m.group(0)  # "fin de semana" is the weekend: which day is meant is not said
    edge = "end" if m.group("edge").startswith("fin") else "start"
    unit = {"mes": "month", "semana": "week", "trimestre": "quarter"}[m.group("unit")]
    which = "next" if m.group("next") or m.group("after") else "the"
    return f"{edge} of {which} {unit}"


SPANISH = Words(
    rules=(
        # times: "a las 3", "a la 1", "a las 15:30", "a las 3 de la tarde"
        _rule(
            r"\ba las? (\d{1,2})(?::(\d{2}))?(?: de la (manana|tarde|noche|madrugada))?\b", _es_time
        ),
        _rule(r"\b(\d{1,2})(?::(\d{2}))? de la (manana|tarde|noche|madrugada)\b", _es_time),
        _rule(r"\ba (mediodia|medianoche)\b", r"\1"),
        _rule(r"\bpasado manana\b", "day after tomorrow"),
        _rule(r"\b(?:por|en) la manana\b|\bde manana\b", "morning"),
        _rule(r"\besta manana\b", "this morning"),
        _rule(r"\b(?:por|en) la (tarde|noche)\b", r"\1"),
        # "fin de mes", "a finales de la semana que viene", "principios del próximo mes"
        _rule(
            r"\b(?:a |hasta |para )?(?:el |los )?(?P<edge>fin|final|finales|principios?|"
            r"inicio|comienzos?) (?P<of>de |del |de la |de este |de esta )"
            r"(?P<next>(?:proxim[oa]) )?(?P<unit>mes|semana|trimestre)"
            r"(?P<after> que viene| proxim[oa])?\b",
            _es_period,
        ),
        # "finales de enero", "a principios de marzo"
        _rule(
            rf"\b(?:a |hasta |para )?(fin|final|finales|principios?|inicios?|comienzos?) "
            rf"de (?=(?:{_ES_MONTH})\b)",
            lambda m: "end of " if m[1].startswith("fin") else "start of ",
        ),
        # "dentro de quince días", "en una quincena": two weeks
        _rule(r"\b(?:dentro de |en )?(?:quince dias|una quincena)\b", "in a fortnight"),
        _rule(r"\bdentro de\b", "en"),
        # "el martes de la semana que viene": the Tuesday of next week
        _rule(
            rf"\b({_ES_DAY}) de la (?:semana que viene|proxima semana|semana proxima)\b",
            r"\1 next week",
        ),
        # "el martes que viene", "la semana que viene", "el mes próximo"
        _rule(r"\b(?:el )?(?:proximo trimestre|trimestre (?:que viene|proximo))\b", "next quarter"),
        _rule(r"\b(?!(?:el|la|los|las)\b)(\S+) (?:que viene|proxim[oa])\b", r"proximo \1"),
        # "el 15", "el día 15": a day of the month alone
        _rule(r"\bel (?:dia )?(\d{1,2})(?= at |$)", r"the \1"),
        # "3 de diciembre de 2027"
        _rule(rf"\b(\d{{1,2}}) de ({_ES_MONTH})\b", r"\1 \2"),
        _rule(rf"\b({_ES_MONTH}) (?:de |del )(\d{{4}})\b", r"\1 \2"),
    ),
    words=_ES_WORDS,
    numbers=_ES_NUMBERS,
    units=_ES_UNITS,
    vague=(
        r"(?:(?:despues|antes) de (?:las |la |los |el )?(?:fiestas|vacaciones|navidad(?:es)?|"
        r"semana santa|ano nuevo|reyes|verano|puente|feria)|algun dia|mas tarde|pronto|"
        r"luego|cuanto antes|lo antes posible|en algun momento|asap|un dia de estos)"
    ),
)

LANGUAGES: dict[str, Words] = {"de": GERMAN, "fr": FRENCH, "es": SPANISH}


def to_english(text: str, language: str) -> tuple[str, bool]:
    """``text`` (already :func:`plain`) in the English parser's words, and whether it is
    one of the language's vague phrases ("nach den Feiertagen")."""
    words = LANGUAGES.get(language)
    if words is None:
        return text, False
    if words.is_vague(text):
        return text, True
    return words.to_english(text), False


def prepare(language: str) -> None:
    """Compile ``language``'s rules ahead of the first key typed (a no-op for English)."""
    words = LANGUAGES.get(language)
    if words is not None:
        words.prepare()
