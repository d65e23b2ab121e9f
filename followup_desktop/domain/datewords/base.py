"""What every language's typed-date words share: making text plain, the word tables' forms
(with and without accents), the rule set of one language (:class:`Words`)."""

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


def table(entries: dict[str, str]) -> dict[str, str]:
    table: dict[str, str] = {}
    for words, english in entries.items():
        for word in words.split():
            for form in _variants(word):
                table[form] = english
    return table


def alternation(words: dict[str, str]) -> str:
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
            if bare in self.numbers and (following in self.units or following in ENGLISH_UNITS):
                out.append(self.numbers[bare])
            elif bare in self.units:
                out.append(self.units[bare])
            elif bare in self.words:
                if self.words[bare]:
                    out.append(self.words[bare])
            else:
                out.append(token)
        return " ".join(out)


ENGLISH_UNITS = {"day", "days", "week", "weeks", "month", "months", "year", "years"}


def rule(pattern: str, replacement: str | Callable[[re.Match[str]], str]) -> Rule:
    return pattern, replacement


def clock(hour: str, minute: str | None, part: str | None = None) -> str:
    """ "14", "30" → "14:30"; with an afternoon/evening word the hour is after noon."""
    value = int(hour)
    if part in ("pm",) and value < 12:
        value += 12
    if part == "am" and value == 12:
        value = 0
    return f"{value}:{minute or '00'}"
