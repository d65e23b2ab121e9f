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

from .base import Words, plain
from .french import FRENCH
from .german import GERMAN
from .spanish import SPANISH

__all__ = ["LANGUAGES", "Words", "plain", "prepare", "to_english"]

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
