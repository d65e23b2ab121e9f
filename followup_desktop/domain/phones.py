"""Phone numbers: parsed and formatted by ``phonenumbers`` (Google's libphonenumber).

A number typed without a country code is read in the user's country (``use_region``:
the window installs the locale's territory; plain Python reads $LANG, else US). What a
number is stored as for search (``stored_digits``) holds its digits as typed, its
international digits and its national number, so "+49 170 1234567", "0170 1234567" and
"0049 170 1234567" all find each other; ``tel_uri`` gives click-to-call an RFC 3966
``tel:`` address.
"""

from __future__ import annotations

import functools
import os
import re
import sys

from . import text

# phonenumbers (and its per-country metadata) is imported on first use: loading it and
# the home country's metadata costs ~13 ms, which the first screen does not pay (its
# phone numbers are shown as stored for one turn of the event loop: ``display_if_loaded``
# and ``load``). Start-up time is what a user feels every day.

_region = ""


def default_region() -> str:
    if _region:
        return _region
    lang = os.environ.get("LC_ALL") or os.environ.get("LANG") or ""
    code = lang.split(".")[0].split("_")[1:2]
    return code[0].upper() if code and len(code[0]) == 2 else "US"


def use_region(region: str) -> None:
    """The user's country (ISO 3166 alpha-2, e.g. "DE"): where numbers without +country
    are read. Empty: back to the environment's."""
    global _region
    _region = (region or "").upper()
    _parse.cache_clear()


@functools.lru_cache(maxsize=4096)
def _parse(number: str, region: str):
    import phonenumbers

    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        return None
    return parsed if phonenumbers.is_possible_number(parsed) else None


def parse(number: str):
    """The parsed number, or None when it is not a possible phone number."""
    number = (number or "").strip()
    if not number or not any(ch.isdigit() for ch in number):
        return None
    return _parse(number, default_region())


def stored_digits(*numbers: str) -> str:
    """The digits search matches a contact's numbers by (space separated)."""
    found: list[str] = []
    for number in numbers:
        raw = text.digits(number or "")
        if not raw:
            continue
        parsed = parse(number)
        forms = [raw]
        if parsed is not None:
            forms += [
                f"{parsed.country_code}{parsed.national_number}",
                str(parsed.national_number),
            ]
        for form in forms:
            if form not in found and not any(form in f for f in found):
                found.append(form)
    return " ".join(found)


def search_digits(typed: str) -> str:
    """What to look for when the user types a number: a whole number by its national
    number (so any format finds it), a fragment ("555-01") by its digits, without the
    prefixes dialled at home that stored numbers do not hold."""
    import phonenumbers

    raw = text.digits(typed)
    parsed = parse(typed) if len(raw) >= 6 else None
    if parsed is not None and phonenumbers.is_valid_number(parsed):
        return str(parsed.national_number)
    if typed.lstrip().startswith("+"):
        return raw
    return _without_dialling_prefix(raw, default_region())


def _without_dialling_prefix(raw: str, region: str) -> str:
    """A fragment typed the way it is dialled at home, without the international call
    prefix ("0049 170 12…" in Germany, "011 49 170…" in the US) or the trunk prefix
    ("0170 12…"): the digits a stored "+49 170 1234567" holds are "491701234567" and
    "1701234567", so "0170 12" would find nothing until the last digit was typed.
    Leaving a prefix out only ever finds more, never less."""
    from phonenumbers import PhoneMetadata

    meta = PhoneMetadata.metadata_for_region(region)
    if meta is None:
        return raw
    if meta.international_prefix:
        idd = re.match(f"(?:{meta.international_prefix})", raw)
        if idd and 0 < idd.end() < len(raw):
            return raw[idd.end() :]
    trunk = meta.national_prefix or ""
    if trunk and raw.startswith(trunk) and len(raw) > len(trunk):
        return raw[len(trunk) :]
    return raw


def display(number: str) -> str:
    """A number as people write it: national format at home, international abroad;
    as typed when it cannot be read. The one rule for every place a number is shown
    (agenda, contact list and pane, the printed list, menus)."""
    number = (number or "").strip()
    return _display(number, default_region()) if number else ""


@functools.lru_cache(maxsize=8192)  # views ask again at every repaint
def _display(number: str, region: str) -> str:
    import phonenumbers
    from phonenumbers import PhoneNumberFormat

    parsed = parse(number)
    if parsed is None:
        return number
    # Checked against the home country first: a fifth of the cost where a calling code
    # is shared by many countries (+1), the same elsewhere.
    if not (
        phonenumbers.is_valid_number_for_region(parsed, region)
        or phonenumbers.is_valid_number(parsed)
    ):
        return number
    # At home: the same country calling code (a Canadian number reads "(416) 555-0142"
    # in the US, as people there write it); comparing codes also spares the per-region
    # matching that region_code_for_number does.
    home = parsed.country_code == phonenumbers.country_code_for_region(region)
    fmt = PhoneNumberFormat.NATIONAL if home else PhoneNumberFormat.INTERNATIONAL
    return phonenumbers.format_number(parsed, fmt)


def loaded() -> bool:
    """Is the library loaded (so ``display`` costs microseconds, not ~13 ms)?"""
    return "phonenumbers" in sys.modules


def load() -> None:
    """Load the library and the home country's numbering plan, e.g. right after the
    first screen is painted, so the numbers it showed as stored can be shown formatted."""
    from phonenumbers import PhoneMetadata

    PhoneMetadata.metadata_for_region(default_region())


def display_if_loaded(number: str) -> str | None:
    """``display(number)`` when that is cheap (the library is loaded), else None: the
    caller shows the number as stored for now and ``load``s the library after painting."""
    return display(number) if loaded() else None


def tel_uri(number: str) -> str:
    """'tel:+14155550142' (RFC 3966), or '' when the number cannot be dialled."""
    import phonenumbers

    parsed = parse(number)
    if parsed is not None:
        return "tel:" + phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    digits = "".join(ch for ch in (number or "") if ch.isdigit() or ch == "+")
    return f"tel:{digits}" if digits.strip("+") else ""
