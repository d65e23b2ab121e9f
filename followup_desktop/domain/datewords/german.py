"""Typed dates in German: its words and phrase rules (see ``domain.datewords``)."""

from __future__ import annotations

import re

from .base import Words, alternation, clock, rule, table

_DE_DAYS = table({
    "montag mo": "monday", "dienstag di": "tuesday", "mittwoch mi": "wednesday",
    "donnerstag do": "thursday", "freitag fr": "friday", "samstag sonnabend sa": "saturday",
    "sonntag so": "sunday",
})  # fmt: skip
_DE_MONTHS = table({
    "januar jänner jan jän": "january", "februar feber feb": "february",
    "märz mär mrz": "march", "april apr": "april", "mai": "may", "juni jun": "june",
    "juli jul": "july", "august aug": "august", "september sept sep": "september",
    "oktober okt": "october", "november nov": "november", "dezember dez": "december",
})  # fmt: skip
_DE_UNITS = table({
    "tag": "day", "tage tagen": "days", "woche": "week", "wochen": "weeks",
    "monat": "month", "monate monaten": "months", "jahr": "year", "jahre jahren": "years",
})  # fmt: skip
_DE_NUMBERS = table({
    "ein eine einer einem einen": "a", "zwei": "2", "drei": "3", "vier": "4", "fünf": "5",
    "sechs": "6", "sieben": "7", "acht": "8", "neun": "9", "zehn": "10", "elf": "11",
    "zwölf": "12", "vierzehn": "14", "zwanzig": "20", "dreißig": "30",
})  # fmt: skip
_DE_WORDS = {
    **_DE_DAYS, **_DE_MONTHS,
    **table({
        "heute": "today", "jetzt": "now", "morgen": "tomorrow", "gestern": "yesterday",
        "nächste nächsten nächster nächstes": "next", "kommende kommenden": "coming",
        "diese diesen dieser dieses": "this",
        "früh vormittag vormittags": "morning", "nachmittag nachmittags": "afternoon",
        "abend abends": "evening", "mittag mittags": "noon", "mitternacht": "midnight",
        "bis zum den dem der des um": "",
    }),
}  # fmt: skip
_DE_DAY = alternation({w: "" for w in _DE_DAYS if len(w) > 2})
_DE_MONTH = alternation(_DE_MONTHS)
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
        rule(rf"\b({_DE_DAY})(morgen|vormittag|nachmittag|abend|mittag)s?\b", r"\1 \2"),
        # after a weekday or "heute", "morgen" is the morning, not tomorrow
        rule(rf"\b({_DE_DAY}|heute|morgen|ubermorgen|uebermorgen) morgen\b", r"\1 morning"),
        rule(r"\b(?:am|in der) (?:morgen|fruh)\b|\bmorgens\b", "in the morning"),
        rule(r"\b(?:am )?(vormittag|nachmittag|abend|mittag)s?\b", lambda m: _DE_PART[m.group(1)]),
        rule(r"\b(?:u|ue)bermorgen\b", "day after tomorrow"),
        # times: "14 Uhr", "um 14:30", "14.30 Uhr", "um 9"
        rule(r"\b(?:um )?(\d{1,2})(?:[:.](\d{2}))? ?uhr\b", lambda m: clock(m[1], m[2])),
        rule(r"\bum (\d{1,2}(?::\d{2})?)\b", r"at \1"),
        # "Ende des Monats", "Ende nächster Woche", "Anfang nächsten Monats"
        rule(
            r"\b(?:bis )?(?:zum |am )?(?P<edge>ende|anfang) (?:des |der |dieses |dieser )?"
            r"(?P<next>(?:nachsten|naechsten|nachster|naechster|kommenden) )?"
            r"(?P<unit>monat|woch|quartal)(?:s|e|es)?\b",
            _de_period,
        ),
        # "Ende Januar", "Anfang März"
        rule(
            rf"\b(?:bis )?(?:zum |am )?(ende|anfang) (?=(?:{_DE_MONTH})\b)",
            lambda m: "end of " if m[1] == "ende" else "start of ",
        ),
        rule(r"\b(?:ab|von) (?:heute|jetzt)\b", "from now"),
        rule(r"\b(?:bis )?(?:zum )?monatsende\b", "end of month"),
        rule(r"\b(?:bis )?(?:zum )?quartalsende\b", "end of quarter"),
        rule(r"\b(?:zum )?monatsanfang\b", "start of the month"),
        rule(
            r"\b(?:im )?(?:nachsten|naechsten|nachstes|naechstes|kommenden|kommendes) quartal\b",
            "next quarter",
        ),
        # "Freitag in einer Woche" / "heute in acht Tagen": a week after
        rule(rf"\b({_DE_DAY}) in (?:einer woche|acht tagen)\b", r"\1 week"),
        rule(r"\bheute in (?:einer woche|acht tagen)\b", "next week"),
        rule(r"\b(?:in )?vierzehn tagen\b", "in a fortnight"),
        # "am Freitag", "am 3. Dezember" (not "9 am")
        rule(r"(?<![0-9] )\bam (?=[a-z0-9])", "on "),
        # "am 15.": a day of the month alone (not "3.12.", a date)
        rule(r"(?<![\d.])(\d{1,2})\.(?= \d{1,2}:\d{2}| at |$)", r"the \1"),
        # "3. Dezember": the day's dot
        rule(r"\b(\d{1,2})\. ?(?=[a-z])", r"\1 "),
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
