"""Typed dates in Spanish: its words and phrase rules (see ``domain.datewords``)."""

from __future__ import annotations

import re

from .base import Words, alternation, clock, rule, table

_ES_DAYS = table({
    "lunes lun lu": "monday", "martes mar ma": "tuesday", "miércoles mié mi": "wednesday",
    "jueves jue ju": "thursday", "viernes vie vi": "friday", "sábado sáb sa": "saturday",
    "domingo dom do": "sunday",
})  # fmt: skip
_ES_MONTHS = table({
    "enero ene": "january", "febrero feb": "february", "marzo": "march", "abril abr": "april",
    "mayo may": "may", "junio jun": "june", "julio jul": "july", "agosto ago": "august",
    "septiembre setiembre sept sep set": "september", "octubre oct": "october",
    "noviembre nov": "november", "diciembre dic": "december",
})  # fmt: skip
_ES_UNITS = table({
    "día": "day", "días": "days", "semana": "week", "semanas": "weeks", "mes": "month",
    "meses": "months", "año": "year", "años": "years",
})  # fmt: skip
_ES_NUMBERS = table({
    "un uno una": "a", "dos": "2", "tres": "3", "cuatro": "4", "cinco": "5", "seis": "6",
    "siete": "7", "ocho": "8", "nueve": "9", "diez": "10", "once": "11", "doce": "12",
    "veinte": "20", "treinta": "30",
})  # fmt: skip
_ES_WORDS = {
    **_ES_DAYS, **_ES_MONTHS,
    **table({
        "hoy": "today", "ahora": "now", "mañana": "tomorrow", "ayer": "yesterday",
        "en": "in", "este esta": "this", "próximo próxima proximo": "next",
        "tarde": "afternoon", "noche": "evening", "mediodía": "noon",
        "medianoche": "midnight", "el la los las para hasta": "",
    }),
}  # fmt: skip
_ES_DAY = alternation({w: "" for w in _ES_DAYS if len(w) > 3})
_ES_MONTH = alternation({w: "" for w in _ES_MONTHS})


def _es_time(m: re.Match[str]) -> str:
    part = {"manana": "am", "madrugada": "am", "tarde": "pm", "noche": "pm"}.get(m[3] or "")
    return "at " + clock(m[1], m[2], part)


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
        rule(
            r"\ba las? (\d{1,2})(?::(\d{2}))?(?: de la (manana|tarde|noche|madrugada))?\b", _es_time
        ),
        rule(r"\b(\d{1,2})(?::(\d{2}))? de la (manana|tarde|noche|madrugada)\b", _es_time),
        rule(r"\ba (mediodia|medianoche)\b", r"\1"),
        rule(r"\bpasado manana\b", "day after tomorrow"),
        rule(r"\b(?:por|en) la manana\b|\bde manana\b", "morning"),
        rule(r"\besta manana\b", "this morning"),
        rule(r"\b(?:por|en) la (tarde|noche)\b", r"\1"),
        # "fin de mes", "a finales de la semana que viene", "principios del próximo mes"
        rule(
            r"\b(?:a |hasta |para )?(?:el |los )?(?P<edge>fin|final|finales|principios?|"
            r"inicio|comienzos?) (?P<of>de |del |de la |de este |de esta )"
            r"(?P<next>(?:proxim[oa]) )?(?P<unit>mes|semana|trimestre)"
            r"(?P<after> que viene| proxim[oa])?\b",
            _es_period,
        ),
        # "finales de enero", "a principios de marzo"
        rule(
            rf"\b(?:a |hasta |para )?(fin|final|finales|principios?|inicios?|comienzos?) "
            rf"de (?=(?:{_ES_MONTH})\b)",
            lambda m: "end of " if m[1].startswith("fin") else "start of ",
        ),
        # "dentro de quince días", "en una quincena": two weeks
        rule(r"\b(?:dentro de |en )?(?:quince dias|una quincena)\b", "in a fortnight"),
        rule(r"\bdentro de\b", "en"),
        # "el martes de la semana que viene": the Tuesday of next week
        rule(
            rf"\b({_ES_DAY}) de la (?:semana que viene|proxima semana|semana proxima)\b",
            r"\1 next week",
        ),
        # "el martes que viene", "la semana que viene", "el mes próximo"
        rule(r"\b(?:el )?(?:proximo trimestre|trimestre (?:que viene|proximo))\b", "next quarter"),
        rule(r"\b(?!(?:el|la|los|las)\b)(\S+) (?:que viene|proxim[oa])\b", r"proximo \1"),
        # "el 15", "el día 15": a day of the month alone
        rule(r"\bel (?:dia )?(\d{1,2})(?= at |$)", r"the \1"),
        # "3 de diciembre de 2027"
        rule(rf"\b(\d{{1,2}}) de ({_ES_MONTH})\b", r"\1 \2"),
        rule(rf"\b({_ES_MONTH}) (?:de |del )(\d{{4}})\b", r"\1 \2"),
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
