"""Text rules shared by search, sorting and duplicate detection (pure Python)."""

from __future__ import annotations

import functools
import re
import unicodedata

from ..i18n import translator

_ = translator(__name__)

_ASCII_NON_DIGITS = bytes(c for c in range(128) if not chr(c).isdigit())


def fold(text: str) -> str:
    """Case- and accent-insensitive form: "Zoë Ångström" -> "zoe angstrom".

    Characters without a decomposition (CJK, Arabic, Hebrew, emoji) are kept as
    they are, so every script still matches itself.
    """
    if text.isascii():  # the common case, 20x faster, same result
        return text.lower()
    return _fold_unicode(text)


@functools.lru_cache(maxsize=65536)
def _fold_unicode(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def digits(text: str) -> str:
    """Only the digits of a phone number: "+1 (555) 010-2030" -> "15550102030"."""
    if text.isascii():  # the common case, same result as below
        return text.encode("ascii").translate(None, _ASCII_NON_DIGITS).decode("ascii")
    return "".join(ch for ch in text if ch.isdigit())


def display_name(first: str, last: str, company: str) -> str:
    name = " ".join(p for p in (first.strip(), last.strip()) if p)
    return name or company.strip() or _("(no name)")


def sort_key(first: str, last: str, company: str) -> str:
    """Sort people by last name, then first name; company-only contacts by company."""
    if last.strip() or first.strip():
        return fold(f"{last.strip()} {first.strip()}").strip()
    return fold(company.strip())


def search_text(first: str, last: str, company: str, email: str) -> str:
    """One string the contact search matches against (phones are separate), in the
    search form (``search_fold``) so transliterations find each other."""
    return " ".join(search_fold(p) for p in (first, last, company, email) if p)


# German and Nordic spellings without their letters: ü is written ue, ø oe, å aa, æ ae.
# After transliteration (anyascii: ü -> u, ø -> o, å -> a, ß -> ss) these pairs read as
# the plain vowel, on both sides of a search: "mueller" and "Müller" both become
# "muller", "aasa" and "Åsa" "asa", "oersted" and "Ørsted" "orsted".
# Compiled on first use: the first screen folds no text.
@functools.cache
def _digraphs() -> re.Pattern[str]:
    return re.compile(r"([aou])e|(a)a")


def _undigraph(text: str) -> str:
    return _digraphs().sub(lambda m: m.group(1) or m.group(2), text)


@functools.lru_cache(maxsize=65536)
def search_fold(text: str) -> str:
    """The form search compares: lower case, transliterated to Latin letters by the
    maintained anyascii tables (ü -> u, ß -> ss, ø -> o, 王 -> wang), German/Nordic vowel
    pairs read as the vowel. Applied to the stored text and to what is typed alike."""
    if text.isascii():
        latin = text
    else:
        from anyascii import anyascii  # loaded on the first non-ASCII search, not at start

        latin = anyascii(text)
    return _undigraph(latin.lower())
