"""Typed dates in French: its words and phrase rules (see ``domain.datewords``)."""

from __future__ import annotations

import re

from .base import Words, alternation, clock, rule, table

_FR_DAYS = table({
    "lundi lun": "monday", "mardi mar": "tuesday", "mercredi mer": "wednesday",
    "jeudi jeu": "thursday", "vendredi ven": "friday", "samedi sam": "saturday",
    "dimanche dim": "sunday",
})  # fmt: skip
_FR_MONTHS = table({
    "janvier janv jan": "january", "février févr fév": "february", "mars": "march",
    "avril avr": "april", "mai": "may", "juin": "june", "juillet juil": "july",
    "août aout": "august", "septembre sept sep": "september", "octobre oct": "october",
    "novembre nov": "november", "décembre déc": "december",
})  # fmt: skip
_FR_UNITS = table({
    "jour": "day", "jours": "days", "semaine": "week", "semaines": "weeks", "mois": "month",
    "an année": "year", "ans années": "years",
})  # fmt: skip
_FR_NUMBERS = table({
    "un une": "a", "deux": "2", "trois": "3", "quatre": "4", "cinq": "5", "six": "6",
    "sept": "7", "huit": "8", "neuf": "9", "dix": "10", "onze": "11", "douze": "12",
    "vingt": "20", "trente": "30",
})  # fmt: skip
_FR_WORDS = {
    **_FR_DAYS, **_FR_MONTHS,
    **table({
        "aujourd'hui aujourdhui": "today", "maintenant": "now", "demain": "tomorrow",
        "hier": "yesterday", "dans": "in", "ce cet cette": "this",
        "matin matinée": "morning", "soir soirée": "evening", "midi": "noon",
        "minuit": "midnight", "prochain prochaine": "next",
        "le la les l' au pour d'ici jusqu'à": "",
    }),
}  # fmt: skip
_FR_DAY = alternation({w: "" for w in _FR_DAYS if len(w) > 3})
_FR_MONTH = alternation(_FR_MONTHS)


def _fr_period(m: re.Match[str]) -> str:
    edge = "end" if m.group("edge") == "fin" else "start"
    unit = {"mois": "month", "semaine": "week", "trimestre": "quarter"}[m.group("unit")]
    return f"{edge} of {'next' if m.group('next') else 'the'} {unit}"


FRENCH = Words(
    rules=(
        rule(r"\baujourd ?' ?hui\b", "today"),
        rule(r"\b(?:l')?apres midi\b", "afternoon"),
        rule(r"\b(?:dans la matinee|le matin|au matin)\b", "in the morning"),
        rule(r"\bapres demain\b", "day after tomorrow"),
        # times: "14h30", "à 14h", "9 h", "à 15:30", "à midi"
        rule(r"\b(?:a )?(\d{1,2}) ?h ?(\d{2})?\b", lambda m: clock(m[1], m[2])),
        rule(r"\ba (\d{1,2}(?::\d{2})?)\b(?! ?(?:jours?|semaines?|mois|ans?|annees?)\b)", r"at \1"),
        rule(r"\ba (midi|minuit)\b", r"\1"),
        # "fin du mois", "fin de la semaine prochaine", "début du mois prochain"
        rule(
            r"\b(?:a la |en |au |d'ici (?:la )?)?(?P<edge>fin|debut) (?:du |de la |de |d'|"
            r"de ce |de cette )?(?P<unit>mois|semaine|trimestre)"
            r"(?P<next> prochaine?)?\b",
            _fr_period,
        ),
        # "fin janvier", "début de mars", "fin d'avril"
        rule(
            rf"\b(?:a la |en |au |d'ici (?:la )?)?(fin|debut) (?:de |d')?(?=(?:{_FR_MONTH})\b)",
            lambda m: "end of " if m[1] == "fin" else "start of ",
        ),
        # "dans quinze jours", "une quinzaine": two weeks
        rule(
            r"\b(?:dans |d'ici )?(?:quinze jours|une quinzaine(?: de jours)?)\b", "in a fortnight"
        ),
        # "mardi en huit": a week after the coming Tuesday
        rule(rf"\b({_FR_DAY}) en huit\b", r"\1 week"),
        # "mardi de la semaine prochaine": the Tuesday of next week
        rule(rf"\b({_FR_DAY}) de la semaine prochaine\b", r"\1 next week"),
        # "mardi prochain", "la semaine prochaine", "le mois prochain"
        rule(r"\b(\S+) prochaine?\b", r"next \1"),
        rule(r"\b(?:l')?(?:an|annee) (?=next)|\bnext (?:l')?(?:an|annee)\b", "next year "),
        rule(r"\bnext trimestre\b", "next quarter"),
        # "le 15", "le 1er": a day of the month alone
        rule(r"\ble (\d{1,2})(?:er)?(?= \d{1,2}:\d{2}| at |$)", r"the \1"),
        # "1er décembre"
        rule(r"\b1er\b", "1"),
        rule(r"\bl'", ""),
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
